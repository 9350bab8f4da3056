/**
 * Visible bylines: the last source for authors, after JSON-LD and meta tags. Reads the author line nearest the
 * headline (themes mark it with classes such as `byline`, `author`, hCard `fn`), and otherwise a short line that
 * starts with a byline word ("By …", "Von …", "بقلم …").
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { isBlank, nextElement, previousElement } from '../dom-walk';
import { ABOUT_AUTHOR_PHRASE, BYLINE_PREFIX, GENRE_ARTICLES, GENRE_CREDIT, GENRE_WORDS, INCLUSIVE_AUTHOR_LABEL, isBareDate, JAPANESE_BYLINE, JOINT_CREDIT_LABEL, KOREAN_BYLINE_LIST, NAME_SEPARATOR, OPENING_QUOTE, TAIWANESE_CREDIT_BRACKETS, TAIWANESE_REPORTER_CREDIT } from './authors';
import { parseDate } from './dates';
import { domainSpelling, spelledAsDomain } from './site-name';
import { attributeContains, caseInsensitiveInitials, containsAnyPattern, containsPattern, hasToken, IndexedPage, isHidden, LOWER_HEADING_TAGS } from './regions';

/** A byline is short; long author-class blocks are bios. */
const MAX_BYLINE_CHARS = 100;
/**
 * Words that open a byline: "By", "Von", "Par", …, Indonesian and Malay "Oleh", Hebrew "מאת", Thai "โดย"; "Autor",
 * "Autorin", "Autoren" and "Author" are how German, Spanish and English pages label the line. Columns and first-person
 * pieces open theirs with "Guest post by …" or credit the writer who took the story down ("As told to …"), and any
 * piece may open with its genre (GENRE_CREDIT: "Opinion by …", "Ein Interview von …", "Analyse von …"). Blog
 * themes and their print versions say who posted the piece ("Posted by Jane Doe on 4 May").
 * Agency copy ends with its credits ("Reporting by Jane Doe in Taipei; Editing by John Roe"), which name the
 * writers when no byline sits under the headline.
 */
const BYLINE_WORDS = [
  'by', 'reporting\\s+by', 'von', 'par', 'por', 'door', 'di', 'av', 'af', 'autor', 'autorin', 'autoren', 'autores', 'author', 'authors',
  'oleh', 'guest\\s+post\\s+by', 'posted\\s+by', 'written\\s+by', 'as\\s+told\\s+to', 'بقلم', 'كتب', 'كتبت', 'بواسطة', 'מאת', 'โดย',
];
/**
 * Arabic papers credit an interviewer ("حوار:", "حاوره:"), the writer who compiled a report ("إعداد:"), the reporter
 * ("تقرير:", "report") or the writer ("الكاتب:"); those words also open sentences ("إعداد الطعام", "الكاتب الفرنسي"), so only the labelled form, with its
 * colon, starts a byline. So do Urdu "رپورٹ:" ("report") and "تحریر:" ("writing"), Hindi "रिपोर्ट:" and "लेखक:"
 * ("report", "writer"), Persian "خبرنگار:" and "نویسنده:" ("reporter", "writer"), and Chinese and Japanese "作者：",
 * "记者：" ("author", "reporter"), whose colon is often the full-width "：". Features credit the writer as "Text:" (German,
 * French "Texte :", Spanish "Texto:") or the interviewer as "Interview:", often at the foot of the text beside the
 * picture credit; the words open sentences and headlines too, so they also count only with their colon. So do the
 * writer's labels of Russian and Bulgarian "Автор:", Serbian "Аутор:", Hungarian "Szerző:", Lithuanian "Autorius:",
 * Latvian "Autors:", Indonesian "Penulis:", Greek "Γράφει:" ("writes"), Thai "ผู้เขียน:", Tamil "எழுதியவர்:" and
 * Japanese "取材・文：" ("reporting and text"), Vietnamese "Tác giả:" ("author"), and Turkish "Haber:", "Yazan:" and
 * "Muhabir:" ("news", "written by", "reporter").
 */
const LABELLED_BYLINE_WORDS = ['text', 'texte', 'texto', 'interview', 'haber', 'yazan', 'muhabir', 'حوار', 'حاوره', 'حاورته', 'إعداد', 'اعداد', 'الكاتب', 'الكاتبة', 'تقرير', 'رپورٹ', 'تحریر', 'रिपोर्ट', 'लेखक', 'خبرنگار', 'نویسنده', '作者', '记者', '記者',
  'автор', 'аутор', 'szerző', 'autorius', 'autors', 'penulis', 'γράφει', 'ผู้เขียน', 'எழுதியவர்', '取材・文', 'tác giả'];
/**
 * Chinese features credit the text and the pictures with a slash, "文/张伟 图/李明" ("text/…", "pictures/…"): the
 * text's label opens the byline, and only with its slash, as 文 also opens words.
 */
const SLASHED_BYLINE_LABEL = '[文]\\s*[/／]';
/**
 * Rule "lowercase byline word": Romanian and Italian bylines open with a lowercase "de" or "di" ("de Andrei Popescu"),
 * words that also open sentences and French and Spanish lines in every case. Only lowercase and before two or
 * three capitalised words that end the line, the shape of a name, is the line a byline.
 */
const LOWERCASE_BYLINE = /^(?:de|di)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;
/**
 * Rule "Greek byline": Greek papers credit the writer with the article of the genitive, "of", and the name in that
 * case ("Του Γιώργου Αντωνίου", "Της Μαρίας Νικολάου", "Των … και …" for several), or with "writes" and the article
 * of the name ("Γράφει ο Γιώργος Αντωνίου", "Γράφει η …", "Γράφουν οι … και …"), no colon. The article and the verb
 * open sentences as well, so the line is a byline only when the names end it: each two or three capitalised words,
 * more writers after "και" ("and") or a comma, in the genitive with their own article or without.
 */
const GREEK_NAME = '\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){1,2}';
const GREEK_BYLINE = new RegExp(`^(?:Του|Της|Των|Γράφει\\s+(?:ο|η)|Γράφουν\\s+οι)\\s+${GREEK_NAME}(?:(?:\\s+και|,)\\s+(?:(?:του|της)\\s+)?${GREEK_NAME})*$`, 'u');
/**
 * Egyptian papers join the Arabic byline word to the name with a dash or a slash, with or without spaces ("كتب-محمود
 * سعيد", "بقلم/ خالد يوسف"); after these words the mark ends the label, as BYLINE_PREFIX reads it.
 */
const JOINED_ARABIC_BYLINE_LABEL = '(?:بقلم|كتبت?|كتبه|إعداد|اعداد|تقرير)\\s*[-–—/]';
/** Typographic decoration before the byline word ("— by Jane Doe", "// By Jane Doe"). */
const BYLINE_DECORATION = '-–—.·/';
const BYLINE_START = new RegExp(`^[\\s${BYLINE_DECORATION.replace('-', '\\-')}]*(?:(?:${BYLINE_WORDS.join('|')}|${GENRE_CREDIT})[\\s:]|(?:${LABELLED_BYLINE_WORDS.join('|')})\\s*[:：]|${SLASHED_BYLINE_LABEL}|${JOINED_ARABIC_BYLINE_LABEL})|${TAIWANESE_REPORTER_CREDIT.source}`, 'iu');
/**
 * The characters a line matching {@link BYLINE_START}, INCLUSIVE_AUTHOR_LABEL (whose forms all open with "autor" or
 * "author", byline words too), JOINT_CREDIT_LABEL ("text …", "texte …", "texto …", "testo …", "words …") or
 * GREEK_BYLINE ("Του …", "Της …", "Των …", "Γράφει …") can start with: a text starting otherwise is not read.
 */
const BYLINE_INITIALS = new Set([
  ...[...BYLINE_DECORATION].map((character) => character.charCodeAt(0)),
  ...caseInsensitiveInitials([...BYLINE_WORDS, ...GENRE_ARTICLES, ...GENRE_WORDS, ...LABELLED_BYLINE_WORDS, '文', 'text', 'words', 'Τ', 'Γ', ...TAIWANESE_CREDIT_BRACKETS]),
]);
/**
 * Class names (parts of them, any case) themes give author lines: "autor" is the German, Spanish, Polish and Italian
 * ("autore") spelling, and sites in other languages name the class in their own word for the writer: French
 * "auteur", Indonesian and Malay "penulis", Arabic "kateb". Not Turkish "yazar": its plural names the columnists'
 * box ("kose-yazarlari") that Turkish papers set beside every story.
 */
const BYLINE_CLASS = containsAnyPattern(['byline', 'author', 'autor', 'auteur', 'penulis', 'kateb', 'writer']);
/**
 * Rule "quoted author": class names of the person a quote or a customer's testimonial is by ("testimonial__author",
 * "quote-author"): someone the page quotes, not its writer.
 */
const QUOTED_AUTHOR_CLASS = containsAnyPattern(['testimonial', 'quote']);
const AUTHOR_TOKEN = new Set(['author']);
const NAME_TOKEN = new Set(['name']);
const FN_TOKEN = new Set(['fn']);
const ORG_TOKEN = new Set(['org']);
/**
 * Tags of the loose lines that may start with a byline word. Old and hand-made pages set the byline as a small
 * heading or in bold or italics, and article footers list the credits ("Autorin/Autor …") as list items.
 */
const LINE_TAGS = new Set(['p', 'span', 'div', 'section', 'address', 'li', 'h5', 'h6', 'em', 'strong', 'b', 'i', 'small', 'a']);

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
  if (containsPattern(classes, QUOTED_AUTHOR_CLASS)) return false;
  return (element.name === 'a' && (hasToken(element.attribs.rel?.toLowerCase(), AUTHOR_TOKEN) || isWriterPageLink(page, element))) || hasToken(itemprop, AUTHOR_TOKEN)
    || (element.name === 'address' && page.once(articleEnclosure)(element) && page.followsHeadline(element))
    || containsPattern(classes, BYLINE_CLASS) || (hasToken(classes, FN_TOKEN) && !hasToken(classes, ORG_TOKEN));
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
const COMPONENT_NAME_ATTRIBUTES = ['data-testid', 'data-cy', 'data-qa', 'data-component', 'data-hook'];

/**
 * Read only for elements holding a byline's worth of text: the attributes are rare, and most elements hold more or
 * none. A plain loop, as the other per-element tests of the candidate pass: a callback closing over the element's
 * attributes was a new function for every element asked.
 */
function isBylineComponent({ attribs }: Element): boolean {
  for (const attribute of COMPONENT_NAME_ATTRIBUTES) {
    const name = attribs[attribute];
    if (containsPattern(name, BYLINE_CLASS) && !containsPattern(name, QUOTED_AUTHOR_CLASS)) return true;
  }
  return false;
}

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
 * Some visible text and no more than a byline's, counted by the walk: a cheap first test, as most elements have no
 * text or much more. The collapsed text, spaces included, can still be too long.
 */
function hasBylineLength(page: IndexedPage, index: number): boolean {
  const chars = page.walk.visibleChars[index];
  return chars > 0 && chars <= MAX_BYLINE_CHARS;
}

/**
 * The marked byline elements of the page (see {@link isBylineElement}) that hold a byline's worth of text and stand
 * in the article: not in a foreign region or a picture's credit. `keep` adds a test of the element and its text.
 */
function markedBylines(page: IndexedPage, keep: (element: Element, text: string) => boolean): Element[] {
  // Found once per page: readBylines and readHiddenAccount each ask, with a test of their own.
  return page.once(bylineCandidates).filter(({ element, text }) => keep(element, text)).map(({ element }) => element);
}

function bylineCandidates(page: IndexedPage): Array<{ element: Element; text: string }> {
  const { elements } = page.walk;
  const classes = page.attributeOfAll('class');
  const itemprops = page.attributeOfAll('itemprop');
  const candidates: Array<{ element: Element; text: string }> = [];
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (!hasBylineLength(page, index)) continue;
    if (!isBylineElement(page, element, classes[index], itemprops[index]) && !isBylineComponent(element)) continue;
    if (isFormPart(page, index)) continue;
    const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (text && !page.isAnotherItemsRegion(element) && !isInFigure(page, element)) candidates.push({ element, text });
  }
  return candidates;
}

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

/** Inside a byline, the elements that hold just the name. */
function isNameElement(element: Element): boolean {
  const { class: classes, rel, itemprop, href } = element.attribs;
  return hasToken(itemprop, NAME_TOKEN) || hasToken(classes, FN_TOKEN) || attributeContains(classes, ['name'])
    || (element.name === 'a' && (hasToken(rel?.toLowerCase(), AUTHOR_TOKEN) || isWriterPageHref(href)));
}

/**
 * Author classes inside a figure credit the photographer ("Foto: …"), not the article's author. Themes that set a
 * picture without `<figure>` mark its credit as a licence or caption ("license-info", "image-caption"): the
 * "author" there is the picture's, named with its licence (a Creative Commons one, say). Rule "caption under a
 * picture": a caption class counts only after a picture in the caption's parent; some themes style the header's
 * meta row as a "caption" too ("caption meta"), with no picture before it. A class that says the block has a
 * caption somewhere inside ("hasCaption", "with-caption") names no caption.
 */
function isInFigure(page: IndexedPage, element: Element): boolean {
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

export function readBylines($: CheerioAPI, page: IndexedPage = IndexedPage.of($)): string[] {
  const { elements: all, parentIndex, position, subtreeEnd } = page.walk;
  // A marked byline inside a link that also holds a headline is a teaser's credit, as a byline-word line there is.
  // Rule "dated byline box": themes give the date row the byline's class (a "byline" box around a <time>); a box that
  // holds a date and nothing else names nobody, and the byline line after it ("Eine Kolumne von …") does.
  const elements = markedBylines(page, (element, text) => !isInTeaserLink(page, element, text) && !isDateOnly(text));
  // The article's byline follows its headline; author elements before it belong to the site header or teasers.
  const first = elements.find((element) => page.followsHeadline(element)) ?? elements[0];
  // Themes that leave their own byline unmarked ("Von <a>Jane Doe</a>") still mark the bylines of the teasers
  // further down: a byline-word line between the headline and the first marked element is the article's.
  if (first && page.followsHeadline(first)) {
    // A label alone ("<strong>Por:</strong> <a href="/autor/…">…</a>") names nobody: the marked names after it do,
    // and neither does a label kept for screen readers ("Author of the article:").
    const line = firstBylineLine(page, position.get(first)!, true, (element) => !isHidden(element));
    if (line && namesSomeone(line)) return [line];
  }
  if (first) {
    const parent = parentIndex[position.get(first)!];
    const container = parent >= 0 ? parentIndex[parent] : -1;
    const isInContainer = (element: Element) => {
      const index = position.get(element)!;
      return container >= 0 && index > container && index < subtreeEnd[container];
    };
    const siblings = elements.filter((element) => element === first || (isInContainer(element) && !startsAnotherStory(page, first, element)));
    return unique(outermost(siblings).flatMap((element) => bylineTexts(page, element)));
  }
  const suffixed: SuffixedByline = { line: null };
  const line = firstBylineLine(page, all.length, false, undefined, suffixed) ?? labelledBreakLine(page) ?? openingBreakLine(page) ?? labelledCredit(page) ?? datedCredit(page) ?? suffixed.line;
  if (line) return [line];
  const links = headerWriterLinks(page);
  if (links.length > 0) return links;
  const beside = nameBesideDate(page);
  return beside ? [beside] : [];
}

/**
 * Rule "name beside the date": a meta row under the headline may show the writer's name in a box of its own right
 * beside the date's box ("<div><span>Jane Doe</span></div><div>04. Dezember 2026</div>"), with no byline
 * word, no class a reader of the markup knows and no link, as a reader sees it: the name above or before the date.
 * Only in the article's header (after the headline, before the first paragraph of story, among the first elements
 * after the headline), only a name-shaped text in a box that holds nothing else, with no words around the two boxes
 * ("Von <span>…</span> am <span>…</span>" is a line the byline-word rules read), and only when the box next to it
 * holds a date and nothing else. A name that is a link to anything but a writer's page is a category or a tag, and
 * one inside a teaser's link credits the teaser. The last source of the byline reader.
 */
function nameBesideDate(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  const end = start === 0 ? 0 : Math.min(elements.length, start + MAX_DATED_CREDIT_DISTANCE);
  for (let index = start; index < end; index++) {
    if (elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) return null;
    if (!hasBylineLength(page, index) || !page.followsHeadlineAt(index)) continue;
    const name = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (!name || !isNameList(name) || LONG_CJK_WORD.test(name)) continue;
    const box = outermostBoxOf(page, elements[index], name);
    if (!isDateBox(page, nextElement(box)) && !isDateBox(page, previousElement(box))) continue;
    if (!hasOwnText(box.parent as Element) && !linksElsewhere(box) && !isInTeaserLink(page, box, name) && !page.isAnotherItemsRegion(box)) return name;
  }
  return null;
}

/**
 * Chinese, Japanese and Korean names are two to four characters, written without spaces: a longer run is a phrase
 * (a headline's parts set apart by a space), which the name shape, made for spaced scripts, would let through.
 */
const LONG_CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{5,}/u;

/** The outermost ancestor of the element, itself included, whose text is the same. */
function outermostBoxOf(page: IndexedPage, element: Element, text: string): Element {
  let box = element;
  while (box.parent && box.parent.type === 'tag' && page.shortText(box.parent as Element, MAX_BYLINE_CHARS) === text) box = box.parent as Element;
  return box;
}

/** A box whose text is a date and nothing else. */
function isDateBox(page: IndexedPage, box: Element | null): boolean {
  const text = box && page.shortText(box, MAX_DATE_BOX_CHARS);
  return Boolean(text) && isDateOnly(text!);
}

/** A text that reads as a date, with nothing beside it but the date's label (see {@link isBareDate}). */
function isDateOnly(text: string): boolean {
  return isBareDate(text) && parseDate(text, NO_LATER_THAN) !== null;
}
/** "Zuletzt aktualisiert am 18.11.2026, 14:30 Uhr": a date with its label and clock. */
const MAX_DATE_BOX_CHARS = 50;

/** The box is or holds a link to anything but a writer's page. */
function linksElsewhere(box: Element): boolean {
  if (box.name === 'a') return !isWriterPageHref(box.attribs.href);
  return box.children.some((child) => child.type === 'tag' && linksElsewhere(child as Element));
}

/**
 * Rule "writer's page link in the header": a meta row under the headline may credit the writer with nothing but a
 * link to the writer's page on the site ("<a href="/profile/jane-doe">Jane Doe</a> | Nov. 18", "/yazar/…",
 * "/kontributor/…", "/auteur/…"), no byline word and no class to say so. Those path words also lead to readers'
 * accounts, staff lists and people in the news, so only the article's header counts: after the headline, before
 * the first paragraph of story, among the first elements after the headline, outside sidebars and comments. The
 * link opens its row and the row is a byline's length, so a name linked inside a sentence of the dek is not read; a
 * second writer linked in the same row is, wrapped in an element of its own or not. The last visible source of the
 * byline reader.
 */
function headerWriterLinks(page: IndexedPage): string[] {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  const end = start === 0 ? 0 : Math.min(elements.length, start + MAX_DATED_CREDIT_DISTANCE);
  for (let index = start; index < end; index++) {
    const element = elements[index];
    if (element.name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) return [];
    if (element.name !== 'a' || !WRITER_PAGE_LINK.test(element.attribs.href ?? '') || !page.followsHeadlineAt(index) || page.isAnotherItemsRegion(element)) continue;
    // The link may hold the comma that sets the date after it ("<a …>Jane Doe,</a> <time>…").
    const name = page.shortTextAt(index, MAX_BYLINE_CHARS)?.replace(TRAILING_ROW_SEPARATOR, '');
    const row = name && isNameList(name) ? rowOpenedBy(page, index, name) : -1;
    if (row < 0) continue;
    const names: string[] = [];
    for (let inner = row + 1; inner < page.walk.subtreeEnd[row]; inner++) {
      const link = elements[inner];
      const text = link.name === 'a' && WRITER_PAGE_LINK.test(link.attribs.href ?? '') ? page.shortTextAt(inner, MAX_BYLINE_CHARS)?.replace(TRAILING_ROW_SEPARATOR, '') : null;
      if (text && isNameList(text)) names.push(text);
    }
    return unique(names);
  }
  return [];
}

const TRAILING_ROW_SEPARATOR = /\s*[,;|·•]$/u;

/**
 * The walk index of the row a linked name opens: the outermost ancestor of the link whose text is a byline's length
 * and starts with the name, past the wrappers that hold the link alone ("<span class="name"><a …>Jane Doe</a></span>
 * and <span …>…</span> | Nov. 18"); -1 when the link's own parent does not start with the name.
 */
function rowOpenedBy(page: IndexedPage, index: number, name: string): number {
  const { parentIndex } = page.walk;
  let row = -1;
  for (let ancestor = parentIndex[index]; ancestor >= 0; ancestor = parentIndex[ancestor]) {
    const text = page.shortTextAt(ancestor, MAX_BYLINE_CHARS);
    if (!text || !text.replace(ROW_OPENING_DECORATION, '').startsWith(name)) break;
    row = ancestor;
  }
  return row;
}
/**
 * A link to one writer's page by the path words sites use for it in the engine's languages: profile, people and
 * bio pages, staff and contributor pages (Indonesian "kontributor", "penulis"), the French "auteur", Italian "autore",
 * Turkish "yazar", and journalist or reporter pages. The path names the writer after the word. Inside a marked
 * byline such a link holds the writer's name, as an author page link does (see {@link isWriterPageHref}).
 */
const WRITER_PAGE_LINK = /\/(?:profiles?|profil|people|bio|staff|team|contributors?|kontributor|penulis|auteur|autore|yazar|journalist(?:e|en)?|giornalista|periodista|reporters?|writers?)\/[^/?#\s]/i;
/** What may precede the writer's linked name in its row: an avatar leaves nothing, a decoration a dash or a bar. */
const ROW_OPENING_DECORATION = /^[\s|·•–—-]+/u;

/**
 * "김민수 기자", "김민수·이지은 기자 minsu@example.kr", "山田太郎記者": Korean and Japanese bylines name the writers
 * first and the role after (see KOREAN_BYLINE_LIST, JAPANESE_BYLINE), so no byline word opens them. A short line
 * after the headline of that shape and nothing else, the writer's e-mail address aside, is the byline when no other
 * is found; {@link firstBylineLine} notes the first in the walk it makes anyway.
 */
interface SuffixedByline {
  line: string | null;
}
const HANGUL_SYLLABLES_START = 0xac00;
const HANGUL_SYLLABLES_END = 0xd7a3;
const CJK_IDEOGRAPHS_START = 0x4e00;
const CJK_IDEOGRAPHS_END = 0x9fff;
const TRAILING_EMAIL = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

function startsSuffixedByline(first: number): boolean {
  return (first >= HANGUL_SYLLABLES_START && first <= HANGUL_SYLLABLES_END) || (first >= CJK_IDEOGRAPHS_START && first <= CJK_IDEOGRAPHS_END);
}

function isSuffixedByline(page: IndexedPage, index: number, text: string | null): text is string {
  if (text === null || !page.followsHeadlineAt(index)) return false;
  const credit = text.replace(TRAILING_EMAIL, '');
  return (KOREAN_BYLINE_LIST.test(credit) || JAPANESE_BYLINE.test(credit)) && !page.isAnotherItemsRegion(page.walk.elements[index]);
}


/**
 * Rule "dated credit": blog themes print the date first and the writer after it, in one line under the headline
 * ("Posted on March 3, 2023 by Tom Hadley", "February 11, 2020 by Sam Ortiz", "Veröffentlicht am 3. März 2023 von
 * Max Muster", "Publié le 3 mars 2023 par Jean Dupont"), so no byline word opens the line. A short line close under
 * the headline whose opening words hold a year, followed by a byline word and a capitalised name, credits the
 * writer from that word on when those opening words read as a date ("Photo taken in 2019 by …" do not); a sentence
 * is longer than the few words a date takes. A page whose headline is no `<h1>` is read up to its first paragraph.
 */
const DATED_CREDIT = /^(.{4,60}?)\s*[,·|–—-]?\s+((?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}.*)$/u;
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
/** "Posted on Tuesday, 3 March 2023 at 10:05": the most words a date and its label take. */
const MAX_DATE_WORDS = 9;
/** The line sits among the first elements after the headline (a kicker, the dek, the meta row). */
const MAX_DATED_CREDIT_DISTANCE = 30;
/** A page without an `<h1>` is looked through until its first paragraph of story (in visible characters, spaces not counted). */
const STORY_PARAGRAPH_CHARS = 120;
/** The opening words are only asked whether they read as a date: no reference time makes one too late. */
const NO_LATER_THAN = new Date(8.64e15);
/** What a theme prints after the writer in the same row: "by Tom Hadley · 4 comments". */
const ROW_FIELD_SEPARATOR = /\s[·|•]\s/u;

function datedCredit(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  const end = start === 0 ? elements.length : Math.min(elements.length, start + MAX_DATED_CREDIT_DISTANCE);
  for (let index = start; index < end; index++) {
    if (start === 0 && elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) return null;
    if (!LINE_TAGS.has(elements[index].name) || !hasBylineLength(page, index) || !page.followsHeadlineAt(index)) continue;
    const match = DATED_CREDIT.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (!match || !YEAR.test(match[1]) || match[1].split(/\s+/).length > MAX_DATE_WORDS) continue;
    if (parseDate(match[1], NO_LATER_THAN) === null || page.isAnotherItemsRegion(elements[index])) continue;
    return match[2].split(ROW_FIELD_SEPARATOR)[0];
  }
  return null;
}

/**
 * The byline-length lines of the article's header: after the headline and before the first paragraph of story
 * prose. A credit further down may be a teaser's in a list of more stories, which no class marks as such. Read in
 * one pass, so a page with thousands of byline lines is not walked once for each of them.
 */
export function articleHeaderLines(page: IndexedPage): Set<string> {
  const { elements, visibleChars } = page.walk;
  const lines = new Set<string>();
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) break;
    const text = hasBylineLength(page, index) && page.followsHeadlineAt(index) ? page.shortTextAt(index, MAX_BYLINE_CHARS) : null;
    if (text !== null) lines.add(text);
  }
  return lines;
}

/**
 * Rule "site's name before the writer": papers credit a story to the site and its writer in one line of the header,
 * the site's name first ("هسبريس - عبد الرحيم العسري", "Harbour Times | Jane Doe"), with no byline word or class.
 * A header line whose part before the first separator spells the site's declared name or its domain, and whose rest
 * is one to three names and nothing else, credits the rest.
 */
export function readSiteCreditLine(page: IndexedPage, siteName: string | null, host: string | null): string[] {
  const domain = host ? domainSpelling(host) : '';
  const sites = new Set([siteName ? spelledAsDomain(siteName) : '', domain].filter((spelling) => spelling.length > 0));
  if (sites.size === 0) return [];
  // The header's lines as articleHeaderLines reads them; only those that start as the site's name does are built.
  const initials = caseInsensitiveInitials([siteName?.trim() ?? '', domain].filter(Boolean));
  const { elements, visibleChars } = page.walk;
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) break;
    if (!hasBylineLength(page, index) || !initials.has(page.firstCharAt(index)) || !page.followsHeadlineAt(index)) continue;
    const match = SITE_CREDIT_LINE.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (match && sites.has(siteSpelling(match[1])) && isNameList(match[2])) return [match[2]];
  }
  return [];
}
/** The site's part, a separator between spaces, and the rest. */
const SITE_CREDIT_LINE = /^(.{2,40}?)\s+[-–—|]\s+(.+)$/u;

/** The site's part of a credit line as a domain spells it; the part may be the site's address ("harbour24.example"). */
function siteSpelling(part: string): string {
  return ADDRESS_LIKE.test(part) ? domainSpelling(part) : spelledAsDomain(part);
}
const ADDRESS_LIKE = /^[^\s.]+(?:\.[^\s.]+)+$/u;

/**
 * "<div class="label">Interview</div><div class="value">Jane Doe</div>": a credits table at the foot of a feature
 * sets each role's label and the name in elements of their own, paired in a parent of their own, the writer's
 * among the photographer's and the stylist's. The label is the element's whole text, so a sentence that starts
 * with the word is not one, and only its pair is read: a paragraph that just says "Text" is no label.
 */
function labelledCredit(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_CREDIT_LABEL_CHARS || !page.followsHeadlineAt(index)) continue;
    if (!WRITER_LABEL_INITIALS.has(page.firstCharAt(index))) continue;
    const element = elements[index];
    if (!WRITER_LABEL.test(page.shortTextAt(index, MAX_CREDIT_LABEL_CHARS) ?? '') || page.isAnotherItemsRegion(element)) continue;
    const value = pairedValue(element);
    const name = value && page.shortText(value, MAX_BYLINE_CHARS);
    if (name) return name;
  }
  return null;
}

/** The element the label is paired with: the other of the only two elements in their parent, after the label. */
function pairedValue(label: Element): Element | null {
  const pair = label.parent?.children.filter((child): child is Element => child.type === 'tag') ?? [];
  return pair.length === 2 && pair[0] === label ? pair[1] : null;
}
/** The longest label {@link WRITER_LABEL} matches, with its colon and some spaces. */
const MAX_CREDIT_LABEL_CHARS = 14;
/** A writer's role alone as a label: text, words, author, interview (the interviewer wrote it up). */
const WRITER_LABELS = ['text', 'texte', 'words', 'autor(?:in)?', 'author', 'verfasser(?:in)?', 'interview'];
const WRITER_LABEL = new RegExp(`^(?:${WRITER_LABELS.join('|')})\\s*:?$`, 'iu');
/** The letters {@link WRITER_LABEL} can start with: a text starting otherwise is not read. */
const WRITER_LABEL_INITIALS = caseInsensitiveInitials(WRITER_LABELS);

/**
 * "…<br><br>Autor: Jane Doe</div>": hand-kept and older pages end the article text with labelled lines (source,
 * picture credit, writer) set apart by line breaks inside one block, so no element holds the writer's line alone.
 * Only the labelled form with its colon is read there: a line of prose after a break may start with "By" or "Von".
 */
function labelledBreakLine(page: IndexedPage): string | null {
  for (const lineBreak of page.tagged('br')) {
    if (!page.followsHeadline(lineBreak) || page.isAnotherItemsRegion(lineBreak)) continue;
    const line = lineAfterBreak(page, lineBreak);
    if (line && BREAK_LINE_LABEL.test(line)) return line;
  }
  return null;
}

/**
 * Rule "byline before a break": hand-kept and blog pages open the article's first paragraph with the byline and a
 * line break ("<p>Von Jane Doe<br>Sie ist …"), so no element holds the byline alone. Only the first paragraph after
 * the headline is read, and only its first line: further in, a line that opens with "By" or "Von" is prose or verse.
 */
function openingBreakLine(page: IndexedPage): string | null {
  const paragraph = firstParagraphAfterHeadline(page);
  const first = paragraph?.children[0];
  const read = first ? lineFrom(page, first) : null;
  return read?.endsAtBreak && BYLINE_START.test(read.line) && namesSomeone(read.line) ? read.line : null;
}

/**
 * The story's first paragraph: the first `<p>` after the headline that holds more than a byline's text, outside other
 * items' regions. Shorter ones before it are the header's meta lines (the date, the section), read by other rules.
 * Null on a page without a headline.
 */
function firstParagraphAfterHeadline(page: IndexedPage): Element | null {
  const start = page.firstAfterHeadline();
  if (start === 0) return null;
  const { elements, visibleChars } = page.walk;
  for (let index = start; index < elements.length; index++) {
    if (elements[index].name !== 'p' || visibleChars[index] <= MAX_BYLINE_CHARS || !page.followsHeadlineAt(index)) continue;
    return page.isAnotherItemsRegion(elements[index]) ? null : elements[index];
  }
  return null;
}

/** The text from a line break to the next one or the end of its block; null when it is longer than a byline. */
function lineAfterBreak(page: IndexedPage, lineBreak: Element): string | null {
  return lineBreak.next ? lineFrom(page, lineBreak.next)?.line ?? null : '';
}

/**
 * The line of a block that starts at `first` (a child of the block) and runs to the next `<br>` or the block's end,
 * whitespace collapsed, and whether a `<br>` ends it; null when it is longer than a byline.
 */
function lineFrom(page: IndexedPage, first: AnyNode): { line: string; endsAtBreak: boolean } | null {
  const parts: string[] = [];
  let endsAtBreak = false;
  for (let next: AnyNode | null = first; next; next = next.next) {
    if (next.type === 'text') parts.push((next as unknown as { data: string }).data);
    else if (next.type === 'tag' && (next as Element).name === 'br') {
      endsAtBreak = true;
      break;
    } else if (next.type === 'tag') {
      const text = page.shortText(next as Element, MAX_BYLINE_CHARS);
      if (text === null) return null;
      parts.push(` ${text} `);
    }
  }
  const line = parts.join('').replace(/\s+/g, ' ').trim();
  return line.length <= MAX_BYLINE_CHARS ? { line, endsAtBreak } : null;
}
/** The writer's label that opens a line after a break: "Autor:", "Autorin:", "Author:", "Verfasser:". */
const BREAK_LINE_LABEL = /^(?:autor(?:in|en)?|authors?|verfasser(?:in)?)\s*:\s*\S/iu;

/**
 * A page that runs several stories in one container (a weekly edition, a live blog's entries) heads each with its
 * own headline and byline: a byline with a headline between it and the first one credits another story.
 */
function startsAnotherStory(page: IndexedPage, first: Element, byline: Element): boolean {
  const { position, subtreeEnd } = page.walk;
  // A heading inside the first byline (a writer's card that sets the name as a heading) heads no story.
  const from = subtreeEnd[position.get(first)!];
  const to = position.get(byline)!;
  return STORY_HEADINGS.some((tag) => page.tagged(tag).some((heading) => {
    const at = position.get(heading)!;
    return at >= from && at < to;
  }));
}
const STORY_HEADINGS = ['h1', 'h2', 'h3'];

/**
 * A hidden hCard after the headline ("vcard rich-snippet-hidden", "screen-reader-text") is kept for search engines,
 * and themes fill it with the CMS account that posted the page. When the reader sees a byline line that names
 * someone else, the account is the uploader: returns the hidden names and that line, or null.
 */
export function readHiddenAccount(page: IndexedPage): { account: string[]; visibleLine: string } | null {
  const first = markedBylines(page, (element) => page.followsHeadline(element))[0];
  if (!first || !isHidden(first)) return null;
  const visibleLine = firstBylineLine(page, page.walk.elements.length, true, (element) => !isHidden(element));
  return visibleLine ? { account: bylineTexts(page, first), visibleLine } : null;
}


/**
 * The first short line that starts with a byline word ("By …", "Von …", "بقلم …") and ends before `end` (a walk
 * position), optionally only among those after the headline. With `suffixed`, the first Korean byline after the
 * headline is noted there on the way.
 */
function firstBylineLine(
  page: IndexedPage, end: number, afterHeadline: boolean, accept: (element: Element) => boolean = () => true, suffixed?: SuffixedByline,
): string | null {
  const { elements, subtreeEnd } = page.walk;
  for (let index = afterHeadline ? page.firstAfterHeadline() : 0; index < end; index++) {
    const element = elements[index];
    if (!LINE_TAGS.has(element.name) || subtreeEnd[index] > end || !hasBylineLength(page, index) || (afterHeadline && !page.followsHeadlineAt(index))) continue;
    const first = page.firstCharAt(index);
    if (suffixed && suffixed.line === null && startsSuffixedByline(first)) {
      const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
      if (isSuffixedByline(page, index, text)) {
        suffixed.line = text;
        continue;
      }
    }
    if (!BYLINE_INITIALS.has(first)) continue;
    const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (text && (BYLINE_START.test(text) || INCLUSIVE_AUTHOR_LABEL.test(text) || JOINT_CREDIT_LABEL.test(text) || LOWERCASE_BYLINE.test(text) || GREEK_BYLINE.test(text)) && !page.isAnotherItemsRegion(element) && accept(element)
      && !isInTeaserLink(page, element, text)) return innermostLine(page, index, text);
  }
  return null;
}

/**
 * Rule "innermost byline line": a meta row that opens with the byline ("<div><div>Autor: Jane Doe</div><div>
 * Opublikowano: 27.11.2026</div></div>", "<div><span>Av Jane Doe</span> <span>Publicerad …</span></div>") matches
 * as a whole before the line inside it does, and read whole it runs the writer into the next field ("Jane
 * DoeOpublikowano"). The line inside that opens the row is the byline, unless the row goes on with more writers
 * ("<span>By Jane Doe</span> and John Roe"); a label alone ("<strong>Por:</strong> <a>Jane Doe</a>") is no such
 * line. Looked for only once a row has matched.
 */
function innermostLine(page: IndexedPage, index: number, text: string): string {
  const inner = writerLineInside(page, index);
  return inner && text.startsWith(inner) && !MORE_WRITERS.test(text.slice(inner.length)) ? inner : text;
}
const LETTER = /\p{L}/u;
/**
 * What goes on after a writer's name with another writer: a comma, an ampersand or "and" in a byline language,
 * lowercase as it joins names ("En este artículo:" opens the next field).
 */
const MORE_WRITERS = /^\s*(?:[,&]|(?:and|und|et|y|e|en|og|och|i|a|ve)\s)/u;

/**
 * A byline line inside a link that also holds other text ("<a href=…><p>Headline</p><span>von Jane</span></a>") is
 * the credit of the teaser the link leads to, another article or a forum post. A link to the writer's own page
 * ("<a href="/author/jane"><span>Jane Doe</span><span>Reporter</span></a>") is the byline's card, not a teaser.
 */
function isInTeaserLink(page: IndexedPage, element: Element, text: string): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    if ((current as Element).name !== 'a') continue;
    if (isWriterPageHref((current as Element).attribs.href)) return false;
    const linkText = page.shortText(current as Element, MAX_BYLINE_CHARS * 4);
    return linkText === null || linkText.length > text.length;
  }
  return false;
}
/** Path parts of a writer's page on the site, as {@link isNameElement} reads links. */
const AUTHOR_PAGE_PATHS = ['/author', '/autor'];

/** A link to a writer's page: an author path part anywhere, or a writer-page path word before the writer's part. */
function isWriterPageHref(href: string | undefined): boolean {
  return attributeContains(href, AUTHOR_PAGE_PATHS) || (href !== undefined && WRITER_PAGE_LINK.test(href));
}

/** The names inside a byline element when it marks them, else its whole text. */
function bylineTexts(page: IndexedPage, element: Element): string[] {
  const { elements, position, subtreeEnd } = page.walk;
  const index = position.get(element)!;
  const names: string[] = [];
  let firstName: Element | null = null;
  let otherRoles = 0;
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (!isNameElement(elements[descendant])) continue;
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
  if (firstName) return listsMoreWriters(page, element, names, firstName) ?? names;
  // "Autor Jane Doe · Übersetzung <a>John Roe</a>": the marked names are the translator's; the writer's own line
  // in the byline names the writer.
  if (otherRoles > 0) {
    const line = writerLineInside(page, index);
    if (line) return [line];
  }
  const items = listItems(page, element);
  if (items.length > 1) return items.map((item) => page.shortText(item, MAX_BYLINE_CHARS) ?? '').filter((text) => !ROLE_FIELD.test(text));
  const inner = namedBylinesInside(page, index);
  if (inner.length > 0) return inner;
  const lines = brokenLines(page, element);
  return lines.length > 0 ? lines : [page.shortText(element, MAX_BYLINE_CHARS) ?? ''];
}

/**
 * Rule "some writers linked": a byline may link only the writers who have a page on the site ("By JANE DOE, <a
 * href="/author/john-roe">JOHN ROE</a> and MAX MUSTER"), so the marked names are some of its list. The line that
 * holds them, the nearest block around the first marked name that holds them all, is the credit when it lists
 * more, each item name-shaped (a post or a date after the names is none); null otherwise.
 */
function listsMoreWriters(page: IndexedPage, byline: Element, names: string[], firstName: Element): string[] | null {
  const line = lineHoldingAll(page, byline, firstName, names);
  const items = line?.replace(BYLINE_PREFIX, '').split(NAME_SEPARATOR).filter(Boolean) ?? [];
  return items.length > names.length && items.every(isNameList) ? [line!] : null;
}

/** The text of the nearest ancestor of `from`, up to the byline, that holds every name; null when it is too long. */
function lineHoldingAll(page: IndexedPage, byline: Element, from: Element, names: string[]): string | null {
  for (let holder = from; holder !== byline && holder.parent && holder.parent.type === 'tag';) {
    holder = holder.parent as Element;
    const line = page.shortText(holder, MAX_BYLINE_CHARS);
    if (line === null) return null;
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
  return unique(outermost(inside.map(({ element }) => element)).map((element) => page.shortText(element, MAX_BYLINE_CHARS) ?? ''));
}

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
 * A name the byline credits for another role: the text right before it, inside the byline, ends in that role's
 * label ("Übersetzung <a>Jane Doe</a>", "Fotos: <a>…</a>", "Translated by <a>…</a>").
 */
function followsOtherRoleLabel(page: IndexedPage, name: Element, byline: Element): boolean {
  for (let current: Element = name; current !== byline && current.parent && current.parent.type === 'tag'; current = current.parent as Element) {
    const before: string[] = [];
    for (let previous = current.prev; previous; previous = previous.prev) {
      if (previous.type === 'text') before.unshift((previous as unknown as { data: string }).data);
      else if (previous.type === 'tag') before.unshift(page.shortText(previous as Element, MAX_BYLINE_CHARS) ?? '');
    }
    const text = before.join(' ').trim();
    if (text) return OTHER_ROLE_LABEL.test(text);
  }
  return false;
}
/** The label of a translator's, photographer's, illustrator's or editor's credit, ending the text before a name. */
const OTHER_ROLE_LABEL = /(?:^|[\s,·|])(?:übersetzung|übersetzt\s+von|translation|translated\s+by|traducci[oó]n|traducido\s+por|traduction|traduit\s+par|fotos?|photos?|bilder?|illustrations?|illustrationen|illustrated\s+by|edited\s+by|redigiert\s+von|lektorat)\s*:?$/iu;

/** More than the byline word: a label alone ("<strong>Por:</strong>") names nobody. */
function namesSomeone(line: string): boolean {
  return LETTER.test(line.replace(BYLINE_PREFIX, ''));
}

/**
 * The writer's own line inside the byline element at this walk index: the shortest of the lines in it that start
 * with a byline word and name someone, as an enclosing block runs the line into its neighbours ("Autor Jane Doe:
 * EN").
 */
function writerLineInside(page: IndexedPage, index: number): string | null {
  const { elements, subtreeEnd } = page.walk;
  let shortest: string | null = null;
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (!LINE_TAGS.has(elements[descendant].name) || !BYLINE_INITIALS.has(page.firstCharAt(descendant))) continue;
    const text = page.shortTextAt(descendant, MAX_BYLINE_CHARS);
    if (text && BYLINE_START.test(text) && (shortest === null || text.length < shortest.length) && namesSomeone(text)) shortest = text;
  }
  return shortest;
}

/**
 * A byline that sets each writer in a block of its own ("<div>Jane Doe</div><div>John Roe</div>", list items) is
 * a list whose separators are the blocks: its text read whole would run the names together ("Jane Doe John Roe").
 * A lone wrapper around the blocks (a list, a row) is looked through, and elements with no text (a portrait) are
 * passed over. Rule "writer's card": a byline that sets the name and the writer's post in headings of their own
 * beside the portrait ("<a rel="author"><h4>Jane Doe</h4><h5>Redakteurin</h5><img></a>") is such a list too, whose
 * post the name cleaning drops as a role; read whole, the two run together ("Jane DoeRedakteurin"). A heading sets
 * the card's other parts on lines of their own as well ("<h4>Jane Doe</h4><a>Profile</a><a>Follow</a>"). Rule
 * "names in spans": inline elements are the items only when each holds a whole name ("<span>Jane Doe</span>
 * <span>John Roe</span>"), as themes also set one name's parts apart ("<span>Jane</span> <span>Doe</span>"). Returns
 * the items when they are the element's only content, else nothing.
 */
function listItems(page: IndexedPage, element: Element): Element[] {
  const children: Element[] = [];
  for (const child of element.children) {
    if (child.type === 'tag' && page.shortText(child as Element, MAX_BYLINE_CHARS) === '') continue;
    if (child.type === 'tag') children.push(child as Element);
    else if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return [];
  }
  if (children.length === 1) return listItems(page, children[0]);
  if (children.every((child) => LIST_ITEM_TAGS.has(child.name)) || children.some((child) => LOWER_HEADING_TAGS.has(child.name))) return children;
  return children.every((child) => INLINE_ITEM_TAGS.has(child.name) && isNameList(page.shortText(child, MAX_BYLINE_CHARS) ?? '')) ? children : [];
}
const LIST_ITEM_TAGS = new Set(['div', 'li', 'p', ...LOWER_HEADING_TAGS]);
const INLINE_ITEM_TAGS = new Set(['span', 'a', 'strong', 'b']);

/**
 * A byline list that labels each field for screen readers ("Author, Jane Doe", "Role, Middle East correspondent", as
 * the BBC's World Service templates do in every language) gives the writer's role a field of its own: its text is
 * the role, no name.
 */
const ROLE_FIELD = /^(?:role|job title|position)\s*[,:]/i;

/** Drops elements nested in another selected element, so that one byline is read once. */
function outermost(elements: Element[]): Element[] {
  const selected = new Set<AnyNode>(elements);
  const hasSelectedAncestor = (element: Element) => {
    for (let current = element.parent; current; current = current.parent) if (selected.has(current)) return true;
    return false;
  };
  return elements.filter((element) => !hasSelectedAncestor(element));
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

/**
 * A line that credits the editor ("Editor: Jane Doe", "Edited by …", Indonesian and Malay "Redaktur: …"). Some CMSes
 * declare the desk editor who published the piece as its author while the page shows the writer in the byline.
 */
const EDITOR_CREDIT_OPENINGS = ['editor', 'edited\\s+by', 'redaktur', 'penyunting', 'editado\\s+por', 'edici[oó]n'];
const EDITOR_CREDIT = new RegExp(`^(?:${EDITOR_CREDIT_OPENINGS.join('|')})\\s*[:：]?\\s+(.+)$`, 'iu');
/** The letters {@link EDITOR_CREDIT}'s openings start with: a text starting otherwise is not read. */
const EDITOR_CREDIT_INITIALS = caseInsensitiveInitials(EDITOR_CREDIT_OPENINGS);

/** Names the page credits as its editors, each from a short line of its own. */
export function readEditorCredits(page: IndexedPage): string[] {
  const { elements, inBody, hasBody, visibleChars } = page.walk;
  const names: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    // Body elements only, as bodyElements() lists them; an element with no visible text or too much of it has no
    // short text to credit anyone, and most are one or the other, so their children are not looked at.
    if ((hasBody && inBody[index] !== 1) || visibleChars[index] === 0 || visibleChars[index] > MAX_BYLINE_CHARS) continue;
    if (!hasOwnText(elements[index]) || !EDITOR_CREDIT_INITIALS.has(page.firstCharAt(index))) continue;
    const credit = EDITOR_CREDIT.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (credit) names.push(credit[1]);
  }
  return names;
}

/** A text child that is not whitespace alone: the element writes the line itself rather than wrapping it. */
function hasOwnText(element: Element): boolean {
  for (const child of element.children) if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return true;
  return false;
}

/** Tags that set a signature apart from the paragraphs it signs. */
const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i', 'font']);
/** A paragraph this long is prose: the signature sits before the first such paragraph or after the last. */
const PROSE_PARAGRAPH_CHARS = 150;
/** Longer than a section heading: the paragraph after a leading signature starts the text. */
const MIN_SENTENCE_CHARS = 80;
/** The signed text is an article's, not a teaser's. */
const MIN_SIGNED_PROSE_CHARS = 500;
/** A signature names one to three people. */
const MAX_SIGNATURE_CHARS = 80;
/** A name's word: capitalised ("Jane", "O'Neil", "J."), or in a script without case (Arabic, CJK). */
const SIGNATURE_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}]+)$/u;
const SIGNATURE_SEPARATOR = /\s*(?:[/,&،]|\s(?:and|und|et|y|e|و)\s)\s*/u;

/**
 * A signature paragraph: the writer's name alone in bold or italics as the first paragraph of the article text
 * ("<p><strong>Jane Doe</strong></p>") or as the last, or right-aligned after it, which is how many regional and
 * older sites credit the writer when the theme has no byline. The same look in the middle of the text is a
 * subheading. The writer's copyright notice after the text signs it too (see {@link copyrightHolder}), and so does
 * the name on the last line of the last paragraph (see {@link signatureAfterBreak}), and the name in brackets or after
 * a dash as the text's last line (see {@link closingNameLine}).
 * The last source of authors: it is a guess from layout, so a text with a signature at both ends
 * (or two) names nobody for sure and yields none.
 */
export function readSignature(page: IndexedPage): string[] {
  const { elements, position, parentIndex, visibleChars } = page.walk;
  const checked = new Set<number>();
  for (const paragraph of page.tagged('p')) {
    const container = parentIndex[position.get(paragraph)!];
    if (container < 0 || checked.has(container) || !(isSignatureLike(page, paragraph) || copyrightHolder(page, paragraph) || signatureAfterBreak(page, paragraph)
      || closingNameLine(page, paragraph))) continue;
    checked.add(container);
    const paragraphs = elements[container].children.filter((child): child is Element => child.type === 'tag' && (child as Element).name === 'p');
    const prose = paragraphs.filter((element) => visibleChars[position.get(element)!] >= PROSE_PARAGRAPH_CHARS);
    if (prose.reduce((sum, element) => sum + visibleChars[position.get(element)!], 0) < MIN_SIGNED_PROSE_CHARS) continue;
    const firstProse = paragraphs.indexOf(prose[0]);
    const lastProse = paragraphs.indexOf(prose[prose.length - 1]);
    // A leading signature is followed by the text it signs; a short line after it makes it a section heading.
    const opensText = (at: number) => at < firstProse && paragraphs[at + 1] !== undefined && visibleChars[position.get(paragraphs[at + 1])!] >= MIN_SENTENCE_CHARS
      && nextElement(paragraphs[at]) === paragraphs[at + 1];
    const signatures = paragraphs.filter((element, at) => ((opensText(at) || at > lastProse || (isRightAligned(element) && at > firstProse))
      && isSignatureLike(page, element)) || (at > lastProse && (copyrightHolder(page, element) || closingNameLine(page, element))) || (at === lastProse && signatureAfterBreak(page, element)));
    if (signatures.length === 1 && !isInComment(signatures[0])) {
      return [copyrightHolder(page, signatures[0]) ?? signatureAfterBreak(page, signatures[0]) ?? closingNameLine(page, signatures[0]) ?? page.shortText(signatures[0], MAX_SIGNATURE_CHARS)!];
    }
  }
  return [];
}

/**
 * Rule "signature after a line break": the writer's name in bold or italics on the last line of the text's last
 * paragraph, set apart from the closing sentence by a line break instead of a paragraph of its own ("… the last
 * sentence.<br><em>Jane Doe</em></p>"). The name, or null when the paragraph does not end so.
 */
function signatureAfterBreak(page: IndexedPage, paragraph: Element): string | null {
  const children = paragraph.children.filter((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  const [lineBreak, last] = children.slice(-2) as Array<Element | undefined>;
  if (children.length < 3 || last?.type !== 'tag' || !EMPHASIS_TAGS.has(last.name) || lineBreak?.type !== 'tag' || lineBreak.name !== 'br') return null;
  const name = page.shortText(last, MAX_SIGNATURE_CHARS);
  return name && isNameList(name) ? name : null;
}

/**
 * Rule "closing name line": regional papers and science sites end a story with the writer's name as a line of its
 * own in plain type, in brackets or after a dash ("(Jana Berg)", "– Jana Berg"). Only as the last block of the
 * text's container, where nothing with text follows it. After a quotation the same line says whose words those were
 * (a closing quote's or an epigraph's attribution), not who wrote the story. The name, or null.
 */
function closingNameLine(page: IndexedPage, paragraph: Element): string | null {
  const text = page.shortText(paragraph, MAX_SIGNATURE_CHARS);
  const line = text ? CLOSING_NAME_LINE.exec(text) : null;
  const name = line ? line[1] ?? line[2] : null;
  if (!name || !isNameList(name) || !closesContainer(page, paragraph)) return null;
  const before = previousElement(paragraph);
  return before && (before.name === 'blockquote' || OPENING_QUOTE.test(openingText(before))) ? null : name;
}
const CLOSING_NAME_LINE = /^(?:\(\s*([^()]+?)\s*\)|[-–—]\s*(.+))$/u;

/** No element with visible text follows the element among its siblings. */
function closesContainer(page: IndexedPage, element: Element): boolean {
  const { position, visibleChars } = page.walk;
  for (let next = nextElement(element); next; next = nextElement(next)) if (visibleChars[position.get(next)!] > 0) return false;
  return true;
}

/** The element's first words: its first text that is not whitespace, however long the element is. */
function openingText(element: Element): string {
  for (const child of element.children) {
    if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return (child as unknown as { data: string }).data.trimStart();
    if (child.type === 'tag') {
      const text = openingText(child as Element);
      if (text) return text;
    }
  }
  return '';
}

/**
 * Rule "Japanese closing credit": Japanese papers sign a story with the writer's name in brackets as its last
 * paragraph ("（山本健太）", "【山本健太】") or after its last sentence ("…と述べた。（山本健太）"), where agency copy
 * carries the agency ("（共同）", read as the wire source).
 * Only the last paragraph of its container counts, after at least two paragraphs written with kana, so a bracketed
 * name inside the text, a Chinese story's closing mark ("（完）") or a desk's name ("（編集部）") is not read. The last
 * source of authors; it reads the page's paragraphs from the end, past the footer's and the sidebars', and stops at
 * the first that closes its container.
 */
export function readJapaneseClosingCredit(page: IndexedPage): string[] {
  const paragraphs = page.tagged('p');
  for (let at = paragraphs.length - 1; at >= 0; at--) {
    const paragraph = paragraphs[at];
    if (nextSiblingParagraph(paragraph) !== null || page.isForeign(paragraph) || isInComment(paragraph)) continue;
    const text = page.shortText(paragraph, MAX_SIGNED_PARAGRAPH_CHARS) ?? '';
    const ownParagraph = text.length <= MAX_JAPANESE_CREDIT_CHARS ? JAPANESE_CLOSING_CREDIT.exec(text)?.[1] : undefined;
    const name = ownParagraph ?? APPENDED_JAPANESE_CREDIT.exec(text)?.[1];
    if (!name || DESK_NAME_END.test(name) || JAPANESE_EDITORIAL_NOTE.test(name)) return [];
    // A credit after the last sentence signs a paragraph of the story, which counts among the kana paragraphs.
    let kanaParagraphs = ownParagraph ? 0 : 1;
    for (let before = previousSiblingParagraph(paragraph); before && kanaParagraphs < MIN_SIGNED_KANA_PARAGRAPHS; before = previousSiblingParagraph(before)) {
      if (KANA.test(page.shortText(before, MAX_KANA_SAMPLE_CHARS) ?? '')) kanaParagraphs++;
    }
    return kanaParagraphs >= MIN_SIGNED_KANA_PARAGRAPHS ? [name] : [];
  }
  return [];
}
const JAPANESE_CLOSING_CREDIT = /^[（【(]\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{2,8}(?:[\s\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})?)\s*[）】)]$/u;
/** The same credit written after the last sentence of the story's last paragraph: "…と述べた。（佐藤花子）". */
const APPENDED_JAPANESE_CREDIT = /。\s*[（【(]\s*([\p{Script=Han}\p{Script=Katakana}ー・]{2,8}(?:[\s\u3000][\p{Script=Han}\p{Script=Katakana}]{1,4})?)\s*[）】)]$/u;
/**
 * Editors' notes set in the same brackets: "（敬称略）" (honorifics omitted), "（写真は…）", "（図表：…）". Hiragana
 * ("写真は市役所") is already kept out of an appended credit; these are written in kanji alone.
 */
const JAPANESE_EDITORIAL_NOTE = /^(?:一部)?敬称略$|^(?:写真|図|表|資料|動画|参考)/u;
/** Longer last paragraphs are not read for a credit after their last sentence. */
const MAX_SIGNED_PARAGRAPH_CHARS = 600;
/** A desk, a bureau or a company signs with its kind last: 編集部, 支局, 新聞社, 広報課, 取材班. */
const DESK_NAME_END = /[部局社課班室]$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_JAPANESE_CREDIT_CHARS = 16;
/** A paragraph's text is judged by its first characters; a short one is read whole. */
const MAX_KANA_SAMPLE_CHARS = 400;
const MIN_SIGNED_KANA_PARAGRAPHS = 2;

function nextSiblingParagraph(element: Element): Element | null {
  for (let next = element.next; next; next = next.next) if (next.type === 'tag') return (next as Element).name === 'p' ? (next as Element) : null;
  return null;
}

function previousSiblingParagraph(element: Element): Element | null {
  for (let previous = element.prev; previous; previous = previous.prev) if (previous.type === 'tag') return (previous as Element).name === 'p' ? (previous as Element) : null;
  return null;
}

/**
 * "<em>Jane Doe ist Architektin und …</em>", "<i>Jane Doe is a professor of …</i>": essays and guest pieces end with
 * a note on the writer in italics, a sentence that opens with the writer's name. The last source of authors, read
 * only when the page credits nobody else. The note must be set apart in italics, be a sentence of its own at most a
 * few lines long, come after the headline with no prose after it, and be the page's only one: an italic sentence
 * that introduces someone inside the text is followed by more text, or is one of several.
 */
export function readWriterNote(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const tag of NOTE_TAGS) {
    for (const note of page.tagged(tag)) {
      const text = page.shortText(note, MAX_NOTE_CHARS);
      const name = text ? WRITER_NOTE.exec(text)?.[1] : undefined;
      if (name && page.followsHeadline(note) && !page.isForeign(note) && !isInFigure(page, note) && !isInComment(note) && closesText(page, note)) names.add(name);
    }
  }
  return names.size === 1 ? [...names] : [];
}

/** No paragraph of prose follows the note's block in its container: the note ends the text. */
function closesText(page: IndexedPage, note: Element): boolean {
  const block = note.parent && note.parent.type === 'tag' && (note.parent as Element).name === 'p' ? note.parent as Element : note;
  const { position, visibleChars } = page.walk;
  for (let next = nextElement(block); next; next = nextElement(next)) {
    if (visibleChars[position.get(next)!] >= PROSE_PARAGRAPH_CHARS) return false;
  }
  return true;
}
const NOTE_TAGS = ['em', 'i'];
/** A note on the writer is two or three sentences. */
const MAX_NOTE_CHARS = 400;
/** Two or three capitalised words and "is"/"ist"/"est"/"es"/"è" with the rest of a sentence. */
const WRITER_NOTE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s+(?:ist|is|est|es|è)\s+\p{L}[^]*[.!]$/u;

/**
 * "<div>Jane Doe</div><a href=…>zu allen Rezepten vom Autor</a>": a writer's box names the writer beside a link to
 * everything the writer published ("All posts by this author", "Mehr vom Autor"). The last source of authors: the
 * name is the element right before the link, written as names are ("Autor werden" after "Impressum" in a menu is
 * no box), and only one such box may name someone.
 */
export function readAuthorLinkBox(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const link of page.tagged('a')) {
    // Asked first: the menus above the headline hold most of a page's links, whose texts need not be read.
    if (!page.followsHeadline(link)) continue;
    const text = page.shortText(link, MAX_AUTHOR_LINK_CHARS);
    if (!text || !AUTHOR_LINK_TEXT.test(text) || BYLINE_START.test(text) || page.isForeign(link)) continue;
    const previous = previousElement(link);
    const name = previous && page.shortText(previous, MAX_SIGNATURE_CHARS);
    if (name && isNameList(name)) names.add(name);
  }
  return names.size === 1 ? [...names] : [];
}
const MAX_AUTHOR_LINK_CHARS = 60;
/** The link's text speaks of the writer: "vom Autor", "der Autorin", "by this author". */
const AUTHOR_LINK_TEXT = /\b(?:autor(?:in)?|author)\b/iu;

/**
 * Rule "about the author": a page with no byline may name its writer only in a box after the text, headed "About
 * the author" ("Über die Autorin", "À propos de l'auteur", "Sobre el autor", …), which sets the name in the block
 * right after the heading, a portrait aside. Only a heading after the headline that is that phrase alone, and only a
 * name-shaped block after it; two such boxes naming different people name nobody.
 */
export function readAboutAuthorBox(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const tag of ABOUT_HEADING_TAGS) {
    for (const heading of page.tagged(tag)) {
      if (!page.followsHeadline(heading)) continue;
      const text = page.shortText(heading, MAX_ABOUT_HEADING_CHARS);
      if (!text || !ABOUT_AUTHOR_HEADING.test(text)) continue;
      const name = nameAfterHeading(page, heading);
      if (name) names.add(name);
    }
  }
  for (const name of namedAboutHeadings(page)) names.add(name);
  return names.size === 1 ? [...names] : [];
}

/**
 * Rule "about the author, then the name": the box's heading may name the writer after the phrase ("About the Author
 * - <span>Jane Doe</span>", "Über die Autorin: Jane Doe"), in a heading or in a line set as one. The line that holds
 * the phrase and the name alone, after the headline.
 */
function namedAboutHeadings(page: IndexedPage): string[] {
  const { elements, visibleChars } = page.walk;
  const names: string[] = [];
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_NAMED_ABOUT_HEADING_CHARS || !ABOUT_AUTHOR_INITIALS.has(page.firstCharAt(index))) continue;
    if (!ABOUT_LINE_TAGS.has(elements[index].name) || !page.followsHeadlineAt(index)) continue;
    const name = NAMED_ABOUT_AUTHOR_HEADING.exec(page.shortTextAt(index, MAX_NAMED_ABOUT_HEADING_CHARS) ?? '')?.[1];
    if (name && isNameList(name)) names.push(name);
  }
  return names;
}
const MAX_NAMED_ABOUT_HEADING_CHARS = 80;
const NAMED_ABOUT_AUTHOR_HEADING = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*[-–—:|]\\s*(.+)$`, 'iu');
const ABOUT_AUTHOR_INITIALS = caseInsensitiveInitials(['about', 'über', 'à', 'sobre', 'sull', 'over', 'o', 'عن']);
const ABOUT_LINE_TAGS = new Set([...LINE_TAGS, 'h2', 'h3', 'h4']);
const ABOUT_HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
const MAX_ABOUT_HEADING_CHARS = 40;
export const ABOUT_AUTHOR_HEADING = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*:?$`, 'iu');
/** Elements that hold the writer's portrait, skipped between the heading and the name. */
const PORTRAIT_TAGS = new Set(['img', 'picture', 'figure']);

/** The first block with text after the heading, among its next siblings, when it is a name and nothing else. */
function nameAfterHeading(page: IndexedPage, heading: Element): string | null {
  for (let next = nextElement(heading); next; next = nextElement(next)) {
    if (PORTRAIT_TAGS.has(next.name)) continue;
    const text = page.shortText(next, MAX_SIGNATURE_CHARS);
    return text && isNameList(text) ? text : null;
  }
  return null;
}

/**
 * "© 2019 Jane Doe" closing the text: small and personal sites sign an article with the writer's copyright notice,
 * in plain type. Only after the text: the same notice before it credits a picture.
 */
function copyrightHolder(page: IndexedPage, paragraph: Element): string | null {
  const text = page.shortText(paragraph, MAX_SIGNATURE_CHARS);
  const holder = text && COPYRIGHT_NOTICE.test(text) ? text.replace(COPYRIGHT_NOTICE, '') : null;
  return holder && isNameList(holder) ? holder : null;
}
/** The mark, the years and a "by" that open a copyright notice, before the holder's name: "© 2019–2024 by ". */
export const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(?:by\s+)?/iu;

function isSignatureLike(page: IndexedPage, paragraph: Element): boolean {
  const text = page.shortText(paragraph, MAX_SIGNATURE_CHARS);
  if (!text || !isNameList(text)) return false;
  if (isRightAligned(paragraph)) return true;
  const emphasis = paragraph.children.find((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  return emphasis !== undefined && emphasis.type === 'tag' && EMPHASIS_TAGS.has((emphasis as Element).name)
    && page.shortText(emphasis as Element, MAX_SIGNATURE_CHARS) === text;
}

/**
 * A reader's comment signs its text the same way. Other foreign regions are not excluded: themes wrap the article
 * itself in "sticky sidebar" layout boxes, and a sidebar box holds no signed prose of article length.
 */
function isInComment(element: Element): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    const { class: classes, id } = (current as Element).attribs;
    if (COMMENT_REGION.test(classes ?? '') || COMMENT_REGION.test(id ?? '')) return true;
  }
  return false;
}
/** A whole word of a class or id ("comments", "comment-list", "disqus_thread"), not a part ("noloaddisqus"). */
const COMMENT_REGION = /(?:^|[\s_-])(?:comments?|disqus|discussion|replies|respond)(?:$|[\s_-])/i;


function isRightAligned(element: Element): boolean {
  const { align, style } = element.attribs;
  return align?.toLowerCase() === 'right' || /text-align\s*:\s*right/i.test(style ?? '');
}

function isNameList(text: string): boolean {
  const names = text.split(SIGNATURE_SEPARATOR);
  return names.length <= 3 && names.every((name) => {
    const words = name.split(' ');
    return words.length >= 2 && words.length <= 4 && words.every((word) => SIGNATURE_WORD.test(word));
  });
}
