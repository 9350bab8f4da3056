import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { RejectedInputError } from '../../lambdas/extract/errors';
import { parseHtml } from '../../lambdas/extract/parse';

/** Every node with what the engine reads of it: type, tag name, attributes, text, and its children in order. */
function describeTree(node: AnyNode): unknown {
  const { type } = node;
  const described: Record<string, unknown> = { type };
  if ('name' in node) described.name = node.name;
  if ('attribs' in node) described.attribs = node.attribs;
  if ('data' in node) described.data = node.data;
  if ('children' in node) described.children = node.children.map(describeTree);
  return described;
}

describe('parseHtml', () => {
  it.each([
    ['text runs, entities and markup', '<html><head><title>A &amp; B</title></head><body><p>Plain text, then &eacute;t&#233; &#x263A; &notanentity; & alone</p></body></html>'],
    ['attribute values of every quoting', `<div class="a b" id='x&amp;y' data-n=plain data-e="&quot;q&quot;" hidden><a href="/p?a=1&b=2&amp;c=3">link</a></div>`],
    ['quotes and angle brackets inside values', `<img alt='say "hi" > bye' title="it's <b>" src=x.jpg>`],
    ['raw text elements', '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { color: red }</style><textarea>a &lt; b</textarea>'],
    ['comments, doctype and CDATA-like text', '<!DOCTYPE html><!-- a < b & c --><p>x<![CDATA[y]]>z</p><?php echo 1; ?>'],
    ['text that ends the input without a tag', '<p>unclosed paragraph &amp; more text'],
    ['a lone less-than and ampersand in text', '<p>1 < 2 and 3 > 2, fish & chips</p><p><</p>&'],
    ['an attribute value cut off by the end of input', '<div class="never closed'],
    ['non-Latin text', '<p dir="rtl" title="عنوان &amp; نص">نص عربي قصير &nbsp; مع كيان</p>'],
    ['ampersands before and after tags, in text and values', '<a title="&amp;" href="?a&b">x &amp; y</a> z & <b title=\'&\'>w</b> &lt; <i>no more ampersands</i> <u>at all</u>'],
    ['empty input', ''],
    ['upper- and mixed-case tag and attribute names', '<DIV Class="a" DATA-Id=1><P>x</P><sPaN TiTlE="t">y</SpAn><BR></DIV>'],
    ['names past ASCII, in a page that has text past Latin-1', '<p data-\u0130x="1" d\u00c9f="2" \u00fcber="3">\u201cquoted\u201d</p><\u00c9l>z</\u00c9l>'],
    ['repeated attributes, the first one winning whatever its case', '<a href="/one" HREF="/two" Href="/three" title=a title=b>x</a>'],
    ['attributes named like object properties', '<p constructor="c" __proto__="p" hasOwnProperty="h" toString>x</p>'],
  ])('builds the same tree as Cheerio\'s load for %s', (_, html) => {
    expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load(html).root()[0]));
  });
});

describe('parseHtml with complexity limits', () => {
  function refusal(html: string, limits: { maxElements: number; maxDepth: number }): string | null {
    try {
      parseHtml(html, limits);
      return null;
    } catch (error) {
      if (error instanceof RejectedInputError && error.reason === 'too-complex') return error.message;
      throw error;
    }
  }

  it('refuses a tree nested past the depth limit and accepts one at it', () => {
    expect(refusal('<div><section><p>text</p></section></div>', { maxElements: 100, maxDepth: 2 })).toMatch(/nested more than 2 deep/);
    expect(refusal('<div><section><p>text</p></section></div>', { maxElements: 100, maxDepth: 3 })).toBeNull();
  });

  it('measures depth in the tree as built: void elements at their level, elements closed by the parser ended', () => {
    expect(refusal('<div><p>text<br></p></div>', { maxElements: 100, maxDepth: 2 })).toMatch(/nested more than 2 deep/);
    expect(refusal(`<div>${'<p>one paragraph'.repeat(100)}</div>`, { maxElements: 1000, maxDepth: 2 })).toBeNull();
    expect(refusal(`<ul>${'<li>item'.repeat(100)}</ul>`, { maxElements: 1000, maxDepth: 2 })).toBeNull();
    expect(refusal(`<div>${'</span>'.repeat(100)}<p>x</p></div>`, { maxElements: 1000, maxDepth: 2 })).toBeNull();
  });

  it('counts every element the tree gets, void and implied ones included', () => {
    expect(refusal(`<div>${'<br>'.repeat(99)}</div>`, { maxElements: 100, maxDepth: 100 })).toBeNull();
    expect(refusal(`<div>${'<br>'.repeat(100)}</div>`, { maxElements: 100, maxDepth: 100 })).toMatch(/more than 100 elements/);
    expect(refusal(`<div>${'</p>'.repeat(100)}</div>`, { maxElements: 100, maxDepth: 100 })).toMatch(/more than 100 elements/);
    expect(refusal(`<script>${'<i>'.repeat(1000)}</script>`, { maxElements: 100, maxDepth: 100 })).toBeNull();
  });

  it('builds the same tree as without limits when the document is within them', () => {
    const html = '<html><head><title>T</title></head><body><div class="a"><p>x<br>y</p></div></body></html>';
    expect(describeTree(parseHtml(html, { maxElements: 100, maxDepth: 100 }).root()[0])).toEqual(describeTree(load(html).root()[0]));
  });
});
