/**
 * Hostile and broken inputs, each with what the pipeline must make of it. Shared by the hostile tests and
 * `bench/hostile.ts` (which times them). Large inputs are built on demand, so listing the catalog costs nothing.
 */
import { gzipSync } from 'node:zlib';
import type { QuarantineReason } from '../../../lambdas/pipeline/quarantine';
import { encodeLegacy } from '../../fixtures/encode-legacy';

export interface HostileInput {
  name: string;
  build(): { bytes: Buffer; contentType?: string };
  /**
   * `record`: must be stored as an article; a reason: must be quarantined for it; `record-or-quarantine`: either
   * is acceptable as long as nothing crashes (the page is degenerate, not wrong).
   */
  expected: 'record' | QuarantineReason | 'record-or-quarantine';
  /** Text the stored body must contain (proves the article survived the hostility, decoded correctly). */
  bodyContains?: string[];
  /** The stored title, where the hostile part would otherwise take its place. */
  title?: string;
  /** False when only the pipeline, not the extractor, judges the input (the pipeline's input size limit). */
  extractorJudges?: boolean;
}

export const PAGE_URL = 'https://hostile.example/news/2024/05/story';

/** A small real article the hostile parts are wrapped around, so "the page is still readable" can be checked. */
export const STORY_SENTENCE = 'The harbour reopened on Monday after two years of repairs, the port authority said in a statement.';
const STORY_SECOND = 'Fishing boats returned within hours, and the market on the quay was busy again by noon.';
export const ARABIC_SENTENCE = 'أعلنت وزارة النقل يوم الثلاثاء خطة جديدة لتوسيع شبكة القطارات بين المدن الكبرى.';

const article = (inner = '') =>
  `<article><h1>Harbour reopens</h1>${inner}<p>${STORY_SENTENCE}</p><p>${STORY_SECOND}</p></article>`;
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens</title>${head}</head><body>${body}</body></html>`;
const utf8 = (text: string) => ({ bytes: Buffer.from(text, 'utf8') });
const MIB = 1024 * 1024;

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'empty', build: () => ({ bytes: Buffer.alloc(0) }), expected: 'empty' },
  { name: 'only whitespace', build: () => utf8(' \n\t\r\n '.repeat(1000)), expected: 'empty' },
  {
    name: 'binary: PNG',
    build: () => ({ bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(512, 0x11)]), contentType: 'text/html' }),
    expected: 'binary',
  },
  { name: 'binary: PDF', build: () => ({ bytes: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') }), expected: 'binary' },
  {
    name: 'binary: ZIP',
    build: () => ({ bytes: Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.from('index.html'), Buffer.alloc(256, 0x5a)]) }),
    expected: 'binary',
  },
  {
    name: 'truncated gzip',
    build: () => {
      const whole = gzipSync(Buffer.from(page('', article())));
      return { bytes: whole.subarray(0, Math.floor(whole.length * 0.6)), contentType: 'application/gzip' };
    },
    expected: 'truncated-gzip',
  },
  {
    // 64 MiB of spaces gzip to ~64 KiB: a ~1000x ratio, far past the decoder's 100x limit.
    name: 'gzip bomb (64 MiB of spaces, ~1000x)',
    build: () => ({ bytes: gzipSync(Buffer.alloc(64 * MIB, 0x20)), contentType: 'application/gzip' }),
    expected: 'gzip-bomb',
  },
  {
    name: 'gzip inside gzip inside gzip',
    build: () => ({ bytes: gzipSync(gzipSync(gzipSync(Buffer.from(page('', article()))))), contentType: 'application/gzip' }),
    expected: 'gzip-bomb',
  },
  {
    // Over the stack's 10 MiB input limit as stored.
    name: 'page over the input size limit (10.5 MiB)',
    build: () => utf8(page('', article(`<p>${'A long paragraph that repeats. '.repeat(360_000)}</p>`))),
    expected: 'too-large',
    extractorJudges: false,
  },
  {
    // Small as stored, over the 10 MiB decoded limit once inflated, at a ratio a real page could have.
    name: 'gzip that inflates past the decoded size limit',
    build: () => {
      const paragraphs = Array.from({ length: 240_000 }, (_, index) => `<p>Paragraph ${index} of an enormous page, ${(index * 7919) % 100_003}.</p>`).join('');
      return { bytes: gzipSync(Buffer.from(page('', article(paragraphs)))), contentType: 'application/gzip' };
    },
    expected: 'too-large',
  },
  {
    name: 'invalid UTF-8 declared as UTF-8',
    build: () => ({
      bytes: Buffer.concat([Buffer.from(page('', article('<p>Before the broken bytes. '))), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(' After them.</p>')]),
      contentType: 'text/html; charset=utf-8',
    }),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    name: 'a charset that lies (header and meta say UTF-8 and ISO-8859-1, bytes are windows-1256)',
    build: () => ({
      bytes: encodeLegacy(
        `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="iso-8859-1"><title>خبر</title></head><body><article><h1>خطة القطارات</h1><p>${ARABIC_SENTENCE}</p><p>${ARABIC_SENTENCE} وقال المتحدث إن العمل يبدأ في الربيع.</p></article></body></html>`,
        'windows-1256',
      ),
      contentType: 'text/html; charset=utf-8',
    }),
    expected: 'record',
    bodyContains: [ARABIC_SENTENCE],
  },
  {
    name: 'mixed encodings (UTF-8 page with a windows-1256 paragraph)',
    build: () => {
      const head = Buffer.from(`<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><article><h1>خطة القطارات</h1><p>${ARABIC_SENTENCE}</p><p>`);
      const legacy = encodeLegacy('وقال المتحدث باسم الوزارة إن العمل يبدأ في الربيع المقبل.', 'windows-1256');
      return { bytes: Buffer.concat([head, legacy, Buffer.from('</p></article></body></html>')]) };
    },
    expected: 'record',
    bodyContains: [ARABIC_SENTENCE, 'وقال المتحدث باسم الوزارة إن العمل يبدأ في الربيع المقبل.'],
  },
  deepNesting(100_000),
  {
    name: 'a megabyte attribute',
    build: () => utf8(page('', article(`<p data-state="${'x'.repeat(MIB)}" title="${'y'.repeat(MIB)}">A paragraph with heavy attributes but ordinary text.</p>`))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  manyTinyElements(1_000_000),
  {
    name: 'pathological whitespace (6 MB of spaces, tabs, newlines and no-break spaces)',
    build: () => {
      const gap = ' \t\n\u00a0\r\n'.repeat(150_000);
      return utf8(page('', `<article>${gap}<h1>Harbour${gap}reopens</h1>${gap}<p>${STORY_SENTENCE}${gap}</p>${gap}<p>${STORY_SECOND}</p>${gap}</article>`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each wrapper's text is short enough to be read as a label; reading it once per wrapper would cost the run's
    // length a thousand times over.
    name: 'a thousand wrappers around 100,000 empty elements',
    build: () => utf8(page('', article(`${'<div>'.repeat(990)}${'<i></i>'.repeat(100_000)}<p>post</p>${'</div>'.repeat(990)}`))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Every teaser asks whether its stream of siblings is a live blog's; answered once per stream, not per teaser.
    name: 'a stream of 20,000 <article> teasers, each with a header',
    build: () => utf8(page('', `<main>${article()}<section>${'<article><header><h2>Other story</h2></header><p>Teaser.</p></article>'.repeat(20_000)}</section></main>`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    name: 'script-only SPA shell',
    build: () => utf8(page('<script src="/static/app.3f9a.js" defer></script>', `<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script>window.__STATE__ = ${JSON.stringify({ user: null, items: Array.from({ length: 50 }, (_, index) => ({ id: index })) })}</script>`)),
    expected: 'no-article',
  },
  {
    name: 'a page with no article (a section front of links)',
    build: () => utf8(page('', `<nav><ul>${Array.from({ length: 40 }, (_, index) => `<li><a href="/news/${index}">Headline number ${index}</a></li>`).join('')}</ul></nav><footer><a href="/about">About</a></footer>`)),
    expected: 'no-article',
  },
  {
    name: 'malformed JSON-LD',
    build: () => utf8(page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens", "datePublished": "2024-05-06T10:00:00Z",, }</script><script type="application/ld+json">{"@graph": [</script>', article())),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    name: 'huge JSON-LD (4 MiB articleBody and 20,000 keywords)',
    build: () => {
      const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', articleBody: 'word '.repeat(800_000), keywords: Array.from({ length: 20_000 }, (_, index) => `tag${index}`) });
      return utf8(page(`<script type="application/ld+json">${jsonLd}</script>`, article()));
    },
    expected: 'record',
  },
  {
    name: 'JSON-LD nested 1,000 deep',
    build: () => {
      let nested: unknown = { '@type': 'NewsArticle', headline: 'Harbour reopens' };
      for (let depth = 0; depth < 1000; depth += 1) nested = { '@type': 'WebPage', mainEntity: depth % 2 ? nested : [nested] };
      return utf8(page(`<script type="application/ld+json">${JSON.stringify({ a: nestedArrays(1000) })}</script><script type="application/ld+json">${JSON.stringify(nested)}</script>`, article()));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each run once took seconds in a pattern anchored at the end of the value or looking around every character.
    name: 'metadata values of 100,000 dots, ellipses, letters or spaces',
    build: () => {
      const run = (unit: string) => unit.repeat(100_000);
      const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', description: `${run(',')}x`, author: { '@type': 'Person', name: `${run('.')}x` } });
      return utf8(page(
        `<meta name="description" content="${run('…')}x"><meta property="og:description" content="${run('.')}x"><meta name="author" content="${run('a')}">`
          + `<meta property="og:site_name" content="{{site}}y${run(' ')}y"><script type="application/ld+json">${jsonLd}</script>`,
        article(),
      ));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each byline line was once checked against the article header with a walk of its own.
    name: '5,000 byline lines under a declared author the page never shows',
    build: () => utf8(page('<meta name="author" content="Quentin Marsh">',
      `<h1>Harbour reopens</h1><div>${Array.from({ length: 5_000 }, (_, index) => `<div class="author">By Harbour Writer${index}</div>`).join('')}</div><p>${STORY_SENTENCE}</p>`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // The interview credit's pattern once split long runs of spaces every way; the trail's sections were compared pairwise.
    name: 'interview credits of 1,400 spaces and a trail of 5,000 crumbs under 5,000 stated sections',
    build: () => {
      const jsonLd = JSON.stringify({
        '@type': 'NewsArticle', headline: 'Harbour reopens',
        author: [{ '@type': 'Person', name: `Interview by${' '.repeat(1_400)}x` }, { '@type': 'Person', name: `Interview by Ada${'\u00a0with'.repeat(280)}(` }],
        articleSection: [...Array.from({ length: 5_000 }, (_, index) => `Section ${index}`), 'Port news'],
      });
      const crumbs = Array.from({ length: 5_000 }, (_, index) => `<span>Section ${index}</span>`).join('');
      return utf8(page(`<script type="application/ld+json">${jsonLd}</script>`, `<div class="breadcrumb"><a href="/port/">Port news</a>${crumbs}</div>${article()}`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each wrapper naming breadcrumbs once counted the links of everything inside it.
    name: '900 nested breadcrumb wrappers around 100,000 elements',
    build: () => utf8(page('', `${'<div class="breadcrumbs">'.repeat(900)}${'<i>x</i>'.repeat(100_000)}${'<a href="/port/">Port</a>'.repeat(9)}${'</div>'.repeat(900)}${article()}`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each dateline and tag link in a sidebar once climbed every wrapper above it to ask whether the sidebar was only
    // a page builder's module.
    name: '20,000 datelines and tag links in a sidebar 900 classed wrappers deep',
    build: () => {
      const wrapper = '<div class="box card panel grid item tile block column row cell">';
      const items = '<span>Posted on 5 May 2024</span><a href="/tag/port/">Port</a> <a href="/etiket/liman/">Liman</a>'.repeat(20_000);
      return utf8(page('', `${article()}<div class="sidebar">${wrapper.repeat(900)}${items}${'</div>'.repeat(900)}</div>`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // The stated headline was once searched for every <h1>'s text, several times over, to find the headline's own.
    name: '20,000 <h1>s under an og:title of 500,000 characters',
    build: () => utf8(page(`<meta property="og:title" content="${'word '.repeat(100_000)}">`, `${'<h1>word wordx</h1>'.repeat(20_000)}${article()}`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // A title of pages was searched for the text of every <h1>: 4.8 s for this page.
    name: '20,000 different <h1>s under an og:title of 500,000 characters',
    build: () => utf8(page(`<meta property="og:title" content="${'word '.repeat(100_000)}">`, `${Array.from({ length: 20_000 }, (_, index) => `<h1>word word ${index}</h1>`).join('')}${article()}`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
    title: 'Harbour reopens',
  },
  {
    // With no <title> to side with the story's <h1>, the first <h1> was the title, all 250,000 characters of it.
    name: 'an <h1> of 500,000 characters over the story\'s own, and no <title>',
    build: () => utf8(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><h1>${'word '.repeat(100_000)}</h1>${article()}</body></html>`),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
    title: 'Harbour reopens',
  },
  {
    // Below a headline in the breadcrumb trail, each paragraph was once read whole to see whether the text had begun,
    // once per level when paragraphs nest.
    name: 'a trail\'s headline over 450 paragraphs nested in each other around 100,000 empty elements',
    build: () => {
      const trail = '<div class="breadcrumb"><a href="/">Home</a><h1>Harbour reopens</h1></div>';
      return utf8(page('', `${trail}${'<p><span>'.repeat(450)}${'<i></i>'.repeat(100_000)}${'</span></p>'.repeat(450)}${article()}`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each copy of a repeated placeholder box once copied the list of the copies before it.
    name: '20,000 copies of one heading and paragraph in the story',
    build: () => utf8(page('', article(`<h3>External content</h3><p>${STORY_SENTENCE} Your privacy settings keep this embed from loading.</p>`.repeat(20_000)))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each sibling of the story's box once asked every reply form of the page whether it stood between them.
    name: '20,000 reply forms before a story box with 40,000 siblings',
    build: () => {
      const forms = '<form><textarea></textarea></form>'.repeat(20_000);
      const siblings = Array.from({ length: 40_000 }, (_, index) => `<div class="card-${index}">More</div>`).join('');
      const story = `<div class="story"><h1>Harbour reopens</h1><p>${STORY_SENTENCE}</p><p>${STORY_SECOND}</p></div>`;
      return utf8(page('', `${forms}<div>${story}${siblings}</div>`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each marked byline of a container once looked through every byline of the page for marked names inside it.
    name: '20,000 marked bylines side by side under the headline',
    build: () => {
      const bylines = Array.from({ length: 20_000 }, (_, index) => `<span class="byline">Jane Doe${String.fromCharCode(97 + (index % 26))} Roe</span>`).join('');
      return utf8(page('', `<h1>Harbour reopens</h1><div><div>${bylines}</div></div>${article()}`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each byline in a caption once looked back over every element before the caption for a picture, and climbed
    // every caption above it.
    name: '5,000 bylines in 500 nested captions after 50,000 empty elements',
    build: () => {
      const captions = `${'<div class="caption">'.repeat(500)}${'<span class="byline">By Jane Doe</span>'.repeat(5_000)}${'</div>'.repeat(500)}`;
      return utf8(page('', `${article()}<div>${'<i></i>'.repeat(50_000)}${captions}</div>`));
    },
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each <address> once looked along all the siblings after it for a paragraph (an address-styled caption).
    name: '20,000 <address> contact lines in the article before its story',
    build: () => utf8(page('', article('<address>x</address>'.repeat(20_000)))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each picture once looked among all the children of the story's container for its caption: 80 s.
    name: '20,000 linked pictures in the article, each followed by a paragraph',
    build: () => utf8(page('', article('<a href="/p"><img src="/p.jpg" alt="Pier"></a><p>The pier at dawn.</p>'.repeat(20_000)))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // The same pictures with credited captions: each caption's credit is read once.
    name: '20,000 linked pictures in the article, each followed by a credited caption',
    build: () => utf8(page('', article('<a href="/p"><img src="/p.jpg" alt="Pier"></a><p>The pier at dawn Foto: Jane Doe/Agentur</p>'.repeat(20_000)))),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // A text copy's caption echo is matched in place: a long line's echo once rebuilt the joined lines at every step.
    name: 'a text copy of a 600,000-character line over 300,000 one-word lines that spell it again',
    build: () => utf8(`Harbour reopens\n${STORY_SENTENCE}\n${'quay '.repeat(120_000).trim()}\n${'quay\n'.repeat(300_000)}`),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    // Each of the nested opening blocks once read its whole subtree for a picture's caption.
    name: 'an opening dateline in 900 nested spans around 100,000 empty elements',
    build: () => utf8(page('', `<h1>Harbour reopens</h1>${'<span>'.repeat(900)}${'<i></i>'.repeat(100_000)}Berlin, 5. Mai 2024 –${'</span>'.repeat(900)}${article()}`)),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
  {
    name: 'canonical link and og:url with javascript: and data: URLs',
    build: () => utf8(page('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,<script>alert(1)</script>">', article())),
    expected: 'record',
    bodyContains: [STORY_SENTENCE],
  },
];

/** The article inside `depth` nested divs. */
export function deepNesting(depth: number): HostileInput {
  return {
    name: `${depth.toLocaleString('en')}-deep nesting`,
    build: () => utf8(page('', `${'<div>'.repeat(depth)}${article()}${'</div>'.repeat(depth)}`)),
    expected: 'record-or-quarantine',
  };
}

/** A short article followed by `count` tiny elements (8 bytes each: a million is 8 MB, under the 10 MiB limit). */
export function manyTinyElements(count: number): HostileInput {
  return {
    name: `${count.toLocaleString('en')} tiny elements`,
    build: () => utf8(page('', `${article()}<div class="grid">${'<i>x</i>'.repeat(count)}</div>`)),
    expected: 'record-or-quarantine',
  };
}

function nestedArrays(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}
