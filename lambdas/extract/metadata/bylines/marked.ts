/**
 * Marked bylines: the elements themes mark as the author line (by class, itemprop, `rel="author"`, a component's
 * name, a link to the writer's page), found once per page outside forms, figures and picture captions, and the names
 * read inside one (its marked names, list items or lines, and the writers its links leave out).
 */
import type { AnyNode, Element } from 'domhandler';
import { isBlank, normalizeSpace } from '../../dom-walk';
import { BYLINE_PREFIX, NAME_SEPARATOR, OTHER_ROLE_CREDIT, PICTURE_WORDS } from '../byline-vocabulary';
import { agencyNamed } from '../wire-agencies';
import { attributeContains, containsAnyPattern, containsPattern, hasToken, hidesItself, type IndexedPage, LOWER_HEADING_TAGS } from '../regions';
import { isDateOnly } from './header-credits';
import { BYLINE_START, hasBylineLength, isNameList, isWriterPageHref, MAX_BYLINE_CHARS, MORE_WRITERS, unique, writerLineInside } from './lines';

/** "author" and "autor", and "autore", not "authority", "autoridad", "autorità" or "Autorität". */
const WRITER_WORD = 'auth?or(?!i[dt])';
/**
 * Class names (parts of them, any case) themes give author lines: "autor" is the German, Spanish, Polish and Italian
 * ("autore") spelling, and sites in other languages name the class in their own word for the writer: French
 * "auteur", Indonesian and Malay "penulis", Arabic "kateb", Hungarian "szerzo" ("szerző"). Turkish "yazar" only as
 * a whole part (see below): its plural names the columnists' box ("kose-yazarlari") that Turkish papers set beside
 * every story. Turkish and Korean
 * templates name the line by the reporter who signs the story ("<span class="reporter">…</span>").
 * Rule "signature class": Spanish and Italian papers name the byline box for the writer's signature, "firma"
 * (`<div class="firma">Jane Roe</div>` under the headline, `noticia-firma`), a whole word of the class only: as a
 * part it is in "confirmation", and the plural "firmas" names a Spanish paper's box of its columnists.
 * Rule "writer's word as a whole part": Turkish "yazar" and "muhabir" (writer, reporter), Danish and Norwegian
 * "forfatter", Swedish "forfattare", Finnish "kirjoittaja" and the Arabic "katib" name the byline box as a whole part
 * of its class (`<div class="yazar">`, `haber-muhabir`); as the start of a longer word they are the plural of the
 * columnists' box ("kose-yazarlari", "forfattere").
 * Rule "Icelandic writer's class": Icelandic templates name the byline box "hofundur" (höfundur, the author), in the
 * singular; the plural "hofundar" names the list of the paper's writers, so it too counts only as a whole part.
 * Rule "authority is no author": "author" and "autor" begin the words for an authority ("local-authority",
 * "autoridad", "Autorität"), which name a public body's box or a wiki's "Authority control" row, not a writer.
 */
const BYLINE_CLASS = new RegExp(`${WRITER_WORD}|${containsAnyPattern(['byline', 'auteur', 'penulis', 'kateb', 'szerzo', 'writer', 'reporter']).source}|(?:^|[\\s_-])(?:firma|yazar|muhabir|forfatter|forfattare|författare|kirjoittaja|katib|hofundur|höfundur)(?:$|[\\s_-])`, 'i');
/**
 * Rule "quoted author": class names of the person a quote or a customer's testimonial is by ("testimonial__author",
 * "quote-author"): someone the page quotes, not its writer.
 */
const QUOTED_AUTHOR_CLASS = containsAnyPattern(['testimonial', 'quote']);
/**
 * Rule "reader's letter": a letters page names each letter's box and its writer's line for the letter
 * (`letter-author`, `letter__byline`, `leserbrief-autor`): a reader whose letter the page prints, as a quote's author
 * is someone it quotes, not its writer. Only as a whole part of the class: "newsletter" is a word of its own, and
 * "letter-spacing" a style's.
 */
const READER_LETTER_CLASS = /(?:^|[\s_-])(?:letters?|leserbriefe?)(?!-spacing)(?:$|[\s_-])/i;
/**
 * Rule "trail in the byline rows": a template may name every row of its story footer or header `byline` for the look
 * they share, and the row of the section trail among them (`<div class="byline breadcrumbs">Weihnachten • Liebe &
 * Beziehung</div>`); the trail's links name sections, not writers.
 */
const TRAIL_CLASS = containsAnyPattern(['breadcrumb', 'crumbs']);
/**
 * Rule "more by the writer": a column closes on the list of the writer's other columns, and templates name that box
 * for the writer too (`<section class="more-by-writer">`, "more-from-author"); its links are the
 * columns' headlines, not names, and a headline's length and words pass for a name's ("مدينة تمشي فيها").
 */
const MORE_BY_WRITER_CLASS = /more[_-]?(?:by|from)[_-]?(?:the[_-]?|this[_-]?)?(?:writer|author|columnist|autor|auteur|kateb)/i;
const AUTHOR_TOKEN = new Set(['author']);
/**
 * Rule "class named by": templates name the writer's line by the word that opens an English byline, the whole of a
 * class token (`<span class="by">`), also where the line prints the name alone, without the word (the Algerian Drupal
 * gallery's "<span class="by">ليلى بن علي</span> - <span class="photos">صور: …</span>"). As part of a token it names
 * a grid's offset ("offset-by-one") or a field's empty label ("submitted-by"), no writer.
 */
const BY_TOKEN = new Set(['by']);
/**
 * The class stands for the word only where the line leaves it out: a line that prints its byline word ("<div
 * class="by">מאת … וסוכנות AP | …</div>") is read by the word's rules, which read the agency and the date run on
 * after the name as well.
 */
function printsNameAlone(page: IndexedPage, element: Element): boolean {
  const text = page.shortText(element, MAX_BYLINE_CHARS);
  return text !== null && !BYLINE_PREFIX.test(text);
}
const NAME_TOKEN = new Set(['name']);
const FN_TOKEN = new Set(['fn']);
const ORG_TOKEN = new Set(['org']);

/**
 * Author-line elements by role or by the class names themes give them, and links to a writer's page on the site
 * ("<a href="/author/jane-doe/"><img …> Jane Doe</a>"): rule "author page link", a byline that is only the writer's
 * avatar and name linked to their page, with no class to say so. Rule "address": HTML's `<address>` inside an
 * `<article>` holds that article's contact ("Tipps von <address><a href="/team/jane-doe">Jane Doe</a></address>"), its
 * writer's; outside one it holds the site's (a shop's street address), and before the headline the header's. An hCard whose `fn` is also `org` names
 * an organization (a country or company in an infobox), not a writer. Class and itemprop come from the page's
 * attribute columns, read once per page rather than from each element's attributes.
 */
function isBylineElement(page: IndexedPage, element: Element, classes: string | undefined, itemprop: string | undefined): boolean {
  // The exclusions are asked last: few elements are marked at all, and the tests are free of effects on the page.
  return ((element.name === 'a' && (hasToken(element.attribs.rel?.toLowerCase(), AUTHOR_TOKEN) || isWriterPageLink(page, element))) || hasToken(itemprop, AUTHOR_TOKEN)
    || (element.name === 'address' && page.once(articleEnclosure)(element) && page.followsHeadline(element))
    || containsPattern(classes, BYLINE_CLASS) || (hasToken(classes, BY_TOKEN) && printsNameAlone(page, element)) || (hasToken(classes, FN_TOKEN) && !hasToken(classes, ORG_TOKEN)))
    && !containsPattern(classes, QUOTED_AUTHOR_CLASS) && !containsPattern(classes, TRAIL_CLASS) && !containsPattern(classes, READER_LETTER_CLASS)
    && !containsPattern(classes, MORE_BY_WRITER_CLASS);
}

/** Whether an element is in an `<article>`, remembered per element: the addresses of one article share the climb. */
function articleEnclosure(page: IndexedPage): (element: Element) => boolean {
  return page.enclosure((current) => current.name === 'article');
}

/**
 * Rule "byline component": sites built from components name each part in an attribute for their tests or their
 * analytics ("data-testid="article-byline"", "data-cy="writer-name""), which
 * stays readable where the build hashes the class names ("sc-1x2y3z-8"). Read as a class is, by the same words.
 */
const COMPONENT_NAME_ATTRIBUTES: ReadonlySet<string> = new Set(['data-testid', 'data-cy', 'data-qa', 'data-component', 'data-hook']);

/**
 * Read only for elements holding a byline's worth of text: the attributes are rare, and most elements hold more or
 * none. A plain loop, as the other per-element tests of the candidate pass: a callback closing over the element's
 * attributes was a new function for every element asked. It goes through the element's own attributes, which are
 * few: a lookup of each component attribute by name, in attribute objects of another shape every time, cost more.
 */
function isBylineComponent({ attribs }: Element): boolean {
  for (const attribute in attribs) {
    if (!COMPONENT_NAME_ATTRIBUTES.has(attribute)) continue;
    const name = attribs[attribute];
    if (containsPattern(name, BYLINE_CLASS) && !containsPattern(name, QUOTED_AUTHOR_CLASS)) return true;
  }
  return false;
}

/**
 * Rule "writer's id": WebForms and other server-built pages name each field's element by its id and leave it without
 * a class ("<span id="ctl00_ContentPlaceHolder1_lblWriter">"); the id says what the field holds, as a class does.
 * Read by the class's words that name the writer, not "byline", which such ids do not use. A heading so named is
 * the heading of the writer's own page, which the template also serves ("<h1 id="ifAuthor">" shows the section's
 * name elsewhere), no field.
 */
function isWriterField(element: Element, id: string | undefined): boolean {
  return containsPattern(id, BYLINE_ID) && !HEADING_TAG.test(element.name);
}
const BYLINE_ID = new RegExp(`${WRITER_WORD}|writer|kateb`, 'i');
const HEADING_TAG = /^h[1-6]$/;

/**
 * Rule "writer's icon": a meta row under the headline sets each field beside an icon that says what it holds
 * ("<span><i class="icon-user"></i>Jane Doe</span>", "fa-user", "bi-person"), and only the icon is marked. An
 * element opened by an empty icon whose class names a person is the writer's field; before the headline the same
 * icon opens the reader's account link.
 */
function opensWithWriterIcon(page: IndexedPage, element: Element): boolean {
  const icon = firstChildElement(element);
  return icon !== null && ICON_TAGS.has(icon.name) && containsPattern(icon.attribs.class, PERSON_ICON_CLASS) && page.shortText(icon, MAX_BYLINE_CHARS) === '' && page.followsHeadline(element);
}
const ICON_TAGS = new Set(['i', 'span', 'svg', 'em']);

/**
 * The element's first child when that child is an element, with only whitespace before it; null when text that is
 * not whitespace, or no element, comes first. A plain loop: asked of every short element, where a callback per
 * element cost more.
 */
function firstChildElement(element: Element): Element | null {
  for (const child of element.children) {
    if (child.type === 'tag') return child as Element;
    if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return null;
  }
  return null;
}
const PERSON_ICON_CLASS = containsAnyPattern(['user', 'person', 'author', 'writer']);

/**
 * An unmarked link to a writer's page counts only after the page's headline, and only on a page that has one: the
 * site's header links to the reader's own profile ("/profile/me") and to its writers in its menus.
 */
function isWriterPageLink(page: IndexedPage, link: Element): boolean {
  return isAuthorPageLink(link.attribs.href) && page.firstAfterHeadline() > 0 && page.followsHeadline(link);
}

/**
 * A link to one writer's page ("/author/jane-doe/", "/autor/max-muster"), not to the list of them ("/authors"): the
 * path names the writer after the author part. "/profile/…" is left out: blogs link their owner's profile card
 * from the header under the blog's own headline. Asked of every short link, so one case-insensitive scan of the
 * address, with no lowercased copy.
 */
export function isAuthorPageLink(href: string | undefined): boolean {
  return href !== undefined && AUTHOR_PAGE_LINK.test(href);
}
const AUTHOR_PAGE_LINK = /\/(?:author|autor)(?:s|es|en|in)?\/[^/?#\s]/i;

/**
 * The marked byline elements of the page (see {@link isBylineElement}) that hold a byline's worth of text and stand
 * in the article: not in a foreign region or a picture's credit. `keep` adds a test of the element and its text.
 */
export function markedBylines(page: IndexedPage, keep: (element: Element, text: string) => boolean): Element[] {
  // Found once per page: readBylines and readHiddenAccount each ask, with a test of their own.
  return page.once(bylineCandidates).filter(({ element, text }) => keep(element, text)).map(({ element }) => element);
}

function bylineCandidates(page: IndexedPage): Array<{ element: Element; text: string }> {
  const { elements } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const itemprops = page.attributeOfAll('itemprop');
  const candidates: Array<{ element: Element; text: string }> = [];
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (!hasBylineLength(page, index)) continue;
    if (!isBylineElement(page, element, classes[index], itemprops[index]) && !isBylineComponent(element) && !isWriterField(element, ids[index])
      && !opensWithWriterIcon(page, element) && !isColumnistBox(page, index, classes[index]) && !isSignatureBox(page, index, classes, itemprops)
      && !isNameInLongBylineBox(page, element, classes[index])) continue;
    if (isFormPart(page, index) || listsOtherStories(page, index)) continue;
    const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (text && !page.isAnotherItemsRegion(element) && !isInFigure(page, element)) candidates.push({ element, text });
  }
  return candidates;
}

/**
 * Rule "name field of a long writer's box": Bangladeshi portals' templates set in one box classed for the writer the
 * name and the row's stamps and counter (`<div class="dtl-author"><span class="name">আব্দুল করিম, বগুড়া</span><span
 * class="time">আপলোড সময় : …</span><span class="edit-time">…</span><span class="hit">১,০৮৯ বার পড়া হয়েছে</span></div>`);
 * the box's text, spaces and all, runs past a byline's length and is not read, so the element it names as the name,
 * right inside it, is read alone.
 */
function isNameInLongBylineBox(page: IndexedPage, element: Element, classes: string | undefined): boolean {
  const box = element.parent;
  if (!hasToken(classes, NAME_TOKEN) || !box || box.type !== 'tag') return false;
  return containsPattern((box as Element).attribs.class, BYLINE_CLASS) && page.shortText(box as Element, MAX_BYLINE_CHARS) === null;
}

/**
 * Rule "Catalan signature box": Catalan papers name the byline box for the writer's signature, "signatura" (`<p
 * class="signatura">Redacció / ACN<br>Publicat el …</p>`), a whole word of its class. Some set the names in boxes of
 * their own inside it, beside the place (`<span class="autors">…</span> <span class="lloc">Mataró</span>`); those are
 * read, and the outer box, whose text runs the place on after the names, is not.
 */
function isSignatureBox(page: IndexedPage, index: number, classes: readonly (string | undefined)[], itemprops: readonly (string | undefined)[]): boolean {
  if (classes[index] === undefined || !SIGNATURE_BOX_CLASS.test(classes[index]!)) return false;
  const { elements, subtreeEnd } = page.walk;
  for (let inner = index + 1; inner < subtreeEnd[index]; inner++) if (isBylineElement(page, elements[inner], classes[inner], itemprops[inner])) return false;
  return true;
}
const SIGNATURE_BOX_CLASS = /(?:^|[\s_-])signatura(?:$|[\s_-])/i;

/**
 * Rule "columnist's box": opinion pages name the box that presents the column's writer, portrait and name, for the
 * columnist (`<div class="columnista"><img …><a class="columnista__nombre">Jane Roe</a>`, `columnist-name`), in
 * English, Spanish, Portuguese and Italian alike. The plural ("columnists", "columnistas") names the list of the
 * paper's columnists beside the story, as "firmas" does; and a box named for the columnist that holds a list is the
 * list of the writer's other columns ("columnista-mas": "Más columnas de …"), whose titles are no names.
 */
function isColumnistBox(page: IndexedPage, index: number, classes: string | undefined): boolean {
  if (classes === undefined || !COLUMNIST_CLASS.test(classes)) return false;
  const { elements, subtreeEnd } = page.walk;
  for (let inner = index + 1; inner < subtreeEnd[index]; inner++) if (LIST_TAGS.has(elements[inner].name)) return false;
  return true;
}
const COLUMNIST_CLASS = /columnist(?:a(?!s)|(?![as]))/i;
const LIST_TAGS = new Set(['ul', 'ol', 'li']);

/**
 * Rule "forms name nobody": a writer's contact form is named after the writer, and so are its parts ("<div
 * class="author-contact"><form>…<button class="author-form-submit">Send message</button>"); their text says what the
 * controls do. A byline-sized element that is a control, or is or holds a form, is no byline. A byline may hold a
 * button of its own ("Follow"), and some sites wrap the whole page in one form, so neither counts against it.
 */
function isFormPart(page: IndexedPage, index: number): boolean {
  const { elements, subtreeEnd } = page.walk;
  if (FORM_CONTROL_TAGS.has(elements[index].name)) return true;
  // A byline's worth of text sits in a few elements; a hostile page nests thousands of classed wrappers, each a
  // candidate, and only so many of each one's descendants are looked through.
  const end = Math.min(subtreeEnd[index], index + MAX_FORM_SCAN);
  for (let inner = index; inner < end; inner++) if (elements[inner].name === 'form') return true;
  return false;
}
const MAX_FORM_SCAN = 200;
const FORM_CONTROL_TAGS = new Set(['button', 'input', 'label', 'option', 'select', 'textarea']);

/**
 * Rule "writer's other stories": opinion pages and author boxes list the writer's other pieces under the story in a
 * box named for the writer ("<section class="writer-more-articles"><h3>More from this writer</h3><ul><li><a
 * href="/opinions/147901.html">…</a></li>…"), and the titles there, Arabic ones above all, have a name's shape. A box
 * that holds a list of two items or more, each item one link to a story's address (one with a number: its id or its
 * date) and none to a writer's page, is that list, and no byline. Co-writers listed one an item link their pages.
 */
function listsOtherStories(page: IndexedPage, index: number): boolean {
  const { elements, subtreeEnd } = page.walk;
  const end = Math.min(subtreeEnd[index], index + MAX_LIST_SCAN);
  let stories = 0;
  for (let inner = index; inner < end; inner++) {
    if (elements[inner].name !== 'li') continue;
    const link = elements[inner + 1];
    const href = link?.name === 'a' ? link.attribs.href : undefined;
    if (href === undefined || !STORY_ADDRESS.test(href) || isWriterPageHref(href) || page.shortText(link, MAX_BYLINE_CHARS) !== page.shortText(elements[inner], MAX_BYLINE_CHARS)) return false;
    stories++;
  }
  return stories >= 2;
}
/** A byline box is a few elements; a hostile box around thousands of items is looked through only so far. */
const MAX_LIST_SCAN = 200;
/**
 * A digit in a link's path: a story's id or its date. Rule "story id in the query": PHP and ASP portals address a
 * story by a number in the query instead ("/article.php?id=9874", "NewsDetails.aspx?NewsID=518273"), a parameter
 * whose value is all digits.
 */
const STORY_ADDRESS = /^(?:[a-z]+:\/\/[^/]+)?(?:[^?#]*\d|[^?#]*\?(?:[^#]*&)?[\w-]+=\d+(?:[&#]|$))/i;

/**
 * Rule "bold name opening the writer's box": a box after the text, classed as the author's ("author-bio",
 * "autorenbox"), introduces the writer in a paragraph that opens with the name in bold and goes on about them
 * ("<strong>Jane Doe</strong> writes about housing …", "<strong>Jane Doe</strong>, Jahrgang 1990, ist …"); too long
 * for a byline, it is read for that name alone. The last source of authors; two such boxes naming different people
 * name nobody.
 */
export function readWriterBoxLead(page: IndexedPage): string[] {
  const { elements, visibleChars, subtreeEnd } = page.walk;
  const classes = page.attributeOfAll('class');
  const names = new Set<string>();
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] <= MAX_BYLINE_CHARS || !containsPattern(classes[index], BYLINE_CLASS) || page.isForeign(elements[index])) continue;
    const name = boldNameOpeningParagraph(page, index);
    if (name) names.add(name);
    index = subtreeEnd[index] - 1;
  }
  return names.size === 1 ? [...names] : [];
}

/** The bold name the box's first bold element gives, when it opens its paragraph and a comma or a word in lower case follows. */
function boldNameOpeningParagraph(page: IndexedPage, box: number): string | null {
  const { elements, subtreeEnd } = page.walk;
  for (let inner = box + 1; inner < subtreeEnd[box]; inner++) {
    const bold = elements[inner];
    if (!BOLD_TAGS.has(bold.name)) continue;
    const paragraph = bold.parent?.type === 'tag' && (bold.parent as Element).name === 'p' ? bold.parent as Element : null;
    const name = page.shortText(bold, MAX_BYLINE_CHARS);
    const text = paragraph && page.shortText(paragraph, MAX_BOX_PARAGRAPH_CHARS);
    return name && text?.startsWith(name) && BIO_GOES_ON.test(text.slice(name.length)) && isNameList(name) ? name : null;
  }
  return null;
}
const BOLD_TAGS = new Set(['strong', 'b']);
const MAX_BOX_PARAGRAPH_CHARS = 600;
const BIO_GOES_ON = /^(?:,\s*\p{L}|\s+\p{Ll})/u;

/** Inside a byline, the elements that hold just the name. */
function isNameElement(element: Element): boolean {
  const { class: classes, rel, itemprop, href } = element.attribs;
  return hasToken(itemprop, NAME_TOKEN) || hasToken(classes, FN_TOKEN) || (attributeContains(classes, ['name']) && !namesFieldOnly(classes!) && !COLUMN_NAME_CLASS.test(classes!))
    || (element.name === 'a' && (hasToken(rel?.toLowerCase(), AUTHOR_TOKEN) || isWriterPageHref(href)));
}

/**
 * Rule "Drupal's field name": Drupal names every field's box by the field ("field--name-field-authors",
 * "field--name-title"), a box that holds the whole field, every writer's link in it, not a name: read as one name, the
 * writers of "<div class="field--name-field-authors"><div>Jane Doe</div><div>John Roe</div></div>" ran together.
 */
function namesFieldOnly(classes: string): boolean {
  return !classes.toLowerCase().replace(DRUPAL_FIELD_NAME, ' ').includes('name');
}
const DRUPAL_FIELD_NAME = /(?:^|\s)field--name-\S*/g;

/**
 * Author classes inside a figure credit the photographer ("Foto: …"), not the article's author. Themes that set a
 * picture without `<figure>` mark its credit as a licence or caption ("license-info", "image-caption"): the
 * "author" there is the picture's, named with its licence (a Creative Commons one, say). Rule "caption under a
 * picture": a caption class counts only after a picture in the caption's parent; some themes style the header's
 * meta row as a "caption" too ("caption meta"), with no picture before it. A class that says the block has a
 * caption somewhere inside ("hasCaption", "with-caption") names no caption.
 */
export function isInFigure(page: IndexedPage, element: Element): boolean {
  return page.once(figureEnclosure)(element);
}

/** {@link isInFigure}, remembered per element: the bylines of one caption share the climb above it. */
function figureEnclosure(page: IndexedPage): (element: Element) => boolean {
  return page.enclosure((current) => {
    const classes = current.attribs.class;
    return FIGURE_TAGS.has(current.name) || containsPattern(classes, LICENCE_CLASS)
      || (containsPattern(classes, CAPTION_CLASS) && namesCaption(classes!) && followsPicture(page, current));
  });
}
const FIGURE_TAGS = new Set(['figure', 'figcaption']);
/** Class names (parts of them, any case) of a picture's licence or caption. */
const LICENCE_CLASS = containsAnyPattern(['license', 'licence']);
const CAPTION_CLASS = containsAnyPattern(['caption']);
const CAPTION_STATE_TOKEN = /^(?:has|with)[-_]?caption/i;
const PICTURE_TAGS = new Set(['img', 'picture', 'video']);

function namesCaption(classes: string): boolean {
  return classes.split(/\s+/).some((token) => CAPTION_CLASS.test(token) && !CAPTION_STATE_TOKEN.test(token));
}

/** A picture (an image, a `<picture>`, a video) comes before the caption inside the caption's parent. */
function followsPicture(page: IndexedPage, caption: Element): boolean {
  const { position, parentIndex } = page.walk;
  const index = position.get(caption);
  if (index === undefined || parentIndex[index] < 0) return true;
  return page.once(lastPictureBefore)[index] > parentIndex[index];
}

/**
 * For each walk index, the index of the last picture before it, -1 where none is: a picture inside the caption's
 * parent and before the caption lies after the parent. One pass answers every caption, where a look back from each
 * would read a long run of siblings once per caption.
 */
function lastPictureBefore(page: IndexedPage): Int32Array {
  const { elements } = page.walk;
  const last = new Int32Array(elements.length);
  let picture = -1;
  for (let index = 0; index < elements.length; index++) {
    last[index] = picture;
    if (PICTURE_TAGS.has(elements[index].name)) picture = index;
  }
  return last;
}

/** The names inside a byline element when it marks them, else its whole text. */
export function bylineTexts(page: IndexedPage, element: Element): string[] {
  const { elements, position, subtreeEnd } = page.walk;
  const index = position.get(element)!;
  if (isPlaceRow(page, element, index)) return [];
  const names: string[] = [];
  let firstName: Element | null = null;
  let otherRoles = 0;
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (!isNameElement(elements[descendant]) || hiddenInside(elements[descendant], element)) continue;
    if (followsOtherRoleLabel(page, elements[descendant], element)) {
      otherRoles++;
      continue;
    }
    const name = page.shortText(elements[descendant], MAX_BYLINE_CHARS);
    // A handle ("<a class="handle-name">@jane</a>") beside the name is the writer's account, not the name.
    if (!name || name.startsWith('@')) continue;
    firstName ??= elements[descendant];
    names.push(name);
  }
  if (firstName) return withAgencyAfter(page, element, listsMoreWriters(page, element, names, firstName) ?? joinedNames(page, element, unique(names)) ?? names);
  // "Autor Jane Doe · Übersetzung <a>John Roe</a>": the marked names are the translator's; the writer's own line
  // in the byline names the writer.
  if (otherRoles > 0) {
    const line = writerLineInside(page, index);
    if (line) return [line];
  }
  const items = listItems(page, element);
  // Rule "marked place after the name" holds for a box of its own too ("<div class="place">নয়াদিল্লি</div>"): in a
  // script without capitals the town is shaped as a name of its own.
  if (items.length > 1) {
    return withoutWriterDescription(items.filter((item) => !PLACE_CLASS.test(item.attribs.class ?? '')).flatMap((item) => itemTexts(page, item))
      .filter((text) => !ROLE_FIELD.test(text) && !isPlacedDate(text)));
  }
  const inner = namedBylinesInside(page, index);
  if (inner.length > 0) return joinedNames(page, element, inner) ?? inner;
  const own = writersOwnElement(page, element, index);
  if (own) return [own];
  const lines = brokenLines(page, element);
  return lines.length > 0 ? lines : [withoutMarkedFields(page, element, fieldsText(page, element))];
}

/**
 * Rule "place row in the byline box": a byline box that sets each field in a row of its own, every row with the
 * box's class, gives the town the story is filed from a row too, its text in an element whose class says it is a
 * place ("<div class="byline-row"><span class="loc">Kolhapur, Maharashtra</span></div>"); the town and its state
 * are shaped as two names, and the row names nobody.
 */
function isPlaceRow(page: IndexedPage, row: Element, index: number): boolean {
  const { elements, subtreeEnd } = page.walk;
  const text = page.shortText(row, MAX_BYLINE_CHARS);
  if (!text) return false;
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (PLACE_CLASS.test(elements[descendant].attribs.class ?? '')) return page.shortText(elements[descendant], MAX_BYLINE_CHARS) === text;
  }
  return false;
}

/**
 * Rule "writer's own element in the row": a byline box that sets the credit in an element of its own and the row's
 * other fields in the next ones, with only spaces between them ("<span>Por María López</span> <span>Madrid</span>
 * <time>05 dic 2026</time>"), runs the town on after the name once read whole, a surname more. The element that holds
 * the byline word and the name is the credit; the text after it, unless it goes on with more writers, is the row's.
 */
function writersOwnElement(page: IndexedPage, byline: Element, index: number): string | null {
  const own = writerLineInside(page, index);
  const whole = own ? page.shortText(byline, MAX_BYLINE_CHARS) : null;
  return own && whole && whole.length > own.length && whole.startsWith(own) && !MORE_WRITERS.test(whole.slice(own.length)) ? own : null;
}

/**
 * Rule "writer's description under the byline": a byline box that sets "By Jane Doe" on a line of its own sets the
 * writer's post, desk or town on the lines under it ("Business reporter, Cairo", "Senior correspondent"); a second
 * writer there is credited the same way ("By John Roe") or joined to the first ("and John Roe"). Read as a name, the
 * description's town would be a second writer.
 */
function withoutWriterDescription(texts: string[]): string[] {
  if (texts.length < 2 || !BYLINE_START.test(texts[0])) return texts;
  return texts.filter((text, at) => at === 0 || BYLINE_START.test(text) || MORE_WRITERS.test(text));
}

/**
 * Rule "the row's fields apart": a byline row sets its fields in boxes of their own, side by side with no space between
 * the tags, and the stylesheet sets them apart ("<div class="news-byline"><span>مريم عبدالله</span><span>السبت 06
 * ديسمبر 2026</span></div>"); read as one text, the name ran into the weekday ("عبداللهالسبت") and the date was no
 * longer cut off it. The row's text with a space between each two of its boxes.
 */
function fieldsText(page: IndexedPage, row: Element): string {
  const parts: string[] = [];
  for (const child of row.children) {
    if (child.type === 'text') parts.push((child as unknown as { data: string }).data);
    else if (child.type === 'tag') parts.push(` ${page.shortText(child as Element, MAX_BYLINE_CHARS) ?? ''} `);
  }
  const text = normalizeSpace(parts.join(''));
  return text.length <= MAX_BYLINE_CHARS ? text : page.shortText(row, MAX_BYLINE_CHARS) ?? '';
}

/**
 * Rule "marked place after the name": news platforms print the town the writer files from after the name, in an
 * element whose class says it is a place ("Jane Doe <span class="sep">|</span> <span class="byline__location">Dos
 * Hermanas</span>"); a town of two words is shaped as a second writer's name, the class tells it apart. The place and
 * the mark before it are cut off the end of the byline's text.
 */
function withoutMarkedFields(page: IndexedPage, byline: Element, text: string): string {
  const { elements, position, subtreeEnd } = page.walk;
  const index = position.get(byline)!;
  const classes = page.attributeOfAll('class');
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    const place = PLACE_CLASS.test(classes[descendant] ?? '');
    if (!place && !POST_CLASS.test(classes[descendant] ?? '') && !DATE_FIELD_CLASS.test(classes[descendant] ?? '')) continue;
    const field = page.shortText(elements[descendant], MAX_BYLINE_CHARS);
    const at = field ? text.lastIndexOf(field) : -1;
    if (at <= 0 || LETTER.test(text.slice(at + field!.length))) continue;
    const before = text.slice(0, at).replace(TRAILING_MARKS, '');
    if (place || isNameList(before.replace(BYLINE_PREFIX, ''))) return before;
  }
  return text;
}
/**
 * Rule "marked post or date after the name": the row may print the writer's post or paper, or the date with the town
 * it files from, after the name in a field its class names so ("<span>Jane Doe</span><span class="auteur-titre">Le
 * Courrier</span>", "<strong>Jane Doe</strong> <span class="fecha">Altea, 02/12/2026 - 09:05</span>"); run together
 * with the name, they read as more of it. Cut off as the place is, where what stays before is a name.
 */
const POST_CLASS = /(?:^|[\s_-])(?:titre|title|role|position|job|poste|cargo|ruolo|funktion)(?:$|\s)/iu;
const DATE_FIELD_CLASS = /(?:^|[\s_-])(?:date|fecha|data|datum|time|dateline)(?:$|\s)/iu;
/**
 * A class token that ends in a place's word ("byline__location", "author-city", "article-place", its short form
 * "nw-loc"; Spanish and Portuguese "lugar", German "ort", Italian "localita"). The place may be followed by the row's
 * date and time, in digits ("<span class="lugar">Barcelona</span><time>05/12/2026 13:47</time>"), which the name
 * cleaning cuts anyway.
 */
const PLACE_CLASS = /(?:^|[\s_-])(?:location|loc|place|city|lieu|ciudad|localidad|ubicacion|lugar|ort|localita)(?:$|\s)/iu;
/**
 * Rule "the column's name beside the writer's": a columnist's card sets the name of the column under the writer's, in
 * an element whose class says so (`<span class="name">Jane Doe</span><span class="col-name">Second Opinion</span>`,
 * "column-title"); its class holds "name" as the writer's does, and a column's name of two capitalised words is
 * shaped as a second writer's.
 */
const COLUMN_NAME_CLASS = /(?:^|[\s_-])(?:col|column|columna|colonne|kolumne|rubrik)[_-]?(?:name|title|titre|nombre|titel)(?:$|\s)/iu;
const LETTER = /\p{L}/u;
const TRAILING_MARKS = /[\s,;|·•–—-]+$/u;

/** Hidden by its own markup or by that of a box between it and `byline` (rule "hidden beside the shown byline", see listItems). */
function hiddenInside(element: Element, byline: Element): boolean {
  for (let current: Element = element; current !== byline; current = current.parent as Element) {
    if (hidesItself(current)) return true;
    if (!current.parent || current.parent.type !== 'tag') return false;
  }
  return false;
}

/**
 * Rule "agency after the marked name": a byline that links its writer may credit the agency after the link, in the
 * byline's own text ("Autor: <a href="/autor/jane-doe/">Jane Doe</a>, ČTK", "<a class="author">Jane Doe</a> / PAP").
 * The agency is no marked name, but it is the story's wire source: when the byline's text ends with a comma or a
 * slash and an agency after the last name read, the agency is read as one more item.
 */
function withAgencyAfter(page: IndexedPage, byline: Element, names: string[]): string[] {
  const text = page.shortText(byline, MAX_BYLINE_CHARS);
  const last = names.at(-1);
  const at = last ? text?.lastIndexOf(last) ?? -1 : -1;
  if (at < 0) return names;
  const tail = TRAILING_AGENCY.exec(text!.slice(at + last!.length));
  return tail && agencyNamed(tail[1]) ? [...names, tail[1]] : names;
}
/** A comma or a slash and one credit after it, ending the byline. */
const TRAILING_AGENCY = /^\s*[,/]\s*([^,/]+?)\s*$/u;

/**
 * Rule "some writers linked": a byline may link only the writers who have a page on the site ("By JANE DOE, <a
 * href="/author/john-roe">JOHN ROE</a> and MAX MUSTER"), so the marked names are some of its list. The line that
 * holds them, the nearest block around the first marked name that holds them all, is the credit when it lists
 * more, each item name-shaped (a post or a date after the names is none); null otherwise.
 */
function listsMoreWriters(page: IndexedPage, byline: Element, names: string[], firstName: Element): string[] | null {
  const line = lineHoldingAll(page, byline, firstName, names);
  const items = line?.replace(BYLINE_PREFIX, '').replace(CO_WRITERS_IN_BRACKETS, ', $1').split(NAME_SEPARATOR).filter(Boolean) ?? [];
  return items.length > names.length && items.every(isNameList) ? [line!] : null;
}
/**
 * Rule "co-writers in brackets": a paper links its lead writer and adds those who helped in brackets after the link,
 * unlinked ("<a>Martin Roe</a> (avec Damien Doe et Léa Poe)", "(with Jane Doe)", "(mit Jana Roe)"); they wrote the
 * story with the linked writer, and the name cleaning reads the whole line so.
 */
const CO_WRITERS_IN_BRACKETS = /\s*\((?:avec|with|mit|con|com|met)\s+([^()]+)\)\s*$/iu;

/**
 * Rule "one line of names": a byline that marks each writer's name in an element of its own joins them in its text
 * as any list is joined ("by <span class="author-name">Jane Doe</span> and <span class="author-name">John Roe</span>
 * <time>…</time>", "By <a class="author">JANE DOE</a>, <a class="author">JOHN ROE</a>"). The reader sees one credit,
 * and it is read as one: the part of the byline's text from the first name to the last, when only a comma, an
 * ampersand or a lowercase "and" stands between each name and the next. Null otherwise: names set side by side or
 * apart by other words (a date, a role's label) are the byline's items, each read alone.
 */
export function joinedNames(page: IndexedPage, byline: Element, names: string[]): string[] | null {
  if (names.length < 2) return null;
  const text = page.shortText(byline, MAX_BYLINE_CHARS * 2);
  const start = text?.indexOf(names[0]) ?? -1;
  if (start < 0) return null;
  let end = start + names[0].length;
  for (const name of names.slice(1)) {
    const at = text!.indexOf(name, end);
    if (at < 0 || !JOINING_WORDS.test(text!.slice(end, at))) return null;
    end = at + name.length;
  }
  return [text!.slice(start, end)];
}
/**
 * What joins two names of one list: a comma, an ampersand, or "and" in a byline language, lowercase, with or without a
 * comma. Rule "note after a listed name": a writer's post or city in parentheses may follow the name before the join
 * ("<a>Jane Doe</a> (Bruxelles, correspondante) et <a>John Roe</a>"); it belongs to that writer, and the list goes on.
 */
const JOINING_WORDS = /^\s*(?:\([^()]{1,80}\)\s*)?(?:&|,(?:\s*(?:and|und|et|y|e|en|og|och|i|ve)(?=\s))?|(?:and|und|et|y|e|en|og|och|i|ve)(?=\s))\s*$/u;

/** The text of the nearest ancestor of `from`, up to the byline, that holds every name; null when it is too long. */
function lineHoldingAll(page: IndexedPage, byline: Element, from: Element, names: string[]): string | null {
  for (let holder = from; holder !== byline && holder.parent && holder.parent.type === 'tag';) {
    holder = holder.parent as Element;
    const text = page.shortText(holder, MAX_BYLINE_CHARS);
    if (text === null) return null;
    const line = withoutMarkedFields(page, holder, text);
    if (names.every((name) => line.includes(name))) return line;
  }
  return null;
}

/**
 * Rule "narrower byline inside": a byline block that also holds the date and the sharing buttons marks the writers'
 * part again ("<div class="byline"><time>…</time><button>Share</button><span class="byline-people">Jane Doe</span>
 * </div>"); read whole, the block runs the date and the buttons into the name. The marked parts inside the block
 * whose text is a name, or a list of names, are read instead, each once.
 */
function namedBylinesInside(page: IndexedPage, index: number): string[] {
  const before = page.once(bylineCandidatesBefore);
  const inside = page.once(bylineCandidates).slice(before[index + 1], before[page.walk.subtreeEnd[index]]).filter(({ text }) => isNameList(text));
  return unique(outermost(inside.map(({ element }) => element)).map((element) => withoutMarkedFields(page, element, page.shortText(element, MAX_BYLINE_CHARS) ?? '')));
}

/**
 * Rule "place and date under the writer": a signature box sets the town the story is filed from and the day on a
 * line of their own under the writer's ("Texto: Jane Doe / Fotos: John Roe" over "Almería, 29 noviembre 2026"). The
 * town is one word before the comma, no writer's full name, and the rest is the date alone.
 */
function isPlacedDate(text: string): boolean {
  const placed = PLACE_BEFORE_DATE.exec(text);
  return placed !== null && isDateOnly(placed[1]);
}
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}-]+,\s*(\S.*\d.*)$/u;

/**
 * For each walk index (and one past the last), how many byline candidates come before it in the walk: the candidates
 * inside an element are one slice of them, found without looking at the others. A container of thousands of marked
 * bylines asks for each of them.
 */
function bylineCandidatesBefore(page: IndexedPage): Int32Array {
  const { elements, position } = page.walk;
  const candidates = page.once(bylineCandidates);
  const before = new Int32Array(elements.length + 1);
  let next = 0;
  for (let index = 0; index <= elements.length; index++) {
    before[index] = next;
    while (next < candidates.length && position.get(candidates[next].element) === index) next++;
  }
  return before;
}

/**
 * Rule "byline lines": older and hand-kept templates set the writer's title or desk on a line of its own under the
 * name ("By JANE DOE<br>Staff Writer"). Each line is a credit of its own, as a list item is; read as one text, the
 * name runs into the title ("Jane Doe Gazette Staff Writer") and no name is found. A line with digits is the date
 * or time under the name ("By Jane Doe<br>March 25, 2015"), no credit; empty when the element has no line breaks
 * or every line has digits.
 */
function brokenLines(page: IndexedPage, element: Element): string[] {
  if (!element.children.some((child) => child.type === 'tag' && (child as Element).name === 'br')) return [];
  const lines: string[] = [];
  let line = '';
  for (const child of element.children) {
    if (child.type === 'text') line += (child as unknown as { data: string }).data;
    else if (child.type === 'tag' && (child as Element).name === 'br') {
      lines.push(line);
      line = '';
    } else if (child.type === 'tag') line += ` ${page.shortText(child as Element, MAX_BYLINE_CHARS) ?? ''} `;
  }
  lines.push(line);
  return lines.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text && !/\d/.test(text));
}

/**
 * The names a marked byline credits for another role (see {@link followsOtherRoleLabel}): a name element inside it
 * after that role's label, or a byline itself after one in the row it shares with the writer's (rule "roles in one
 * row": "Story by <a>Jane Doe</a> · Photos by <a>John Roe</a>", each link marked as a writer's). Rule "role in the
 * meta row": a byline box that runs the writer's link, the translator's or photographer's label and plain name, the
 * date and the reading time together ("Von <a>Jane Doe</a>, Kiew · Übersetzung: John Roe · 2. Dezember 2026 · 7
 * Min. Lesezeit") marks no element for the other role; the names after the label, up to the row's dated fields, are
 * that role's.
 */
export function otherRoleNames(page: IndexedPage, bylines: Element[]): string[] {
  const { elements, position, subtreeEnd } = page.walk;
  const names: string[] = [];
  for (const byline of bylines) {
    const index = position.get(byline)!;
    if (byline.parent?.type === 'tag' && followsOtherRoleLabel(page, byline, byline.parent as Element)) names.push(page.shortText(byline, MAX_BYLINE_CHARS) ?? '');
    for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
      if (isNameElement(elements[descendant]) && followsOtherRoleLabel(page, elements[descendant], byline)) names.push(page.shortText(elements[descendant], MAX_BYLINE_CHARS) ?? '');
    }
    const credit = OTHER_ROLE_CREDIT.exec(page.shortText(byline, MAX_BYLINE_CHARS) ?? '');
    if (credit) names.push(...creditedNames(credit[0]));
  }
  return names.filter(Boolean);
}

/**
 * Rule "another role's line in the header": a credits row that sets each role in a box of its own, no box marked as a
 * byline ("<span>كتبت: …</span> | <span>تصوير: …</span>"), gives the other role a line of its own among the article
 * header's lines; a line that opens with that role's label credits the names after it for that role.
 */
export function otherRoleLineNames(line: string): string[] {
  const credit = OTHER_ROLE_CREDIT.exec(line);
  return credit && credit.index === 0 ? creditedNames(credit[0]).filter(Boolean) : [];
}

/** The names a role's credit lists after its label, without the label and the dated fields. */
function creditedNames(credit: string): string[] {
  return credit.split(NAME_SEPARATOR).map((part) => part.replace(ROLE_LABEL_WITH_COLON, '').trim()).filter((part) => !DIGIT.test(part));
}
/** The label and colon that open a role's credit ("Übersetzung: ", "Fotos : "). */
const ROLE_LABEL_WITH_COLON = /^[^:：]{1,24}[:：]\s*/u;
const DIGIT = /\d/u;

/**
 * A name the byline credits for another role: the text right before it, inside the byline, ends in that role's
 * label ("Übersetzung <a>Jane Doe</a>", "Fotos: <a>…</a>", "Translated by <a>…</a>").
 */
export function followsOtherRoleLabel(page: IndexedPage, name: Element, byline: Element): boolean {
  for (let current: Element = name; current !== byline && current.parent && current.parent.type === 'tag'; current = current.parent as Element) {
    const before: string[] = [];
    for (let previous = current.prev; previous; previous = previous.prev) {
      if (previous.type === 'text') before.unshift((previous as unknown as { data: string }).data);
      else if (previous.type === 'tag') before.unshift(page.shortText(previous as Element, MAX_BYLINE_CHARS) ?? '');
    }
    const text = before.join(' ').trim();
    if (text) return OTHER_ROLE_LABEL.test(text) || (WORDS_CREDIT.test(text) && PHOTOGRAPHS_LABEL.test(text));
  }
  return false;
}
/**
 * The label of a translator's, photographer's, illustrator's or editor's credit, ending the text before a name; also
 * the Russian and Ukrainian ones ("Текст: <a>…</a>, фото: <a>…</a>": photo, translation, illustrations), and a
 * feature's "Story by <a>…</a> · Photos by <a>…</a>". Portuguese, Spanish and Italian papers link the photographer
 * after the picture's word and their "of" ("Texto de <a>…</a>" over "Fotografia de <a>…</a>", "Foto di <a>…</a>"), as
 * rule "picture credit after the writer's" reads them in a line's text. Rule "the editor's labelled link": Indonesian and
 * Malaysian portals set the writer's and the editor's rows side by side in one credits box, each name a profile link
 * ("Penulis: <a>…</a>" beside "Editor: <a>…</a>", "Redaktur:", "Penyunting:"), and the editor who checked the copy did
 * not write it; only with the label's colon, as a title before a name ("Managing Editor") says the writer's post.
 * Health and finance sites credit the expert who checked the piece in the byline's sentence ("Reviewed by <a>…</a>",
 * "Fact-checked by <a>…</a>"). A gallery's "Photographs by <a>…</a>" credits the pictures that are its story, and stays.
 */
const OTHER_ROLE_LABEL = new RegExp(String.raw`(?:^|[\s,·|])(?:übersetzung|übersetzt\s+von|translation|translated\s+by|traducci[oó]n|traducido\s+por|traduction|traduit\s+par|(?:photos?|photography|photographed)\s+by|(?:reviewed|fact[-\s]?checked)\s+by|fotos?|photos?|bilder?|illustrations?|illustrationen|illustrated\s+by|edited\s+by|redigiert\s+von|lektorat|(?:editor|penyunting|redaktur)(?=\s*:)|фото|перевод|переклад|иллюстрации|ілюстрації|${PICTURE_WORDS}\s+(?:di|de|da|por|par))\s*:?$`, 'iu');

/**
 * Rule "photographs beside the words": a feature credits its writer and its photographer in one line ("Words by
 * <a>…</a>. Photographs by <a>…</a>", "Text by …, photographs by …"); where the line credits the words, the
 * photographs are the other role's, as a gallery's lone "Photographs by" is not.
 */
const WORDS_CREDIT = /^(?:words|text|story|written|reporting)\s+by\b/iu;
const PHOTOGRAPHS_LABEL = /(?:^|[\s,.;·|])photographs\s+by\s*:?$/iu;

/**
 * A byline that sets each writer in a block of its own ("<div>Jane Doe</div><div>John Roe</div>", list items) is a
 * list whose separators are the blocks: its text read whole would run the names together ("Jane Doe John Roe"). A lone
 * wrapper around the blocks (a list, a row) is looked through, and elements with no text (a portrait) are passed over.
 * Rule "writer's card": a byline that sets the name and the writer's post in headings of their own beside the portrait
 * ("<a rel="author"><h4>Jane Doe</h4><h5>Redakteurin</h5><img></a>") is such a list too, whose post the name cleaning
 * drops as a role; read whole, the two run together ("Jane DoeRedakteurin"). A heading sets the card's other parts on
 * lines of their own as well ("<h4>Jane Doe</h4><a>Profile</a><a>Follow</a>"). Rule "names in spans": inline elements
 * are the items only when each holds a whole name ("<span>Jane Doe</span> <span>John Roe</span>"), as themes also set
 * one name's parts apart ("<span>Jane</span> <span>Doe</span>"). Nordic papers credit each writer's agency in the
 * writer's own span ("<span>Jane Doe/TT</span> <span>John Roe/TT</span>", "Jane Doe, NTB"): a name with the agency
 * after it is a whole item too, which read as one text would run the agency into the next name ("Jane Doe/TT John
 * Roe/TT"). Rule "hidden beside the shown byline": a template that prints a card for every writer field hides the
 * unused ones (Webflow's `<div class="post_author w-condition-invisible">John Roe</div>` after the shown card, or
 * `style="display:none"`): an item hidden by its own markup names no writer the reader is shown, and is passed over as
 * an empty one is; so are a marked name in a hidden part of the byline (see bylineTexts) and a hidden byline beside
 * the shown one (see readBylines). Returns the items when they are the element's only content, else nothing.
 */
function listItems(page: IndexedPage, element: Element): Element[] {
  const children: Element[] = [];
  for (const child of element.children) {
    if (child.type === 'tag' && (page.shortText(child as Element, MAX_BYLINE_CHARS) === '' || hidesItself(child as Element))) continue;
    if (child.type === 'tag') children.push(child as Element);
    else if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return [];
  }
  if (children.length === 1) return listItems(page, children[0]);
  if (children.every((child) => LIST_ITEM_TAGS.has(child.name)) || children.some((child) => LOWER_HEADING_TAGS.has(child.name))) return children;
  return children.every((child) => INLINE_ITEM_TAGS.has(child.name) && isNameList(withoutAgencyCredit(textWithoutAddress(page, child)))) ? children : [];
}

/** An item's name without the agency credited after it by a slash or a comma ("Jane Doe/TT" is read as "Jane Doe"). */
function withoutAgencyCredit(text: string): string {
  const credit = AGENCY_AFTER_NAME.exec(text);
  return credit && agencyNamed(credit[1]) ? text.slice(0, credit.index) : text;
}
const AGENCY_AFTER_NAME = /\s*[/,]\s*([^/,]+)$/u;

/**
 * The texts of one item of a byline list: its own items when it is a list in turn ("<div class="byline"><div
 * class="authors"><span>Jane Doe</span><span>John Roe</span></div><div class="dates">…</div></div>"), whose spans
 * read whole would run the names together ("Jane DoeJohn Roe"); else its lines when it breaks them (rule "byline
 * lines": "<h4>Authors</h4><p>Jane Doe, reporter<br>John Roe, reporter</p>", one writer a line); else its text.
 */
function itemTexts(page: IndexedPage, item: Element): string[] {
  const items = listItems(page, item);
  if (items.length > 1) return items.map((element) => textWithoutAddress(page, element));
  const lines = brokenLines(page, item);
  return lines.length > 0 ? lines : [textWithoutAddress(page, item)];
}

/**
 * Rule "e-mail beside the name": a byline item may set the writer's address in an element of its own after the
 * name ("<span class="author"><a>Jane Doe</a><span class="email">jane.doe@example.com</span></span>"), which the
 * text runs into the name ("Jane Doejane.doe@…"). The item's text without its children that hold an address alone.
 */
function textWithoutAddress(page: IndexedPage, item: Element): string {
  const text = page.shortText(item, MAX_BYLINE_CHARS) ?? '';
  if (!text.includes('@')) return text;
  const parts = item.children.map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : child.type === 'tag' ? page.shortText(child as Element, MAX_BYLINE_CHARS) ?? '' : ''));
  return parts.filter((part) => !EMAIL_ADDRESS.test(part)).join(' ').replace(/\s+/g, ' ').trim();
}
const EMAIL_ADDRESS = /^\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
const LIST_ITEM_TAGS = new Set(['div', 'li', 'p', ...LOWER_HEADING_TAGS]);
const INLINE_ITEM_TAGS = new Set(['span', 'a', 'strong', 'b']);

/**
 * A byline list that labels each field for screen readers ("Author, Jane Doe", "Role, Middle East correspondent", as
 * the BBC's World Service templates do in every language) gives the writer's role a field of its own: its text is
 * the role, no name.
 */
const ROLE_FIELD = /^(?:role|job title|position)\s*[,:]/i;

/** Drops elements nested in another selected element, so that one byline is read once. */
export function outermost(elements: Element[]): Element[] {
  const selected = new Set<AnyNode>(elements);
  const hasSelectedAncestor = (element: Element) => {
    for (let current = element.parent; current; current = current.parent) if (selected.has(current)) return true;
    return false;
  };
  return elements.filter((element) => !hasSelectedAncestor(element));
}
