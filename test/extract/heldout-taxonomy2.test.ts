/**
 * Held-out audit of section, categories and tags, second round: hand-written pages in German, Spanish, Arabic,
 * English, French, Polish and Russian that file their articles the way WordPress and newsroom themes do when the
 * stated metadata says more than the page shows: `articleSection` lists that carry the theme's placement flags
 * beside a breadcrumb trail, a bar of current topics above the headline linked into the same archive as the
 * article's own topics, a tag list whose tags have narrower tags beside them, and keyword fields that the post's
 * own `tag-*` classes do or do not vouch for. Each page is read without a URL and with one, and each field is
 * asserted alone.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-taxonomy2');

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
    page: 'de-trail-picks-sections',
    shows: 'articleSection "Lokales, Startseite, Slider, Kultur", a trail "Startseite › Lokales", the article header labelled "Kultur"',
    title: 'Stadtbücherei verlängert Öffnungszeiten am Samstag',
    section: 'Lokales', categories: ['Lokales', 'Kultur'], tags: ['Stadtbücherei', 'Ehrenamt'],
  },
  {
    page: 'es-trail-unlinked-crumb',
    shows: 'articleSection "Sociedad,Provincias,Portada", a trail "Inicio › Provincias › Sociedad" whose last crumb has no link',
    title: 'La ciudad abre tres nuevos comedores escolares',
    section: 'Sociedad', categories: ['Provincias', 'Sociedad'], tags: ['comedores escolares', 'educación'],
  },
  {
    page: 'ar-trail-picks-sections',
    shows: 'an Arabic articleSection list with the flags "عاجل" and "سلايدر", a trail "الرئيسية » اقتصاد » headline"',
    title: 'ارتفاع صادرات التمور بنسبة عشرين في المئة',
    section: 'اقتصاد', categories: ['اقتصاد'], tags: ['تمور', 'صادرات', 'موانئ'],
  },
  {
    page: 'fr-body-class-breadcrumbs',
    shows: 'a body class "genesis-breadcrumbs-visible" around the page, the trail "Accueil » Jardin » headline" inside it',
    title: 'Semer les radis en pleine terre dès mars',
    section: 'Jardin', categories: ['Jardin'], tags: ['radis', 'semis', 'potager'],
  },
  {
    page: 'en-trail-thin',
    shows: 'article:section "Featured", "Politics", "Nation" and a trail that links only the home page before an unlinked "Featured"',
    title: 'County approves budget for bridge repairs',
    section: 'Featured', categories: ['Featured', 'Politics', 'Nation'], tags: ['Infrastructure', 'County Board'],
  },
  {
    page: 'de-topic-bar-above-headline',
    shows: 'an "Aktuelle Themen:" bar of /thema/ links above the headline and a "Mehr zum Thema:" row of them under the story',
    title: 'Strompreis für Betriebe: Verbände fordern schnelle Entlastung',
    section: null, categories: [], tags: ['Industrie', 'Energiewende', 'Mittelstand'],
  },
  {
    page: 'ar-topic-bar-above-headline',
    shows: 'an Arabic "الأكثر تداولا" bar of /tag/ links above the headline and the story\'s own /tag/ links under it',
    title: 'افتتاح مكتبة عامة جديدة في الحي القديم',
    section: null, categories: [], tags: ['مكتبات', 'الحي القديم', 'ثقافة'],
  },
  {
    page: 'en-topic-kicker',
    shows: 'one /topic/ link as the kicker above the headline, and no other topic link',
    title: 'Night ferry returns after two-year pause',
    section: null, categories: [], tags: ['Ferries'],
  },
  {
    page: 'de-tag-list-folders',
    shows: 'a tag list where "Frühstück" has "Porridge" and "Süßes Frühstück" in its folder, beside tags from other folders',
    title: 'Apfel-Zimt-Porridge mit gerösteten Nüssen',
    section: null, categories: [], tags: ['Frühstück', 'Porridge', 'Süßes Frühstück', 'Vegetarisch', 'Apfel'],
  },
  {
    page: 'pl-tag-list-index-link',
    shows: 'a tag list opened by "Wszystkie tematy", the link to the folder that holds every other tag of the list',
    title: 'Gmina dopłaci do wymiany starych pieców',
    section: null, categories: [], tags: ['Energia', 'Smog', 'Samorząd'],
  },
  {
    page: 'en-post-class-tags',
    shows: 'article:tag metas the post\'s tag-* classes name, and JSON-LD keywords "2024,Warmest" they do not',
    title: 'Scientists say this summer was the warmest on record',
    section: null, categories: [], tags: ['Climate change', 'El Niño', 'Drought'],
  },
  {
    page: 'ru-post-class-tags',
    shows: 'Russian article:tag metas named by percent-encoded tag-* classes, and JSON-LD keywords they do not name',
    title: 'В городе откроют две новые станции метро',
    section: null, categories: [], tags: ['метро', 'транспорт'],
  },
  {
    page: 'de-post-class-internal',
    shows: 'JSON-LD keywords as the only stated tags, and tag-* classes that name only the newsroom\'s internal tags',
    title: 'Frostnächte im Mai: So schützen Sie Ihre Jungpflanzen',
    section: 'Ratgeber', categories: [], tags: ['Gartenarbeit', 'Frost'],
  },
];

describe.each(filings)('$page: $shows', ({ page, title, section, categories, tags }) => {
  const records: Array<[string, ArticleRecord]> = [
    ['without a URL', extractPage(page, null)],
    ['with its URL', extractPage(page, `https://www.example-news.example/${page}/`)],
  ];
  it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe(title));
  it.each(records)('reads the section %s', (_, record) => expect(record.section).toBe(section));
  it.each(records)('reads the categories %s', (_, record) => expect(record.categories).toEqual(categories));
  it.each(records)('reads the tags %s', (_, record) => expect(record.tags).toEqual(tags));
});
