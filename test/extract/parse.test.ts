import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { RejectedInputError } from '../../lambdas/extract/errors';
import { parseCounted, parseHtml } from '../../lambdas/extract/parse';

/** Every node with what the engine reads of it: type, tag name, attributes in order, text, and its children in order. */
function describeTree(node: AnyNode): unknown {
  const { type } = node;
  const described: Record<string, unknown> = { type };
  if ('name' in node) described.name = node.name;
  if ('attribs' in node) described.attribs = Object.entries(node.attribs);
  if ('data' in node) described.data = node.data;
  if ('children' in node) {
    described.children = node.children.map(describeTree);
    // The links between nodes are part of the tree: stages climb to parents and step between siblings.
    described.linked = node.children.every((child, index) => child.parent === node
      && child.prev === (node.children[index - 1] ?? null) && child.next === (node.children[index + 1] ?? null));
  }
  return described;
}

/** Ordinary and malformed markup, text, entities and lone surrogates, to be strung together at random. */
const MARKUP_PIECES = [
  '<div>', '</div>', '<p class="a b">', '<P CLASS=x ID=\'y\'>', '</P>', '<a href="/x?a=1&amp;b=2">', '<a href=/x/ title=t>', '</a>',
  '<img src=x.jpg alt="">', '<br/>', '<br />', '</br>', '<input disabled>', '<a<b>', '</ >', '</>', '< p>', '<a b c d=e>', '<a =b>',
  '<a b==c>', '<a b= "c" >', '<a b=>', '<a href="x" href="y" HREF="z">', '<a __proto__="x" constructor=y toString>',
  '<span title="&quot;q&quot; &amp; &notanentity; &#x263A;">', '</span>', 'text & more &amp; &lt;', ' plain words ', '\n',
  '<script>if (a</scr + "ipt>") {}</script>', '<script>x</script >', '<SCRIPT>a<b</SCRIPT>', '<style>p>a{}</style>',
  '<title>A &amp; B</title>', '<textarea><b>x</b></textarea>', '<xmp><i></xmp>', '<!-- c -->', '<!-->', '<!--->',
  '<![CDATA[x<y]]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '\u0000', '\ud800', '\udc00x', '<svg><path d="M0"/></svg>',
  '<math><mi>x</mi></math>', '<table><tr><td>1<td>2</table>', '<li>a<li>b', '</p>', '<a\tb\n=\r"c"\f>', '<a/b>', '<a / >', '<a b/>',
  '<a b=c/>', `<a b="x'y" c='x"y'>`, '<div data-x="\u00e9" d\u00c9f="1" \u0130d="2">', '<', '&', '"', "'", '>', '=', '/', ' ',
  '<a b="unterminated', '<a b', '<a', '</a', '<scripty>', '<styles>', '<s>', '<t>', '<x-y>', '<tITle>t</TiTlE>', '<a b=c&amp;d>',
  '<a b=c&d>', '<a b="&">', '<h1>', '<li>', '<option>', '<select>', '<tbody>', '<body>',
];

/**
 * `count` random strings of {@link MARKUP_PIECES}, one in four cut off at a random point, inside a tag or not. A linear
 * congruential generator makes them the same on every run, so that a failure names a reproducible case.
 */
function randomMixes(count: number, seed: number): string[] {
  let state = seed;
  const random = (below: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % below;
  };
  return Array.from({ length: count }, () => {
    let html = '';
    const pieceCount = 1 + random(30);
    for (let piece = 0; piece < pieceCount; piece++) html += MARKUP_PIECES[random(MARKUP_PIECES.length)];
    return random(4) === 0 ? html.slice(0, random(html.length + 1)) : html;
  });
}

/** Whether the markup opens no second `<body>`, which browsers drop and Cheerio nests (rule "one document per page"). */
const opensOneBody = (html: string) => (html.match(/<body>/gi) ?? []).length < 2;

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

  it.each([
    ['a closing tag with a space or a slash in it', '<p>a</p ><p>b</p/><p>c</ p><p>d</p\nclass="x">'],
    ['self-closing slashes, spaced, doubled and inside unquoted values', '<br/><br /><hr / ><a href=/x/>y</a><input a=b/><i a / b>z</i><svg><path d="M0"/><g/></svg>'],
    ['attributes spaced around their equals sign, or with an empty value', '<a b = "c" d\t=\ne f=>x</a><a g="" h=\'\' i=>y</a>'],
    ['names starting with an equals sign or holding quotes and angle brackets', `<a =b c==d e"f='g' h<i=j>x</a><a<b>y</a<b>`],
    ['raw-text elements in any case, and names that only start like one', '<SCRIPT>a</b></SCRIPT><sTyLe>p>a{}</STYLE><TITLE>t &amp; u</TITLE><scripts>x</scripts><s>y</s><tt>z</tt><xmp><i></xmp>'],
    ['every kind of tag cut off by the end of the input', '<div><a href="x" title=y data-z'],
    ['a closing tag cut off by the end of the input', '<div>text</di'],
    ['entities in unquoted values', '<a href=?a=1&amp;b=2&c title=x&lt;y>z</a>'],
    ['common names in any case, and names one letter from them or with a letter past ASCII', '<Div CLASS=a><SPAN iD=b>x</SPAN><dIvs clas=c>y</dIvs><lin\u212a REL=d><\u00e1l t>z</\u00e1l></Div>'],
  ])('builds the same tree as Cheerio\'s load for %s', (_, html) => {
    expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load(html).root()[0]));
  });

  it('builds the same tree as Cheerio\'s load for hundreds of random mixes of ordinary and malformed markup', () => {
    for (const html of randomMixes(600, 20261129).filter(opensOneBody)) {
      expect([html, describeTree(parseHtml(html).root()[0])]).toEqual([html, describeTree(load(html).root()[0])]);
    }
  });

  it('ends a comment at --!> as browsers do, and not at --!> inside its opening or at a lone !>', () => {
    const same = (html: string, as: string) => expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load(as).root()[0]));
    same('<p>a<!-- slot --!>b</p><p>c</p>', '<p>a<!-- slot -->b</p><p>c</p>');
    same('<p>a<!----!>b</p>', '<p>a<!---->b</p>');
    same('<p>a<!--!>b-->c</p>', '<p>a<!--!>b-->c</p>');
    same('<p>a<!---!>b-->c</p>', '<p>a<!---!>b-->c</p>');
    same('<p>a<!-- x !> y -->z</p>', '<p>a<!-- x !> y -->z</p>');
    for (let cut = 0; cut <= 20; cut++) {
      const html = '<p>a<!-- slot --!>b</p>';
      expect([cut, describeTree(parseHtml([html.slice(0, cut), html.slice(cut)]).root()[0])]).toEqual([cut, describeTree(load('<p>a<!-- slot -->b</p>').root()[0])]);
    }
  });

  it('reads a page as one document: a repeated <body> or <head> dropped, the document\'s own </body> and </html> leaving all open', () => {
    const same = (html: string, as: string) => expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load(as).root()[0]));
    same('<html><body class="a"><table><tr><td><body onload="x" class="b"><p>z</p></td></tr></table></body></html>',
      '<html><body class="a" onload="x"><table><tr><td><p>z</p></td></tr></table></body></html>');
    same('<html><body><div><p>a</p></body></html><head><title>t</title></head><body><p>b</p></div><p>c</p></body></html><p>d</p>',
      '<html><body><div><p>a</p><title>t</title><p>b</p></div><p>c</p><p>d</p></body></html>');
    // A whole document pasted into the story keeps its wrapper, as Cheerio builds it.
    const pasted = '<html><body><div><html><body><p>x</p></body></html><p>y</p></div></body></html>';
    same(pasted, pasted);
  });

  it('closes an open heading with another heading\'s end tag, as browsers do, and leaves other end tags to the parser', () => {
    const html = '<h2 class="excerpt">Dek</h3><div><p>Body</p></div>';
    expect(describeTree(parseHtml(html).root()[0])).toEqual(describeTree(load('<h2 class="excerpt">Dek</h2><div><p>Body</p></div>').root()[0]));
    const nested = '<div><h1><span>Title</h4></div><p>Text</p>';
    expect(describeTree(parseHtml(nested).root()[0])).toEqual(describeTree(load('<div><h1><span>Title</span></h1></div><p>Text</p>').root()[0]));
    for (const unchanged of ['<h2>Dek</h2><p>x</p>', '<p>no heading open</h3><p>y</p>', '<h2><h3>inner</h3> outer</h2>']) {
      expect(describeTree(parseHtml(unchanged).root()[0])).toEqual(describeTree(load(unchanged).root()[0]));
    }
  });

  it('sets a streamed segment where the page\'s $RC, $RR or $RS call puts it, without the fallback, and counts the tree so built', () => {
    const html = '<main><p>One</p><!--$?--><template id="B:0"></template><div class="skeleton"><span>Loading…</span></div><!--/$-->'
      + '<p>Three</p><template id="P:1"></template></main><footer>Foot</footer>'
      + '<div hidden id="S:0"><p>Two</p></div><script>$RC=function(b,c){};$RC("B:0","S:0")</script>'
      + '<div hidden id="S:1"><p>Four</p></div><script>$RS("S:1","P:1")</script><div hidden id="S:2"><p>Orphan</p></div>'
      + '<aside><!--$?--><template id="B:3"></template><i>…</i><!--/$--></aside><div hidden id="S:3"><p>Five</p></div><script>$RR("B:3","S:3",[["/a.css"]])</script>';
    const { document, elementCount } = parseCounted(html);
    expect(describeTree(document)).toEqual(describeTree(load('<main><p>One</p><!--$?--><p>Two</p><!--/$--><p>Three</p><p>Four</p></main><footer>Foot</footer>'
      + '<script>$RC=function(b,c){};$RC("B:0","S:0")</script><script>$RS("S:1","P:1")</script><div hidden id="S:2"><p>Orphan</p></div>'
      + '<aside><!--$?--><p>Five</p><!--/$--></aside><script>$RR("B:3","S:3",[["/a.css"]])</script>').root()[0]));
    expect(elementCount).toBe(load(document)('*').length);
  });

  it('counts the elements of the tree it builds, implied ones included, for hundreds of random mixes', () => {
    const elementsUnder = (node: AnyNode): number => ('children' in node ? node.children : [])
      .reduce((sum, child) => sum + elementsUnder(child) + (child.type === 'tag' || child.type === 'script' || child.type === 'style' ? 1 : 0), 0);
    for (const html of [...randomMixes(600, 20261202), '<p>a</p></p><br></br>']) {
      const { document, elementCount } = parseCounted(html);
      expect([html, elementCount]).toEqual([html, elementsUnder(document)]);
    }
  });

  it('builds the same tree as Cheerio\'s load for a megabyte-long attribute value', () => {
    const html = `<div data-blob="${'x'.repeat(1_000_000)}" class=a>y</div><p title='${'&amp;'.repeat(1000)}'>z</p>`;
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

  it('refuses 10,000 levels of nesting at the depth limit', () => {
    expect(refusal('<div class="x">'.repeat(10_000), { maxElements: 250_000, maxDepth: 1_000 })).toMatch(/nested more than 1000 deep/);
  });

  it('builds the same tree as without limits when the document is within them', () => {
    const html = '<html><head><title>T</title></head><body><div class="a"><p>x<br>y</p></div></body></html>';
    expect(describeTree(parseHtml(html, { maxElements: 100, maxDepth: 100 }).root()[0])).toEqual(describeTree(load(html).root()[0]));
  });
});

describe('parseHtml over chunks', () => {
  /** The tree from `html` given in pieces cut at `cuts`. */
  const chunkedTree = (html: string, cuts: number[]) =>
    describeTree(parseHtml([0, ...cuts].map((from, index) => html.slice(from, cuts[index] ?? html.length))).root()[0]);

  it.each([
    ['tags, attributes of every quoting, entities and text', `<DIV Class="a b" id='x&amp;y' data-n=plain hidden><p title="&quot;q&quot;">caf&eacute; &amp; cr&#232;me &notanentity;</p><a href=/x?a=1&b=2>link</a></DIV>`],
    ['raw-text elements, comments and a doctype', '<!DOCTYPE html><!-- a < b --><script>if (a < b) { x = "</p>"; }</script><style>p > a {}</style><title>A &amp; B</title>'],
    ['a heading closed by another heading\'s end tag', '<div><h2 class="excerpt">Dek</h3><p>Body</p></div>'],
    ['characters outside the Basic Multilingual Plane, in text and values', '<p title="\u{1F600} \u{1F4F0}">news \u{1F600} and \u{1F4F0}</p>'],
    ['Arabic text and attribute values', '<p dir="rtl" title="عنوان &amp; نص">نص عربي، قصير؛ مع كيان&nbsp;؟</p>'],
  ])('builds the same tree from two pieces cut anywhere as from the whole, for %s', (_, html) => {
    const whole = describeTree(parseHtml(html).root()[0]);
    for (let cut = 0; cut <= html.length; cut++) expect([cut, chunkedTree(html, [cut])]).toEqual([cut, whole]);
  });

  // A document cut off inside a tag is left out: htmlparser2 keeps the rest of that tag as text, and which part of
  // it depends on where the pieces were cut ("b/" or "/" of "<a b/").
  it('builds the same tree as Cheerio\'s load from random mixes of markup cut into three pieces', () => {
    const endsInsideATag = (html: string) => /<[a-z/][^>]*$/i.test(html);
    const documents = randomMixes(300, 20261201).filter((html) => !endsInsideATag(html));
    expect(documents.length).toBeGreaterThan(200);
    documents.forEach((html, index) => {
      if (!opensOneBody(html)) return;
      const cuts = [Math.floor(html.length * ((index % 7) / 7)), Math.floor(html.length * ((index % 5 + 5) / 10))].sort((a, b) => a - b);
      expect([html, cuts, chunkedTree(html, cuts)]).toEqual([html, cuts, describeTree(load(html).root()[0])]);
    });
  });
});
