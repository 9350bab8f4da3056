import { ablate, isAblation } from '../../bench/corpus/ablations';
import { extract } from '../../lambdas/extract';

const PAGE = `<!doctype html>
<html lang="de" xml:lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Der Deich hält | Küstenbote</title>
<meta property="og:title" content="Der Deich hält">
<meta name="author" content="Hanna Ewers">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Deich hält","datePublished":"2025-03-04T08:00:00+01:00"}</script>
</head>
<body>
<article class="story story--lead" id="main-story" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="story__title" itemprop="headline">Der Deich hält</h1>
<p class="byline">Von <span property="author">Hanna Ewers</span>, <time class="story__date" datetime="2025-03-04T08:00:00+01:00">4. März 2025</time></p>
<p class='story__text' lang="de-DE">Die Sturmflut der Nacht hat den neuen Deich bei Neuharlingersiel nicht überwunden; die Bauleute sprechen von einer bestandenen Probe.</p>
</article>
</body>
</html>`;

describe('bench ablations', () => {
  it('nometa drops JSON-LD, meta elements and microdata but keeps the charset declarations and every shown word', () => {
    const page = ablate(PAGE, ['nometa']);
    expect(page).not.toContain('application/ld+json');
    expect(page).not.toContain('og:title');
    expect(page).not.toContain('name="author"');
    expect(page).not.toMatch(/itemscope|itemtype|itemprop|property=/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta http-equiv="Content-Type"');
    expect(page).toContain('<span>Hanna Ewers</span>');
    expect(page).toContain('<h1 class="story__title">Der Deich hält</h1>');
  });

  it('notime drops only the datetime of <time> elements', () => {
    const page = ablate(PAGE, ['notime']);
    expect(page).toContain('<time class="story__date">4. März 2025</time>');
    expect(page).toContain('"datePublished":"2025-03-04T08:00:00+01:00"');
  });

  it('noclass replaces class and id tokens by meaningless ones, the same token by the same one', () => {
    const page = ablate(PAGE, ['noclass']);
    expect(page).not.toMatch(/story|byline|main-story/);
    const articleTokens = /<article class="(\w+) (\w+)" id="(\w+)"/.exec(page);
    expect(articleTokens).not.toBeNull();
    expect(new Set(articleTokens!.slice(1)).size).toBe(3);
    expect(page).toContain('Der Deich hält</h1>');
  });

  it('notitle drops the <title> element and nolang every language attribute', () => {
    expect(ablate(PAGE, ['notitle'])).not.toContain('Küstenbote');
    const page = ablate(PAGE, ['nolang']);
    expect(page).not.toMatch(/\slang=|xml:lang/);
    expect(page).toContain('<html>');
  });

  it('applies several in the order given, and knows its names', () => {
    const page = ablate(PAGE, ['nometa', 'notime', 'noclass']);
    expect(page).not.toMatch(/datetime|ld\+json|story__title/);
    expect(isAblation('nometa')).toBe(true);
    expect(isAblation('toString')).toBe(false);
  });

  it('leaves the shown headline, byline and date for the engine to find', () => {
    const record = extract(ablate(PAGE, ['nometa', 'notime', 'noclass', 'notitle']), { now: new Date('2025-06-01T00:00:00Z') });
    expect(record.title).toBe('Der Deich hält');
    expect(record.authors).toEqual(['Hanna Ewers']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2025-03-04');
  });
});
