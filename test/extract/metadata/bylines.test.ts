import { load } from 'cheerio/slim';
import { readBylines } from '../../../lambdas/extract/metadata/bylines';

describe('readBylines', () => {
  it('reads the byline after the headline, not author names in teasers or sidebars', () => {
    expect(readBylines(load(`<body><div class="teaser"><span class="author">Teaser Author</span></div><h1>Title</h1>
      <div class="byline">By <a rel="author" href="/author/jane">Jane Doe</a> and <a rel="author" href="/author/john">John Roe</a></div>
      <aside class="sidebar"><span class="author">Sidebar Author</span></aside></body>`))).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads hCard names inside a byline', () => {
    expect(readBylines(load('<h1>T</h1><p class="byline"><span>By </span><span class="fn">GILLIAN MOHNEY</span></p>'))).toEqual(['GILLIAN MOHNEY']);
  });

  it('falls back to a short line that starts with a byline word', () => {
    expect(readBylines(load('<h1>عنوان</h1><p>بقلم: محمد علي</p><p>نص طويل</p>'))).toEqual(['بقلم: محمد علي']);
  });

  it('returns nothing without a byline', () => {
    expect(readBylines(load('<h1>T</h1><p>Just text.</p>'))).toEqual([]);
  });
});
