import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
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
  ])('builds the same tree as Cheerio\'s load for %s', (_, html) => {
    expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load(html).root()[0]));
  });
});
