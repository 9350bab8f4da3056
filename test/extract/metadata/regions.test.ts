import { load } from 'cheerio/slim';
import { elementsInOrder, isInForeignRegion, shortText } from '../../../lambdas/extract/metadata/regions';

describe('isInForeignRegion', () => {
  const $ = load(`<html><body class="pageLayout--related">
    <article><aside class="meta"><span id="own">By Jane</span></aside><p id="text">Text</p></article>
    <aside><span id="side">Sidebar</span></aside>
    <div class="related-posts"><article><span id="teaser">Teaser</span></article></div>
    <nav><a id="menu">Menu</a></nav>
    <div class="lay-sidebar"><div class="sidebar__main"><span id="main-column">3 de mayo de 2022</span></div></div>
  </body></html>`);

  it('ignores page-type classes on <body>', () => expect(isInForeignRegion($('#text'))).toBe(false));
  it('does not take layout classes that mention a sidebar for the sidebar', () => expect(isInForeignRegion($('#main-column'))).toBe(false));
  it('treats an aside inside the article as the article\'s own', () => expect(isInForeignRegion($('#own'))).toBe(false));
  it('treats sidebars, related lists and navigation as foreign', () => {
    expect(isInForeignRegion($('#side'))).toBe(true);
    expect(isInForeignRegion($('#teaser'))).toBe(true);
    expect(isInForeignRegion($('#menu'))).toBe(true);
  });
});

describe('shortText', () => {
  const $ = load('<div id="short"> Jane  <b>Doe</b><script>var x = 1;</script></div><div id="long">' + 'word '.repeat(1000) + '</div>');

  it('returns collapsed text without script content when short enough', () => expect(shortText($('#short'), 20)).toBe('Jane Doe'));
  it('returns null for text over the limit', () => expect(shortText($('#long'), 100)).toBeNull());
});

describe('elementsInOrder', () => {
  it('lists body elements in document order, and every element of a fragment without <body>', () => {
    expect(elementsInOrder(load('<html><head><title>T</title></head><body><h1>A</h1><p>B</p></body></html>')).map((node) => (node as { name: string }).name)).toEqual(['h1', 'p']);
    expect(elementsInOrder(load('<h1>A</h1><p>B</p>')).map((node) => (node as { name: string }).name)).toEqual(['h1', 'p']);
  });
});
