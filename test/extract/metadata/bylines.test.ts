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

  it('reads author lines marked with the "autor" class and lines labelled "Autoren" or led by dashes', () => {
    expect(readBylines(load('<h1>T</h1><div class="autor"><h6>Juan Pérez | Publicado hace 3 horas</h6></div>'))).toEqual(['Juan Pérez | Publicado hace 3 horas']);
    expect(readBylines(load('<h1>T</h1><p>Langer Text.</p><p>Autoren Anna Schmidt und Peter Meier</p>'))).toEqual(['Autoren Anna Schmidt und Peter Meier']);
    expect(readBylines(load('<h1>T</h1><div><span><em>---- by Jane Doe</em></span></div>'))).toEqual(['---- by Jane Doe']);
  });

  it('prefers an unmarked byline line under the headline to the marked bylines of teasers further down', () => {
    expect(readBylines(load(`<h1>T</h1><p>Von <a href="/p/lisa">Lisa Meier</a></p><p>Text.</p>
      <div class="teaser"><h3>Other</h3><span class="teaser__autor">Von Max Roe</span></div>`))).toEqual(['Von Lisa Meier']);
    // A byline line that wraps the marked name is the same byline: the marked name is read.
    expect(readBylines(load('<h1>T</h1><p>By <span class="author">Jane Doe</span> Updated 3 hours ago</p>'))).toEqual(['Jane Doe']);
  });

  it('skips photo credits marked as authors inside figures', () => {
    expect(readBylines(load(`<h1>T</h1><figure><img src="a.jpg"><figcaption><span class="media__autor">Foto: Max Roe</span></figcaption></figure>
      <div class="byline">Jane Doe</div>`))).toEqual(['Jane Doe']);
  });

  it('returns nothing without a byline', () => {
    expect(readBylines(load('<h1>T</h1><p>Just text.</p>'))).toEqual([]);
  });
});
