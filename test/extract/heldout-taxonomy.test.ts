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
    page: 'hashtag-tags', shows: 'tags written as hashtags ("#Klimaschutz")',
    section: null, categories: [], tags: ['Klimaschutz', 'Schule', 'Solarenergie'],
  },
  {
    page: 'drupal-field-tags', shows: 'a Drupal "field--name-field-tags" field of taxonomy-term links',
    section: null, categories: [], tags: ['Heat', 'Public Health', 'Libraries'],
  },
  {
    page: 'ghost-tag-pills', shows: 'Ghost tag pills and article:tag metas, the primary tag above the headline, a tag in the menu and in a read-next card',
    section: null, categories: [], tags: ['Newsletters', 'Writing'],
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
