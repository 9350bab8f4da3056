/**
 * Held-out audit of section, categories and tags: small hand-written pages that file their articles the way real
 * sites do (WordPress category and tag links, label-led rows of tag links in several languages, breadcrumb trails,
 * `article:section` and `article:tag` metas, JSON-LD keywords and sections, keyword metas with other separators or
 * stuffed with forty terms, sidebar tag clouds, header category menus, hashtags, Drupal tag fields, Ghost tag pills,
 * tags repeated in another case, Arabic sections). Each case states what a reader sees as the article's section,
 * categories and tags; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-taxonomy');

interface Filing {
  page: string;
  shows: string;
  section: string | null;
  categories: string[];
  tags: string[];
}

const filings: Filing[] = [
  {
    page: 'wp-category-tag-links', shows: 'WordPress rel="category tag" and rel="tag" links, a tag cloud and a category list in the sidebar',
    section: 'Reisen', categories: ['Reisen', 'Europa'], tags: ['Lissabon', 'Portugal', 'Straßenbahn'],
  },
  {
    page: 'de-schlagwoerter-row', shows: '"Schlagwörter:" and links into the site search, in a plain paragraph',
    section: null, categories: [], tags: ['Parken', 'Stadtrat', 'Innenstadt'],
  },
  {
    page: 'de-themen-row', shows: '"Themen:" and topic links after the text, the same topics in the header menu and the footer',
    section: null, categories: [], tags: ['Wärmepumpe', 'Altbau', 'Sanierung'],
  },
  {
    page: 'fr-etiquettes-row', shows: '"Étiquettes :" and links into an /etiquette/ folder, in a box with no telling class',
    section: null, categories: [], tags: ['végétalisation', 'Croix-Rousse', 'climat'],
  },
  {
    page: 'sidebar-tag-cloud', shows: 'a blog post\'s "Labels:" line, and every label of the blog in the sidebar',
    section: null, categories: [], tags: ['radios', 'restoration', 'tubes'],
  },
  {
    page: 'tags-heading-list', shows: 'a "Trefwoorden" heading over a list of search links, a most-read list beside it',
    section: null, categories: [], tags: ['Bomen', 'Klimaat', 'Binnenstad'],
  },
  {
    page: 'ja-tag-row', shows: 'a Japanese "タグ：" row with a full-width colon',
    section: null, categories: [], tags: ['商店街', '図書館', '地域'],
  },
  {
    page: 'es-etiquetas-list', shows: 'a bold "Etiquetas:" before a list of links into a search folder',
    section: null, categories: [], tags: ['bibliotecas', 'estudiantes', 'Ayuntamiento'],
  },
  {
    page: 'en-tags-row-search-links', shows: '"Tags:" and search links in a "story-tags" paragraph',
    section: null, categories: [], tags: ['Education', 'Rural schools', 'Teachers'],
  },
  {
    page: 'breadcrumb-only', shows: 'only a breadcrumb trail "Home > Politik > Ausland > headline"; its last folder is the section',
    section: 'Ausland', categories: ['Politik', 'Ausland'], tags: [],
  },
  {
    page: 'jsonld-breadcrumb-list', shows: 'no visible trail, but a JSON-LD BreadcrumbList "Startseite > Politik > Landespolitik > headline"',
    section: 'Landespolitik', categories: ['Politik', 'Landespolitik'], tags: [],
  },
  {
    page: 'meta-article-section-tags', shows: 'article:section and three article:tag metas, the section also in the menu',
    section: 'Local News', categories: [], tags: ['Ferries', 'Transport', 'City Council'],
  },
  {
    page: 'jsonld-keywords-string', shows: 'JSON-LD keywords as one comma-separated string, articleSection as a string',
    section: 'Agriculture', categories: [], tags: ['apples', 'frost', 'harvest', 'farming'],
  },
  {
    page: 'jsonld-keywords-array', shows: 'JSON-LD keywords and articleSection as arrays, in a @graph',
    section: 'Región', categories: ['Región', 'Medio ambiente'], tags: ['sequía', 'riego', 'río Segura', 'agricultura'],
  },
  {
    page: 'keywords-semicolons', shows: 'news_keywords separated by semicolons and keywords by commas, one more in the latter',
    section: null, categories: [], tags: ['aviation', 'tourism', 'islands', 'winter flights'],
  },
  {
    page: 'keywords-pipes', shows: 'a keywords meta joined by pipes',
    section: null, categories: [], tags: ['porto de santos', 'soja', 'exportação', 'agronegócio'],
  },
  {
    page: 'keywords-seo-stuffed', shows: 'a keywords meta of 42 terms, and the post\'s own two tags in a "post-tags" list',
    section: null, categories: [], tags: ['Bread', 'Sourdough'],
  },
  {
    page: 'header-category-menu', shows: 'a category menu in the page header, and the post\'s category above its headline',
    section: 'E-readers', categories: ['E-readers'], tags: [],
  },
  {
    page: 'posted-in-category', shows: '"Posted on … in" and a category-archive link without rel="category", the categories also in the menu',
    section: 'Clubhouse', categories: ['Clubhouse'], tags: [],
  },
  {
    page: 'tumblr-tagged', shows: 'Tumblr-style hashtag links into /tagged/ in the post footer',
    section: null, categories: [], tags: ['sketchbook', 'urban sketching', 'watercolour'],
  },
  {
    page: 'squarespace-query-tags', shows: 'tag links that filter the blog by a query (/journal?tag=…) in a tags box, every tag again in the footer',
    section: null, categories: [], tags: ['allotment', 'vegetables', 'beginners'],
  },
  {
    page: 'related-topics-list', shows: 'a "Related Topics" list of topic links, and a "More on this story" list of articles',
    section: null, categories: [], tags: ['Weather', 'Power cuts', 'Rail travel'],
  },
  {
    page: 'mediawiki-catlinks', shows: 'a wiki page\'s category box (and a hidden maintenance one), category pages also in the sidebar and in the text',
    section: 'Mühle im Talbachtal', categories: ['Mühle im Talbachtal', 'Erbaut in den 1710er Jahren', 'Museum im Landkreis'], tags: [],
  },
  {
    page: 'related-topics-aside', shows: 'an "Ähnliche Themen" heading over an <aside> of topic links after the article, a "Tags" box in the sidebar',
    section: null, categories: [], tags: ['Erschöpfung', 'Virusinfektionen'],
  },
  {
    page: 'tags-one-box-each', shows: 'a "Tags" label above a run of boxes that each hold one tag link into a search',
    section: null, categories: [], tags: ['3D Printing', 'firmware', 'vibration'],
  },
  {
    page: 'hashtag-tags', shows: 'tags written as hashtags ("#Klimaschutz")',
    section: null, categories: [], tags: ['Klimaschutz', 'Schule', 'Solarenergie'],
  },
  {
    page: 'drupal-field-tags', shows: 'a Drupal "field--name-field-tags" field of taxonomy-term links',
    section: null, categories: [], tags: ['Heat', 'Public Health', 'Libraries'],
  },
  {
    page: 'ghost-tag-pills', shows: 'Ghost tag pills and article:tag metas, the primary tag above the headline, a tag in the menu and in a read-next card',
    section: 'Newsletters', categories: [], tags: ['Newsletters', 'Writing'],
  },
  {
    page: 'tags-repeated-case', shows: 'the same tags in article:tag, the keywords meta and rel="tag" links, in other cases',
    section: null, categories: [], tags: ['museums', 'restitution', 'Nigeria', 'bronzes'],
  },
  {
    page: 'ar-categories', shows: 'an Arabic article:section, the same section in the menu and the breadcrumb trail, and a "الوسوم:" box',
    section: 'أخبار عربية', categories: [], tags: ['قطار', 'النقل', 'المدن'],
  },
];

describe.each(filings)('$page: $shows', ({ page, section, categories, tags }) => {
  it.each([null, `https://www.example-news.example/${page}/`])('reads section, categories and tags (url %s)', (url) => {
    const record = extractPage(page, url);
    expect({ section: record.section, categories: record.categories, tags: record.tags }).toEqual({ section, categories, tags });
  });
});

interface Picture {
  url: string;
  caption: string | null;
  credit: string | null;
}

interface Illustration {
  page: string;
  shows: string;
  /** Address of the lead picture; the record's lead is the first of `images` when the body shows it. */
  lead: string | null;
  images: Picture[];
}

const illustrations: Illustration[] = [
  {
    page: 'img-picture-srcset', shows: 'a <picture> with a WebP <source srcset> and an <img> fallback, og:image a social-card size of it, a logo',
    lead: 'https://img.railweekly.example/2024/05/night-train-alps-1600x900.webp',
    images: [{ url: 'https://img.railweekly.example/2024/05/night-train-alps-1600x900.webp', caption: 'The first sleeper of the season leaves Innsbruck.', credit: 'Photo: Anna Kofler' }],
  },
  {
    page: 'img-lazy-variants', shows: 'lazy pictures in data-src, data-lazy-src and data-srcset behind 1×1 GIF and SVG placeholders, one only in <noscript>',
    lead: 'https://cdn.stadtblatt.example/bilder/radweg-eroeffnung.jpg',
    images: [
      { url: 'https://cdn.stadtblatt.example/bilder/radweg-eroeffnung.jpg', caption: 'Die Bürgermeisterin eröffnet den Radweg.', credit: 'Foto: dpa' },
      { url: 'https://cdn.stadtblatt.example/bilder/radweg-bruecke.jpg', caption: 'Die neue Brücke über den Seitenarm.', credit: '© Stadtwerke' },
      { url: 'https://cdn.stadtblatt.example/bilder/radweg-karte-960.png', caption: 'Der Verlauf des neuen Radwegs.', credit: null },
      { url: 'https://cdn.stadtblatt.example/bilder/radweg-ufer.jpg', caption: 'Radfahrer am Ufer.', credit: 'Foto: Lea Brandt' },
    ],
  },
  {
    page: 'img-caption-credits', shows: 'captions ending in "Photo: Jane Doe / AFP" and "© Reuters", and one with its credit in a "credit" span',
    lead: 'https://media.worlddesk.example/photos/flood-village-main.jpg',
    images: [
      { url: 'https://media.worlddesk.example/photos/flood-village-main.jpg', caption: 'Residents wade through a flooded street on Monday.', credit: 'Photo: Jane Doe / AFP' },
      { url: 'https://media.worlddesk.example/photos/flood-rescue-boat.jpg', caption: 'A rescue team reaches a farm by boat.', credit: '© Reuters' },
      { url: 'https://media.worlddesk.example/photos/flood-bridge.jpg', caption: 'A bridge near the river mouth collapsed overnight.', credit: 'Maria Silva/EPA' },
    ],
  },
  {
    page: 'img-caption-credit-de', shows: 'a German caption ending in "Foto: dpa"',
    lead: 'https://bilder.nordkurier-online.example/2024/sturm-altstadt.jpg',
    images: [{ url: 'https://bilder.nordkurier-online.example/2024/sturm-altstadt.jpg', caption: 'Abgedeckte Dächer in der Altstadt am Morgen nach dem Sturm.', credit: 'Foto: dpa' }],
  },
  {
    page: 'img-gallery', shows: 'a gallery of four captioned figures, og:image the first of them',
    lead: 'https://photos.townherald.example/gallery/harvest-parade.jpg',
    images: [
      { url: 'https://photos.townherald.example/gallery/harvest-parade.jpg', caption: 'The parade sets off from the church.', credit: null },
      { url: 'https://photos.townherald.example/gallery/harvest-market.jpg', caption: 'Stalls sold cider, bread and honey.', credit: null },
      { url: 'https://photos.townherald.example/gallery/harvest-pumpkin.jpg', caption: 'This year\'s winning pumpkin weighed 412 kilograms.', credit: null },
      { url: 'https://photos.townherald.example/gallery/harvest-band.jpg', caption: 'A brass band played into the evening.', credit: null },
    ],
  },
  {
    page: 'img-og-resized-variant', shows: 'og:image a 1200×630 crop of the body\'s picture, which has a WordPress srcset up to the original',
    lead: 'https://cdn.citylife.example/uploads/2024/03/library-reopening.jpg',
    images: [{ url: 'https://cdn.citylife.example/uploads/2024/03/library-reopening.jpg', caption: 'The new reading room on the first floor.', credit: null }],
  },
  {
    page: 'img-decorations', shows: 'a logo, an author photo, a share icon, an ad banner, related-post thumbnails and a tracking pixel around one picture',
    lead: 'https://www.countrylines.example/wp-content/uploads/2024/08/honey-frames.jpg',
    images: [{ url: 'https://www.countrylines.example/wp-content/uploads/2024/08/honey-frames.jpg', caption: 'Frames heavy with honey at a farm near the coast.', credit: null }],
  },
  {
    page: 'img-chrome-in-body', shows: 'a WordPress wp-caption box, an emoji, share buttons with alt text, an author box, a 0×0 tracking beacon and comment avatars',
    lead: 'https://www.hillsidecourier.example/wp-content/uploads/2024/03/night-bus-depot.jpg',
    images: [{ url: 'https://www.hillsidecourier.example/wp-content/uploads/2024/03/night-bus-depot.jpg', caption: 'The night bus leaves the depot at 11.40 p.m.', credit: 'Photo: Chris Hale' }],
  },
  {
    page: 'img-linked-banner', shows: 'a partner\'s strip linked away between paragraphs, a linked header banner, and a wide panorama linked to its own full-size file',
    lead: 'https://www.talbote.example/wp-content/uploads/2024/06/ruderverein-vorstand-800x533.jpg',
    images: [
      { url: 'https://www.talbote.example/wp-content/uploads/2024/06/ruderverein-vorstand-800x533.jpg', caption: 'Der neue Vorstand am Bootshaus.', credit: 'Foto: Talbote' },
      { url: 'https://www.talbote.example/wp-content/uploads/2024/06/see-panorama-1600x400.jpg', caption: 'Der See am Abend der Versammlung.', credit: null },
    ],
  },
  {
    page: 'img-inline-teaser', shows: 'a teaser of another story, with its thumbnail, between the paragraphs',
    lead: 'https://img.lokalanzeiger.example/2024/05/freibad-becken.jpg',
    images: [{ url: 'https://img.lokalanzeiger.example/2024/05/freibad-becken.jpg', caption: 'Das sanierte Schwimmerbecken.', credit: 'Foto: Nina Vogt' }],
  },
  {
    page: 'img-amp', shows: 'an AMP page: <amp-img> pictures in the body, an <amp-img> logo in the header',
    lead: 'https://www.oceanwatch.example/images/reef-diver-1600.jpg',
    images: [
      { url: 'https://www.oceanwatch.example/images/reef-diver-1600.jpg', caption: 'A diver surveys new coral growth.', credit: 'Photo: Ken Ito' },
      { url: 'https://www.oceanwatch.example/images/reef-map-1200.png', caption: null, credit: null },
    ],
  },
  {
    page: 'img-relative-base', shows: 'relative picture addresses under a <base href>, read the same without the page\'s URL',
    lead: 'https://www.valleyvoice.example/stories/2024/images/mill-bakery-oven.jpg',
    images: [
      { url: 'https://www.valleyvoice.example/stories/2024/images/mill-bakery-oven.jpg', caption: 'The wood-fired oven was rebuilt from the mill\'s original bricks.', credit: null },
      { url: 'https://www.valleyvoice.example/media/mill-bakery-queue.jpg', caption: 'The queue on the first Saturday.', credit: null },
    ],
  },
  {
    page: 'img-srcset-descriptors', shows: 'srcsets with w descriptors and commas inside a CDN\'s URLs, with x descriptors, and minified without spaces',
    lead: 'https://res.alpinereport.example/image/upload/w_1280,c_fill/v1/hut-rescue.jpg',
    images: [
      { url: 'https://res.alpinereport.example/image/upload/w_1280,c_fill/v1/hut-rescue.jpg', caption: 'A helicopter lands at the hut.', credit: null },
      { url: 'https://www.alpinereport.example/img/hut-inside@2x.jpg', caption: 'The hikers waited in the hut\'s single room.', credit: null },
      { url: 'https://www.alpinereport.example/img/rockfall-1200.jpg', caption: 'Rocks block the path below the hut.', credit: null },
    ],
  },
  {
    page: 'img-caption-labels', shows: 'captions ending in "Photograph: …", a stock library\'s "Photo by … on Unsplash" and French "Crédit photo : …"',
    lead: 'https://img.shorelinejournal.example/harbour-wall-dawn.jpg',
    images: [
      { url: 'https://img.shorelinejournal.example/harbour-wall-dawn.jpg', caption: 'The harbour wall at dawn.', credit: 'Photograph: Ruth Allen/The Journal' },
      { url: 'https://img.shorelinejournal.example/harbour-lighthouse.jpg', caption: 'The lighthouse at the end of the wall.', credit: 'Photo by Ben Cole on Unsplash' },
      { url: 'https://img.shorelinejournal.example/harbour-cafe.jpg', caption: 'Le café du port, ouvert toute l\'année.', credit: 'Crédit photo : Claire Roux' },
    ],
  },
  {
    page: 'img-og-site-logo', shows: 'no picture in the article, og:image and twitter:image the site\'s social logo',
    lead: null, images: [],
  },
  {
    page: 'img-og-only-photo', shows: 'no picture in the article, og:image a social-card crop of a photo',
    lead: 'https://media.islandpost.example/2024/02/ferry-harbour-1200x630.jpg', images: [],
  },
  {
    page: 'img-ar-figure', shows: 'an Arabic caption with its credit in brackets "(تصوير: …)", og:image the same picture, a logo',
    lead: 'https://www.alwaha-news.example/uploads/2024/09/dates-festival.jpg',
    images: [{ url: 'https://www.alwaha-news.example/uploads/2024/09/dates-festival.jpg', caption: 'زوار يتجولون بين أجنحة المهرجان', credit: 'تصوير: سالم العتيبي' }],
  },
];

describe.each(illustrations)('$page: $shows', ({ page, lead, images }) => {
  it.each([null, `https://www.example-news.example/${page}/`])('reads the lead picture and the article\'s pictures with their captions and credits (url %s)', (url) => {
    const record = extractPage(page, url);
    expect(record.leadImage?.url ?? null).toBe(lead);
    expect(record.images.map(({ url: address, caption, credit }) => ({ url: address, caption, credit }))).toEqual(images);
  });
});

describe('img-hero-outside-article: the lead picture in a hero box above the article, og:image a social-card size of it', () => {
  it.each([null, 'https://www.seawatch.example/news/last-keeper'])('reads the hero as the lead picture with its caption and credit, and no logo (url %s)', (url) => {
    const record = extractPage('img-hero-outside-article', url);
    expect(record.leadImage).toEqual({
      url: 'https://static.seawatch.example/media/2024/lighthouse-keeper-2000x1000.jpg',
      caption: 'Tom Reed on the gallery of the lighthouse.', alt: 'The keeper on the gallery', credit: 'Photo: Sea Watch',
    });
    expect(record.images.map((image) => image.url)).not.toContain('https://static.seawatch.example/brand/seawatch-logo.png');
  });
});

describe('img-relative-no-base: root-relative picture addresses and no <base href>', () => {
  it('resolves the picture against the page\'s URL when it has one, and leaves it out without one', () => {
    const withUrl = extractPage('img-relative-no-base', 'https://www.schoolgazette.example/news/weather-station');
    expect(withUrl.images.map((image) => image.url)).toEqual(['https://www.schoolgazette.example/uploads/weather-station-roof.jpg']);
    expect(withUrl.leadImage?.caption).toBe('The finished station on the roof of the science block.');
    const withoutUrl = extractPage('img-relative-no-base', null);
    expect(withoutUrl.images).toEqual([]);
    expect(withoutUrl.leadImage).toBeNull();
  });
});
