/**
 * The words around an article's category and tag links: the labels that open a line or box of them, the headings
 * that title a site's topic index instead, the words before a link that file the article, and a link back home.
 */
import type { Element } from 'domhandler';
import { HOME_PAGE_NAMES } from './breadcrumb-trail';
import { TAG_LINE_LABEL } from './taxonomy-labels';

/**
 * The words a meta line puts before the article's category ("Posted in", "Filed under", "Veröffentlicht in",
 * "Publié dans", "Categories:", Turkish "Kategori:", Portuguese and Italian "Categoria:", Dutch "Categorie:", Polish
 * "Kategoria:", Persian "دسته‌بندی:", Arabic "التصنيف:"): they say the link files this article, where a bare category
 * link may be a call to action ("Alle Shops im Bereich …", "Jetzt abonnieren") or "more from this section".
 */
const FILED_UNDER = /(?:^|\s)(?:in|under|dans|en|im|unter|category|categories|kategorie|kategorien|kategori|kategoriler|kategoria|categoria|categorias|categorie|rubrik|rubrique|catégorie|categoría|categorías|دسته‌بندی|دسته بندی|التصنيف|تصنيف)\s*:?\s*$/i;
/**
 * A "back to the home page" link, which some themes point at a topic landing page ("Zur Startseite" → /de/themen/…),
 * where it looks like a tag-archive link. Only the phrase that says "to" counts: a topic called "Home" is a tag.
 */
export const BACK_HOME_LINK = new RegExp(`^(?:(?:back to|go to|to|zur|zurück zur|volver a la|torna alla|voltar à|terug naar)(?:\\s+the)?\\s+|retour à l['’]\\s*)${HOME_PAGE_NAMES}$`, 'i');
/**
 * The label that opens a line of the article's category links, and how long such a line gets: "Kategorie:", Polish
 * "Kategoria:" (as Joomla's article info prints it, "<dd class="category-name">Kategoria: <a>Samorząd</a></dd>"),
 * Turkish "Kategori:", Lithuanian "Kategorija:", "Categories:". Rule "Joomla's category, in Arabic": Joomla's Arabic
 * language pack labels the category "الفئة:" ("class", "group"; "<dd class="category-name">الفئة: <a>غرب دارفور</a>"),
 * a word Arabic papers' own templates do not use for their sections. Rule "published in":
 * Joomla's K2 opens the item's category line with its "Published in" in the page's language, with no colon ("<div
 * class="itemCategory"><span>Publikováno v</span> <a>Město</a></div>", "Veröffentlicht in", "Publié dans").
 */
export const CATEGORY_LINE_LABEL = new RegExp(`^(?:(?:kategorien?|kategori(?:a|ja)?|categor(?:y|ies|ía|ías|ia|ie|ieën)|catégories?|rubriken?|الفئة)\\s*:|(?:${[
  '(?:published|posted|filed) (?:in|under)', 'publikováno v', 'publikované v', 'veröffentlicht in', 'publié dans', 'publicado en', 'publicado em', 'pubblicato in',
  'opublikowano w', 'gepubliceerd in',
].join('|')})(?:\\s|$))`, 'iu');
export const MAX_CATEGORY_LINE_CHARS = 200;
/** Headings that also title a site's topic index (a sitemap in the page footer), not only an article's tags. */
export const SITE_INDEX_HEADING = /^(?:themen|topics|temas|tópicos|sujets|th[èe]mes|argomenti|مواضيع)\s*:?$/iu;
/**
 * Rule "topic index heading": the heading a platform sets over its site-wide box of topics under every article
 * ("Explore topics", "Browse topics", "Weitere Themen", "Plus de sujets", "Más temas"): the links under it lead into
 * the topic archive as the article's tags do, but they are the site's index, the same on every page.
 */
export const TOPIC_INDEX_HEADING = /^(?:(?:explore|browse|discover|more|popular|trending|other|all)\s+topics|(?:weitere|alle|beliebte)\s+themen|themen\s+entdecken|(?:explorer|découvrir|plus\s+de|autres)\s+(?:les\s+)?(?:sujets|thèmes)|(?:explora|descubre|más|otros)\s+temas)\s*:?$/iu;
/** Characters of a tag line's label at most: a longer text before the links is prose, not a label. */
export const MAX_TAG_LINE_LABEL_CHARS = 30;
/** Elements that hold a label in front of the links: inline emphasis, or a heading over their list. */
export const LABEL_HOLDERS = new Set(['span', 'strong', 'b', 'em', 'i', 'label', 'p', 'div', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether the text right before the link says it files the article ("Posted on 5 May in <a>"). */
export function isFiledUnder(link: Element): boolean {
  const before = link.prev;
  return before?.type === 'text' && FILED_UNDER.test((before as unknown as { data: string }).data);
}

/**
 * Rule "named by its accessible label": a box of tag links may carry its label only for screen readers
 * (`<nav aria-label="Themen in diesem Artikel">`, `aria-label="Tags"`), which names it as a printed label would.
 * A bare "Themen" or "Topics" names a site's topic index as often, as over a list.
 */
export function namesTagsByAria(node: Element['parent']): node is Element {
  const label = node?.type === 'tag' ? (node as Element).attribs['aria-label']?.trim() : undefined;
  return label !== undefined && label.length <= MAX_TAG_LINE_LABEL_CHARS && TAG_LINE_LABEL.test(label) && !SITE_INDEX_HEADING.test(label);
}
