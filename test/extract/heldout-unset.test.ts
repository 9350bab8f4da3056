/**
 * Held-out pages whose templates print unset variables into the metadata: a script-rendered English page
 * ("undefined", "null", "[object Object]"), a German page from a server-side Python template ("None") with Ruby's
 * `nil` in its JSON-LD, and an Arabic windows-1256 page with "null" and "undefined". Each unset value is read as the
 * empty field it is: the next source fills the field (a Twitter-card summary, the visible byline, the keywords
 * beside an unset one, a declared picture after an unset one), or the field stays empty. Nothing reads
 * "undefined", "None" or "null" in the record. Each page is read without a URL and with one.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-unset');

interface UnsetPage {
  name: string;
  url: string;
  charset?: string;
  title: string;
  description: string | null;
  authors: string[];
  publishedAt: string;
  siteName: string | null;
  section: string | null;
  tags: string[];
  leadImage: { url: string; caption: string | null; alt: string | null } | null;
  images: string[];
  paragraphCount: number;
}

const PAGES: UnsetPage[] = [
  {
    name: 'en-script-rendered-undefined',
    url: 'https://www.northport-courier.example/transport/harbour-tunnel-reopens',
    title: 'Harbour tunnel reopens after six-month repair',
    description: 'Drivers can use the harbour tunnel again from Monday, after repairs to its ventilation and drainage took three months longer than planned.',
    authors: ['Maria Lopez'],
    publishedAt: '2026-11-27T07:30:00+00:00',
    // Its <title> and its logo both name the site, once the unset og:site_name gives way.
    siteName: 'Northport Courier',
    section: null,
    tags: ['Transport', 'Harbour tunnel'],
    leadImage: { url: 'https://cdn.northport-courier.example/2026/11/tunnel-fans.jpg', caption: 'New ventilation fans in the harbour tunnel.', alt: null },
    images: ['https://cdn.northport-courier.example/2026/11/tunnel-fans.jpg'],
    paragraphCount: 4,
  },
  {
    name: 'de-server-rendered-none',
    url: 'https://www.tal-anzeiger.example/kultur/stadtbibliothek-oeffnungszeiten',
    title: 'Stadtbibliothek verlängert ihre Öffnungszeiten',
    description: null,
    authors: ['Jonas Berger'],
    publishedAt: '2026-11-24T09:15:00+01:00',
    siteName: 'Tal-Anzeiger',
    section: 'Kultur',
    tags: ['Bibliothek', 'Stadtverwaltung'],
    leadImage: null,
    images: [],
    paragraphCount: 3,
  },
  {
    name: 'ar-unset-values-1256',
    url: 'https://www.alsahel-today.example/news/2026/11/26/desalination',
    charset: 'windows-1256',
    title: 'افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية',
    description: 'تبدأ محطة تحلية المياه الجديدة العمل الأسبوع المقبل بطاقة تكفي لنحو مئتي ألف نسمة.',
    authors: ['سامر الخطيب'],
    publishedAt: '2026-11-26T10:00:00+03:00',
    siteName: 'الساحل اليوم',
    section: null,
    tags: ['تحلية المياه', 'البنية التحتية'],
    leadImage: { url: 'https://www.alsahel-today.example/uploads/2026/11/desalination-plant.jpg', caption: null, alt: null },
    images: [],
    paragraphCount: 3,
  },
];

/** The printed forms of nothing that must not reach any field of the record. */
const UNSET_WORDS = /\b(?:undefined|null|None|nil)\b|\[object Object\]/;

/** Every string in a record's fields, however deep (image captions, tags), for the check above. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  return value && typeof value === 'object' ? Object.values(value).flatMap(textsIn) : [];
}

describe.each(PAGES)('$name', (page) => {
  const records: Array<[string, ArticleRecord]> = [
    ['without a URL', extractPage(page.name, null, page.charset)],
    ['with its URL', extractPage(page.name, page.url, page.charset)],
  ];

  it.each(records)('reads the title, the date and the body %s', (_, record) => {
    expect(record.title).toBe(page.title);
    expect(record.publishedAt).toBe(page.publishedAt);
    expect(paragraphs(record)).toHaveLength(page.paragraphCount);
  });

  it.each(records)('takes the summary from the next source, or leaves it empty, %s', (_, record) => {
    expect(record.description).toBe(page.description);
  });

  it.each(records)('names the writer the byline shows, not the unset declared author, %s', (_, record) => {
    expect(record.authors).toEqual(page.authors);
  });

  it.each(records)('takes the site name, section and keywords from the next source, or leaves them empty, %s', (_, record) => {
    expect(record.siteName).toBe(page.siteName);
    expect(record.section).toBe(page.section);
    expect(record.tags).toEqual(page.tags);
    expect(record.categories).toEqual([]);
  });

  it.each(records)('takes no picture from an unset address %s', (_, record) => {
    expect(record.leadImage ? { url: record.leadImage.url, caption: record.leadImage.caption, alt: record.leadImage.alt } : null).toEqual(page.leadImage);
    expect(record.images.map((image) => image.url)).toEqual(page.images);
  });

  it.each(records)('prints no unset value in any field %s', (_, record) => {
    const { extraction: _diagnostics, ...fields } = record;
    expect(textsIn(fields).filter((text) => UNSET_WORDS.test(text))).toEqual([]);
  });
});
