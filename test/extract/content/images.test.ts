import { page, prose, run } from './helpers';

describe('article images', () => {
  it('reads captions into images, never into the body', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>Boats in the harbour at dawn, seen from the pier. <span class="credit">Photo: Jane Roe</span></figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/harbour.jpg', caption: 'Boats in the harbour at dawn, seen from the pier.', alt: 'The harbour', credit: 'Photo: Jane Roe' }]);
    expect(result.body).not.toContain('Boats in the harbour');
    expect(result.bodyHtml).toContain('<figcaption>Boats in the harbour at dawn, seen from the pier.</figcaption>');
  });

  it('handles WordPress caption boxes', () => {
    const result = run(page(`<div class="entry-content">${prose('wp')}<div class="wp-caption"><img src="https://cdn.example/a.jpg"><p class="wp-caption-text">A caption, in a paragraph.</p></div>${prose('more')}</div>`));
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://cdn.example/a.jpg', 'A caption, in a paragraph.']]);
    expect(result.body).not.toContain('A caption, in a paragraph.');
  });

  it('resolves lazy-load attributes and srcset, and skips pixels and icons', () => {
    const result = run(page(`<article>${prose('lazy')}
      <img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg">
      <img srcset="/img/s-480.jpg 480w, /img/s-1024.jpg 1024w" src="/img/s-320.jpg">
      <img src="/pixel.gif" width="1" height="1"><img src="/static/icons/share-icon.png">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/lazy.jpg', 'https://news.example/img/s-1024.jpg']);
  });
});
