import { load } from 'cheerio/slim';
import { extract } from '../../../lambdas/extract';
import type { DomElement } from '../../../lambdas/extract/content/dom';
import { namesDecoration } from '../../../lambdas/extract/content/decorative-images';
import { pageRenderingOf } from '../../../lambdas/extract/content/images';
import { isCreditedCaption, splitCreditInText } from '../../../lambdas/extract/content/picture-credits';
import { largestFromSrcset } from '../../../lambdas/extract/content/picture-elements';
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

  it('leaves out the caption a post opens with again under its featured picture\'s box (rule "caption again over the text")', () => {
    const result = run(page(`<article><div class="featured"><figure><img src="/img/border.jpg"><figcaption>Travellers at the border crossing</figcaption></figure></div>
      <div class="entry-content"><p>Travellers at the border crossing</p>${prose('border')}${prose('airport')}</div></article>`));
    expect(result.body.split('\n\n')[0]).toContain('The border report');
    expect(result.body).not.toContain('Travellers at the border crossing');
  });

  it('reads the caption an older template prints past the line break after an inline picture (rule "caption past the line break")', () => {
    const result = run(page(`<article><div class="text"><img src="/img/wheat.jpg" align="left"><br><span class="legende">Wheat fields near the oasis</span><br><br>${'The harvest report describes how the farmers, the cooperative and the trucks worked together this summer. '.repeat(4)}<br><br>${'The growers ask for cold stores close to the fields before next summer comes. '.repeat(4)}</div></article>`));
    expect(result.images[0]).toMatchObject({ url: 'https://news.example/img/wheat.jpg', caption: 'Wheat fields near the oasis' });
    expect(result.body).not.toContain('Wheat fields near the oasis');
  });

  it.each([
    ['an abbreviated class', 'img_cptn'],
    ['an Italian class', 'foto-didascalia'],
    ['a French class', 'legende-photo'],
    ['an Icelandic class', 'myndatexti'],
    ['a Norwegian class', 'bildetekst'],
    ['a Finnish class', 'kuvateksti'],
  ])('reads the caption a picture box names with %s, never into the body', (_kind, captionClass) => {
    const result = run(page(`<article>${prose('harbour')}<div class="img_wrap"><img src="/img/harbour.jpg" width="660" height="495"><div class="${captionClass}">Boats in the harbour at dawn.</div></div>${prose('ships')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/harbour.jpg', caption: 'Boats in the harbour at dawn.', alt: null, credit: null }]);
    expect(result.body).not.toContain('Boats in the harbour');
  });

  it('reads the caption a Spanish paper names "pie" beside its picture, and not a box whose class only opens with the word (rule "caption class of its own")', () => {
    const result = run(page(`<article>${prose('harbour')}<p><img src="/img/harbour.jpg" alt="Harbour"><span class="pie">Boats in the harbour at dawn.</span></p>${prose('ships')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/harbour.jpg', caption: 'Boats in the harbour at dawn.', alt: 'Harbour', credit: null }]);
    expect(result.body).not.toContain('Boats in the harbour');
    const chart = run(page(`<article>${prose('harbour')}<p class="pie-chart">Freight tonnage by berth rose for the third year running CHARTTEXT.</p>${prose('ships')}</article>`));
    expect(chart.body).toContain('CHARTTEXT');
  });

  it('drops an alt text that reads as a script or data URL, and keeps the picture', () => {
    const result = run(page(`<article>${prose('harbour')}<img src="/img/harbour.jpg" alt=" java\tscript:alert(1)"><img src="/img/quay.jpg" alt="data:text/html,quay"><img src="/img/pier.jpg" alt="Data: the pier in numbers">${prose('ships')}</article>`));
    expect(result.images.map(({ url, alt }) => ({ url, alt }))).toEqual([
      { url: 'https://news.example/img/harbour.jpg', alt: null },
      { url: 'https://news.example/img/quay.jpg', alt: null },
      { url: 'https://news.example/img/pier.jpg', alt: 'Data: the pier in numbers' },
    ]);
    expect(result.bodyHtml).not.toMatch(/script:|data:text/i);
  });

  it('handles WordPress caption boxes', () => {
    const result = run(page(`<div class="entry-content">${prose('wp')}<div class="wp-caption"><img src="https://cdn.example/a.jpg"><p class="wp-caption-text">A caption, in a paragraph.</p></div>${prose('more')}</div>`));
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://cdn.example/a.jpg', 'A caption, in a paragraph.']]);
    expect(result.body).not.toContain('A caption, in a paragraph.');
  });

  it('reads the caption a table sets in the row below its picture, as Blogger posts do, and not a row that is no caption', () => {
    const table = (caption: string) => `<table class="tr-caption-container"><tbody><tr><td><a href="https://cdn.example/wall.jpg"><img src="https://cdn.example/wall-s.jpg"></a></td></tr><tr>${caption}</tr></tbody></table>`;
    const captioned = run(page(`<div class="post-body">${prose('wall')}${table('<td class="tr-caption">The breached wall, seen from the pier.</td>')}${prose('more')}</div>`));
    expect(captioned.images).toEqual([{ url: 'https://cdn.example/wall-s.jpg', caption: 'The breached wall, seen from the pier.', alt: null, credit: null }]);
    expect(captioned.body).not.toContain('The breached wall');
    const twoCells = run(page(`<div class="post-body">${prose('wall')}${table('<td class="tr-caption">Left</td><td class="tr-caption">Right</td>')}${prose('more')}</div>`));
    expect(twoCells.images[0].caption).toBeNull();
  });

  it('resolves lazy-load attributes and srcset, and skips pixels and icons', () => {
    const result = run(page(`<article>${prose('lazy')}
      <img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg">
      <img srcset="/img/s-480.jpg 480w, /img/s-1024.jpg 1024w" src="/img/s-320.jpg">
      <img src="/pixel.gif" width="1" height="1"><img src="/static/icons/share-icon.png">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/lazy.jpg', 'https://news.example/img/s-1024.jpg']);
  });

  it('takes a srcset\'s largest candidate, with or without a space after its commas, and keeps commas inside a CDN\'s URL', () => {
    expect(largestFromSrcset('/a-480.jpg 480w, /a-1200.jpg 1200w')).toBe('/a-1200.jpg');
    expect(largestFromSrcset('/a-480.jpg 480w,/a-1200.jpg 1200w')).toBe('/a-1200.jpg');
    expect(largestFromSrcset('/a.jpg 1x,/a@2x.jpg 2x')).toBe('/a@2x.jpg');
    expect(largestFromSrcset('/up/w_640,c_fill/a.jpg 640w, /up/w_1280,c_fill/a.jpg 1280w')).toBe('/up/w_1280,c_fill/a.jpg');
    expect(largestFromSrcset('/a.jpg, /b.jpg 2x')).toBe('/b.jpg');
    expect(largestFromSrcset(' , ')).toBeUndefined();
  });

  it('skips a linked strip four times wider than tall, by its size or its renditions\' names, but keeps a wide picture linked to its own file', () => {
    const result = run(page(`<article>${prose('strip')}
      <a href="https://sponsor.example/" target="_blank"><img src="/uploads/sponsor.jpg" srcset="/uploads/sponsor-300x80.jpg 300w, /uploads/sponsor.jpg 1174w"></a>
      <a href="/werbung/"><img src="/uploads/partner.jpg" width="1187" height="335"></a>
      <a href="/uploads/lake.jpg"><img src="/uploads/lake-1600x400.jpg" width="1600" height="400"></a>
      <img src="/uploads/ridge-1800x450.jpg">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/uploads/lake-1600x400.jpg', 'https://news.example/uploads/ridge-1800x450.jpg']);
  });

  it('skips a 0×0 beacon that names no photo file, but keeps a 0×0 photo whose size the stylesheet sets', () => {
    const result = run(page(`<article>${prose('beacon')}
      <img src="https://stats.example/collect?v=1&amp;t=pageview" width="0" height="0">
      <img src="https://cdn.example/px/b.gif?c=7" width="0" height="0">
      <img src="https://img.example/photos/harbour.jpg?width=375" width="0" height="0" alt="The harbour">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://img.example/photos/harbour.jpg?width=375']);
  });

  it('names a decoration by its address: favicons, vector graphics, pixel files, logos and placeholders, not a photo in a "default" folder', () => {
    expect(['/favicons/docs@2x.ico', '/img/brand.svg', '/i/blank.jpg', '/images/social_placeholder.png', '/img/site_FB_logo_blue.jpg', '/Img/apple-touch-icon@2.png']
      .map((path) => namesDecoration(`https://cdn.example${path}`))).toEqual([true, true, true, true, true, true]);
    expect(namesDecoration('https://news.example/sites/default/files/styles/wide/public/2022-04/harbour.jpg')).toBe(false);
  });

  it('names a glyph\'s picture by its file, named for what it shows alone (rule "pictogram file"), not a photo of an eye clinic', () => {
    expect(['/images/eye.gif', '/img/clock.gif', '/images/print.png', '/images/comments.gif'].map((path) => namesDecoration(`https://portal.example${path}`)))
      .toEqual([true, true, true, true]);
    expect(namesDecoration('https://portal.example/uploads/2026/12/eye-clinic.jpg')).toBe(false);
    expect(namesDecoration('https://portal.example/uploads/2026/12/eye.jpg')).toBe(false);
  });

  it('reads the words for icons and beacons in the picture\'s path, not in the host that names the site', () => {
    const result = run(page(`<article>${prose('host')}
      <figure><img src="https://media.thebeacon.example/2023/harbour.jpg"><figcaption>The harbour</figcaption></figure>
      <img src="//img.siliconvalley.example/photos/pier.jpg"><img src="https://media.thebeacon.example/icons/share.png">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://media.thebeacon.example/2023/harbour.jpg', 'https://img.siliconvalley.example/photos/pier.jpg']);
  });

  it('skips the head shots of the author box, named by the author\'s name alone, and keeps a captioned picture of the author', () => {
    const result = run(page(`<article>${prose('box')}${prose('more')}
      <div class="autori"><img src="/firme/mara-holm.jpg" alt="Mara Holm" width="120" height="120"><p><strong>Mara Holm</strong> teaches planning.</p></div>
      <figure><img src="/img/holm-award.jpg" alt="Mara Holm"><figcaption>Mara Holm receives the award.</figcaption></figure></article>`), { authors: ['Mara Holm'] });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/holm-award.jpg']);
  });

  it('skips the app-store badges a template drops into the text, and keeps a picture linked elsewhere', () => {
    const result = run(page(`<article>${prose('app')}
      <p><b>Get our app</b></p><a href="https://play.google.com/store/apps/details?id=example.news"><img src="/uploads/android.png" width="220" height="80"></a>
      <a href="https://apps.apple.com/app/example-news/id123"><img src="/uploads/iphone.png" width="220" height="80"></a>
      <a href="/img/harbour-large.jpg"><img src="/img/harbour.jpg" width="800" height="500"></a>
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('skips the pictures linked to a messenger channel or a social profile (rule "channel badge"), and keeps one linked to a post', () => {
    const result = run(page(`<article>${prose('channel')}
      <div class="td-a-rec"><a href="https://t.me/harbourtimes" target="_blank"><img src="/uploads/join-telegram.png" alt=""></a></div>
      <a href="https://whatsapp.com/channel/0029VaExample"><img src="/uploads/whatsapp-channel.jpg" width="640" height="200"></a>
      <a href="https://www.facebook.com/harbourtimes/"><img src="/uploads/follow-us.jpg" width="640" height="200"></a>
      <a href="https://www.youtube.com/@harbourtimes"><img src="/uploads/subscribe.jpg" width="640" height="200"></a>
      <a href="https://www.instagram.com/p/C4xExample/"><img src="/img/quay-post.jpg" width="800" height="800"></a>
      <a href="https://www.youtube.com/watch?v=abc123"><img src="/img/ferry-video.jpg" width="800" height="450"></a>
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/quay-post.jpg', 'https://news.example/img/ferry-video.jpg']);
  });

  it('skips a linked banner whose alt text ends on the button it prints, and keeps a linked picture whose description ends on a book (rule "banner by its ask")', () => {
    const result = run(page(`<article>${prose('forum')}
      <p><a href="/events/security-forum-2027"><img src="/banners/forum-2027.jpg" alt="Maritime Security Forum 2027 – London, 3 March – Book now"></a></p>
      <a href="/events/expo"><img src="/banners/expo.jpg" alt="Port Expo 2027 | Register today!"></a>
      <a href="/img/reader-large.jpg"><img src="/img/reader.jpg" alt="A deckhand reading a book"></a>
      <img src="/img/quay.jpg" alt="Book now signs on the quay – Book now">
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/reader.jpg', 'https://news.example/img/quay.jpg']);
  });
});

describe('story cards set into the text', () => {
  it('skips the picture of a figure that links to another story with its headline, and keeps the story\'s own linked pictures', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure class="layout-box"><a href="/world/other-story"><img src="/img/other-story.jpg" width="400" height="300" alt="Other story"><figcaption><h3>Port workers vote for a new strike</h3><p>The union wants higher pay for night shifts.</p></figcaption></a></figure>
      ${prose('ships')}
      <figure><a href="/img/quay-large.jpg"><img src="/img/quay.jpg" width="800" height="600" alt="The quay"></a><figcaption>The quay at night.</figcaption></figure>
      <figure><a href="/world/gallery"><img src="/img/pier.jpg" width="800" height="600" alt="The pier"></a><figcaption>More pictures of the pier</figcaption></figure>
      ${prose('cranes')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/quay.jpg', 'https://news.example/img/pier.jpg']);
    expect(result.body).not.toContain('Port workers vote');
  });
});

describe('address templates and rendition lists', () => {
  it('takes no unfilled address template for a picture, and asks the next candidate', () => {
    const result = run(page(`<article>${prose('harbour')}
      <img data-url="https://cdn.news.example/image/5521_\${formatId}.jpg" alt="Template only" width="800" height="450">
      <img data-src="https://cdn.news.example/image/5522_{width}.jpg" src="https://cdn.news.example/image/5522_940.jpg" alt="Template and a source" width="800" height="450">
      ${prose('ships')}</article>`));
    expect(result.images.map(({ url, alt }) => ({ url, alt }))).toEqual([{ url: 'https://cdn.news.example/image/5522_940.jpg', alt: 'Template and a source' }]);
    expect(result.bodyHtml).not.toMatch(/formatId|%7B|\{width\}/);
  });

  it('reads the first address of a rendition list written as JSON', () => {
    const renditions = JSON.stringify({ default: { load: 'default', w: '728', src: '//img.cdn.example/entity/AB12.img?h=410&w=728' }, small: { src: '//img.cdn.example/entity/AB12.img?h=41&w=73' } });
    const result = run(page(`<article>${prose('harbour')}<img data-src='${renditions}' alt="The harbour" width="728" height="410">${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://img.cdn.example/entity/AB12.img?h=410&w=728']);
  });
});

describe('framework image optimizers', () => {
  it("reads the picture a Next.js or Astro resizing route names, against the route's address when it is a path", () => {
    const next = (url: string) => `/_next/image?url=${encodeURIComponent(url)}&amp;w=1920&amp;q=75`;
    const result = run(page(`<article>${prose('harbour')}
      <img srcset="${next('https://images.news.example/2026/quay.jpg').replace('1920', '640')} 640w, ${next('https://images.news.example/2026/quay.jpg')} 1920w" alt="The quay" width="1920" height="1080">
      ${prose('ships')}<img src="${next('/uploads/ferry.jpg')}" alt="The ferry" width="1200" height="800">
      ${prose('crews')}<img src="/_image?href=%2F_astro%2Fpier.Dk2Pq9xA.jpg&amp;w=1280&amp;f=webp" alt="The pier" width="1280" height="720">
      ${prose('tides')}<img src="/_next/static/media/lighthouse.4f2a9c1b.jpg" alt="The lighthouse" width="1280" height="720">${prose('end')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual([
      'https://images.news.example/2026/quay.jpg', 'https://news.example/uploads/ferry.jpg',
      'https://news.example/_astro/pier.Dk2Pq9xA.jpg', 'https://news.example/_next/static/media/lighthouse.4f2a9c1b.jpg',
    ]);
  });
});

describe('<picture> sources', () => {
  it('takes the img\'s own source over a <source> narrower than the width the img declares, and a wider <source> over it', () => {
    const urlOf = (sourceWidth: number) => run(page(`<article>${prose('picture')}<figure><picture>
      <source type="image/webp" srcset="/img/harbour-${sourceWidth}.webp ${sourceWidth}w"><img src="/img/harbour-1456.jpg" width="1456" height="971" alt=""></picture>
      <figcaption>The harbour at dawn</figcaption></figure>${prose('more')}</article>`)).images.map((image) => image.url);
    expect(urlOf(424)).toEqual(['https://news.example/img/harbour-1456.jpg']);
    expect(urlOf(2000)).toEqual(['https://news.example/img/harbour-2000.webp']);
  });
});

describe('ad banners', () => {
  it('skips a picture in a display-ad size linked to another site than its own, and keeps one linked within its site or of another size', () => {
    const result = run(page(`<article>${prose('banner')}
      <p><a href="https://ads.example/click?id=9"><img src="https://news.example/uploads/bank-300x250.jpg" alt=""></a></p>
      <p><a href="https://ads.example/click?id=10"><img src="https://cdn.example/offer.png" width="160" height="600" alt=""></a></p>
      <figure><a href="https://news.example/harbour"><img src="/uploads/pier-300x250.jpg" alt=""></a><figcaption>The pier</figcaption></figure>
      <figure><a href="/uploads/harbour-large.jpg"><img src="/uploads/harbour-300x250.jpg" alt=""></a><figcaption>The harbour</figcaption></figure>
      <figure><a href="https://photos.example/set/5"><img src="/uploads/ferry-640x427.jpg" alt=""></a><figcaption>The ferry</figcaption></figure>
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual([
      'https://news.example/uploads/pier-300x250.jpg', 'https://news.example/uploads/harbour-300x250.jpg', 'https://news.example/uploads/ferry-640x427.jpg',
    ]);
  });
});

describe('link icons', () => {
  it('skips a picture without alt text that decorates a link\'s short label, and keeps linked article pictures', () => {
    const result = run(page(`<table><tr><td>${prose('tools')}<figure><a href="/uploads/harbour-large.jpg"><img src="/uploads/harbour.jpg"></a></figure>${prose('more')}</td></tr>
      <tr><td class="tools"><a href="/print.php?id=5"><img src="/images/print.gif" border="0"> طباعة</a> | <a href="/send.php?id=5"><img src="/images/mail.gif" border="0"> أرسل لصديق</a></td></tr></table>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/uploads/harbour.jpg']);
  });

  it('skips an icon whose alt text repeats the link\'s label, and keeps a linked picture whose alt text says more', () => {
    const result = run(page(`<h1>Water main replaced</h1>
      <div class="tools"><a href="javascript:printPage(5)"><img src="/images/print.gif" alt="طباعة"> طباعة</a>
      <a href="/send.php?id=5"><img src="/images/mail.gif" alt="Send"> send</a></div>
      <div><a href="/gallery/5"><img src="/uploads/harbour.jpg" alt="The harbour at dawn"> Gallery</a></div>
      <div class="story">${prose('water')}${prose('more')}</div>`), { title: 'Water main replaced' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/uploads/harbour.jpg']);
  });
});

describe('rule "icon of a titled link"', () => {
  it('skips the icon of a wordless link whose title its alt text repeats, and keeps a titled link\'s picture with no alt text', () => {
    const result = run(page(`<h1>Caju: preço mínimo fixado</h1>
      <ul class="actions"><li><a href="/print/5" title="Imprimir"><img src="/media/system/images/printButton.png" alt="Imprimir"></a></li>
      <li><a href="/mail/5" title="E-mail"><img src="/media/system/images/emailButton.png" alt="E-mail"></a></li></ul>
      <div class="story"><p><img src="/images/stories/caju.jpg" alt="Castanha de caju em Nampula"></p>${prose('caju')}${prose('more')}
      <p><a href="/video/7" title="Ver o vídeo"><img src="/images/stories/video-still.jpg"></a></p></div>`), { title: 'Caju: preço mínimo fixado' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/images/stories/caju.jpg', 'https://news.example/images/stories/video-still.jpg']);
  });
});

describe('lazy-loading class words', () => {
  it('keeps a lazily loaded picture whose class names its loading state', () => {
    const result = run(page(`<article>${prose('lazy')}
      <figure><img class="c-placeholder__image lazy loading" src="/assets/lazy-placeholder.png" data-src="/img/bridge.jpg"></figure>
      ${prose('more')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/bridge.jpg']);
  });

  it('still drops a placeholder file with no real picture behind it, and pictures classed as avatars', () => {
    const result = run(page(`<article>${prose('lazy')}
      <img class="c-placeholder__image" src="/assets/lazy-placeholder.png">
      <img class="author-avatar" src="/img/jane-roe.jpg">
      ${prose('more')}</article>`));
    expect(result.images).toEqual([]);
  });
});

describe('gallery caption lists', () => {
  const legend = (i: number) => `<li><h2><span class="counter">${i}/3</span> Market day ${i}</h2><p>Traders, who came from three villages, sold fruit, fish and cloth; the square was full until noon.</p></li>`;

  it('keeps a gallery\'s list of captions for other pictures out of the body and out of image captions', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="gallery"><div class="slides"><img src="/img/market-1.jpg"></div><ul class="legends">${[1, 2, 3].map(legend).join('')}</ul></div>
      ${prose('ships')}</article>`));
    expect(result.body).toContain('The ships report');
    expect(result.body).not.toContain('Traders, who came');
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://news.example/img/market-1.jpg', null]]);
  });

  it('keeps a box named in the plural when it holds its own pictures', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="captions"><img src="/img/market-1.jpg"><p>Traders, who came from three villages, sold fruit, fish and cloth; the square was full until noon.</p><img src="/img/market-2.jpg"><p>By the afternoon the stalls were packed up and the square was swept.</p></div>
      ${prose('ships')}</article>`));
    expect(result.body).toContain('Traders, who came');
  });
});

describe('picture boxes', () => {
  it('keeps a picture that the template wraps in a lightbox button', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><button class="lightbox-open"><img src="/img/harbour.jpg" alt="The harbour"></button><figcaption>Boats at dawn.</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://news.example/img/harbour.jpg', 'Boats at dawn.']]);
  });

  it('keeps a lightbox button\'s picture but not its label in the body', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="gallery"><button class="lightbox-open"><img src="/img/harbour.jpg"><span>View 3 Images</span></button></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
    expect(result.body).not.toContain('View 3 Images');
    expect(result.body).toContain('harbour');
  });

  it('reads the unmarked text of a picture box as the picture\'s caption, not as body text', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image-widget"><img src="/img/pier.jpg"><p><span>Fishing boats at the old pier.</span></p><p><span>Fishing boats at the old pier.</span></p></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://news.example/img/pier.jpg', 'Fishing boats at the old pier.']]);
    expect(result.body).not.toContain('Fishing boats');
  });

  it.each([
    ['an inline style in pixels', '<p style="text-align:center"><span style="font-size:12px;color:#777">قناة ري زراعية في منطقة ريفية</span></p>', 'قناة ري زراعية في منطقة ريفية'],
    ['Blogger\'s x-small italics', '<div style="text-align:center"><i><span style="font-size:x-small">Le viaduc de Loulla, vu depuis le sentier</span></i></div>', 'Le viaduc de Loulla, vu depuis le sentier'],
    ['a caption class of a Chinese CMS', '<p class="pictext" style="text-align:center">3月12日，一列市域列车驶出上海虹桥站。</p>', '3月12日，一列市域列车驶出上海虹桥站。'],
  ])('reads a line in small print under a picture paragraph as its caption: %s', (_kind, line, caption) => {
    const result = run(page(`<article>${prose('harbour')}<p style="text-align:center"><img src="/img/canal.jpg" alt=""></p>${line}${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://news.example/img/canal.jpg', caption]]);
    expect(result.body).not.toContain(caption);
  });

  it('reads a two-word line in small print as the caption when it is centred under a centred picture (rule "centred caption")', () => {
    const blogger = (line: string, align = 'text-align: center;') => run(page(`<article>${prose('harbour')}<div class="separator" style="clear: both; text-align: center;"><a href="/img/canal-big.jpg"><img src="/img/canal.jpg"></a></div><div style="${align}"><span style="font-size: x-small;">${line}</span></div>${prose('ships')}</article>`));
    const archive = blogger('صورة أرشيفية');
    expect(archive.images.map((image) => image.caption)).toEqual(['صورة أرشيفية']);
    expect(archive.body).not.toContain('صورة أرشيفية');
    expect(blogger('Archive photo').images[0].caption).toBe('Archive photo');
    // Set flush, or capitalised as a name (the picture's credit), the two words are no caption.
    expect(blogger('Archive photo', 'text-align: left;').images[0].caption).toBeNull();
    expect(blogger('Mara Holm').images[0].caption).toBeNull();
  });

  it('reads neither a date in small print under a picture nor a story paragraph under it as a caption', () => {
    const dated = run(page(`<article>${prose('harbour')}<p><img src="/img/canal.jpg"></p><p><small>April 21, 2031</small></p>${prose('ships')}</article>`));
    expect(dated.images[0].caption).toBeNull();
    const story = run(page(`<article>${prose('harbour')}<p><img src="/img/canal.jpg"></p>${prose('quay')}${prose('ships')}</article>`));
    expect(story.images[0].caption).toBeNull();
    expect(story.body).toContain('The quay report');
  });

  it('reads a scheme-relative picture on a page read without its address, and no analytics counter', () => {
    const result = extract(page(`<article><h1>Canal</h1>${prose('harbour')}<p><img src="//img.news.example/2031/canal.jpg"></p>${prose('ships')}
      <noscript><p><img src="//stats.news.example/piwik.php?idsite=21" style="border:0" alt=""></p></noscript></article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://img.news.example/2031/canal.jpg']);
  });

  it('splits a credit written at the end of a picture box\'s caption', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image-widget"><img src="/img/pier.jpg"><p><span>The old pier.</span> <span>Image: Jane Doe</span></p></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['The old pier.', 'Image: Jane Doe']]);
  });

  it('leaves the dash or the bracket that joins a caption to its credit out of both', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/pier.jpg"><figcaption>The old pier - Photo: Jane Doe</figcaption></figure>
      <figure><img src="/img/dock.jpg"><figcaption>The dock at night (Foto: Max Muster/dpa).</figcaption></figure>
      <figure><img src="/img/quay.jpg"><figcaption>عمال في الميناء (تصوير: أحمد علي)</figcaption></figure>
      <figure><img src="/img/bay.jpg"><figcaption>بندرگاہ کا منظر — فوٹو: آن لائن</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([
      ['The old pier', 'Photo: Jane Doe'], ['The dock at night', 'Foto: Max Muster/dpa'],
      ['عمال في الميناء', 'تصوير: أحمد علي'], ['بندرگاہ کا منظر', 'فوٹو: آن لائن'],
    ]);
  });

  it('reads the Gulf albums\' "عدسة:" (by the lens of) as a credit\'s label, and a lens named in a sentence as caption (rule "lens credit")', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/roses.jpg"><figcaption><span>عامل يقطف الورد قبل شروق الشمس</span> <span>عدسة: ماجد الحارثي</span></figcaption></figure>
      <figure><img src="/img/camera.jpg"><figcaption>عدسة الكاميرا الجديدة في المعرض</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([
      ['عامل يقطف الورد قبل شروق الشمس', 'عدسة: ماجد الحارثي'], ['عدسة الكاميرا الجديدة في المعرض', null],
    ]);
  });

  it('leaves the full stop of the caption\'s last sentence out of a credit written as that sentence (rule "the sentence\'s full stop"), and keeps a shortened word\'s point', () => {
    expect(splitCreditInText('The pump station in March. Photo by Harbor Watch.')).toEqual({ caption: 'The pump station in March.', credit: 'Photo by Harbor Watch' });
    expect(splitCreditInText('Sesiona el Pleno del Comité Central. Foto: Estudios Revolución.')).toEqual({ caption: 'Sesiona el Pleno del Comité Central.', credit: 'Foto: Estudios Revolución' });
    expect(splitCreditInText('Die Schleuse am Morgen. Foto: Zvg.').credit).toBe('Foto: Zvg.');
    expect(splitCreditInText('Das Museum im Sommer. © Heimatverein e.V.').credit).toBe('© Heimatverein e.V.');
    expect(splitCreditInText('The pier at dawn. Photo: Jane Q.').credit).toBe('Photo: Jane Q.');
  });

  it('splits a caption set whole in the picture\'s source box, and keeps a source box that holds a credit alone (rule "caption in the source box")', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image"><img src="/img/meeting.jpg" alt="Residents"><div class="image__source"><span class="image__source_text"><p>About 60 residents came to Tuesday's meeting. (Photo: Jane Roe)</p></span></div></div>
      ${prose('ships')}
      <div class="image"><img src="/img/quay.jpg" alt="Quay"><div class="image__source"><span class="image__source_text">Photo: John Doe / The Courier</span></div></div>
      ${prose('trade')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([
      ['About 60 residents came to Tuesday\'s meeting.', 'Photo: Jane Roe'], [null, 'Photo: John Doe / The Courier'],
    ]);
  });

  it('splits the Malay "Gambar:" and the Jawi "فوتو:" and "ݢمبر:" from the caption (rule "Malay and Jawi picture labels")', () => {
    expect(splitCreditInText('Penduduk meredah banjir di Kampung Gelang. - Gambar: Ahmad Zaki')).toEqual({ caption: 'Penduduk meredah banjir di Kampung Gelang.', credit: 'Gambar: Ahmad Zaki' });
    expect(splitCreditInText('ڤندودوق مروسي اير بنجير د كمڤوڠ ݢليڠ. - فوتو: احمد زكي')).toEqual({ caption: 'ڤندودوق مروسي اير بنجير د كمڤوڠ ݢليڠ.', credit: 'فوتو: احمد زكي' });
    expect(splitCreditInText('ڤسر ملم د كواله ترڠݢانو. - ݢمبر: برنام')).toEqual({ caption: 'ڤسر ملم د كواله ترڠݢانو.', credit: 'ݢمبر: برنام' });
    expect(splitCreditInText('Gambar hiasan. - Foto fail BERNAMA')).toEqual({ caption: 'Gambar hiasan.', credit: 'Foto fail BERNAMA' });
    // The word inside the caption's sentence is no label.
    expect(splitCreditInText('Polis menyemak foto fail suspek yang dikeluarkan semalam')).toEqual({ caption: 'Polis menyemak foto fail suspek yang dikeluarkan semalam', credit: null });
  });

  it('splits the Bengali "ছবি:", Gujarati "તસવીર:", Odia "ଫଟୋ:" and Marathi "छायाचित्र:" labels from the caption (rule "Indic picture words")', () => {
    expect(splitCreditInText('নদীর পাড়ে মেলা বসেছে। ছবি: রাজীব দে')).toEqual({ caption: 'নদীর পাড়ে মেলা বসেছে।', credit: 'ছবি: রাজীব দে' });
    expect(splitCreditInText('શહેરનો નવો પુલ. તસવીર: કેતન શાહ')).toEqual({ caption: 'શહેરનો નવો પુલ.', credit: 'તસવીર: કેતન શાહ' });
    expect(splitCreditInText('ନଦୀ କୂଳରେ ମେଳା। ଫଟୋ: ସୁଜିତ ଦାସ')).toEqual({ caption: 'ନଦୀ କୂଳରେ ମେଳା।', credit: 'ଫଟୋ: ସୁଜିତ ଦାସ' });
    expect(splitCreditInText('गावातील नवी शाळा. छायाचित्र: अमोल जाधव')).toEqual({ caption: 'गावातील नवी शाळा.', credit: 'छायाचित्र: अमोल जाधव' });
    // A word ending in the picture word, after a vowel sign, is no label.
    expect(splitCreditInText('মেলার প্রতিচ্ছবি: নদীর পাড়ে')).toEqual({ caption: 'মেলার প্রতিচ্ছবি: নদীর পাড়ে', credit: null });
  });

  it('splits the photo labels of Sindhi, Persian, Sorani, Pashto, Uyghur and Dhivehi captions from the caption', () => {
    expect(splitCreditInText('بندر جو منظر — فوٽو: آن لائن')).toEqual({ caption: 'بندر جو منظر', credit: 'فوٽو: آن لائن' });
    expect(splitCreditInText('بارش در شمال کشور - عکاس: علی رضایی')).toEqual({ caption: 'بارش در شمال کشور', credit: 'عکاس: علی رضایی' });
    expect(splitCreditInText('بارانی زۆر لە هەولێر (وێنە: ئاسۆ)')).toEqual({ caption: 'بارانی زۆر لە هەولێر', credit: 'وێنە: ئاسۆ' });
    expect(splitCreditInText('په کابل کې واوره — انځور: پژواک')).toEqual({ caption: 'په کابل کې واوره', credit: 'انځور: پژواک' });
    expect(splitCreditInText('ئۈرۈمچىدە قار — سۈرەت: شىنخۇا')).toEqual({ caption: 'ئۈرۈمچىدە قار', credit: 'سۈرەت: شىنخۇا' });
    expect(splitCreditInText('Ο νέος σταθμός στα Ζαρουχλέικα. Φωτογραφία: Νίκος Αλεξίου / Eurokinissi')).toEqual({ caption: 'Ο νέος σταθμός στα Ζαρουχλέικα.', credit: 'Φωτογραφία: Νίκος Αλεξίου / Eurokinissi' });
    expect(splitCreditInText('Το λιμάνι της Πάτρας (Φωτ.: Eurokinissi)')).toEqual({ caption: 'Το λιμάνι της Πάτρας', credit: 'Φωτ.: Eurokinissi' });
    expect(splitCreditInText('Пристанището във Варна. Снимка: БТА')).toEqual({ caption: 'Пристанището във Варна.', credit: 'Снимка: БТА' });
    // Rule "source before the photo word": the Romanian and Italian source word opens the label.
    expect(splitCreditInText('Una dintre străzile care vor fi modernizate. Sursa foto: Radu Stănescu')).toEqual({ caption: 'Una dintre străzile care vor fi modernizate.', credit: 'Sursa foto: Radu Stănescu' });
    expect(splitCreditInText('Il cantiere in via Roma. Fonte foto: Comune di Bari')).toEqual({ caption: 'Il cantiere in via Roma.', credit: 'Fonte foto: Comune di Bari' });
    expect(splitCreditInText('Новы хірургічны корпус. Фота: Ганна Кароль')).toEqual({ caption: 'Новы хірургічны корпус.', credit: 'Фота: Ганна Кароль' });
    // Rule "photo word before the copyright sign".
    expect(splitCreditInText('De Korenmarkt vorige zomer. Foto © Belga')).toEqual({ caption: 'De Korenmarkt vorige zomer.', credit: 'Foto © Belga' });
    expect(splitCreditInText('Une photo © Keystone')).toEqual({ caption: 'Une photo', credit: '© Keystone' });
    expect(splitCreditInText('Жаңы бала бакча. Сүрөт: Ош шаардык мэриясы')).toEqual({ caption: 'Жаңы бала бакча.', credit: 'Сүрөт: Ош шаардык мэриясы' });
    expect(splitCreditInText('Жаңа мектеп. Сурет: облыстық әкімдік')).toEqual({ caption: 'Жаңа мектеп.', credit: 'Сурет: облыстық әкімдік' });
    expect(splitCreditInText('Шинэ станц. Зураг: МОНЦАМЭ')).toEqual({ caption: 'Шинэ станц.', credit: 'Зураг: МОНЦАМЭ' });
    // Rule "Turkic picture word in both alphabets".
    expect(splitCreditInText('Yangi ko\'prik. Surat: Sardor Qodirov')).toEqual({ caption: 'Yangi ko\'prik.', credit: 'Surat: Sardor Qodirov' });
    expect(splitCreditInText('Янги кўприк. Сурат: ЎзА')).toEqual({ caption: 'Янги кўприк.', credit: 'Сурат: ЎзА' });
    expect(splitCreditInText('Jańa mektep. Sýret: Asqar Nurlanuly')).toEqual({ caption: 'Jańa mektep.', credit: 'Sýret: Asqar Nurlanuly' });
    expect(splitCreditInText('The new network: eight routes. Map: Fox Valley Transit Authority')).toEqual({ caption: 'The new network: eight routes.', credit: 'Map: Fox Valley Transit Authority' });
    expect(splitCreditInText('Die neue Trasse durch das Lahntal (Karte: OpenStreetMap)')).toEqual({ caption: 'Die neue Trasse durch das Lahntal', credit: 'Karte: OpenStreetMap' });
    expect(splitCreditInText('Treasure map: the chart the divers followed')).toEqual({ caption: 'Treasure map: the chart the divers followed', credit: null });
    expect(splitCreditInText('Map: Flow of foreign fighters to Syria')).toEqual({ caption: 'Map: Flow of foreign fighters to Syria', credit: null });
    expect(splitCreditInText('މާލޭގައި ވާރޭ - ފޮޓޯ: ސަން')).toEqual({ caption: 'މާލޭގައި ވާރޭ', credit: 'ފޮޓޯ: ސަން' });
  });

  it('splits a closing news-agency credit in any script from the caption, with or without a photo word in its brackets', () => {
    expect(splitCreditInText('قوارب في الميناء عند الفجر. (أ ف ب)')).toEqual({ caption: 'قوارب في الميناء عند الفجر.', credit: 'أ ف ب' });
    expect(splitCreditInText('Barche nel porto all\'alba. (Foto ANSA)')).toEqual({ caption: 'Barche nel porto all\'alba.', credit: 'Foto ANSA' });
    expect(splitCreditInText('Ferries wait out the storm in the harbour. (Jane Doe/The Associated Press)'))
      .toEqual({ caption: 'Ferries wait out the storm in the harbour.', credit: 'Jane Doe/The Associated Press' });
    // A closing bracket that names no source stays caption.
    expect(splitCreditInText('The mayor at the pier. (Left)')).toEqual({ caption: 'The mayor at the pier. (Left)', credit: null });
  });

  it('splits a credit whose photo word says the picture is an illustration or a file photo (rule "illustration or file photo")', () => {
    expect(splitCreditInText('Une patiente lors d\'un test de mémoire. (Photo d\'illustration AFP/Jean Dupont)'))
      .toEqual({ caption: 'Une patiente lors d\'un test de mémoire.', credit: 'Photo d\'illustration AFP/Jean Dupont' });
    expect(splitCreditInText('Un quirófano del hospital. (Foto de archivo EFE)')).toEqual({ caption: 'Un quirófano del hospital.', credit: 'Foto de archivo EFE' });
    // The words alone, with no source, stay caption.
    expect(splitCreditInText('Une patiente à Lyon (photo d\'illustration)')).toEqual({ caption: 'Une patiente à Lyon (photo d\'illustration)', credit: null });
  });

  it('reads a stock library\'s name written in Arabic letters, in brackets at the caption\'s end, as its credit (rule "stock libraries in Arabic script")', () => {
    expect(splitCreditInText('الصداع من أكثر الأعراض شيوعاً في الأيام الأولى من الصيام (شترستوك)')).toEqual({ caption: 'الصداع من أكثر الأعراض شيوعاً في الأيام الأولى من الصيام', credit: 'شترستوك' });
    expect(splitCreditInText('قلة النوم تضاعف الصداع (غيتي إيمجز)')).toEqual({ caption: 'قلة النوم تضاعف الصداع', credit: 'غيتي إيمجز' });
    expect(splitCreditInText('كوب ماء على الطاولة (فري بيك)')).toEqual({ caption: 'كوب ماء على الطاولة', credit: 'فري بيك' });
    // A caption's own note in brackets stays caption.
    expect(splitCreditInText('طبق كبسة في مطعم شعبي (أرشيفية)')).toEqual({ caption: 'طبق كبسة في مطعم شعبي (أرشيفية)', credit: null });
  });

  it('leaves the spaced dash set before an agency\'s bracketed credit out of the caption, and keeps a hyphen (rule "dash before the bracketed credit")', () => {
    expect(splitCreditInText('طابور سيارات أمام محطة وقود في دمشق - (سانا)')).toEqual({ caption: 'طابور سيارات أمام محطة وقود في دمشق', credit: 'سانا' });
    expect(splitCreditInText('Ferries wait in the harbour – (AFP)')).toEqual({ caption: 'Ferries wait in the harbour', credit: 'AFP' });
    expect(splitCreditInText('The new ferry to Saint-Malo (AFP)')).toEqual({ caption: 'The new ferry to Saint-Malo', credit: 'AFP' });
  });

  it('reads the credit after "Photograph:", "Crédit photo :", "Fotó:", a German compound ("Symbolfoto:") and a stock library\'s "Photo by …"', () => {
    expect(splitCreditInText('Crowds at the gate. Photograph: Jane Doe/Reuters')).toEqual({ caption: 'Crowds at the gate.', credit: 'Photograph: Jane Doe/Reuters' });
    expect(splitCreditInText('Le port au lever du jour. Crédit photo : Jean Dupont')).toEqual({ caption: 'Le port au lever du jour.', credit: 'Crédit photo : Jean Dupont' });
    expect(splitCreditInText('Fotó: MTI/Kovács Attila')).toEqual({ caption: null, credit: 'Fotó: MTI/Kovács Attila' });
    expect(splitCreditInText('Zwei Festnahmen. (Symbolfoto: picture alliance/dpa)')).toEqual({ caption: 'Zwei Festnahmen.', credit: 'Symbolfoto: picture alliance/dpa' });
    expect(splitCreditInText('A quiet street in Porto. Photo by Jane Doe on Unsplash')).toEqual({ caption: 'A quiet street in Porto.', credit: 'Photo by Jane Doe on Unsplash' });
    expect(splitCreditInText('Image by Jane Doe from Pixabay')).toEqual({ caption: null, credit: 'Image by Jane Doe from Pixabay' });
    expect(splitCreditInText('Il porto all\'alba (Foto di Mario Rossi)')).toEqual({ caption: 'Il porto all\'alba', credit: 'Foto di Mario Rossi' });
  });

  it('splits off an agency credit that closes a caption without a label, in brackets or as its last sentence', () => {
    expect(splitCreditInText('Boats in the harbour at dawn. (Jane Doe/AP)')).toEqual({ caption: 'Boats in the harbour at dawn.', credit: 'Jane Doe/AP' });
    expect(splitCreditInText('Boats in the harbour at dawn (AP Photo/Jane Doe)')).toEqual({ caption: 'Boats in the harbour at dawn', credit: 'AP Photo/Jane Doe' });
    expect(splitCreditInText('The pier in 1989. (Reuters)')).toEqual({ caption: 'The pier in 1989.', credit: 'Reuters' });
    expect(splitCreditInText('Boats in the harbour. Jane Doe/AFP via Getty Images')).toEqual({ caption: 'Boats in the harbour.', credit: 'Jane Doe/AFP via Getty Images' });
    expect(splitCreditInText('Barcos en el puerto. Foto de Juan Pérez')).toEqual({ caption: 'Barcos en el puerto.', credit: 'Foto de Juan Pérez' });
    // Without the separator the template sets between them.
    expect(splitCreditInText('Una ladera calcinada en Valdeorras. | Juan Pérez / EFE')).toEqual({ caption: 'Una ladera calcinada en Valdeorras.', credit: 'Juan Pérez / EFE' });
  });

  it('knows a caption by the credit closing its sentence, and a meta line with a photo credit as none', () => {
    expect(isCreditedCaption('The candidate speaks at a campaign rally in Savannah, Ga., Thursday, Aug. 29, 2024. (AP Photo/Dana Morrow)')).toBe(true);
    expect(isCreditedCaption('Fischerboote am Kai von Sassnitz im ersten Morgenlicht. Foto: Jana Roth')).toBe(true);
    expect(isCreditedCaption('12.03.2026 | Text und Foto: Jana Roth')).toBe(false);
    expect(isCreditedCaption('Published Thursday, Aug. 29, 2024, 10:15 AM EDT | Photo: AP')).toBe(false);
    expect(isCreditedCaption('The pier in 1989. (Reuters)')).toBe(false);
    expect(isCreditedCaption('The mayor opened the new pier on Thursday, Aug. 29, 2024, after two years of work.')).toBe(false);
  });

  it('keeps a closing bracket or sentence that is no agency credit, and a name\'s initial, as caption', () => {
    expect(splitCreditInText('The mayor and her deputy (left).')).toEqual({ caption: 'The mayor and her deputy (left).', credit: null });
    expect(splitCreditInText('Boats at dawn. Reuters moved its office here in 2019')).toEqual({ caption: 'Boats at dawn. Reuters moved its office here in 2019', credit: null });
    expect(splitCreditInText('Lea Roth and Hannes P. Albert/dpa')).toEqual({ caption: 'Lea Roth and Hannes P. Albert/dpa', credit: null });
  });

  it('keeps "photo by" inside a sentence and a word that only ends in "photo" as caption', () => {
    expect(splitCreditInText('A photo by the river shows the flood.')).toEqual({ caption: 'A photo by the river shows the flood.', credit: null });
    expect(splitCreditInText('Telephoto: a long lens flattens the harbour.')).toEqual({ caption: 'Telephoto: a long lens flattens the harbour.', credit: null });
  });

  it('reads the text a <figure> holds beside its picture as picture text, not as body paragraphs', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><div><img src="/img/pier.jpg" alt="The pier"><span class="sc-x1">Getty Images</span></div></figure>
      ${prose('ships')}
      <figure><div><img src="/img/dock.jpg"><figcaption>The dock at night.</figcaption></div><span class="description">Jane Doe/Agency</span></figure>
      ${prose('tides')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/pier.jpg', 'https://news.example/img/dock.jpg']);
    expect(result.images[1].caption).toBe('The dock at night.');
    expect(result.body).not.toContain('Getty Images');
    expect(result.body).not.toContain('Jane Doe/Agency');
    expect(result.body).toContain('harbour');
  });

  it('keeps the text of a figure that holds no article picture or more than a caption\'s worth of text', () => {
    const quote = 'The council, the residents and the engineers worked together on the harbour for three long years, and the costs, the delays and the next steps are all listed in the report that came out on Monday.';
    const result = run(page(`<article>${prose('harbour')}
      <figure class="wp-block-table"><table><tr><td>Berths</td><td>42</td></tr></table></figure>
      <figure><img src="/img/council.jpg"><blockquote><p>${quote}</p><p>${quote}</p><p>${quote}</p></blockquote></figure>
      ${prose('ships')}</article>`));
    expect(result.body).toContain('Berths | 42');
    expect(result.body).toContain(quote);
  });

  it('reads a caption that is nothing but a credit as the picture\'s credit', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><div><img src="/img/pier.jpg"><span>Jane Doe | Moment | Getty Images</span></div></figure>
      <figure><img src="/img/dock.jpg"><figcaption>© Jane Roe</figcaption></figure>
      <figure><img src="/img/quay.jpg"><figcaption>Foto: Max Muster/dpa</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([
      [null, 'Jane Doe | Moment | Getty Images'], [null, '© Jane Roe'], [null, 'Foto: Max Muster/dpa'],
    ]);
  });

  it('reads a credit set apart in parentheses at the end of the caption without its parentheses', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/pier.jpg"><figcaption>The pier closes for repairs. (Foto: Jane Roe/dpa)</figcaption></figure>
      <figure><img src="/img/dock.jpg"><figcaption>The old dock (Photo: Harbour Trust).</figcaption></figure>
      <figure><img src="/img/quay.jpg"><figcaption>(Foto: Max Muster)</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([
      ['The pier closes for repairs.', 'Foto: Jane Roe/dpa'], ['The old dock', 'Photo: Harbour Trust'], [null, 'Foto: Max Muster'],
    ]);
  });

  it('keeps a caption that mentions an agency, or runs on from a credit, as the caption', () => {
    const longCaption = '© The harbour trust: fishing boats at the old pier on the first morning of the season';
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/office.jpg"><figcaption>Reuters headquarters in London</figcaption></figure>
      <figure><img src="/img/pier.jpg"><figcaption>${longCaption}</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['Reuters headquarters in London', null], [longCaption, null]]);
  });

  it('splits the credit forms British, Italian, French, Spanish, Arabic and Japanese papers close a caption with', () => {
    expect(splitCreditInText('The striker wheels away after his winner (Jane Doe/PA)')).toEqual({ caption: 'The striker wheels away after his winner', credit: 'Jane Doe/PA' });
    expect(splitCreditInText('L’aula dopo il crollo (foto Vigili del fuoco)')).toEqual({ caption: 'L’aula dopo il crollo', credit: 'foto Vigili del fuoco' });
    expect(splitCreditInText('Les pompiers sont intervenus vers 3 h. | ARCHIVES LE COURRIER DU PORT')).toEqual({ caption: 'Les pompiers sont intervenus vers 3 h.', credit: 'ARCHIVES LE COURRIER DU PORT' });
    expect(splitCreditInText('El delantero celebra el segundo gol. JUAN PÉREZ')).toEqual({ caption: 'El delantero celebra el segundo gol.', credit: 'JUAN PÉREZ' });
    expect(splitCreditInText('مزارع يتفقد النخيل في أريحا - رويترز')).toEqual({ caption: 'مزارع يتفقد النخيل في أريحا', credit: 'رويترز' });
    expect(splitCreditInText('Coluna de fumo junto à A1 - Paulo Novais - Lusa')).toEqual({ caption: 'Coluna de fumo junto à A1', credit: 'Paulo Novais - Lusa' });
    expect(splitCreditInText('Nieve en el puerto de El Escudo, en una imagen de archivo - EUROPA PRESS - Archivo')).toEqual({ caption: 'Nieve en el puerto de El Escudo, en una imagen de archivo', credit: 'EUROPA PRESS - Archivo' });
    expect(splitCreditInText('建設が進む半導体工場（2月、米西部）＝ロイター')).toEqual({ caption: '建設が進む半導体工場（2月、米西部）', credit: 'ロイター' });
    expect(splitCreditInText('会見する首相＝AFP時事')).toEqual({ caption: '会見する首相', credit: 'AFP時事' });
    expect(splitCreditInText('Eleanor in her classroom in 1987. Courtesy of the Doe family')).toEqual({ caption: 'Eleanor in her classroom in 1987.', credit: 'Courtesy of the Doe family' });
    expect(splitCreditInText('مسار الدراجات الجديد على كورنيش البحيرة. (من المصدر)')).toEqual({ caption: 'مسار الدراجات الجديد على كورنيش البحيرة.', credit: 'من المصدر' });
    expect(splitCreditInText('وزير الصحة خلال الافتتاح (الصورة من المصدر)')).toEqual({ caption: 'وزير الصحة خلال الافتتاح', credit: 'الصورة من المصدر' });
  });

  it('reads the artist\'s credit of a court sketch, an illustration or a drawing, and keeps a caption that titles the drawing (rule "artist\'s credit")', () => {
    expect(splitCreditInText('The former treasurer listens as the verdict is read. Courtroom sketch by Jane Roe')).toEqual({ caption: 'The former treasurer listens as the verdict is read.', credit: 'Courtroom sketch by Jane Roe' });
    expect(splitCreditInText('The defendant in the dock on Wednesday (Sketch by Jane Roe/AP)')).toEqual({ caption: 'The defendant in the dock on Wednesday', credit: 'Sketch by Jane Roe/AP' });
    expect(splitCreditInText('Le prévenu dans le box, mercredi. Dessin d’audience de Jeanne Roe')).toEqual({ caption: 'Le prévenu dans le box, mercredi.', credit: 'Dessin d’audience de Jeanne Roe' });
    expect(splitCreditInText('Die Angeklagten im Saal 0.14. Zeichnung: Jana Roe')).toEqual({ caption: 'Die Angeklagten im Saal 0.14.', credit: 'Zeichnung: Jana Roe' });
    for (const caption of ['Illustration: how the new harbour bridge will look from the quay', 'A drawing by a pupil of the harbour school hangs in the hall']) {
      expect(splitCreditInText(caption)).toEqual({ caption, credit: null });
    }
  });

  it('reads a photo word before a slash or a bar, a lent picture\'s word and a hyphenated photographer or a name with a particle in brackets as the credit', () => {
    expect(splitCreditInText('The council chambers in Rangiora Road. Photo / Jane Roe')).toEqual({ caption: 'The council chambers in Rangiora Road.', credit: 'Photo / Jane Roe' });
    expect(splitCreditInText('Vendors at the flower market on Friday. (Photo | J Roe, EPS)')).toEqual({ caption: 'Vendors at the flower market on Friday.', credit: 'Photo | J Roe, EPS' });
    expect(splitCreditInText('The guard drives to the basket on Tuesday night. (Contributed)')).toEqual({ caption: 'The guard drives to the basket on Tuesday night.', credit: 'Contributed' });
    expect(splitCreditInText('Paramedics outside the station. Supplied')).toEqual({ caption: 'Paramedics outside the station.', credit: 'Supplied' });
    expect(splitCreditInText('Ice coats the branches. (Jean-Luc Roe/The Herald)')).toEqual({ caption: 'Ice coats the branches.', credit: 'Jean-Luc Roe/The Herald' });
    expect(splitCreditInText('Le buteur a inscrit les deux buts. (L. Fabre/Le Courrier des Sports)')).toEqual({ caption: 'Le buteur a inscrit les deux buts.', credit: 'L. Fabre/Le Courrier des Sports' });
    expect(splitCreditInText('La presa al amanecer. (Ana Ruiz/Diario de Navarra)')).toEqual({ caption: 'La presa al amanecer.', credit: 'Ana Ruiz/Diario de Navarra' });
    for (const caption of ['A photo / video booth at the fair', 'The mayor (left) and a contributed essay', 'Readers who submitted letters (Submitted to the board)']) {
      expect(splitCreditInText(caption)).toEqual({ caption, credit: null });
    }
  });

  it('keeps as caption what only looks like those credit forms', () => {
    for (const caption of [
      'The mayor and her deputy (photo left)', 'THE WINNERS OF THE CUP. THE TEAM', 'Boats at dawn - the old harbour',
      '会見する首相＝10日、首相官邸', 'The mayor at the pier (Pennsylvania/PA state line)', 'نقلا عن المصدر نفسه (من المصدر) أمس', 'Updated June 4, 2024 at 5:02 p.m. EDT',
      'Vista do porto - Lisboa - Portugal',
    ]) expect(splitCreditInText(caption)).toEqual({ caption, credit: null });
  });

  it('leaves the label printed before the credit\'s element out of the caption', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image-widget"><img src="/img/station.jpg"><p class="caption">A view of the station. File | Photo Credit: <span class="credit">R. Roe</span></p></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['A view of the station. File', 'R. Roe']]);
  });

  it('reads a byline box in a caption that opens with a credit\'s label as the picture\'s credit, and a writer\'s byline as neither', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/teacher.jpg"><figcaption>The teacher in her classroom in 1987.<span class="tnt-byline">Courtesy of the Doe family</span></figcaption></figure>
      <figure><img src="/img/dock.jpg"><figcaption>The dock at night.<span class="tnt-byline">By Jane Roe</span></figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['The teacher in her classroom in 1987.', 'Courtesy of the Doe family'], ['The dock at night.', null]]);
  });

  it('reads a byline box in a caption signed as photographers sign, the name and the paper after a slash, as the picture\'s credit', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/cruiser.jpg"><figcaption><div class="caption-text"><p>A cruiser at the end of the county road.</p></div><div class="tnt-byline">JANE ROE/The Daily Ledger</div></figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['A cruiser at the end of the county road.', 'JANE ROE/The Daily Ledger']]);
    expect(result.body).not.toContain('JANE ROE');
  });

  it('reads a byline box in a caption that names the photographer and, after a comma, a paper as the picture\'s credit (rule "photographer and paper")', () => {
    const figure = (credit: string) => run(page(`<article>${prose('harbour')}
      <figure><img src="/img/cruiser.jpg"><figcaption><div class="tnt-caption">A cruiser at the end of the county road.</div><div class="tnt-byline">${credit}</div></figcaption></figure>
      ${prose('ships')}</article>`)).images.map((image) => [image.caption, image.credit]);
    expect(figure('Jane Roe, The Daily Ledger')).toEqual([['A cruiser at the end of the county road.', 'Jane Roe, The Daily Ledger']]);
    // A writer's title after the comma names no paper.
    expect(figure('Jane Roe, Staff Writer')).toEqual([['A cruiser at the end of the county road.', null]]);
  });

  it('reads the line an old portal template sets under a table cell\'s picture as its caption, not the body\'s first paragraph', () => {
    const result = run(page(`<div class="news">
      <table><tr><td align="center"><img src="/upload/palms_big.jpg" width="500"><br><span class="imgtitle">مزارع يتفقد النخيل في أريحا - رويترز</span></td></tr></table>
      ${prose('harbour')}${prose('ships')}</div>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['مزارع يتفقد النخيل في أريحا', 'رويترز']]);
    expect(result.body).not.toContain('مزارع');
  });

  it('reads the line a portal template names the picture\'s description as its caption', () => {
    const result = run(page(`<div class="news">
      <table><tr><td align="center"><img src="/upload/pump_big.jpg" width="500"><br><span class="img_desc">ورشات الصيانة في محطة الضخ - رويترز</span></td></tr></table>
      ${prose('harbour')}${prose('ships')}</div>`));
    expect(result.images.map((image) => [image.caption, image.credit])).toEqual([['ورشات الصيانة في محطة الضخ', 'رويترز']]);
    expect(result.body).not.toContain('ورشات');
  });

  it('reads the line a paragraph sets under its picture in a class named for the caption cut short ("imgcap") as its caption', () => {
    const result = run(page(`<div class="content">
      <p><img src="/2031/12/06/images/tea.jpg" width="400"><br><span class="imgcap">Pluckers at work on an estate near the pass.</span></p>
      ${prose('harbour')}${prose('ships')}</div>`));
    expect(result.images.map((image) => image.caption)).toEqual(['Pluckers at work on an estate near the pass.']);
    expect(result.body).not.toContain('Pluckers');
  });

  it('keeps a picture in a box named for its layout role (widget, overlay, header)', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image-widget"><img src="/img/one.jpg"><p class="caption">The pier.</p></div>
      ${prose('ships')}
      <div class="news-header__image"><img class="o-overlay" src="/img/two.jpg"></div>
      ${prose('tides')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/one.jpg', 'https://news.example/img/two.jpg']);
  });

  it('still drops a widget that links to another story, a button of icons, and a box whose class names ads', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="widget"><img src="/img/teaser.jpg"><a href="/other-story">Another story that everyone is reading today</a></div>
      <button class="share"><img src="/static/share-icon.png"></button>
      <div class="ad-widget"><img src="/img/banner.jpg"></div>
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([]);
  });
});

describe('byline portraits', () => {
  it('drops the writer\'s head shot in the byline box', () => {
    const result = run(page(`<article>
      <div class="article-byline"><a href="/authors/jane-roe"><picture><img src="/img/people/jane-roe.jpg"></picture></a> By Jane Roe</div>
      <figure><img src="/img/harbour.jpg"></figure>${prose('harbour')}${prose('ships')}
      <div class="author-profile"><img src="/img/people/jane-roe-large.jpg"><span>Jane Roe covers the port.</span></div></article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('drops the writer\'s head shot in a box named for the post\'s or the entry\'s author (rule "writer\'s box named for its post")', () => {
    const result = run(page(`<article><h1>Ask the doctor: my son will not eat</h1>
      <div class="post-author"><img src="/uploads/authors/sam-roe.jpg" alt=""><div><strong>Dr Sam Roe</strong><span>Consultant paediatrician</span></div></div>
      ${prose('question')}<figure><img src="/img/clinic.jpg"></figure>${prose('answer')}
      <div class="entry-author"><img src="/uploads/authors/sam-roe-large.jpg" alt=""><p>Dr Sam Roe answers readers every Saturday.</p></div></article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/clinic.jpg']);
  });

  it('keeps a story picture whose box is named for the picture\'s own author, its credit', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="image-author-license-fields"><span class="licensed-file"><img src="/img/harbour.jpg"></span><span>Photo: Jane Roe, CC BY</span></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('drops the head shot in a byline row of utility classes that links the writer\'s page, and in a box named for the reporter in Turkish', () => {
    const result = run(page(`<article><h1>Grid at the brink</h1>
      <div class="mt-4 flex items-center gap-x-3"><img alt="" src="/img/profiles/jane-roe-64.jpg" class="h-8 w-8 rounded-full"><span><a href="/profile/jane-roe">Jane Roe</a></span><span>Energy Reporter</span> · <time datetime="2024-01-16">January 16, 2024</time></div>
      <div class="muhabir"><img src="/img/muhabir/ayse-demir.jpg" alt=""><span>Ayşe Demir</span> <span>| AA</span></div>
      ${prose('grid')}<figure><img src="/img/grid.jpg"></figure>${prose('demand')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/grid.jpg']);
  });

  it('drops the head shot in a row that opens with the byline\'s word before the linked name, and keeps a picture beside a linked sentence', () => {
    const result = run(page(`<article><h1>Grid at the brink</h1>
      <div class="c-By8"><div class="c-By8-n"><img src="/byline/jroe.png" alt=""><span>Av <a href="/av/jane-roe">Jane Roe</a></span> <span>Reporter</span></div></div>
      ${prose('grid')}<div><img src="/img/grid.jpg" alt=""><p>The grid in <a href="/topics/winter">winter</a>.</p></div>${prose('demand')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/grid.jpg']);
  });

  it('drops the head shot of a column\'s writer box, and leads with the declared picture rather than its biography', () => {
    const html = page(`<article><h1>The unfinished city</h1>${prose('city')}${prose('towers')}
      <div class="writer-bio"><img src="/files/writers/thumb/jane-roe.jpg" alt=""><p>Jane Roe: an urban planner who writes here every Friday.</p></div></article>`,
    '<meta property="og:image" content="https://news.example/files/writers/large/jane-roe.jpg">');
    expect(run(html).images).toEqual([]);
    expect(extract(html, { url: 'https://news.example/opinion/city' }).leadImage).toEqual({ url: 'https://news.example/files/writers/large/jane-roe.jpg', caption: null, alt: null, credit: null });
  });

  it('drops the head shot in a box named for the columnist, and leads with the declared picture', () => {
    const html = page(`<article><h1>Clinics need doctors</h1><div class="columnist"><img src="/uploads/jroe.jpg" alt=""><div><span class="name">Jane Roe</span><span class="col-name">Second Opinion</span></div></div>
      ${prose('clinic')}${prose('doctors')}</article>`,
    '<meta property="og:image" content="https://news.example/uploads/2026/12/clinic.jpg">');
    expect(run(html).images).toEqual([]);
    expect(extract(html, { url: 'https://news.example/opinion/clinics' }).leadImage?.url).toBe('https://news.example/uploads/2026/12/clinic.jpg');
  });

  it('drops a head shot whose whole alt text is the byline\'s word (rule "writer\'s word for alt text"), and keeps a picture whose alt text describes an author', () => {
    const result = run(page(`<article><h1>Grid at the brink</h1>
      <div class="flex items-center gap-3"><div class="flex"><img alt="Author" src="/uploads/user/profile_picture/55/jane.jpg" class="h-8 w-8 rounded-full"></div><div class="flex flex-col"><span>Jane Roe</span><time datetime="2024-01-16">January 16, 2024</time></div></div>
      ${prose('grid')}<figure><img src="/img/autor.jpg" alt="Autor"></figure><figure><img src="/img/grid.jpg" alt="The author at the grid's control room"></figure>${prose('demand')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/grid.jpg']);
  });

  it('drops a picture linked to the writer\'s page, even where a figure sets it with the byline for its caption', () => {
    const result = run(page(`<article><h1>Grid at the brink</h1>
      <figure class="flex items-center"><a rel="author" href="/autoren/jane-roe/"><picture><img src="/img/236903559_v1_1_200.jpeg" alt="Jane Roe"></picture></a><figcaption>Von <a href="/autoren/jane-roe/">Jane Roe</a> Redakteurin</figcaption></figure>
      ${prose('grid')}<figure><img src="/img/grid.jpg"></figure>${prose('demand')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/grid.jpg']);
  });

  it('keeps a picture whose caption links the photographer\'s staff page, and one beside a header\'s heading and the writer\'s link', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="pic"><img src="/img/harbour.jpg"><div class="pic-text">Boats at dawn. <a href="/staff/jane-roe">Jane Roe</a></div></div>
      <div class="row"><div class="col"><img src="/img/covers/sea-stories.jpg" alt="Sea Stories"></div><div class="col"><h2>Sea Stories</h2> by <a href="/profile/338">Jane Roe</a></div></div>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg', 'https://news.example/img/covers/sea-stories.jpg']);
  });

  it('keeps pictures of a post whose wrapper carries the CMS author class', () => {
    const result = run(page(`<article class="post author-jane-roe">${prose('harbour')}
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });
});

describe('renditions the URL asks to be tiny', () => {
  it('drops pictures the CDN is asked to render under 80 pixels wide', () => {
    const result = run(page(`<article>${prose('harbour')}
      <img src="https://cdn.example/people/jane.jpg?w=40&q=90">
      <img src="https://cdn.example/img/crop123/8204-cImg_1_1-w35/jane.jpg">
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([]);
  });

  it('keeps large renditions and reads a 16x9 path part as an aspect ratio, not a size', () => {
    const result = run(page(`<article>${prose('harbour')}
      <img src="https://cdn.example/harbour.jpg?w=1200&q=90">
      <img src="https://cdn.example/derivatives/16x9_780/pier.jpg">
      <img src="https://cdn.example/photos/w_1600,c_limit/boats.jpg">
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual([
      'https://cdn.example/harbour.jpg?w=1200&q=90', 'https://cdn.example/derivatives/16x9_780/pier.jpg', 'https://cdn.example/photos/w_1600,c_limit/boats.jpg',
    ]);
  });
});

describe('thumbnails of other stories', () => {
  const teaser = (slug: string) => `<article class="card"><figure><picture><img src="/img/${slug}.jpg"></picture></figure>
    <h3><a href="/${slug}">A headline of another story about ${slug}</a></h3>
    <p>The summary of that other story runs to a sentence or two, with commas, clauses and a full stop, so it reads as prose.</p></article>`;

  it('drops the pictures of a related-stories list that survived cleaning as prose', () => {
    const result = run(page(`<article><h1>Harbour</h1>${prose('harbour')}<figure><img src="/img/harbour.jpg"></figure>${prose('ships')}
      <div class="list list--related"><div class="container">${['tides', 'ferries', 'cranes'].map(teaser).join('')}</div></div></article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('reads a state modifier (has-recommendations) as what a box contains, not what it is', () => {
    const result = run(page(`<main><h1>Harbour reopens to ships</h1><div class="article has-recommendations"><div class="content-section">${prose('harbour')}
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}${prose('tides')}</div></div></main>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('stops at the story\'s own <article>, whose wrapper may carry any word', () => {
    const result = run(page(`<div class="content-with-related"><article><h1>Harbour reopens to ships</h1>${prose('harbour')}
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}</article></div>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });
});

describe('pictures of teaser-card articles beside each other', () => {
  const card = (slug: string) => `<article class="slide-entry"><a href="/${slug}"><img src="/img/${slug}.jpg"></a><h3><a href="/${slug}">Another story about ${slug}</a></h3><p>Its summary, in a sentence, told at some length so that the card reads as more than a list of links.</p></article>`;

  it('drops the pictures of a run of short sibling <article>s, a list of other stories', () => {
    const result = run(page(`<div class="page"><h1>Harbour reopens to ships</h1><div class="content">${prose('harbour')}<figure><img src="/img/harbour.jpg"></figure>${prose('ships')}${prose('tides')}
      <div class="grid">${['ferries', 'cranes', 'tides'].map(card).join('')}</div></div></div>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('keeps the pictures of a photo story told in short sibling <article>s that link to no headline', () => {
    const section = (slug: string) => `<article class="story-section"><a href="/photos/${slug}"><img src="/img/${slug}.jpg"></a><p>The ${slug}, which we found at a market, has stood in the hall for two years now.</p></article>`;
    const result = run(page(`<main><h1>Three harbours reopen to ships</h1>${prose('harbour')}<div class="story">${['lamp', 'chair', 'mirror'].map(section).join('')}</div>${prose('ships')}</main>`), { title: 'Three harbours reopen to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/lamp.jpg', 'https://news.example/img/chair.jpg', 'https://news.example/img/mirror.jpg']);
  });

  it('keeps the pictures of full stories listed as sibling <article>s under one headline', () => {
    const story = (slug: string) => `<article class="list-item"><h2>${slug}</h2>${prose(slug)}<figure><img src="/img/${slug}.jpg"></figure>${prose(slug)}</article>`;
    const result = run(page(`<main><h1>Three harbours reopen to ships</h1><div class="list">${['dover', 'calais'].map(story).join('')}</div></main>`), { title: 'Three harbours reopen to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/dover.jpg', 'https://news.example/img/calais.jpg']);
  });
});

describe('pictures of nested articles', () => {
  it('drops the picture of an <article> nested in the story', () => {
    const result = run(page(`<article><h1>Harbour reopens to ships</h1>${prose('harbour')}<figure><img src="/img/harbour.jpg"></figure>${prose('ships')}
      <section><article><figure><img src="/img/ferries.jpg"></figure><h2>Ferries return</h2>${prose('ferries', 2)}</article></section></article>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('keeps the pictures of a long story <article> nested in a page <article>, the headline outside both', () => {
    const result = run(page(`<header><h1>Harbour reopens to ships</h1></header><article class="page"><article class="post">${prose('harbour')}
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}</article></article>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('keeps pictures when the page wraps its one story in two <article>s, the headline in the inner one', () => {
    const result = run(page(`<article class="page"><article><h1>Harbour reopens to ships</h1>${prose('harbour')}
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}</article></article>`), { title: 'Harbour reopens to ships' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });
});

describe('lazy-load attributes named after their script', () => {
  it('reads any data attribute whose name ends in srcset, src or lazyload', () => {
    const result = run(page(`<article>${prose('harbour')}
      <picture><source data-flickity-lazyload-srcset="/img/a-800.jpg 800w, /img/a-1600.jpg 1600w"><img src="data:image/svg+xml;base64,PHN2Zz4=" data-flickity-lazyload="/img/a-599.jpg"></picture>
      <img src="data:image/gif;base64,R0lGOD" data-gallery-src="/img/b.jpg">
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/a-599.jpg', 'https://news.example/img/b.jpg']);
  });

  it('does not read other data attributes as picture sources', () => {
    const result = run(page(`<article>${prose('harbour')}
      <img src="data:image/gif;base64,R0lGOD" data-tracking-url="/img/c.jpg" data-src-set-by="lazysizes">
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([]);
  });
});

describe('AMP images', () => {
  it('reads <amp-img> like <img>, with its caption', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><amp-img src="/img/harbour.jpg" alt="The harbour" layout="fill"></amp-img><figcaption>Boats at dawn.</figcaption></figure>
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/harbour.jpg', caption: 'Boats at dawn.', alt: 'The harbour', credit: null }]);
    expect(result.body).not.toContain('Boats at dawn.');
  });

  it('drops AMP icons and pixels as it drops img ones', () => {
    const result = run(page(`<article>${prose('harbour')}
      <amp-img src="/static/icons/share-icon.png" layout="fixed"></amp-img><amp-img src="/px.gif" width="1" height="1"></amp-img>
      ${prose('ships')}</article>`));
    expect(result.images).toEqual([]);
  });
});

describe('the page\'s own rendering of its declared picture', () => {
  const imagesOf = (body: string): DomElement[] => {
    const $ = load(page(body));
    return $('img').toArray() as unknown as DomElement[];
  };

  it('finds the shown size of the declared picture: same file name, other size or crop parts', () => {
    const shown = pageRenderingOf('https://img.example/img/world/mobile245/97113-ci16x9-w1200/Harbour-at-dawn.jpg', imagesOf(`
      <figure><img src="https://img.example/img/world/mobile245/97116-ci23x11-w1136/Harbour-at-dawn.jpg" alt="Harbour"><figcaption>Boats at dawn.</figcaption></figure>`), null);
    expect(shown).toEqual({ url: 'https://img.example/img/world/mobile245/97116-ci23x11-w1136/Harbour-at-dawn.jpg', caption: 'Boats at dawn.', alt: 'Harbour', credit: null });
    expect(pageRenderingOf('https://cdn.example/uploads/2025/11/20251117_133533-588x336.png', imagesOf('<img src="https://cdn.example/uploads/2025/11/20251117_133533.png">'), null)?.url)
      .toBe('https://cdn.example/uploads/2025/11/20251117_133533.png');
    expect(pageRenderingOf('https://img.example/news/harbour-reopens-image-group/wide__1300x731', imagesOf('<img src="https://img.example/news/harbour-reopens-image-group/wide__980x551">'), null)?.url)
      .toBe('https://img.example/news/harbour-reopens-image-group/wide__980x551');
    expect(pageRenderingOf('https://dims.example/resize/1440x810/?url=https%3A%2F%2Fassets.example%2F04%2Fabc123def456', imagesOf('<img src="https://dims.example/resize/599x401/?url=https%3A%2F%2Fassets.example%2F04%2Fabc123def456">'), null)?.url)
      .toBe('https://dims.example/resize/599x401/?url=https%3A%2F%2Fassets.example%2F04%2Fabc123def456');
  });

  it('does not take a picture that merely shares a generic name, a folder or a proxy, nor one in a sidebar', () => {
    expect(pageRenderingOf('https://cdn.example/ais/1111-aaaa/full/max/0/default.jpg', imagesOf('<img src="https://cdn.example/ais/2222-bbbb/full/max/0/default.jpg">'), null)).toBeNull();
    expect(pageRenderingOf('https://cdn.example/wp-content/uploads/2025/11/harbour-1.png', imagesOf('<img src="https://cdn.example/wp-content/uploads/2017/08/banner1.jpg">'), null)).toBeNull();
    expect(pageRenderingOf('https://dims.example/resize/1440x810/?url=https%3A%2F%2Fassets.example%2Fabc123def456', imagesOf('<img src="https://dims.example/resize/320x118/?url=https%3A%2F%2Fassets.example%2Fffff00001111">'), null)).toBeNull();
    expect(pageRenderingOf('https://img.example/photos/Harbour-at-dawn-1200.jpg', imagesOf('<aside><img src="https://img.example/photos/Harbour-at-dawn-600.jpg"></aside>'), null)).toBeNull();
  });

  it('makes the shown rendering the record\'s lead picture when the body pass drops the header that holds it', () => {
    const record = extract(page(`<header class="story-header"><figure><img src="/img/1024/Harbour-reopens-to-ships.jpg"><figcaption>Boats at dawn.</figcaption></figure></header>
      <article><h1>Harbour reopens to ships after a year</h1>${prose('harbour')}${prose('ships')}${prose('tides')}</article>`,
      '<meta property="og:image" content="https://news.example/img/1200/Harbour-reopens-to-ships.jpg">'), { url: 'https://news.example/world/story' });
    expect(record.leadImage).toEqual({ url: 'https://news.example/img/1024/Harbour-reopens-to-ships.jpg', caption: 'Boats at dawn.', alt: null, credit: null });
  });

  it('reads the credit printed alone right under the shown picture, and keeps a caption found beside it (rule "credit line under the picture")', () => {
    const shownWith = (under: string, caption = '') => pageRenderingOf('https://news.example/uploads/old-bazaar.jpg', imagesOf(`<div class="detail"><h1>T</h1>
      <img class="cover" src="https://news.example/uploads/old-bazaar.jpg">${under}${caption}<div class="text">${prose('bazaar')}</div></div>`), null);
    expect(shownWith('<p class="credit">Foto: Tetova Info</p>')?.credit).toBe('Foto: Tetova Info');
    expect(shownWith('<p>Foto: Tetova Info</p>')?.credit).toBe('Foto: Tetova Info');
    // A story's line under the picture credits no one; a caption box's credit is the caption's.
    expect(shownWith(prose('street'))?.credit).toBeNull();
    expect(shownWith('<div class="caption">The old bazaar at dusk. Foto: Jane Roe</div>')).toMatchObject({ caption: 'The old bazaar at dusk.', credit: 'Foto: Jane Roe' });
  });

  it('takes the declared picture shown in a player\'s box as the lead, over a picture of one of a live page\'s posts', () => {
    const record = extract(page(`<main><h1>Storm live: ferries cancelled</h1>
      <div class="media-player"><figure><img src="https://img.example/news/800/_132511_storm-waves.jpg" alt="Waves"><figcaption>Waves break over the harbour wall.</figcaption></figure></div>
      <ol><li><article class="post"><h3>Tree falls on car</h3><p>A driver escaped without injury after a tree came down on the main road north of the town this morning.</p>
      <figure><img src="https://img.example/news/480/tree-car.jpg" alt="Tree"><figcaption>The tree fell on the road.</figcaption></figure></article></li>
      <li><article class="post"><h3>Ferries cancelled</h3>${prose('ferry')}</article></li></ol></main>`,
      '<meta property="og:image" content="https://img.example/news/1024/branded/_132511_storm-waves.jpg">'), { url: 'https://news.example/live/storm' });
    expect(record.leadImage).toEqual({ url: 'https://img.example/news/800/_132511_storm-waves.jpg', caption: 'Waves break over the harbour wall.', alt: 'Waves', credit: null });
  });
});

describe('1x1 pixels and square crops', () => {
  it('drops a file named as a 1x1 pixel', () => {
    const result = run(page(`<article>${prose('harbour')}<img src="/static/1x1.gif"><img src="/t/pixel_1x1.png?u=42">${prose('ships')}</article>`));
    expect(result.images).toEqual([]);
  });

  it('keeps a square crop whose folder says 1x1 and a width', () => {
    const result = run(page(`<article>${prose('harbour')}
      <picture><source srcset="https://img.example/image/b318/1x1-640/harbour-jubel-104.webp"><img src="https://img.example/image/b318/1x1-640/harbour-jubel-104.jpg"></picture>
      ${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://img.example/image/b318/1x1-640/harbour-jubel-104.webp']);
  });
});

describe('player posters', () => {
  it('drops the still of a video player', () => {
    const result = run(page(`<article>${prose('harbour')}
      <div class="video-player"><div class="poster"><img src="/img/clip-still.jpg"></div><button>Play</button></div>
      <div class="jwplayer"><img src="/img/other-clip.jpg"></div>
      <figure><img src="/img/harbour.jpg"></figure>${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });

  it('keeps a picture whose box is named for a video without a player', () => {
    const result = run(page(`<article>${prose('harbour')}<figure class="video-still"><img src="/img/harbour.jpg"></figure>${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/harbour.jpg']);
  });
});

describe('relative picture URLs', () => {
  const story = `<article><h1>Harbour reopens to ships after a year</h1>${prose('harbour')}<figure><img src="pics/harbour.jpg"></figure>${prose('ships')}</article>`;

  it('resolves them against the page\'s <base href>, as a browser does', () => {
    const record = extract(page(story, '<base href="https://static.example/2024/">'), { url: 'https://news.example/world/story' });
    expect(record.images.map((image) => image.url)).toEqual(['https://static.example/2024/pics/harbour.jpg']);
  });

  it('resolves them against the page URL without one', () => {
    const record = extract(page(story), { url: 'https://news.example/world/story' });
    expect(record.images.map((image) => image.url)).toEqual(['https://news.example/world/pics/harbour.jpg']);
  });

  it('resolves them against the canonical address the page states when it comes without a URL', () => {
    const record = extract(page(story, '<link rel="canonical" href="https://news.example/world/story">'));
    expect(record.url).toBeNull();
    expect(record.images.map((image) => image.url)).toEqual(['https://news.example/world/pics/harbour.jpg']);
  });

  it('keeps no relative picture when neither the page nor the caller gives an address', () => {
    expect(extract(page(story)).images).toEqual([]);
  });
});

describe('picture credits', () => {
  it.each([
    ['a Japanese 写真 label in full-width brackets', '再開初日の朝市（写真：山本健太）', '再開初日の朝市', '写真：山本健太'],
    ['a Japanese 写真＝ label', '焼きサザエを味わう家族連れ 写真＝湾岸日報', '焼きサザエを味わう家族連れ', '写真＝湾岸日報'],
    ['a Chinese 摄影 label', '市民在骑行道上骑车。摄影：林晓东', '市民在骑行道上骑车。', '摄影：林晓东'],
    ['a French "Infographie :" label', 'Le tracé retenu longe la rivière. Infographie : Léa Fontaine', 'Le tracé retenu longe la rivière.', 'Infographie : Léa Fontaine'],
    ['a German "Grafik:" label', 'So wird der Deich aufgebaut. Grafik: Kreisblatt', 'So wird der Deich aufgebaut.', 'Grafik: Kreisblatt'],
    ['a Vietnamese "Ảnh:" label', 'Tấm pin được trưng bày tại Tokyo. Ảnh: Kenji Sato', 'Tấm pin được trưng bày tại Tokyo.', 'Ảnh: Kenji Sato'],
    ['a Japanese 撮影・ label in full-width brackets', '米を蒸す杜氏ら＝１１日、富山県砺波市（撮影・森川亮）', '米を蒸す杜氏ら＝１１日、富山県砺波市', '撮影・森川亮'],
    ['a Korean 사진= label in square brackets', '서울시청 신청사 전경. [사진=한빛일보 DB]', '서울시청 신청사 전경.', '사진=한빛일보 DB'],
    ['a Korean 사진 출처 = label', '공장 시절의 모습. [사진 출처 = 선거 캠프]', '공장 시절의 모습.', '사진 출처 = 선거 캠프'],
    ['a Thai "ภาพ:" label in brackets', 'อาคารสำนักงานใหญ่ (ภาพ: แฟ้มภาพ)', 'อาคารสำนักงานใหญ่', 'ภาพ: แฟ้มภาพ'],
    ['a Tamil "படம்:" label (rule "Tamil and Sinhala credit labels")', 'கடற்கரையில் மீனவர்கள். படம்: க. ரமேஷ்', 'கடற்கரையில் மீனவர்கள்.', 'படம்: க. ரமேஷ்'],
    ['a Tamil "புகைப்படம்:" label', 'புதிய பாலம். புகைப்படம்: செ. அருண்', 'புதிய பாலம்.', 'புகைப்படம்: செ. அருண்'],
    ['a Sinhala "ඡායාරූප:" label (rule "Tamil and Sinhala credit labels")', 'නුවර ඇසළ පෙරහැර. ඡායාරූප: සුනිල් පෙරේරා', 'නුවර ඇසළ පෙරහැර.', 'ඡායාරූප: සුනිල් පෙරේරා'],
    ['a Polish "Fot." after a sentence', 'Sesja Rady Miasta, 12 marca 2024 r. Fot. Michał Nowak', 'Sesja Rady Miasta, 12 marca 2024 r.', 'Fot. Michał Nowak'],
    ['a Lithuanian "Nuotr." after a sentence', 'Naujasis tiltas per Nerį. Nuotr. Jono Petraičio', 'Naujasis tiltas per Nerį.', 'Nuotr. Jono Petraičio'],
    ['a Finnish "Kuva:" label', 'Raitiovaunu Hämeenkadulla. Kuva: Jussi Laakso / Lehtikuva', 'Raitiovaunu Hämeenkadulla.', 'Kuva: Jussi Laakso / Lehtikuva'],
    ['an Icelandic "Mynd:" label', 'Loðnuskip við bryggju. Mynd: Stefán Jónsson', 'Loðnuskip við bryggju.', 'Mynd: Stefán Jónsson'],
    ['a Dutch "Beeld:" label', 'De nieuwe tram op de Naamsesteenweg. Beeld: De Lijn', 'De nieuwe tram op de Naamsesteenweg.', 'Beeld: De Lijn'],
    ['an Icelandic "Ljósmynd:" label', 'Hraun rennur til vesturs. Ljósmynd: Helga Sigurðardóttir', 'Hraun rennur til vesturs.', 'Ljósmynd: Helga Sigurðardóttir'],
    ['an Estonian "Autor/allikas:" label', 'Linnaliinibuss Riia tänaval. Autor/allikas: Urmas Luik/ERR', 'Linnaliinibuss Riia tänaval.', 'Autor/allikas: Urmas Luik/ERR'],
    ['a Lithuanian closing "nuotr." after the photographer', 'Klaipėdos jūrų uostas. Vytauto Petrikos nuotr.', 'Klaipėdos jūrų uostas.', 'Vytauto Petrikos nuotr.'],
    ['a Chinese closing 摄 after a sentence', '一列市域列车驶出上海虹桥站。新华社记者 丁汀 摄', '一列市域列车驶出上海虹桥站。', '新华社记者 丁汀 摄'],
    ['a Chinese closing 摄 in brackets', '市民在江边散步（李华摄）', '市民在江边散步', '李华摄'],
  ])('splits a credit opened by %s from the caption', (_kind, text, caption, credit) => {
    expect(splitCreditInText(text)).toEqual({ caption, credit });
  });

  it.each([
    ['a Polish "fot." inside a sentence', 'Zdjęcie z fot. archiwum rodziny'],
    ['a Lithuanian "nuotr." inside a sentence', 'Senamiestis vakare, nuotr. iš archyvo'],
    ['a Chinese sentence that ends in 拍摄 (taking pictures)', '这是3月12日拍摄的。游客在景区拍摄'],
    ['a Chinese bracket that says how the picture was taken', '图为江边（资料图片，无人机拍摄）'],
    ['a Tamil compound on "படம்" (திரைப்படம், a film)', 'புதிய திரைப்படம்: இயக்குநர் பேட்டி'],
  ])('keeps %s as caption', (_kind, text) => {
    expect(splitCreditInText(text)).toEqual({ caption: text, credit: null });
  });

  it('reads a Turkish "Fotoğraf:" line beside the picture as its credit, not its caption', () => {
    const result = run(page(`<article>${prose('olive')}<div class="haber-gorsel"><img src="/img/olive.jpg" alt="Olive pickers" width="1200" height="675"><span class="gorsel-kaynak">Fotoğraf: AA</span></div>${prose('harvest')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/olive.jpg', caption: null, alt: 'Olive pickers', credit: 'Fotoğraf: AA' }]);
    expect(result.body).not.toContain('Fotoğraf');
  });

  it('reads a Chinese caption paragraph that closes with its photographer under a picture, out of the body', () => {
    const result = run(page(`<div class="article">${prose('railway')}<p style="text-align: center;"><img src="/img/train.jpg" alt=""></p><p style="text-align: center;">3月12日，一列市域列车驶出上海虹桥站。新华社记者 丁汀 摄</p>${prose('line')}</div>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/train.jpg', caption: '3月12日，一列市域列车驶出上海虹桥站。', alt: null, credit: '新华社记者 丁汀 摄' }]);
    expect(result.body).not.toContain('丁汀');
  });

  it('reads the credit a template sets in a box of its own right after the caption\'s', () => {
    const result = run(page(`<article>${prose('school')}<figure class="Figure"><picture><img src="/img/school.jpg" alt="Students"></picture><div class="Figure-content"><div class="Figure-caption"><p>Students walk between classes.</p></div><div class="Figure-credit">Jane Roe/The Courier</div></div></figure>${prose('phones')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/school.jpg', caption: 'Students walk between classes.', alt: 'Students', credit: 'Jane Roe/The Courier' }]);
    expect(result.body).not.toContain('Jane Roe');
  });

  it('reads the credit of a Drupal field without the field\'s label printed inside its box (rule "field label in the credit box")', () => {
    const result = run(page(`<article>${prose('bus')}<figure><img src="/img/bus.jpg" alt="A bus"><figcaption><div class="field field--name-field-legende">A bus on the square.</div><div class="field field--name-field-credit field--label-inline"><div class="field__label">Crédit</div><div class="field__item">Belga / Jane Roe</div></div></figcaption></figure>${prose('tram')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/bus.jpg', caption: 'A bus on the square.', alt: 'A bus', credit: 'Belga / Jane Roe' }]);
  });

  it('reads a credit box set in brackets without its brackets (rule "credit box in brackets")', () => {
    const result = run(page(`<article>${prose('port')}<figure><img src="/img/port.jpg" alt="The port"><figcaption>The port at dawn <span class="credit">(Foto: dpa)</span></figcaption></figure>${prose('ferry')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/port.jpg', caption: 'The port at dawn', alt: 'The port', credit: 'Foto: dpa' }]);
    const fullWidth = run(page(`<article>${prose('port')}<figure><img src="/img/port.jpg" alt="港"><figcaption>夜明けの港<span class="credit">（写真：共同）</span></figcaption></figure>${prose('ferry')}</article>`));
    expect(fullWidth.images[0].credit).toBe('写真：共同');
  });

  it('reads a Drupal media entity, its caption and photographer fields, as the story\'s picture', () => {
    const result = run(page(`<article class="node"><h1>Bridge closed</h1>${prose('bridge')}<article class="media media--type-image">
      <div class="field field--name-field-media-image"><img src="/img/bridge.jpg" width="1280" height="720" alt="The bridge"></div>
      <div class="field field--name-field-bijschrift">The bridge at dawn. Its moving part will be replaced.</div>
      <div class="field field--name-field-fotograaf">Foto: ANP / Jane Roe</div></article>${prose('traffic')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/bridge.jpg', caption: 'The bridge at dawn. Its moving part will be replaced.', alt: 'The bridge', credit: 'Foto: ANP / Jane Roe' }]);
    expect(result.body).not.toContain('The bridge at dawn');
  });

  it('reads a closing element that signs the picture "Name/Paper" as the credit, and a caption\'s own clause in a span as caption', () => {
    const signed = run(page(`<article>${prose('rain')}<figure><img src="/img/rain.jpg"><figcaption><span class="css-fc2">Cars stranded on a street in the east of the city</span> <span class="css-fc3">Bruno Teles/Folha do Planalto</span></figcaption></figure>${prose('flood')}</article>`));
    expect(signed.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Cars stranded on a street in the east of the city', credit: 'Bruno Teles/Folha do Planalto' }]);
    const clause = run(page(`<article>${prose('rain')}<figure><img src="/img/rain.jpg"><figcaption><span>Rainfall in mm</span> <span>per hour/per day in the east of the city</span></figcaption></figure>${prose('flood')}</article>`));
    expect(clause.images[0]).toMatchObject({ caption: 'Rainfall in mm per hour/per day in the east of the city', credit: null });
  });

  it('reads a closing element that signs the picture with its source in brackets as the credit (rule "source in brackets")', () => {
    const figure = (closing: string) => run(page(`<article>${prose('housing')}<figure><img src="/img/works.jpg"><figcaption><span>Obras de una promoción de vivienda pública, el pasado octubre.</span><span class="a_m_m">${closing}</span></figcaption></figure>${prose('rent')}</article>`)).images[0];
    expect(figure('Rocío Ganuza Prieto (EFE)')).toMatchObject({ caption: 'Obras de una promoción de vivienda pública, el pasado octubre.', credit: 'Rocío Ganuza Prieto (EFE)' });
    expect(figure('Ana Ruiz Soler (EL PAÍS)')).toMatchObject({ caption: 'Obras de una promoción de vivienda pública, el pasado octubre.', credit: 'Ana Ruiz Soler (EL PAÍS)' });
    // A place in brackets after a name is no source.
    expect(figure('Ana Ruiz Soler (Madrid)').credit).toBeNull();
  });

  it('leaves a caption\'s licensing link out of the caption and the credit', () => {
    const result = run(page(`<article>${prose('bank')}<figure><img src="/img/bank.jpg"><figcaption><span>Jane Roe attends a news conference in Frankfurt, January 25, 2024. REUTERS/John Doe/File Photo</span><a class="image-caption__license__3MsM1" href="https://agency.example/licensing/">Purchase Licensing Rights<span class="sr-only">, opens new tab</span></a></figcaption></figure>${prose('rates')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Jane Roe attends a news conference in Frankfurt, January 25, 2024.', credit: 'REUTERS/John Doe/File Photo' }]);
  });

  it('reads a paragraph after a picture box that repeats the box\'s caption or its alt as that caption again, out of the body', () => {
    const result = run(page(`<article>${prose('oil')}<div class="article__inline-img"><img src="/img/tanker.jpg" alt="A tanker in a Gulf port"><div class="article__inline-caption">A tanker in a Gulf port</div></div>
      <p>A tanker in a Gulf port</p>${prose('growth')}<div class="pic"><img src="/img/port.jpg" alt="The port of Jebel Ali at night"><span>Photo archive</span></div><p>The port of Jebel Ali at night</p>${prose('trade')}</article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['A tanker in a Gulf port', 'Photo archive']);
    expect(result.body).not.toContain('A tanker in a Gulf port');
    expect(result.body).not.toContain('Jebel Ali');
  });

  it('keeps a paragraph after a picture box that says more than its caption', () => {
    const result = run(page(`<article>${prose('oil')}<div class="article__inline-img"><img src="/img/tanker.jpg" alt="A tanker"><div class="article__inline-caption">A tanker in a Gulf port</div></div>
      <p>A tanker in a Gulf port was seized on Monday, officials said.</p>${prose('growth')}</article>`));
    expect(result.body).toContain('A tanker in a Gulf port was seized on Monday');
  });

  it('reads a credit declared only in a data attribute of the figure', () => {
    const result = run(page(`<article>${prose('market')}<figure data-credit="Town Hall"><img src="/img/market.jpg" alt="The market"><figcaption>Stalls in the new market hall.</figcaption></figure>${prose('stalls')}</article>`));
    expect(result.images).toEqual([{ url: 'https://news.example/img/market.jpg', caption: 'Stalls in the new market hall.', alt: 'The market', credit: 'Town Hall' }]);
  });

  it('reads the small print that closes a caption as its credit', () => {
    const result = run(page(`<article>${prose('dyke')}<figure><img src="/img/sheep.jpg" alt="Sheep"><figcaption>Sheep keep the grass short. <small>Jane Roe</small></figcaption></figure>${prose('sheep')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Sheep keep the grass short.', credit: 'Jane Roe' }]);
  });

  it('keeps a caption set wholly in small print as the caption', () => {
    const result = run(page(`<article>${prose('dyke')}<figure><img src="/img/sheep.jpg" alt="Sheep"><figcaption><small>Sheep keep the grass short.</small></figcaption></figure>${prose('sheep')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Sheep keep the grass short.', credit: null }]);
  });

  it('keeps small print in the middle of a caption as caption text', () => {
    const result = run(page(`<article>${prose('dyke')}<figure><img src="/img/sheep.jpg" alt="Sheep"><figcaption>Sheep <small>(and lambs)</small> keep the grass short.</figcaption></figure>${prose('sheep')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Sheep (and lambs) keep the grass short.', credit: null }]);
  });

  it('gives each picture wrapped in a paragraph the caption in the paragraph right after it', () => {
    const result = run(page(`<article><div class="content">${prose('park')}<p><img src="/img/path.jpg" alt="Path"></p><p class="img-caption">The new cycle path.</p>${prose('path')}<p><img src="/img/deck.jpg" alt="Deck"></p><p class="img-caption">The viewing deck.</p>${prose('deck')}</div></article>`));
    expect(result.images.map(({ url, caption }) => [url, caption])).toEqual([
      ['https://news.example/img/path.jpg', 'The new cycle path.'],
      ['https://news.example/img/deck.jpg', 'The viewing deck.'],
    ]);
  });
  it.each([
    ['copyright', 'copyright'],
    ['caption-credit', 'caption__credit'],
    ['image copyright', 'article-image-copyright'],
  ])('reads a credit set in a %s element inside the caption, out of the caption and the body', (_kind, creditClass) => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg" alt="Harbour"><figcaption>Harbour at dawn. <span class="${creditClass}">Foto: Lena Moor</span></figcaption></figure>${prose('ships')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Harbour at dawn.', credit: 'Foto: Lena Moor' }]);
    expect(result.body).not.toContain('Lena Moor');
  });

  it.each([
    ['a paragraph after a linked picture', '<a href="/img/briefing-large.jpg"><img src="/img/briefing.jpg" alt="Briefing"></a><p>Ministers at the harbour briefing Foto: Lena Moor/Kreisblatt</p>', 'Ministers at the harbour briefing', 'Foto: Lena Moor/Kreisblatt'],
    ['a box beside the picture\'s box', '<div><div><picture><source srcset="/img/briefing.webp"><img src="/img/briefing.jpg" alt="Briefing"></picture></div><div><div><p><span>Ministers at the harbour briefing on Monday.</span> <span>(AP Photo/Lena Moor)</span></p></div></div></div>', 'Ministers at the harbour briefing on Monday.', 'AP Photo/Lena Moor'],
    ['a paragraph after a bare img (its credit a "Bildquelle:")', '<img src="/img/briefing.jpg" alt="Briefing"><p>Ministerinnen beim Hafentermin | Bildquelle: Stadtarchiv</p>', 'Ministerinnen beim Hafentermin', 'Bildquelle: Stadtarchiv'],
  ])('reads %s that ends in a picture credit as the caption, out of the body, whatever its class', (_kind, figure, caption, credit) => {
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}${figure}${prose('ships')}</div></article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption, credit }]);
    expect(result.body).not.toContain('Ministe');
    expect(result.body).toContain('ships report');
  });

  it.each([
    ['a line alone with its picture in a plain box', '<div><div><img src="/img/briefing.jpg" alt=""><div><em>Ministers at the harbour briefing</em></div></div></div>'],
    ['a line beside the picture\'s own box, the two alone in theirs', '<div><div><div><img src="/img/briefing.jpg" alt=""></div><div>Ministers at the harbour briefing</div></div></div>'],
    ['a block that repeats the picture\'s alt, whatever follows it', '<img src="/img/briefing.jpg" alt="Ministers at the harbour briefing"><div>Ministers at the harbour briefing</div>'],
    ['a line that opens with the picture\'s alt, a phrase and no name', '<div><img src="/img/briefing.jpg" alt="Ministers at the"><div>Ministers at the harbour briefing</div></div>'],
  ])('reads %s as its caption, out of the body', (_kind, figure) => {
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}${figure}${prose('ships')}</div></article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['Ministers at the harbour briefing']);
    expect(result.body).not.toContain('Ministers at');
    expect(result.body).toContain('ships report');
  });

  it('reads an Arabic line that repeats the picture\'s alt and adds "- صورة أرشيفية" as its caption, and keeps a writer\'s box whose biography opens with the name (rule "picture\'s note after its description")', () => {
    const captioned = run(page(`<article><div class="x-1a">${prose('harbour')}<div><img src="/img/certificates.jpg" alt="شهادات الادخار"><span>شهادات الادخار - صورة أرشيفية</span></div>${prose('ships')}</div></article>`));
    expect(captioned.body).not.toContain('صورة أرشيفية');
    expect(captioned.body).toContain('ships report');
    const writer = run(page(`<article><div class="x-1a">${prose('harbour')}<div><img src="/img/writer.jpg" alt="محمد علي"><span>محمد علي كاتب صحفي متخصص في شؤون الموانئ WRITERBIO</span></div>${prose('ships')}</div></article>`));
    expect(writer.images.map(({ caption }) => caption)).not.toContain('محمد علي كاتب صحفي متخصص في شؤون الموانئ WRITERBIO');
  });

  it('reads a German caption that opens with the picture\'s alt, a noun and its article, as the caption', () => {
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}<div><img src="/img/see.jpg" alt="Der See"><div>Der See am Abend der Versammlung</div></div>${prose('ships')}</div></article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['Der See am Abend der Versammlung']);
  });

  it('reads the captions of pictures set one paragraph apart, which make no run of sections', () => {
    const figure = (name: string, caption: string) => `<div><img src="/img/${name}.jpg" alt=""><div>${caption}</div></div>`;
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}${figure('pier', 'The old pier at dawn')}${prose('ships')}${figure('ferry', 'The ferry leaves at noon')}${prose('quay')}</div></article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['The old pier at dawn', 'The ferry leaves at noon']);
    expect(result.body).not.toContain('The old pier');
  });

  it.each([
    ['a paragraph beside an inline picture', '<p><img src="/img/briefing.jpg" alt=""><span>Ministers met at the harbour.</span></p>'],
    ['a slide\'s text after a picture set in a <figure>', '<div><figure><img src="/img/briefing.jpg" alt=""></figure><div><p>Ministers met at the harbour.</p></div></div>'],
    ['an image-and-text column of two paragraphs', '<div><div><img src="/img/briefing.jpg" alt=""></div><div><p>Ministers met at the harbour.</p><p>They approved the ferry plan.</p></div></div>'],
    ['a photo story\'s sections, each a picture and its line', '<div class="section"><div><img src="/img/briefing.jpg" alt=""></div><div>Ministers met at the harbour.</div></div><div class="section wide"><div><img src="/img/ferry.jpg" alt=""></div><div>The ferry left at noon.</div></div>'],
    ['a prompt beside an icon', '<div><img class="icon" src="/img/speech.png" alt=""><div>Ministers met at the harbour.</div></div>'],
    ['a longer text beside a picture', `<div><img src="/img/briefing.jpg" alt=""><div>Ministers met at the harbour. ${'They approved the ferry plan after a long debate. '.repeat(5)}</div></div>`],
  ])('keeps %s in the body', (_kind, figure) => {
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}${figure}${prose('ships')}</div></article>`));
    expect(result.body).toContain('Ministers met at the harbour.');
  });

  it('takes a figure\'s figcaption, not a gallery counter or label beside its picture, as the caption', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><div><a href="/gallery"><img src="/img/harbour.jpg" alt=""></a><div><span>2</span></div></div><figcaption>Harbour at dawn</figcaption></figure><figure><div><div><img src="/img/pier.jpg" alt=""></div><div><span>View 3 Images</span></div></div><figcaption>The old pier</figcaption></figure>${prose('ships')}</article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['Harbour at dawn', 'The old pier']);
  });

  it('reads a caption field left empty before its credit as no caption', () => {
    expect(splitCreditInText('. Imagen: Lena Moor')).toEqual({ caption: null, credit: 'Imagen: Lena Moor' });
  });

  it('keeps a story paragraph after a picture when it credits no photographer', () => {
    const result = run(page(`<article><div class="x-1a">${prose('harbour')}<img src="/img/briefing.jpg" alt="Briefing"><p>Ministers met at the harbour on Monday (9/2 in favour) to approve the ferry plan.</p>${prose('ships')}</div></article>`));
    expect(result.body).toContain('Ministers met at the harbour on Monday (9/2 in favour) to approve the ferry plan.');
    expect(result.images.map(({ caption }) => caption)).toEqual([null]);
  });

  it('opens the credit with a copyright sign set apart from the caption and the credit\'s own element', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg" alt="Harbour"><figcaption><span>Harbour at dawn.</span> <span>©</span> <span class="credit">Lena Moor</span></figcaption></figure>${prose('ships')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Harbour at dawn.', credit: '© Lena Moor' }]);
  });

  it('still drops a copyright line outside any caption', () => {
    const result = run(page(`<article>${prose('harbour')}<p class="copyright">© Harbour Post 2026</p>${prose('ships')}</article>`));
    expect(result.body).not.toContain('Harbour Post');
  });

  it('leaves out a caption byline, which names a clip, not a picture', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg" alt="Harbour"><figcaption>Audio: the harbour at dawn <span class="media__byline">03:07 Min. | Lena Moor</span></figcaption></figure>${prose('ships')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Audio: the harbour at dawn', credit: null }]);
  });

  it('leaves out a copyright box that holds the caption text too', () => {
    const result = run(page(`<article>${prose('court')}<figure><img src="/img/court.jpg" alt="Court"><figcaption><div class="copyright">Bild: Lena Moor<span class="picture-description">The court house in the rain</span></div></figcaption></figure>${prose('judge')}</article>`));
    expect(result.images[0].credit).toBeNull();
  });

  it('reads an "Image Credits:" label as the credit, alone or after the caption', () => {
    expect(splitCreditInText('Image Credits: Lumen')).toEqual({ caption: null, credit: 'Image Credits: Lumen' });
    expect(splitCreditInText('Captions seen through the lens. Image Credits: Jane Roe / The Courier')).toEqual({ caption: 'Captions seen through the lens.', credit: 'Image Credits: Jane Roe / The Courier' });
  });

  it('reads the <cite> that closes a caption as its credit', () => {
    const result = run(page(`<article>${prose('library')}<figure><img src="/img/library.jpg" alt="Library"><figcaption class="c-caption">The reading room at night. <cite>Jane Roe for The Courier</cite></figcaption></figure>${prose('books')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'The reading room at night.', credit: 'Jane Roe for The Courier' }]);
  });

  it('reads a French caption that closes with "Photo" and the photographer\'s signature as caption and credit', () => {
    expect(splitCreditInText('Le refuge lors de son inauguration, samedi. Photo Le Courrier/Jeanne Roux')).toEqual({ caption: 'Le refuge lors de son inauguration, samedi.', credit: 'Photo Le Courrier/Jeanne Roux' });
    expect(splitCreditInText('Le refuge, samedi. Photo souvenir')).toEqual({ caption: 'Le refuge, samedi. Photo souvenir', credit: null });
  });

  it('reads a Slovak caption closed by "FOTO", the agency and the photographer after a dash (rule "agency and photographer after a dash")', () => {
    expect(splitCreditInText('Na snímke areál nemocnice v Banskej Bystrici. FOTO TASR – Jozef Kráľ')).toEqual({ caption: 'Na snímke areál nemocnice v Banskej Bystrici.', credit: 'FOTO TASR – Jozef Kráľ' });
    expect(splitCreditInText('Na snímke most cez Váh. Foto Obec Ladce - Peter Hudec')).toEqual({ caption: 'Na snímke most cez Váh.', credit: 'Foto Obec Ladce - Peter Hudec' });
    expect(splitCreditInText('Na snímke most cez Váh. Foto z archívu - rok 1990')).toEqual({ caption: 'Na snímke most cez Váh. Foto z archívu - rok 1990', credit: null });
  });

  it('reads the caption and credit a template sets in a text box after the picture\'s box, out of the body', () => {
    const result = run(page(`<article>${prose('senate')}<div class="image"><div class="image__container"><picture><img src="/img/senate.jpg" alt="Senators"></picture></div><div class="image__metadata"><div class="image__caption"><span>Senators leave the chamber after the vote.</span></div><figcaption class="image__credit">Jane Roe/Agency</figcaption></div></div>${prose('vote')}
      <div class="image-ct"><div class="m"><img src="/img/smoke.jpg" alt="Smoke"></div><div class="info"><div class="caption"><p>Smoke rises above the highway on Tuesday. <span class="copyright">(Forest Service via AP)</span></p></div></div></div>${prose('fire')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'Senators leave the chamber after the vote.', credit: 'Jane Roe/Agency' },
      { caption: 'Smoke rises above the highway on Tuesday.', credit: 'Forest Service via AP' },
    ]);
    expect(result.body).not.toMatch(/Senators leave|Jane Roe|Smoke rises|Forest Service/);
  });

  it('keeps a gallery slide\'s text box, named for the slide\'s details, with its picture (rule "picture\'s text box")', () => {
    const slide = (n: number, caption: string) => `<div class="gallery__item"><img src="/img/slide-${n}.jpg" alt=""><div class="gallery__meta"><span class="gallery__num">${n} di 2</span><p class="gallery__caption">${caption}</p><span class="gallery__credit">Foto di Jane Roe</span></div></div>`;
    const result = run(page(`<article>${prose('harvest')}<div class="gallery">${slide(1, 'Pickers in the vineyard at first light.')}${slide(2, 'Crates of grapes wait at the cellar door.')}</div>${prose('cellar')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'Pickers in the vineyard at first light.', credit: 'Foto di Jane Roe' },
      { caption: 'Crates of grapes wait at the cellar door.', credit: 'Foto di Jane Roe' },
    ]);
    expect(result.body).not.toMatch(/Pickers|Crates|di 2|Jane Roe/);
  });

  it('drops a slide\'s number set beside its picture, and keeps a paragraph that holds "3/6" among its words (rule "slide number beside the picture")', () => {
    const slide = (n: number, caption: string) => `<div class="slide"><span class="cnt">${n}/2</span><img src="/img/snow-${n}.jpg" alt=""><div class="pie"><p>${caption}</p><span class="credito">Foto: Jane Roe</span></div></div>`;
    const result = run(page(`<article>${prose('snow')}<p>Schools reopened 3/6 of their buildings on Friday, the council said.</p><div class="galeria">${slide(1, 'A neighbour clears her door.')}${slide(2, 'A plough opens the road.')}</div></article>`));
    expect(result.body).not.toMatch(/(?:^|\n)[12]\/2(?:\n|$)/);
    expect(result.body).toContain('reopened 3/6 of their buildings');
    expect(result.images.map(({ caption }) => caption)).toEqual(['A neighbour clears her door.', 'A plough opens the road.']);
  });

  it('reads a slide\'s counter and caption set in elements of their own apart, and leaves the counter out (rule "caption\'s blocks apart")', () => {
    const slide = (n: number) => `<div class="item"><img src="/img/fair-${n}.jpg" alt=""><div class="diapo__legend"><span class="diapo__index">Photo ${n}/2</span><p>The wheel faces the palace.</p><span class="diapo__copyright">© Jane Roe</span></div></div>`;
    const result = run(page(`<article>${prose('fair')}<div class="diapo">${slide(1)}${slide(2)}</div>${prose('market')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'The wheel faces the palace.', credit: '© Jane Roe' },
      { caption: 'The wheel faces the palace.', credit: '© Jane Roe' },
    ]);
  });

  it('leaves a slide counter out of the caption with the dot or bar after it, in Turkish and Arabic too (rule "counter\'s separator")', () => {
    const result = run(page(`<article>${prose('balloons')}
      <figure><img src="/g/1.jpg" alt=""><figcaption>Foto 1 / 3 · Balloons rise over the valley.</figcaption></figure>
      <figure><img src="/g/2.jpg" alt=""><figcaption>Fotoğraf 2/3 | Pilotlar son uçuş öncesi hazırlık yaptı.</figcaption></figure>
      <figure><img src="/g/3.jpg" alt=""><figcaption>صورة 3 من 3 - السياح يشاهدون شروق الشمس</figcaption></figure>
      ${prose('season')}</article>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['Balloons rise over the valley.', 'Pilotlar son uçuş öncesi hazırlık yaptı.', 'السياح يشاهدون شروق الشمس']);
  });

  it('leaves out of the body the credit that closes a photo story\'s slide text, and keeps an inline caption that closes on its credit (rule "credit closing a slide\'s text")', () => {
    const slide = (n: number, text: string) => `<div class="slide"><img src="/f/${n}.jpg" alt=""><div class="slide-text"><span class="count">Foto ${n} de 2</span><p>${text}</p><span class="credit">EFE / Jane Roe</span></div></div>`;
    const result = run(page(`<article><h1>Procession</h1><div class="gallery">${slide(1, 'The procession leaves the church at eight in the evening, with the whole quarter out in the streets to see it pass.')}${slide(2, 'Sailors carry the float down to the beach, where it is taken on board for the procession across the bay.')}</div></article>`));
    expect(result.body).toContain('The procession leaves the church');
    expect(result.body).not.toContain('Jane Roe');
    const inline = run(page(`<article>${prose('harbour')}<div class="image"><a href="/img/p.jpg"><picture><source srcset="/img/p-690.jpg 1x"><img src="/img/p-635.jpg" alt=""></picture></a><span class="tagline">The harbour master at the quay<span class="credits">Jane Roe/Agency</span></span></div>${prose('ships')}</article>`));
    expect(inline.images.map(({ caption }) => caption)).toEqual(['The harbour master at the quay']);
  });

  it('still drops a meta row after a picture that holds no caption', () => {
    const result = run(page(`<article><img src="/img/lead.jpg" alt=""><div class="post-meta"><span>By Jane Roe</span> <span>3 Dec 2026</span></div>${prose('harvest')}</article>`));
    expect(result.body).not.toContain('Jane Roe');
  });

  it('reads the credit a component prints on the picture, beside the img, apart from the figcaption', () => {
    const result = run(page(`<article>${prose('water')}<figure><div class="figure-container"><span class="placeholder"><img src="/img/water.jpg" alt="Water"><span role="text" class="x1ndc9-Copyright">Jane Roe Photography</span></span></div><figcaption>Bottled water is handed out.</figcaption></figure>${prose('pipes')}
      <figure><img src="/img/pipe.jpg" alt="Pipe"><span class="x1ndc9-Copyright">Getty Images</span><figcaption>The pipe was laid in the 1970s.</figcaption></figure>${prose('repairs')}
      <section class="teaser-image"><img src="/img/main.jpg" alt="Main"><p class="teaser-image__credits">Jane Roe/Agency</p></section>${prose('mains')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'Bottled water is handed out.', credit: 'Jane Roe Photography' },
      { caption: 'The pipe was laid in the 1970s.', credit: 'Getty Images' },
      { caption: null, credit: 'Jane Roe/Agency' },
    ]);
    expect(result.body).not.toMatch(/Jane Roe|Getty/);
  });

  it('gives no credit from a writer\'s box beside a head shot, nor the caption again from a caption classed for its credit', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg" alt="Harbour"><span class="author-credit">Jane Roe</span><figcaption>Harbour at dawn.</figcaption></figure>${prose('ships')}
      <figure><img src="/img/quay.jpg" alt="Quay"><figcaption class="credit">Jane Roe/Agency</figcaption></figure>${prose('quay')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Harbour at dawn.', credit: null }, { caption: 'Jane Roe/Agency', credit: null }]);
  });

  it('reads a caption and credit set after the picture\'s box with no figure, camel-cased, out of the body', () => {
    const result = run(page(`<div class="article-text">${prose('hedge')}<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap"><img src="/img/hedge.jpg" alt="The hedge" width="634" height="634"></div></div><p class="imageCaption">Mary Roe, 81, in front of the hedge at her home</p><span class="image-credit">Credit: Jane Roe Press</span></div>${prose('council')}</div>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Mary Roe, 81, in front of the hedge at her home', credit: 'Credit: Jane Roe Press' }]);
    expect(result.body).not.toMatch(/Mary Roe|Jane Roe/);
  });

  it('reads the credited italic line a writer sets under a picture in its paragraph as its caption, out of the body', () => {
    const result = run(page(`<div id="article">${prose('refuge')}<p class="photo"><img src="/photos/refuge-inauguration.jpg" alt="Le refuge" width="400" height="267"><br>
<em>Le refuge lors de son inauguration, samedi. Photo Le Courrier/Jeanne Roux</em></p>${prose('hut')}</div>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'Le refuge lors de son inauguration, samedi.', credit: 'Photo Le Courrier/Jeanne Roux' }]);
    expect(result.body).not.toContain('Le refuge lors');
  });

  it('keeps an italic line under a picture in its paragraph that credits no photographer in the body', () => {
    const result = run(page(`<div id="article">${prose('refuge')}<p><img src="/photos/refuge-inauguration.jpg" alt="Le refuge" width="400" height="267"><br><i>The hand is guarding the slot from the robots.</i></p>${prose('hut')}</div>`));
    expect(result.body).toContain('The hand is guarding the slot');
  });

  it('reads the small-print line an old table layout sets under the picture in its cell as its caption, out of the body', () => {
    const result = run(page(`<table><tr><td class="pic"><img src="/photos/pump-station.jpg" width="450"><br><font size="1" color="#777777">محطة الضخ الجديدة في البلدة (الوكالة)</font></td></tr>
<tr><td>${prose('pump')}${prose('water')}</td></tr></table>`));
    expect(result.images.map(({ caption }) => caption)).toEqual(['محطة الضخ الجديدة في البلدة (الوكالة)']);
    expect(result.body).not.toContain('محطة الضخ');
    // A line in the story's own type under a picture stays the paragraph's text.
    const plain = run(page(`<div id="article">${prose('refuge')}<p><img src="/photos/refuge-inauguration.jpg" width="400"><br><span>The hand is guarding the slot from the robots.</span></p>${prose('hut')}</div>`));
    expect(plain.body).toContain('The hand is guarding the slot');
  });

  it('keeps a paragraph\'s own text after an inline picture, with no break or italics to set it apart', () => {
    const result = run(page(`<div id="article">${prose('refuge')}<p><img src="/photos/refuge-inauguration.jpg" alt="Le refuge" width="400" height="267"> <em>Le refuge a rouvert ses portes samedi.</em></p>${prose('hut')}</div>`));
    expect(result.body).toContain('Le refuge a rouvert ses portes samedi.');
  });

  it('reads the caption of a picture box whole: its credit once, out of the caption, the caption once', () => {
    const result = run(page(`<article>${prose('spa')}<figure class="asset-embed"><div class="asset-embed__container"><span class="responsive-asset"><picture><img src="/img/spa.jpg" alt="Spa"></picture></span></div><div class="caption asset-embed__caption"><span class="caption__text"><p>The pool looks out on Moor design chairs.</p></span><span class="caption__credit">Moor</span></div></figure>${prose('pool')}</article>`));
    expect(result.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: 'The pool looks out on Moor design chairs.', credit: 'Moor' }]);
  });
  it('lists a picture once where the page shows it again in another size: its <noscript> copy, a slideshow\'s thumbnails (rule "one picture in two renditions")', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-srcset="/up/harbour-750x500.jpg 750w, /up/harbour.jpg 1600w" alt="Harbour"><noscript><img src="/up/harbour-750x500.jpg" alt="Harbour"></noscript><figcaption>Boats at dawn.</figcaption></figure>
      <div class="slides"><div><img src="/up/quay-3.jpg" alt="Quay"><p class="caption">The quay at night.</p></div></div><div class="thumbs"><img src="/up/quay-3-150x150.jpg" alt="Quay"></div>
      ${prose('ships')}</article>`));
    expect(result.images.map(({ url, caption }) => ({ url, caption }))).toEqual([
      { url: 'https://news.example/up/harbour.jpg', caption: 'Boats at dawn.' },
      { url: 'https://news.example/up/quay-3.jpg', caption: 'The quay at night.' },
    ]);
  });

  it('reads a <picture> by the source for wider screens, not the crop it gives phones (rule "small-screen crop")', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><picture><source media="(max-width: 767px)" srcset="/img/square/harbour.jpg 2x"><source media="(min-width: 768px)" srcset="/img/wide/harbour.jpg 1x, /img/wide/harbour@2x.jpg 2x"><img src="/img/wide/harbour.jpg" alt="Harbour"></picture></figure>${prose('ships')}</article>`));
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/wide/harbour@2x.jpg']);
  });

  it('leaves the mark between a caption and its credit\'s element out of the caption (rule "mark before the credit\'s element")', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>Boats at dawn. | <span class="credit">Jane Roe</span></figcaption></figure>${prose('ships')}</article>`));
    expect(result.images[0]).toMatchObject({ caption: 'Boats at dawn.', credit: 'Jane Roe' });
  });
  it.each([
    ['Crowds at the parade. Photos: Jane Doe', 'Crowds at the parade.', 'Photos: Jane Doe'],
    ['Die Bühne am Marktplatz. Fotos: Jana Keller', 'Die Bühne am Marktplatz.', 'Fotos: Jana Keller'],
    ['Der Kanzler in Berlin. Bilder: dpa', 'Der Kanzler in Berlin.', 'Bilder: dpa'],
    ['Le préfet, mardi. Crédits : Jean Roy', 'Le préfet, mardi.', 'Crédits : Jean Roy'],
    ['Los bomberos en la zona. Créditos: Cuerpo de Bomberos', 'Los bomberos en la zona.', 'Créditos: Cuerpo de Bomberos'],
    ['(All photos: Atlas staff)', null, 'All photos: Atlas staff'],
  ])('reads a credit labelled in the plural: %s', (text, caption, credit) => {
    expect(splitCreditInText(text)).toEqual({ caption, credit });
  });
  it('parts a caption from the credit on the line its <br> opens, and reads a credit box named in Spanish (rule "credit on a line of its own")', () => {
    const broken = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>Boats in the harbour at dawn.<br>Jane Roe/AFP</figcaption></figure>${prose('ships')}</article>`));
    expect(broken.images[0]).toMatchObject({ caption: 'Boats in the harbour at dawn.', credit: 'Jane Roe/AFP' });
    const signed = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>El puerto al amanecer. <span class="firma">Juan Pérez</span></figcaption></figure>${prose('ships')}</article>`));
    expect(signed.images[0]).toMatchObject({ caption: 'El puerto al amanecer.', credit: 'Juan Pérez' });
  });
  it.each([
    ['a signature in capitals', '<span>Marta Ruiz, en su despacho de Jaca.</span><span class="m_c">PABLO GIL</span>', 'Marta Ruiz, en su despacho de Jaca.', 'PABLO GIL'],
    ['the word for photo and a name', 'Une ligne tombée sous le poids de la neige à Murat. <span>Photo Jean Roy</span>', 'Une ligne tombée sous le poids de la neige à Murat.', 'Photo Jean Roy'],
  ])('reads %s in the caption\'s last element as its credit (rule "closing signature element")', (_kind, inner, caption, credit) => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>${inner}</figcaption></figure>${prose('ships')}</article>`));
    expect(result.images[0]).toMatchObject({ caption, credit });
  });
  it.each([
    ['an emphasised word after no sentence', 'Le maire et <span>Photo Club</span>'],
    ['a clause of the caption in its element', 'Boats at dawn. <span>Seen from the pier</span>'],
    ['a caption in capitals throughout', 'LE PORT AU MATIN. <span>JEAN ROY</span>'],
  ])('keeps %s in the caption', (_kind, inner) => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>${inner}</figcaption></figure>${prose('ships')}</article>`));
    expect(result.images[0].credit).toBeNull();
  });
  it('reads a credit box named in Portuguese, the singular "credito"', () => {
    const result = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>Estaleiro da futura estação <span class="credito">Nuno Reis</span></figcaption></figure>${prose('ships')}</article>`));
    expect(result.images[0]).toMatchObject({ caption: 'Estaleiro da futura estação', credit: 'Nuno Reis' });
  });
  it('reads a source line set after the caption\'s last <br> as its credit, and a line that is no signed source as caption', () => {
    const signed = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>The quay, now forty metres from the water.<br>Jane Roe/The Courier</figcaption></figure>${prose('ships')}</article>`));
    expect(signed.images[0]).toMatchObject({ caption: 'The quay, now forty metres from the water.', credit: 'Jane Roe/The Courier' });
    const prose2 = run(page(`<article>${prose('harbour')}<figure><img src="/img/harbour.jpg"><figcaption>The quay at dawn.<br>the water has fallen two metres since June</figcaption></figure>${prose('ships')}</article>`));
    expect(prose2.images[0]).toMatchObject({ caption: 'The quay at dawn. the water has fallen two metres since June', credit: null });
  });
});

describe('rule "the site\'s own credit"', () => {
  const figure = (caption: string) => `<article><h1>Launch</h1>${prose('launch')}<figure><img src="/img/phone.jpg"><figcaption>${caption}</figcaption></figure>${prose('prices')}</article>`;

  it('reads the site\'s name in brackets at a caption\'s end as the picture\'s credit, in the images and the body', () => {
    const result = run(page(figure('هاتف نوفا إكس 7 برو بلونه الأخضر الجديد (البوابة التقنية)')), { siteName: 'البوابة التقنية' });
    expect(result.images[0]).toMatchObject({ caption: 'هاتف نوفا إكس 7 برو بلونه الأخضر الجديد', credit: 'البوابة التقنية' });
    expect(result.bodyHtml).toContain('<figcaption>هاتف نوفا إكس 7 برو بلونه الأخضر الجديد</figcaption>');
    expect(run(page(figure('Boats at dawn - (The Example Times)')), { siteName: 'the example times' }).images[0]).toMatchObject({ caption: 'Boats at dawn', credit: 'The Example Times' });
  });

  it('leaves brackets that name anything but the site in the caption', () => {
    expect(run(page(figure('The mayor and her deputy (left)')), { siteName: 'The Example Times' }).images[0]).toMatchObject({ caption: 'The mayor and her deputy (left)', credit: null });
    expect(run(page(figure('Boats at dawn (The Example Times)'))).images[0]).toMatchObject({ caption: 'Boats at dawn (The Example Times)', credit: null });
  });
});

describe('rule "short caption before a slashed credit"', () => {
  it('parts a short caption from the photo word and the agency joined by a slash', () => {
    expect(splitCreditInText('Vista del río. Foto/EFE')).toEqual({ caption: 'Vista del río.', credit: 'Foto/EFE' });
  });

  it('still reads an initial\'s point and a name before the agency as the credit', () => {
    expect(splitCreditInText('J. Doe/AFP')).toEqual({ caption: null, credit: 'J. Doe/AFP' });
  });
});
