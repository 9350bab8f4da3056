import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { attributeContains, caseInsensitiveInitials, containsAnyPattern, hasToken, isInForeignRegion, shortText } from '../../../lambdas/extract/metadata/regions';
import { indexedPage } from '../../support/indexed-page';

describe('isInForeignRegion', () => {
  const $ = load(`<html><body class="pageLayout--related">
    <article><aside class="meta"><span id="own">By Jane</span></aside><p id="text">Text</p></article>
    <aside><span id="side">Sidebar</span></aside>
    <div class="related-posts"><article><span id="teaser">Teaser</span></article></div>
    <nav><a id="menu">Menu</a></nav>
    <div class="lay-sidebar"><div class="sidebar__main"><span id="main-column">3 de mayo de 2022</span></div></div>
    <div class="related-articles"><span id="related-card">2 April 2024</span></div>
    <div class="popular_posts-content"><span id="popular-card">18 March 2024</span></div>
    <ul class="similar_posts"><li><time id="similar-card">27 July 2020</time></li></ul>
    <div class="frame without-sidebar"><span id="frame-byline">By Ana Ruiz</span></div>
    <div class="screen is-showingReadNextSidebar"><span id="state-byline">By Tom Bell</span></div>
    <article class="node node--type-commentary"><span id="commentary-byline">By Ada Okonjo</span></article>
    <div class="commentlist"><span id="comment-byline">By a reader</span></div>
    <div class="entry-meta social-comments">By <a rel="author" id="meta-row-byline">Jane Doe</a> <a href="#respond">3 Comments</a></div>
    <ol class="comment-list"><li><footer class="comment-meta"><time id="comment-time">8 November 2023</time></footer></li></ol>
    <div class="comment-meta"><span id="comment-meta-byline">By a reader</span></div>
    <div id="condoleances" class="registre"><p class="auteur-message" id="condolence-signature">Famille Thiébaut – le 05/12/2026</p></div>
    <section class="kondolenzbuch"><p id="kondolenz-signature">Familie Kuhn · 06.12.2026</p></section>
    <section id="tribute-wall" class="tribute-wall"><p class="tribute-author" id="tribute-signature">Janet Hughes</p></section>
    <div class="talkbacks"><div class="tb-item"><span class="tb-date" id="talkback-time">03.12.2026 15:10</span></div></div>
  </body></html>`);

  it('ignores page-type classes on <body>', () => expect(isInForeignRegion($('#text'))).toBe(false));
  it('does not take layout classes that mention a sidebar for the sidebar', () => expect(isInForeignRegion($('#main-column'))).toBe(false));
  it('does not take a frame stating that it shows no sidebar, or shows one beside it, for the sidebar', () => {
    expect(isInForeignRegion($('#frame-byline'))).toBe(false);
    expect(isInForeignRegion($('#state-byline'))).toBe(false);
  });
  it('does not take a commentary, an article type, for the readers\' comments', () => {
    expect(isInForeignRegion($('#commentary-byline'))).toBe(false);
    expect(isInForeignRegion($('#comment-byline'))).toBe(true);
  });
  it('does not take the story\'s meta row, named also for the comment count it shows, for the readers\' comments', () => {
    expect(isInForeignRegion($('#meta-row-byline'))).toBe(false);
    expect(isInForeignRegion($('#comment-time'))).toBe(true);
    expect(isInForeignRegion($('#comment-meta-byline'))).toBe(true);
  });
  it('treats a death notice\'s condolences and tribute wall as the readers\' comments (rule "condolences in the site\'s language")', () => {
    expect(isInForeignRegion($('#condolence-signature'))).toBe(true);
    expect(isInForeignRegion($('#kondolenz-signature'))).toBe(true);
    expect(isInForeignRegion($('#tribute-signature'))).toBe(true);
  });
  it('treats an Israeli paper\'s talkbacks as the readers\' comments (rule "talkbacks")', () => {
    expect(isInForeignRegion($('#talkback-time'))).toBe(true);
  });
  it('treats an aside inside the article as the article\'s own', () => expect(isInForeignRegion($('#own'))).toBe(false));
  it('treats sidebars, related lists and navigation as foreign', () => {
    expect(isInForeignRegion($('#side'))).toBe(true);
    expect(isInForeignRegion($('#teaser'))).toBe(true);
    expect(isInForeignRegion($('#menu'))).toBe(true);
  });
  it('treats a teaser list named for the stories it holds as foreign, though the name has a layout word', () => {
    expect(isInForeignRegion($('#related-card'))).toBe(true);
    expect(isInForeignRegion($('#popular-card'))).toBe(true);
    expect(isInForeignRegion($('#similar-card'))).toBe(true);
  });
});

describe('shortText', () => {
  const $ = load('<div id="short"> Jane  <b>Doe</b><script>var x = 1;</script></div><div id="long">' + 'word '.repeat(1000) + '</div>');

  it('returns collapsed text without script content when short enough', () => expect(shortText($('#short'), 20)).toBe('Jane Doe'));
  it('returns null for text over the limit', () => expect(shortText($('#long'), 100)).toBeNull());
  it('parts a bold name from the paragraph under it that gives the writer\'s post (rule "paragraph parts words")', () => {
    const card = load('<div id="card"><b>آرش کیانی</b><p>سردبیر بخش موبایل</p></div>');
    expect(shortText(card('#card'), 100)).toBe('آرش کیانی سردبیر بخش موبایل');
    const page = indexedPage('<div id="card"><b>Jane Doe</b><p>Mobile editor</p></div>');
    expect(page.shortText(page.walk.elements.find((element) => element.attribs.id === 'card')!, 100)).toBe('Jane Doe Mobile editor');
  });

  it('parts the texts of blocks set side by side with no space between their tags, as a browser sets each on its own line', () => {
    const html = '<div id="masthead"><div class="top">Harbour Club</div><div class="sub">in the Town Council</div></div><ul id="list"><li>One</li><li>Two</li></ul>';
    const $card = load(html);
    expect(shortText($card('#masthead'), 100)).toBe('Harbour Club in the Town Council');
    const page = indexedPage(html);
    const byId = (id: string) => page.walk.elements.find((element) => element.attribs.id === id)!;
    expect(page.shortText(byId('masthead'), 100)).toBe('Harbour Club in the Town Council');
    expect(page.shortText(byId('list'), 100)).toBe('One Two');
    // Inline elements run on as a browser runs them.
    expect(page.shortText(indexedPage('<p id="p"><b>Steuerstreit</b><span>Gemeinde</span></p>').walk.elements.find((element) => element.attribs.id === 'p')!, 100)).toBe('SteuerstreitGemeinde');
  });
});

describe('IndexedPage', () => {
  it('heads the article with the shown h1, not a hidden copy of it kept for share previews above the masthead', () => {
    const page = indexedPage(`<html><body><div style="display:none"><img src="share.jpg"><h1 id="copy">Rates rise again</h1></div>
      <header><h1 class="logo"><a href="/"><img alt="Daily"></a></h1></header><main><h1 id="shown">Rates rise again</h1><div>2023-11-17 15:13</div></main></body></html>`);
    expect(page.headlineElement()?.attribs.id).toBe('shown');
    expect(indexedPage('<div hidden><h1 id="only">Only a hidden one</h1></div><p>Text</p>').headlineElement()?.attribs.id).toBe('only');
  });

  it('lists body elements in document order, and every element of a fragment without <body>', () => {
    expect(indexedPage('<html><head><title>T</title></head><body><h1>A</h1><p>B</p></body></html>').bodyElements().map((node) => node.name)).toEqual(['h1', 'p']);
    expect(indexedPage('<h1>A</h1><p>B</p>').bodyElements().map((node) => node.name)).toEqual(['h1', 'p']);
  });

  const page = `<html><body class="pageLayout--related">
    <article><aside class="meta"><span id="own">By Jane</span></aside><p id="text">Text</p></article>
    <aside><span id="side">Sidebar</span><article><aside><b id="nested">Nested</b></aside></article></aside>
    <div class="related-posts"><article><span id="teaser">Teaser</span></article></div>
    <div id="wrap"><div><div><p>  Deep <i></i> <em> </em>text </p></div></div></div>
    <div id="spaced">A<span> </span>B<span><b></b></span>C<script>var x = 1;</script></div>
    <div id="chain"><p>  One \n\t text\u00a0 node </p></div>
  </body></html>`;

  it('answers isInForeignRegion and shortText as the per-element functions do', () => {
    const $ = load(page);
    const indexed = indexedPage($);
    for (const element of $('body *').toArray()) {
      expect([element.attribs.id, indexed.isForeign(element)]).toEqual([element.attribs.id, isInForeignRegion(element)]);
      for (const limit of [5, 10, 100]) expect(indexed.shortText(element, limit)).toBe(shortText(element, limit));
    }
    expect(indexed.shortText($('#wrap')[0] as Element, 20)).toBe('Deep text');
    expect(indexed.shortText($('#spaced')[0] as Element, 20)).toBe('A BC');
    expect(indexed.shortText($('#chain')[0] as Element, 20)).toBe('One text node');
  });

  it('parts the texts a line break sets on two lines (rule "line break parts words")', () => {
    const $ = load('<html><body><h1>T</h1><div id="infos">Par : Rédaction<br>Publié le 3 déc. 2026</div></body></html>');
    const indexed = indexedPage($);
    const index = indexed.walk.elements.indexOf($('#infos')[0] as Element);
    expect(indexed.shortTextAt(index, 80)).toBe('Par : Rédaction Publié le 3 déc. 2026');
  });

  it('finds the first character of each element\'s text without reading the text', () => {
    const $ = load(`${page}<div id="first">  <script>x</script><span> </span><noscript>N</noscript><b>\n <i></i> Editor:</b> Jane</div>`);
    const indexed = indexedPage($);
    const { elements } = indexed.walk;
    elements.forEach((element, index) => {
      const text = indexed.shortTextAt(index, Infinity) ?? '';
      expect([element.attribs.id, indexed.firstCharAt(index)]).toEqual([element.attribs.id, text === '' ? -1 : text.charCodeAt(0)]);
    });
    expect(String.fromCharCode(indexed.firstCharAt(elements.indexOf($('#first')[0] as Element)))).toBe('E');
  });

  it('counts the readers\' discussion a heading names as another item\'s region, whatever its classes', () => {
    const comment = (id: string) => `<li><p>I agree with every word of this.</p><p id="${id}"><cite>Comment by Tom — November 25, 2026 at 7:12 am</cite></p></li>`;
    const $ = load(`<body><h1>T</h1><div class="c-1"><p id="story">The story.</p><h2>2 Comments »</h2><ol class="c-2">${comment('inline')}</ol>
      <h3 id="next">Further reading</h3></div><div class="c-3"><h3>التعليقات (2)</h3><ul>${comment('boxed')}</ul></div><p id="after">After.</p></body>`);
    const indexed = indexedPage($);
    const at = (id: string) => indexed.isAnotherItemsRegion($(`#${id}`)[0] as Element);
    expect(['story', 'inline', 'next', 'boxed', 'after'].map(at)).toEqual([false, true, false, true, false]);
  });

  it('tells which elements follow the headline in the body', () => {
    const $ = load('<html><head><meta id="head"></head><body><p id="before">x</p><h1>T</h1><p id="after">y</p></body></html>');
    const indexed = indexedPage($);
    expect(['#head', '#before', '#after'].map((selector) => indexed.followsHeadline($(selector)[0] as Element))).toEqual([false, false, true]);
  });
});

describe('hasToken', () => {
  const tokens = new Set(['post', 'fn']);
  it.each([
    ['post', true], [' single\tpost ', true], ['fn', true], ['post-title', false], ['postfn', false], ['has-fn fn-x', false],
    ['entry\npost', true], ['', false],
  ])('%j → %s', (value, expected) => expect(hasToken(value, tokens)).toBe(expected));
  it('is false without the attribute', () => expect(hasToken(undefined, tokens)).toBe(false));
});

describe('containsAnyPattern', () => {
  const parts = ['date', 'tarikh', 'تاريخ', '/tag/', 'di'];
  const pattern = containsAnyPattern(parts);

  it.each([
    'post-date', 'PostDate', 'entry-DATE-line', 'tarikh', 'TARIKH', 'tari\u212Ah', 'تاريخ-النشر', '/TAG/x', 'Dİ', 'medium',
    'posted', 'dat-e', 'tarih', '/tags/', 'dı', '',
  ])('answers %j as attributeContains does', (value) => {
    expect(pattern.test(value)).toBe(attributeContains(value, parts));
  });

  it('reads regular-expression characters in parts literally', () => {
    expect(containsAnyPattern(['a.b']).test('axb')).toBe(false);
    expect(containsAnyPattern(['a.b']).test('A.B')).toBe(true);
  });
});

describe('caseInsensitiveInitials', () => {
  const initials = (openings: string[]) => [...caseInsensitiveInitials(openings)].map((code) => String.fromCharCode(code)).sort().join('');

  it('gives the first character of each opening in both cases, and non-cased letters as they are', () => {
    expect(initials(['by', 'Von', 'بقلم'])).toBe('BVbvب');
  });

  it('adds the Kelvin sign and the long s that case-insensitive Unicode matching takes for k and s', () => {
    expect(initials(['keine', 'sin'])).toBe('KSks\u017F\u212A');
    expect(new RegExp('^(?:keine)', 'iu').test('\u212Aeine')).toBe(true);
  });
});
