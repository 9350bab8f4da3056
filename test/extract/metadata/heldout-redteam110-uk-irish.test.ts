import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'The Harbury Gardening Club held its winter show in the village hall on Saturday, with more than 120 entries in twelve classes.',
  'The cup for the best display of winter vegetables went to Edna Pryce, who has entered the show every year since 1978.',
  'The club meets on the first Tuesday of every month and new members are always welcome, whatever their experience.',
];
const page = (account: string) => '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Gardening club holds winter show | Vale Post</title>'
  + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gardening club holds winter show","datePublished":"2026-12-06T10:00:00+00:00","author":{"@type":"Person","name":"${account}"}}</script>`
  + '</head><body><article><h1>Gardening club holds winter show</h1>'
  + `<div class="byline"><a href="/author/profile/account/">${account}</a></div>`
  + `<div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const read = (account: string) => extract(Buffer.from(page(account)), { url: 'https://www.valepost.example/news/community/1.gardening-club/', now });

describe('UK and Irish regional and local papers', () => {
  it('takes no account named for the kind of copy for a writer (rule "content account")', () => {
    for (const account of ['Community Content', 'Sponsored Content', 'Partner Content']) expect(read(account).authors).toEqual([]);
    expect(read('Edna Pryce').authors).toEqual(['Edna Pryce']);
  });

  it('gives the picture shown under the headline the credit its declaration in another size prints (rules "described in another size", "shown picture, declared words")', () => {
    const upload = 'https://haddlebybugle.example/wp-content/uploads/2026/12/library-volunteers';
    const html = (caption: string) => '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Volunteers save library - The Bugle</title>'
      + `<meta property="og:image" content="${upload}-1024x683.jpg">`
      + `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Volunteers save library","image":{"@id":"#primaryimage"}},{"@type":"ImageObject","@id":"#primaryimage","url":"${upload}.jpg","caption":"${caption}"}]}</script>`
      + '</head><body><header class="site-header"><p class="site-title"><a href="/">The Bugle</a></p></header><main><article><header class="entry-header"><h1>Volunteers save library</h1>'
      + '<div class="entry-meta">By <a href="/author/tomprior/" rel="author">Tom Prior</a></div></header>'
      + `<div class="featured-image page-header-image-single"><img src="${upload}-1024x683.jpg" width="1024" height="683" alt="Volunteers outside the library" srcset="${upload}-1024x683.jpg 1024w, ${upload}.jpg 1600w"></div>`
      + `<div class="entry-content">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    const lead = (caption: string) => extract(Buffer.from(html(caption)), { url: 'https://haddlebybugle.example/2026/12/07/volunteers-save-library/', now }).leadImage;
    expect(lead('Volunteers outside the library. Picture: Mark Ellis')).toMatchObject({ url: `${upload}.jpg`, credit: 'Picture: Mark Ellis' });
    expect(lead('Volunteers outside the library')).toMatchObject({ credit: null });
  });

  it('reads the trail\'s closing bare text as its innermost folder where the menu links it (rule "unlinked folder after the trail\'s links")', () => {
    const table = (menu: string) => '<html><head><meta charset="iso-8859-1"><title>Courier Online :: News :: Cafe owner fined over hygiene failings</title></head><body><table><tr>'
      + `<td class="leftcol">${menu}</td><td><font size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; March</font><br>`
      + '<font size="5"><b>Cafe owner fined over hygiene failings</b></font><br><br><font size="2">' + story.join('<br><br>') + '</font></td></tr></table></body></html>';
    const section = (menu: string) => extract(Buffer.from(table(menu)), { url: 'http://www.courier.example/news/story.php?id=3', now }).section;
    expect(section('<a href="/news/?s=march">March</a><br><a href="/news/?s=wisbech">Wisbech</a>')).toBe('March');
    expect(section('<a href="/news/?s=wisbech">Wisbech</a><br><a href="/news/?s=chatteris">Chatteris</a>')).toBe('News');
    // A tag of the same words names a topic of the story, not a folder of the site.
    expect(section('<a href="/tag/march">March</a><br><a href="/tag/wisbech">Wisbech</a>')).toBe('News');
  });
});

