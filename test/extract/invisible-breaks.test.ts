/**
 * Invisible break hints in a page's texts: German sites hyphenate long words with soft hyphens in headlines, tag
 * links and captions ("Zusammen&shy;arbeit"), and picture credits allow a break after each slash with a zero-width
 * space ("AFP/&#8203;Getty Images"). A reader sees the words whole; every field of the record gives them whole, so
 * a tag matches the same tag typed by anyone and the headline matches its copy at the top of the text.
 */
import { extract } from '../../lambdas/extract';

const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Ministerium | Pressemitteilungen</title>
<meta name="description" content="Die Ministerin sagt dem Welt&shy;ernährungs&shy;programm weitere Unter&shy;stützung zu.">
</head><body>
<nav><a href="/">Startseite</a> <a href="/presse">Presse</a></nav>
<main>
<h1>Ministerin sichert dem Welt&shy;ernährungs&shy;programm weitere Zusammen&shy;arbeit zu</h1>
<p>Pressemitteilung vom 25. Januar 2026</p>
<p>Die Ministerin hat am Dienstag in Berlin den Leiter des Welternährungsprogramms empfangen. Im Mittelpunkt standen die Hilfe in den Krisenregionen und die Finanzierung für das kommende Jahr.</p>
<figure><img src="https://ministerium.example/bilder/treffen.jpg" alt="Treffen im Ministerium" width="1200" height="800"><figcaption>Die Ministerin und der Leiter des Pro&shy;gramms im Ge&shy;spräch <span class="credit">© Jana Roth/&#8203;photothek/&#8203;dpa</span></figcaption></figure>
<p>Deutschland gehört zu den größten Gebern des Programms. Die Ministerin kündigte an, die Zusammenarbeit bei der Ernährungssicherung in Ostafrika auszubauen und neue Partnerschaften zu prüfen.</p>
<p>Der Leiter des Programms dankte für die Unterstützung und warnte vor steigenden Preisen für Grundnahrungsmittel, die viele Familien in den betroffenen Regionen nicht mehr bezahlen könnten.</p>
<div class="schlagworte">Schlagworte: <a href="/themen/ernaehrung" rel="tag">Ernährungs&shy;sicherung</a> <a href="/themen/zusammenarbeit" rel="tag">Internationale Zu&shy;sam&shy;men&shy;ar&shy;beit</a></div>
</main></body></html>`;

/** The hints themselves: soft hyphen, zero-width space, word joiner, zero-width no-break space. */
const INVISIBLE_BREAK = /[\u00AD\u200B\u2060\uFEFF]/;

describe.each([
  ['without a URL', undefined],
  ['with its URL', 'https://ministerium.example/presse/2026/wfp'],
])('a page with soft hyphens and zero-width spaces, read %s', (_, url) => {
  const record = extract(page, { url, now: new Date('2026-02-01T00:00:00Z') });

  it('gives the headline and the summary with their words whole', () => {
    expect(record.title).toBe('Ministerin sichert dem Welternährungsprogramm weitere Zusammenarbeit zu');
    expect(record.description).toBe('Die Ministerin sagt dem Welternährungsprogramm weitere Unterstützung zu.');
  });

  it('gives the tags as words anyone would type', () => {
    expect(record.tags).toEqual(['Ernährungssicherung', 'Internationale Zusammenarbeit']);
  });

  it('gives the caption and the credit without the hints', () => {
    expect(record.images).toHaveLength(1);
    expect(record.images[0].caption).toBe('Die Ministerin und der Leiter des Programms im Gespräch');
    expect(record.images[0].credit).toBe('© Jana Roth/photothek/dpa');
  });

  it('keeps no hint in any text of the record', () => {
    const { extraction: _diagnostics, bodyHtml: _html, ...fields } = record;
    expect(JSON.stringify(fields)).not.toMatch(INVISIBLE_BREAK);
  });
});
