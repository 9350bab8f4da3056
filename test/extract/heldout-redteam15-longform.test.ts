/**
 * The fifteenth round's long-form pages, 14 of them: the body of long and structured stories, where a reader judges an
 * extractor first. Long reads and investigations with h2/h3 section heads, numbered and bulleted lists, data tables,
 * quotations from sources, pull quotes that repeat a sentence of the text (in a blockquote, a WordPress pull-quote
 * figure, a theme's quote box), "Read more" / "Lesen Sie auch" / "اقرأ أيضا" / "関連記事" plugs between paragraphs,
 * mid-story ad slots and newsletter boxes, inline photo galleries with captions, an embedded tweet and video,
 * footnotes, an author's note in italics at the end, an editor's correction at the top, "Page 1 of 3" pagers, Q&A
 * interviews, a timeline box, "Key points" summary boxes above the text, and the reader-revenue appeal a nonprofit
 * newsroom closes its stories with — in English, German, French, Spanish, Italian, Portuguese, Dutch, Arabic and
 * Japanese. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful
 * reader says the record holds. Beside the plain-text body, the HTML body is checked to keep the story's structure
 * (section heads, lists, quotations, figures with their captions), to show each picture of a gallery once, and to set
 * a dek as a paragraph, not a section head.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../lambdas/extract';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');
const FOLDER = join(__dirname, '../fixtures/heldout-redteam15-longform');

describeRedTeamPages(FOLDER, NOW);

/** What the HTML body of a page must hold, and what it must not. */
const BODY_HTML: Record<string, { has: string[]; lacks: string[] }> = {
  'en-longread-keypoints': {
    has: ['<h2>How a route dies</h2>', '<h3>The numbers</h3>', '<ol><li>Driver wages, which rose 31% in four years.</li>',
      '<blockquote><p>The rural bus has become a social service', '<figcaption>The 127 crosses Bodmin Moor twice a day.</figcaption>',
      '<p><em>Harriet Quayle travelled on the 127'],
    lacks: ['Key points', 'Sign up to The Long Read', '<blockquote><p>Fewer journeys'],
  },
  'de-pager-korrektur': {
    has: ['<h2>Ein Beschluss, der nie umgesetzt wurde</h2>', '<ul><li>rund 31 Kilometer Leitungen,</li>'],
    lacks: ['<blockquote>', 'Seite 1 von 3', 'Lesen Sie auch'],
  },
  'fr-entretien-reperes': {
    has: ['<h3>Repères</h3>', '<p><strong>Que peut-on encore sauver ?</strong></p>'],
    lacks: ['Lire aussi', 'Soutenez'],
  },
  'es-galeria-video': {
    has: ['<p>Recorremos los 340 kilómetros', '<h2>Una línea con historia</h2>', '<ol><li>Solo mercancías',
      '<figcaption>El puente de hierro sobre el Alagón conserva su estructura original.</figcaption>'],
    lacks: ['<h2>Recorremos', 'Publicidad', 'Te puede interesar'],
  },
  'ar-tahqiq-hawamish': {
    has: ['<h2>ماذا يفعل الفلاحون؟</h2>', '<ul><li>غسل التربة', '<blockquote><p>"الحل ليس في غسل التربة'],
    lacks: ['<p>معدل تقدم المياه المالحة', 'اقرأ أيضا'],
  },
  'ja-tokushu-pager': {
    has: ['<h2>３０年で半分以下に</h2>', '<h3>読書会と喫茶コーナー</h3>', '<ol><li>学校で「本の選び方」の授業を行う</li>'],
    lacks: ['関連記事', '次のページへ'],
  },
  'en-pager-timeline': {
    has: ['<h2>A project that outlived its purpose</h2>', '<h3>Timeline: Cutler Creek</h3>', '<ul><li><strong>1982</strong>'],
    lacks: ['<blockquote>', 'Page 1 of 3'],
  },
  'it-approfondimento-galleria': {
    has: ['<h2>Le richieste dei residenti</h2>', "<figcaption>L'ambulatorio di Filicudi, chiuso da ottobre</figcaption>",
      '<ol><li>un medico residente'],
    lacks: ['Leggi anche', 'Foto 1 di 3'],
  },
  'pt-resumo-leia-tambem': {
    has: ['<p>Com o menor nível do rio Paraguai', '<h2>O que a seca levou</h2>', '<ul><li>43% da área alagável do bioma;</li>'],
    lacks: ['<h2>Com o menor nível', 'Leia também', 'Newsletter Ambiente'],
  },
  'en-qa-condensed': {
    has: ['<p><strong>Q: Are you optimistic?</strong></p>', '<ol><li>Count people, not vehicles'],
    lacks: ['<blockquote>', 'Support Civic Ledger'],
  },
  'ar-tweet-iqra-list': {
    has: ['<h2>شارع بعمر قرن</h2>', '<figcaption>مقهى الشابندر التاريخي في نهاية الشارع</figcaption>'],
    lacks: ['اقرأ أيضا', 'pic.twitter.com', 'mutanabbi-01-150x150.jpg', 'mutanabbi-02-150x150.jpg'],
  },
  'nl-lees-ook-pagina': {
    has: ['<h2>Een geul die dichtslibt</h2>', '<ol><li>een vaste baggerploeg', '<p><em>Correctie 1 december'],
    lacks: ['<blockquote>', 'Lees ook', 'Pagina 1 van 2'],
  },
  'es-claves-apoyo': {
    has: ['<h3>Lo que cuesta una pipa</h3>'],
    lacks: ['Dona a Relato Abierto', 'Te ha gustado'],
  },
};

const URLS = new Map((JSON.parse(readFileSync(join(FOLDER, 'expectations.json'), 'utf8')) as { page: string; url: string }[])
  .map(({ page, url }) => [page, url]));

describe.each(Object.entries(BODY_HTML))('red-team page %s, as HTML', (page, { has, lacks }) => {
  it('keeps the story\'s structure and drops the furniture', () => {
    const { bodyHtml } = extract(readFileSync(join(FOLDER, `${page}.html`)), { url: URLS.get(page) ?? null, now: NOW });
    for (const fragment of has) expect(bodyHtml).toContain(fragment);
    for (const fragment of lacks) expect(bodyHtml).not.toContain(fragment);
  });
});
