/**
 * Held-out audit of tags, categories and lead pictures that a page shows but does not declare: hand-written pages in
 * German, Arabic, English, Hungarian, Turkish, Spanish and French with no keyword, section or og:image metadata and
 * no stated headline, as a reader sees them. Tags sit in one labelled item of a list of the article's particulars, in
 * a box labelled only for screen readers, in the article's own footer, or behind links into a tag archive named in
 * the newsroom's language; the category label
 * sits over a headline that follows the logo's `<h1>`; the lead picture is set in the article's header above the
 * headline, and a logo over a headline in the page header is no lead picture. Menus and the page footer's topic
 * index stay out. Each page is read without a URL and with one, and each field is asserted alone.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { heldoutPageReader, imageUrls } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-taxonomy3');

function readBoth(page: string): Array<[string, ArticleRecord]> {
  return [
    ['without a URL', extractPage(page, null)],
    ['with its URL', extractPage(page, `https://www.example-news.example/${page}/`)],
  ];
}

interface Filing {
  page: string;
  shows: string;
  title: string;
  section: string | null;
  categories: string[];
  tags: string[];
}

const filings: Filing[] = [
  {
    page: 'de-labelled-list-item',
    shows: 'a list of particulars whose "Schlagwörter" item links search pages, after a "Themenseiten" item and before "Drucken"',
    title: 'Fährverbindung nach Amrum fällt im Februar aus',
    section: null, categories: [], tags: ['Amrum', 'Fähre', 'Werft'],
  },
  {
    page: 'ar-labelled-list-item',
    shows: 'an Arabic list of particulars whose "الوسوم:" item links search pages, beside a section item and share links',
    title: 'بلدية الواحة تفتتح محطة جديدة لتحلية المياه',
    section: 'محليات', categories: [], tags: ['مياه', 'تحلية', 'بلديات'],
  },
  {
    page: 'en-article-footer-topics',
    shows: '/topic/ links in the article\'s own <footer>, others in the site menu and in the page footer\'s topic index',
    title: 'Council votes to keep the night bus running through winter',
    section: null, categories: [], tags: ['Public transport', 'City council', 'Night economy'],
  },
  {
    page: 'hu-cimke-links',
    shows: 'a row of Hungarian /cimke/ links under the recipe, in a box whose class names no tag list',
    title: 'Sütőtökös pite fahéjas tésztával',
    section: null, categories: [], tags: ['sütőtök', 'pite', 'őszi receptek'],
  },
  {
    page: 'tr-etiket-links',
    shows: 'a row of Turkish /etiket/ links under the story, in a box whose class names no tag list',
    title: 'Kıyı yolunda yeni bisiklet şeridi hizmete açıldı',
    section: null, categories: [], tags: ['Bisiklet', 'Ulaşım', 'Belediye'],
  },
  {
    page: 'de-aria-labelled-topics',
    shows: 'a <nav aria-label="Themen in diesem Artikel"> of links into a /stichworte/ folder under the story, no printed label',
    title: 'Gemeinde baut neuen Radweg an der Isar',
    section: null, categories: [], tags: ['Radverkehr', 'Isar', 'Gemeinderat'],
  },
  {
    page: 'es-aria-labelled-tags',
    shows: 'a list labelled only by aria-label="Etiquetado como:" whose links go to search pages',
    title: 'Vuelve el tren nocturno entre la capital y la costa',
    section: null, categories: [], tags: ['Trenes', 'Turismo', 'Transporte'],
  },
  {
    page: 'en-logo-h1-category-label',
    shows: 'the logo as the first <h1>, then a "cate" box linking "Economy" right above the headline\'s <h1>',
    title: 'River ferry fares to rise in the new year',
    section: 'Economy', categories: ['Economy'], tags: [],
  },
  {
    page: 'es-logo-h1-category-label',
    shows: 'the logo as the first <h1>, then a "cat" box linking "Ciudad" right above the headline\'s <h1>',
    title: 'El mercado central amplía su horario los domingos',
    section: 'Ciudad', categories: ['Ciudad'], tags: [],
  },
];

describe.each(filings)('$page: $shows', ({ page, title, section, categories, tags }) => {
  const records = readBoth(page);
  it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe(title));
  it.each(records)('reads the section %s', (_, record) => expect(record.section).toBe(section));
  it.each(records)('reads the categories %s', (_, record) => expect(record.categories).toEqual(categories));
  it.each(records)('reads the tags %s', (_, record) => expect(record.tags).toEqual(tags));
});

interface Picture {
  page: string;
  shows: string;
  title: string;
  lead: string;
  alt: string;
}

const pictures: Picture[] = [
  {
    page: 'fr-hero-over-headline',
    shows: 'a picture in the article\'s <header> above the headline, the site header\'s logo before it, no picture in the text',
    title: 'À Port-Marin, la dernière conserverie rouvre ses portes',
    lead: 'https://medias.lefilcotier.example/2025/09/conserverie-port-marin-1600.jpg',
    alt: 'Des ouvrières trient des sardines sur une table en inox.',
  },
  {
    page: 'ar-hero-over-headline',
    shows: 'an Arabic <figure><picture> with a WebP source in the article\'s <header> above the headline, the logo before it',
    title: 'سوق الكتب القديمة يعود إلى ساحة المدينة',
    lead: 'https://cdn.almasar.example/uploads/2025/10/book-market-1200.webp',
    alt: 'باعة الكتب في ساحة المدينة',
  },
];

describe('en-headline-in-site-header: the headline inside the page header, after the site\'s logo and menu', () => {
  const records = readBoth('en-headline-in-site-header');
  it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe('Library extends weekend opening hours'));
  it.each(records)('takes the logo for no lead picture %s', (_, record) => expect(record.leadImage).toBeNull());
  it.each(records)('lists no images %s', (_, record) => expect(imageUrls(record)).toEqual([]));
});

describe.each(pictures)('$page: $shows', ({ page, title, lead, alt }) => {
  const records = readBoth(page);
  it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe(title));
  it.each(records)('reads the picture over the headline as the lead %s', (_, record) => expect(record.leadImage?.url).toBe(lead));
  it.each(records)('keeps the picture\'s alt text %s', (_, record) => expect(record.leadImage?.alt).toBe(alt));
  it.each(records)('lists the picture and not the logo among the images %s', (_, record) => expect(imageUrls(record)).toEqual([lead]));
});
