/**
 * Generated article-ish HTML (random nesting, event-handler attributes, javascript:/data: links and sources,
 * scripts and styles, entities, Arabic text) through `extract()`: it never throws, and the sanitised `bodyHtml`
 * never carries script, style, event handlers or javascript:/data: URLs, whatever the page did.
 */
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { extract, RejectedInputError } from '../../lambdas/extract';

const RUNS = Number(process.env.GAZETTE_FUZZ_RUNS ?? 100);
const SEED = 0x5afe_b0d7;

const CONTAINER_TAGS = ['article', 'div', 'section', 'main', 'p', 'span', 'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'a', 'strong', 'em', 'b', 'i', 'table', 'td', 'form', 'button', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'header', 'footer', 'aside', 'nav', 'time'];
const VOID_TAGS = ['img', 'br', 'hr', 'input', 'embed', 'source', 'meta', 'link', 'base'];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  '//evil.example/x.js',
  'https://news.example/photo.jpg',
  '/relative/path.html',
  '#top',
];

const TEXTS = [
  'The harbour reopened on Monday after two years of repairs, the port authority said.',
  'أعلنت وزارة النقل يوم الثلاثاء خطة جديدة لتوسيع شبكة القطارات بين المدن الكبرى.',
  'قال المتحدث: «العمل يبدأ في الربيع» – وفق ما نقلته أ ف ب.',
  '&lt;script&gt;alert(1)&lt;/script&gt; is how the attack was written, experts said.',
  '&#x3C;img src=x onerror=alert(1)&#x3E; appeared in the comment field.',
  'Fish &amp; chips &mdash; &#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577; &nbsp; &copy; 2024',
  '<!-- <script>alert(1)</script> -->',
  ']]></p><script>alert(1)</script><p>',
  '"><svg onload=alert(1)>',
  '',
];

const attributeName = fc.oneof(
  fc.constantFrom('onclick', 'onerror', 'onload', 'onmouseover', 'ONFOCUS', 'onAnimationStart', 'formaction', 'style', 'class', 'id', 'title', 'alt', 'srcset', 'xlink:href'),
  fc.constantFrom('href', 'src', 'data-src', 'action', 'poster', 'background'),
);
const attributeValue = fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.constantFrom('alert(1)', 'expression(alert(1))', 'background:url(javascript:alert(1))', 'story-body', 'article-content'));
const attributes = fc
  .array(fc.tuple(attributeName, attributeValue, fc.constantFrom('"', "'", '')), { maxLength: 4 })
  .map((pairs) => pairs.map(([name, value, quote]) => (quote ? ` ${name}=${quote}${value.replace(quote, '')}${quote}` : ` ${name}=${value.replace(/[\s>]/g, '')}`)).join(''));

const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });

const rawTextElement = fc.tuple(fc.constantFrom('script', 'style', 'SCRIPT', 'Style', 'textarea', 'title'), attributes, fc.constantFrom('alert(1)', 'body{background:url(javascript:alert(1))}', '</p><p>x', '<!--')).map(
  ([tag, attrs, content]) => `<${tag}${attrs}>${content}</${tag}>`,
);

const { node } = fc.letrec<{ node: string; element: string; children: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, rawTextElement, tie('element'), fc.tuple(fc.constantFrom(...VOID_TAGS), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`)),
  element: fc.tuple(fc.constantFrom(...CONTAINER_TAGS), attributes, tie('children'), fc.boolean()).map(
    // Sometimes left unclosed: real pages are not well-formed.
    ([tag, attrs, children, closed]) => `<${tag}${attrs}>${children}${closed ? `</${tag}>` : ''}`,
  ),
  children: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
}));

const page = fc
  .tuple(fc.constantFrom('en', 'ar', ''), attributes, fc.array(node, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([lang, bodyAttrs, nodes, wrapInArticle]) => {
    const body = nodes.join('');
    return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Fuzzed page</title></head><body${bodyAttrs}>${wrapInArticle ? `<article><h1>Fuzzed page</h1>${body}</article>` : body}</body></html>`;
  });

/** The tags the README promises `bodyHtml` is limited to (plus the image and line break figures and text use). */
const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a', 'strong', 'em', 'br']);
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript):/i;

/** Why the bodyHtml is unsafe, or null. */
function unsafeIn(bodyHtml: string): string | null {
  if (/<script/i.test(bodyHtml)) return 'contains <script';
  if (/<style/i.test(bodyHtml)) return 'contains <style';
  const $ = load(bodyHtml, null, false);
  for (const element of $('*').toArray() as Element[]) {
    if (!ALLOWED_TAGS.has(element.tagName.toLowerCase())) return `has a <${element.tagName}> element`;
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) return `has an ${name}= attribute`;
      // Browsers ignore control characters and whitespace around and inside a scheme.
      const normalized = value.replace(/[\u0000-\u0020\u007f]+/g, '');
      if (DANGEROUS_SCHEME.test(normalized)) return `${name}="${value}" on <${element.tagName}>`;
    }
  }
  return null;
}

describe('extract() fuzz', () => {
  it('never throws on generated HTML, and bodyHtml stays sanitised', () => {
    let withBody = 0;
    fc.assert(
      fc.property(page, fc.boolean(), (html, asBytes) => {
        let bodyHtml: string;
        try {
          bodyHtml = extract(asBytes ? Buffer.from(html) : html, { url: 'https://news.example/2024/05/story', now: new Date('2026-11-29T00:00:00Z') }).bodyHtml;
        } catch (error) {
          // Bytes may legitimately be refused (e.g. only whitespace); anything else is a bug.
          if (asBytes && error instanceof RejectedInputError) return;
          throw error;
        }
        expect(unsafeIn(bodyHtml)).toBeNull();
        if (bodyHtml.length > 0) withBody += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property says nothing if the generator never produces pages the extractor finds a body in.
    expect(withBody).toBeGreaterThan(RUNS / 10);
  });

  it('the safety check itself catches what it is meant to catch', () => {
    expect(unsafeIn('<p>fine <a href="https://news.example/">link</a></p>')).toBeNull();
    expect(unsafeIn('<p>&lt;script&gt; as text</p>')).toBeNull();
    expect(unsafeIn('<p><script>x</script></p>')).not.toBeNull();
    expect(unsafeIn('<p onclick="x">a</p>')).not.toBeNull();
    expect(unsafeIn('<a href=" java\tscript:alert(1)">a</a>')).not.toBeNull();
    expect(unsafeIn('<img src="data:image/png;base64,AAAA">')).not.toBeNull();
    expect(unsafeIn('<iframe src="https://x.example"></iframe>')).not.toBeNull();
  });
});
