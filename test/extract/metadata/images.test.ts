import { readLeadImage } from '../../../lambdas/extract/metadata/images';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';
import { indexedPage } from '../../support/indexed-page';

const declaredLeadOf = (html: string, url: string | null = 'https://example.com/news/1') => {
  const page = indexedPage(html);
  return readLeadImage(page, readMetaTags(page), readJsonLd(page).article, url);
};
const leadImageOf = (html: string, url?: string | null) => declaredLeadOf(html, url)?.url ?? null;
const imageObject = (fields: string) =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":{"@type":"ImageObject",${fields}}}</script>`;

describe('readLeadImage', () => {
  it('resolves og:image against the page URL', () => {
    expect(leadImageOf('<meta property="og:image" content="/img/lead.jpg">')).toBe('https://example.com/img/lead.jpg');
  });

  it('falls back to JSON-LD image, then twitter:image', () => {
    expect(leadImageOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":{"@type":"ImageObject","url":"https://cdn.example.com/ld.jpg"}}</script><meta name="twitter:image" content="https://cdn.example.com/tw.jpg">'))
      .toBe('https://cdn.example.com/ld.jpg');
    expect(leadImageOf('<meta name="twitter:image" content="//cdn.example.com/tw.jpg">')).toBe('https://cdn.example.com/tw.jpg');
  });

  it('reads the caption and credit a JSON-LD ImageObject gives the picture, also where og:image declares it in another size', () => {
    expect(declaredLeadOf(imageObject('"contentUrl":"https://cdn.example.com/vote.jpg","caption":"Senators vote on Tuesday night","creditText":"Jane Doe/Agency"')))
      .toEqual({ url: 'https://cdn.example.com/vote.jpg', caption: 'Senators vote on Tuesday night', credit: 'Jane Doe/Agency' });
    expect(declaredLeadOf(`<meta property="og:image" content="https://cdn.example.com/vote.jpg?w=1200">${imageObject('"url":"https://cdn.example.com/vote.jpg","caption":"Senators vote","copyrightHolder":{"@type":"Organization","name":"Agency"}')}`))
      .toEqual({ url: 'https://cdn.example.com/vote.jpg?w=1200', caption: 'Senators vote', credit: 'Agency' });
    expect(declaredLeadOf(`<meta property="og:image" content="https://cdn.example.com/other.jpg">${imageObject('"url":"https://cdn.example.com/vote.jpg","caption":"Senators vote"')}`))
      .toEqual({ url: 'https://cdn.example.com/other.jpg', caption: null, credit: null });
  });

  it('reads a declared caption as a printed one: its credit apart, and no file name for a caption', () => {
    expect(declaredLeadOf(imageObject('"url":"https://cdn.example.com/beach.jpg","caption":"The beach at dawn. Photo: Jane Doe"')))
      .toMatchObject({ caption: 'The beach at dawn.', credit: 'Photo: Jane Doe' });
    expect(declaredLeadOf(imageObject('"url":"https://cdn.example.com/viyard.jpg","caption":"Viyard"'))).toMatchObject({ caption: null, credit: null });
  });

  it('takes the still of the story\'s own player when the page declares no picture (rule "player\'s still")', () => {
    const story = (player: string, before = '') => `<body>${before}<article><h1>Storm cuts power to 40,000 homes</h1>${player}<p>The storm brought winds of up to 140 km/h.</p></article>
      <aside class="sidebar"><video poster="/media/other-story.jpg" src="/media/other.mp4"></video></aside></body>`;
    expect(declaredLeadOf(story('<figure><div class="player"><video controls poster="/media/storm.jpg" src="/media/storm.mp4"></video></div><figcaption>Waves hit the harbour wall. Photo: Jane Roe</figcaption></figure>')))
      .toEqual({ url: 'https://example.com/media/storm.jpg', caption: 'Waves hit the harbour wall.', credit: 'Photo: Jane Roe' });
    expect(declaredLeadOf(story('<video poster="https://cdn.example/storm.jpg"><source src="/a.mp4" type="video/mp4"></video>')))
      .toEqual({ url: 'https://cdn.example/storm.jpg', caption: null, credit: null });
    expect(leadImageOf(story('<video src="/media/storm.mp4"></video>'))).toBeNull();
    expect(leadImageOf(story('', '<div class="top-video"><video poster="/media/teaser.jpg"></video></div>'))).toBeNull();
    expect(leadImageOf(`<meta property="og:image" content="https://example.com/card.jpg">${story('<video poster="/media/storm.jpg"></video>')}`)).toBe('https://example.com/card.jpg');
  });

  it('gives the declared picture the caption of the story\'s player that shows it as its poster (rule "declared poster\'s caption")', () => {
    const story = (poster: string) => `<head><meta property="og:image" content="https://example.com/media/storm.jpg"></head><body><article><h1>Storm cuts power</h1>
      <figure><video controls poster="${poster}" src="/media/storm.mp4"></video><figcaption>Waves hit the harbour wall on Sunday night</figcaption></figure>
      <p>The storm brought winds of up to 140 km/h.</p></article></body>`;
    expect(declaredLeadOf(story('/media/storm.jpg'))).toEqual({ url: 'https://example.com/media/storm.jpg', caption: 'Waves hit the harbour wall on Sunday night', credit: null });
    // Another still shows another picture, whose caption is not the declared one's.
    expect(declaredLeadOf(story('/media/other.jpg'))).toEqual({ url: 'https://example.com/media/storm.jpg', caption: null, credit: null });
  });

  it('skips data URIs and returns null without any image', () => {
    expect(leadImageOf('<meta property="og:image" content="data:image/png;base64,AAAA">')).toBeNull();
    expect(leadImageOf('<p>no image</p>')).toBeNull();
  });
});
