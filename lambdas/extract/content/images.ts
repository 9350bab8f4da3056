/**
 * Images inside the article, with their captions. Captions are read here and nowhere else: the text walk skips
 * caption elements, so a caption never turns into a body paragraph.
 */
import type { ArticleImage } from '../record';
import { isBlank, isHtmlWhitespace, normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, childElements, descendantElements, isElement, isLivePost, rawText } from './dom';
import type { TextStats } from './measure';
import { attributeTokens } from './tokens';
import { plainTextOf } from '../plain-text';
import { hostOf, httpUrl, withoutQuery } from '../url';
import { BOILERPLATE_TOKENS } from './vocabulary';

/** Attributes lazy-loading scripts read the real image from, most specific first. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'];
/**
 * Lazy-load attributes named after the script that reads them (`data-flickity-lazyload-srcset`,
 * `data-gallery-src`): any other data attribute whose name ends in srcset, src or lazyload, after the common
 * names above.
 */
const OTHER_LAZY_SRCSET = /^data-[\w-]*srcset$/i;
const OTHER_LAZY_SOURCE = /^data-[\w-]*(?:src|lazyload)$/i;

/** Pixels, spacers, icons, avatars and logos are not article images. Read in the address without its host. */
const NOT_A_PICTURE = /(?:pixel|spacer|blank|transparent|tracking|beacon|icon|logo|avatar|emoji|sprite|placeholder|loader|loading|gravatar)/i;

/**
 * An address without its scheme and host. The host names the site, not the picture: a paper called "The Beacon"
 * or a site on "silicon…" serves every picture from a host the words for icons and tracking beacons match.
 */
function withoutHost(url: string): string {
  return url.replace(/^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i, '');
}
/**
 * A 1×1 pixel file (`1x1.gif`, `pixel_1x1.png`), named in the file name itself. A `1x1` followed by a width
 * (`1x1-640/photo.jpg`) is a square crop of a real picture, the way `16x9-960` is a wide one.
 */
const PIXEL_FILE = /(?:^|[^a-z0-9])1x1(?![-_]?\d)[^/]*$/i;
/**
 * Decoration named by class: the same words less the lazy-loading states. A class such as `placeholder__image`
 * or `lazy loading` says the element waits for its real picture (in `data-src`), not that the picture is a
 * stand-in; only a placeholder file name says that.
 */
const DECORATION_CLASS = /(?:pixel|spacer|tracking|beacon|icon|logo|avatar|emoji|sprite|gravatar)/i;
const SMALL_IMAGE_PX = 80;
/**
 * Rule "zero-size beacon": a tracking pixel declares itself 0×0 to take no room, and its address is a script's
 * (`/collect?v=1&t=pageview`, `/tr?id=…`) or a GIF, not a photo file. Image components also print 0×0 on real
 * pictures whose size the stylesheet sets; those name a photo file (.jpg, .png, .webp, .avif).
 */
const PHOTO_FILE = /\.(?:jpe?g|png|webp|avif)$/i;
/** A link to a picture file, query or not: a picture that links to its own full size, not to a page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * Class words for a caption: English and its abbreviations (`img_cptn`, `photo-capt`), and the words newsrooms
 * use in their own language: Italian `didascalia`, French `legende`, Portuguese `legenda`, Spanish `pie-foto`,
 * German `bildunterschrift`.
 */
const CAPTION_TOKENS = [
  'caption', 'wp-caption-text', 'figcaption', 'image-caption', 'photo-caption', 'cptn', 'capt', 'legend', 'legende', 'legenda', 'didascalia',
  'pie-foto', 'piefoto', 'bildunterschrift',
];
const CREDIT_TOKENS = ['credit', 'credits', 'copyright', 'source', 'photographer', 'byline', 'author', 'attribution'];
/**
 * The label a credit opens with inside a caption: "Photo:", "Photograph:", "Foto:", Hungarian "Fotó:", Russian "Фото:",
 * "Photo credit:" and French "Crédit photo :", Arabic "تصوير:" (photographed by) and "الصورة:" / "مصدر الصورة:" (the
 * picture's source), Urdu "فوٹو:", Persian "عکس:", Hindi "फोटो:", Hebrew "צילום:", or a copyright sign. Stock
 * libraries ask for "Photo by Jane Doe on Unsplash", a label without a colon: it counts only where a sentence of
 * the caption could start (at its start, after a full stop or a dash, in brackets), so "a photo by the river"
 * stays caption. A label is a word of its own ("Telephoto: …" opens no credit), but German builds compounds on
 * "Foto", "Bild" and "Grafik" that still label the credit ("Symbolfoto:", "Archivbild:", "Infografik:"), and name
 * the picture's source with them ("Bildquelle:", "Fotonachweis:"). Maps and charts are credited the same way
 * ("Graphic:", French "Infographie :"). Japanese and Chinese captions credit with
 * 写真 (photo), 撮影 / 摄影 / 攝影 (photographed by) and a full-width colon, or, in Japanese papers, an equals sign
 * ("写真＝共同"); those scripts put no space before the label, so it only needs no letter right before it.
 */
const CREDIT_IN_TEXT = /\s*(?:(?:(?:foto|bild)(?:quelle|nachweis)|foto|bild|grafik|(?<!\p{L})(?:photo|photograph|fotó|фото|image|imagen|picture|credit|crédit|fotografía|photo credits?|crédits? photo|graphic|infographic|infographie|infografía|(?:مصدر\s+)?(?:ال)?صورة|تصوير|فوٹو|عکس|फ़ोटो|फोटो|צילום))\s*[:：]|(?<!\p{L})(?:写真|撮影|摄影|攝影)\s*[:：＝=]|©|\(c\)|(?<=^\s*|[.!?|–—-]\s+|[(]\s*)(?:(?:photo|photograph|foto|picture|image)s?\s+(?:by|von|di|par)|fotos?\s+de)\s).*$/iu;
/**
 * What joins a caption to the credit after it: "Rain in Karachi — Photo: …", "… - تصوير: …", or the bracket the
 * credit is set in ("… (تصوير: عبدالعزيز الدوسري)"). None of it belongs to the caption.
 */
const CAPTION_CREDIT_JOIN = /[\s\-–—|/]*([(（[]?)\s*$/u;

/**
 * Caption list: a gallery writes the captions of all its pictures in one box named in the plural (`legends`,
 * `captions`), often fifty of them, each about another picture. They are picture text, not article text, and
 * too many to attach to any one image.
 */
const CAPTION_LIST_TOKENS = ['captions', 'legends'];

/**
 * An image element: <img>, or AMP's <amp-img>, which AMP pages use instead and which carries the same src,
 * srcset and alt attributes.
 */
export function isImageElement(element: DomElement): boolean {
  return element.name === 'img' || element.name === 'amp-img';
}

/** Whether the element is a caption or a gallery's caption list; the text walk skips these. */
export function isCaptionElement(element: DomElement): boolean {
  if (element.name === 'figcaption') return true;
  if (element.name === 'figure' || element.name === 'picture' || isImageElement(element)) return false;
  const tokens = attributeTokens(element);
  // Most elements carry no class or id, and without their words only a figcaption or a block after a picture is a caption.
  if (tokens.size === 0) return isCaptionAfterPicture(element);
  if (CAPTION_LIST_TOKENS.some((token) => tokens.has(token)) && !containsImage(element)) return true;
  return isCaptionBox(element, tokens) || isCaptionAfterPicture(element);
}

/** A figcaption, a caption-classed block, or one right after its picture. */
function isSingleCaption(element: DomElement): boolean {
  if (element.name === 'figcaption') return true;
  if (element.name === 'figure' || element.name === 'picture' || isImageElement(element)) return false;
  return isCaptionBox(element, attributeTokens(element)) || isCaptionAfterPicture(element);
}

/**
 * The captions templates set after a picture with no class or tag to name them. Each names a block right after a bare
 * picture (`<a><img></a>`, `<div><picture>…</picture></div>`) whose text a story would not hold:
 * - Rule "credited caption after its picture": `<p>Ministers at the briefing Foto: Jane Doe/agency</p>`,
 *   `<div><p>Boats at dawn. (AP Photo/Jane Doe)</p></div>`. A story's own text does not credit a photographer.
 * - Rule "caption repeating the alt": `<img alt="Boats at dawn"><div>Boats at dawn</div>`. Templates fill both from
 *   the picture's one caption field.
 * - Rule "caption alone with its picture": `<div><img><div><em>Boats at dawn</em></div></div>`, a figure set in plain
 *   boxes. A short line that shares its box with a picture and nothing else describes the picture: the story's
 *   paragraphs stand in a box of their own, or in one with the others.
 */
function isCaptionAfterPicture(element: DomElement): boolean {
  if (!CAPTION_BLOCK_TAGS.has(element.name)) return false;
  const previous = element.parent ? adjacentElement(element, 'prev') : null;
  if (!previous || !BARE_PICTURE_TAGS.has(previous.name) || !isBarePicture(previous)) return false;
  // The body walk, the lead and the date readers all ask about the same blocks; each is judged once.
  let known = captionsAfterPictures.get(element);
  if (known === undefined) {
    known = isCreditedLine(element) || repeatsAlt(element, previous) || isAloneWithPicture(element, previous);
    captionsAfterPictures.set(element, known);
  }
  return known;
}
const captionsAfterPictures = new WeakMap<DomElement, boolean>();

function isCreditedLine(element: DomElement): boolean {
  const text = boundedText(element, PICTURE_BOX_MAX_TEXT);
  const split = text === null ? null : splitCreditInText(text);
  return split !== null && split.caption !== null && split.credit !== null;
}

function repeatsAlt(element: DomElement, picture: DomElement): boolean {
  const img = imageIn(picture);
  const alt = normalizeSpace(img?.attribs.alt ?? '');
  return alt.length >= MIN_REPEATED_ALT_CHARS && boundedText(element, PICTURE_BOX_MAX_TEXT) === alt;
}
/** The picture's image element: itself, or the first one it wraps. */
function imageIn(picture: DomElement): DomElement | undefined {
  return isImageElement(picture) ? picture : descendantElements(picture).find(isImageElement);
}

/** "Foto" or a file name repeated is no caption; a described picture's alt is a phrase. */
const MIN_REPEATED_ALT_CHARS = 12;

function isAloneWithPicture(element: DomElement, picture: DomElement): boolean {
  const box = element.parent as DomElement;
  // Inside a paragraph, a line after an inline picture is the paragraph's own text. A picture set in a <figure> has
  // its caption inside it: the text after the figure is a slide's or a section's own.
  if (box.name === 'p' || picture.name === 'figure' || !isOnlyContent(box, picture, element)) return false;
  // Inside a figure, the figcaption is the caption; the other lines are a gallery's counter or its "View 3 Images".
  if (isInFigure(box)) return false;
  // A run of boxes alike, each a picture and its line, is a photo story told in sections or a list of cards: the
  // lines are the page's text or teasers, not the captions of pictures set into a story.
  if (isInRunOfAlike(box)) return false;
  // An icon beside a line of text is a feature box or a prompt, not a described picture.
  const img = imageIn(picture);
  const url = img ? pictureUrl(img, STAND_IN_PAGE_URL) : null;
  if (!img || !url || isDecoration(img, url)) return false;
  const text = boundedText(element, LONE_CAPTION_MAX_CHARS);
  // A number alone is a gallery's counter.
  if (text === null || !WORD.test(text)) return false;
  // A head shot named for a person beside a line that opens with the name is a writer's box and its biography.
  const alt = normalizeSpace(img.attribs.alt ?? '');
  if (isNameLike(alt) && text.startsWith(`${alt} `)) return false;
  let paragraphs = element.name === 'p' ? 1 : 0;
  for (const child of descendantElements(element)) {
    if (CARD_OR_COLUMN_TAGS.has(child.name) || (child.name === 'p' && ++paragraphs > 1)) return false;
    // A caption or credit of its own inside is read by its own rule, as what it is.
    if (child.name === 'figcaption' || isCaptionBox(child, attributeTokens(child)) || isCreditBox(child)) return false;
  }
  return true;
}
const WORD = /\p{L}\p{L}/u;

/**
 * A person's name: a few words, each capitalised where the script has capitals ("Mara Holm", not "The new reading
 * room"), and not opened by an article, which German capitalises with its noun ("Der See").
 */
function isNameLike(text: string): boolean {
  const words = text.split(' ');
  return text.length > 0 && words.length <= MAX_NAME_WORDS && words.every((word) => NAME_WORD.test(word)) && !LEADING_ARTICLE.test(words[0]);
}
const MAX_NAME_WORDS = 4;
const NAME_WORD = /^[\p{Lu}\p{Lo}]/u;
const LEADING_ARTICLE = /^(?:the|an?|der|die|das|den|dem|des|ein|eine|le|la|les|une?|el|los|las|il|lo|gli|os|as|het|een)$/i;

function isInRunOfAlike(box: DomElement): boolean {
  const kind = boxKind(box);
  return (['prev', 'next'] as const).some((side) => {
    let sibling: DomNode | null | undefined = box[side];
    for (let seen = 0; sibling && seen < RUN_REACH; sibling = sibling[side]) {
      if (!isElement(sibling)) continue;
      // A story's paragraph between two such boxes sets pictures into the text; a run has none.
      if (sibling.name === 'p') return false;
      seen++;
      if (boxKind(sibling) === kind && descendantElements(sibling).some(isImageElement)) return true;
    }
    return false;
  });
}
/** A section may be set apart from the next by one block (a quote, a fact box, an ad), but not by a paragraph. */
const RUN_REACH = 2;

/** A box's tag and the first word of its class: the sections of one photo story differ in their layout words only. */
function boxKind(element: DomElement): string {
  return `${element.name} ${(element.attribs.class ?? '').trim().split(/\s+/, 1)[0]}`;
}

function isInFigure(element: DomElement): boolean {
  let ancestor: DomNode | null = element;
  for (let level = 0; ancestor && isElement(ancestor) && level <= CAPTION_REACH; level++, ancestor = ancestor.parent) {
    if (ancestor.name === 'figure') return true;
  }
  return false;
}
/** Whether a picture decorates depends on its file and box, not on the page's address, which this test may lack. */
const STAND_IN_PAGE_URL = 'https://page.invalid/';
/** Two sentences of description; longer text beside a picture is a page builder's image-and-text block. */
const LONE_CAPTION_MAX_CHARS = 250;
/** A heading, a list or a control makes a card or a text column, not a caption line; so does a second paragraph. */
const CARD_OR_COLUMN_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'form', 'button', 'input']);

/** Whether the box holds the two elements and, besides them, only whitespace and comments. */
function isOnlyContent(box: DomElement, first: DomElement, second: DomElement): boolean {
  for (const node of box.children) {
    if (node === first || node === second) continue;
    if (isElement(node) || (node.type === 'text' && !isBlank(node.data ?? ''))) return false;
  }
  return true;
}
/** What a caption is set in; a teaser card's heading or link after its picture is none. */
const CAPTION_BLOCK_TAGS = new Set(['p', 'div', 'span', 'small', 'em', 'i', 'font']);
/** A picture and what wraps it alone: a link, a paragraph, a box. */
const BARE_PICTURE_TAGS = new Set(['img', 'amp-img', 'picture', 'a', 'p', 'div', 'span', 'figure', 'noscript', 'center']);

/** A picture with nothing else: an img, a `<picture>`, or a small box (a link, a wrapper) holding one and no text. */
function isBarePicture(element: DomElement): boolean {
  if (isImageElement(element) || element.name === 'picture') return true;
  const count = { nodes: 0, pictures: 0 };
  return countPictures(element, count) && count.pictures === 1;
}

/** Counts the pictures under `element` into `count`; false at the first text, or past a picture's size. */
function countPictures(element: DomElement, count: { nodes: number; pictures: number }): boolean {
  for (const node of element.children) {
    if (++count.nodes > BARE_PICTURE_MAX_NODES) return false;
    if (node.type === 'text' && !isBlank(node.data ?? '')) return false;
    if (!isElement(node)) continue;
    if (isImageElement(node)) count.pictures++;
    else if (!countPictures(node, count)) return false;
  }
  return true;
}
/** A picture's wrappers, its `<source>`s and a lightbox link: a dozen nodes at most, whitespace included. */
const BARE_PICTURE_MAX_NODES = 24;


/**
 * The element's text collapsed, or null when it holds a picture, more than `maxChars` characters or more nodes than a
 * caption does.
 */
function boundedText(element: DomElement, maxChars: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: DomNode[] = [element];
  for (let visited = 0; stack.length > 0; visited++) {
    if (visited >= CAPTION_MAX_NODES) return null;
    const node = stack.pop() as DomNode;
    if (node.type === 'text') {
      length += (node.data ?? '').length;
      if (length > maxChars * 2) return null;
      parts.push(node.data ?? '');
    } else if (isElement(node)) {
      if (isImageElement(node)) return null;
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
    }
  }
  const text = normalizeSpace(parts.join(''));
  return text.length > 0 && text.length <= maxChars ? text : null;
}
/** A caption, its credit's element and the links and emphasis inside them. */
const CAPTION_MAX_NODES = 80;

/** A block whose class or id names a caption (`tokens`), and which holds no picture of its own. */
function isCaptionBox(element: DomElement, tokens: ReadonlySet<string>): boolean {
  if (!CAPTION_TOKENS.some((token) => tokens.has(token))) return false;
  // `wp-caption` names the whole figure box; only a box without its own picture is the caption text.
  return !containsImage(element);
}

function containsImage(element: DomElement): boolean {
  const stack: DomNode[] = [...element.children];
  for (let visited = 0; stack.length > 0 && visited < 500; visited++) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (isImageElement(node)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

export function imageOf(img: DomElement, pageUrl: string | null): ArticleImage | null {
  const url = pictureUrl(img, pageUrl);
  if (!url || isDecoration(img, url)) return null;
  const { caption, credit } = captionOf(img);
  const alt = plainTextOf(img.attribs.alt ?? '') || null;
  return { url, caption, alt: alt && isScriptUrlText(alt) ? null : alt, credit: credit ?? declaredCredit(img) };
}

/**
 * Rule "declared credit": image components keep the credit in a data attribute of the picture or of its <figure>
 * (`data-credit="Jane Doe/AP"`) and print it only on hover or in the lightbox, so the caption does not carry it.
 * Read up to the nearest <figure>, as far as {@link captionOf} looks for a caption.
 */
const CREDIT_ATTRIBUTES = ['data-credit', 'data-copyright', 'data-photographer'];

function declaredCredit(img: DomElement): string | null {
  let element: DomNode | null = img;
  for (let level = 0; element && isElement(element) && level <= CAPTION_REACH; level++, element = element.parent) {
    for (const name of CREDIT_ATTRIBUTES) {
      const credit = normalizeSpace(element.attribs[name] ?? '');
      if (credit) return credit;
    }
    if (element.name === 'figure') break;
  }
  return null;
}

/**
 * Alt text that reads as a script or data URL ("javascript:alert(1)", "data:text/html,…") describes no picture; it is
 * hostile input, and bodyHtml promises no such URL in any attribute. Browsers ignore whitespace and control
 * characters in a scheme. A data URL has a media type without spaces and a comma, so "Data: Eurostat" is alt text.
 */
function isScriptUrlText(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const written = `${text.slice(0, colon).replace(/[\u0000-\u0020\u007f]+/g, '')}${text.slice(colon)}`;
  return SCRIPT_OR_DATA_URL.test(written);
}
const SCRIPT_OR_DATA_URL = /^(?:javascript:|vbscript:|data:[^\s,]*,)/i;

/**
 * The best real URL of an image: a srcset's largest candidate first (the publisher's full-size rendition, where
 * `src` is often a small fallback), then lazy-load attributes, then the sources of an enclosing <picture>, then
 * `src` unless it is a placeholder.
 */
function pictureUrl(img: DomElement, pageUrl: string | null): string | null {
  for (const candidate of pictureCandidates(img)) {
    const url = httpUrl(candidate && addressIn(candidate), pageUrl);
    if (url) return url;
  }
  return null;
}

/**
 * Rule "address template": lazy-loading scripts keep the picture's address as a template they fill in for the
 * screen ("…/59234409_${formatId}.jpg", "…/img_{width}.jpg") or as JSON of several renditions ('{"default":
 * {"src":"//img.example/a.jpg?w=728"}}'). A template is no address a reader can load, and the next candidate is
 * asked; of JSON, the first address it holds is the picture's.
 */
function addressIn(candidate: string): string | undefined {
  // Both shapes need a brace, which nearly no address has.
  if (!candidate.includes('{')) return candidate;
  const trimmed = candidate.trim();
  if (trimmed.startsWith('{')) return firstAddressInJson(trimmed);
  return UNFILLED_TEMPLATE.test(trimmed) ? undefined : candidate;
}
const UNFILLED_TEMPLATE = /\$\{|\{\{|\{[A-Za-z_]\w*\}/;

function firstAddressInJson(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const pending = [value];
  for (let visited = 0; pending.length > 0 && visited < MAX_JSON_VALUES; visited++) {
    const next = pending.shift();
    if (typeof next === 'string' && JSON_ADDRESS.test(next) && !UNFILLED_TEMPLATE.test(next)) return next;
    if (next && typeof next === 'object') pending.push(...Object.values(next as object));
  }
  return undefined;
}
/** An absolute or protocol-relative address, as renditions are written. */
const JSON_ADDRESS = /^(?:https?:)?\/\/[^\s]+$/i;
/** A rendition list is a handful of objects; a value with more is not one, and is read no further. */
const MAX_JSON_VALUES = 200;

function* pictureCandidates(img: DomElement): Generator<string | undefined> {
  for (const name of LAZY_SRCSET_ATTRIBUTES) yield largestFromSrcset(img.attribs[name]);
  for (const name of LAZY_SOURCE_ATTRIBUTES) yield img.attribs[name];
  for (const [name, value] of Object.entries(img.attribs)) if (OTHER_LAZY_SRCSET.test(name)) yield largestFromSrcset(value);
  for (const [name, value] of Object.entries(img.attribs)) if (OTHER_LAZY_SOURCE.test(name)) yield value;
  const picture = img.parent && isElement(img.parent) && img.parent.name === 'picture' ? img.parent : null;
  for (const source of picture ? childElements(picture).filter((child) => child.name === 'source') : []) {
    const srcset = source.attribs.srcset ?? Object.entries(source.attribs).find(([name]) => OTHER_LAZY_SRCSET.test(name))?.[1];
    if (!isNarrowerThanImg(srcset, img)) yield largestFromSrcset(srcset);
  }
  const src = img.attribs.src;
  if (src && !src.startsWith('data:') && !NOT_A_PICTURE.test(withoutHost(src))) yield src;
}

/**
 * Picture box: a small block that holds an article-size picture and, at most, its caption: no links to speak
 * of, no more text than a caption. Templates wrap such pictures in lightbox `<button>`s and in boxes named
 * for their layout role (`image-widget`, `o-overlay`, `news-header__image`); those words say where the box
 * sits, not that it is furniture, so the cleaning pass keeps the box. A class word that says what the content
 * is (`ad`, `related`, `promo`, `sidebar`) still condemns it.
 */
const LAYOUT_ROLE_WORDS = new Set(['widget', 'widgets', 'overlay', 'header']);
const PICTURE_BOX_MAX_TEXT = 400;
const PICTURE_BOX_MAX_ELEMENTS = 40;

export function isPictureBox(element: DomElement, stats: TextStats | undefined): boolean {
  if (!stats || stats.elements > PICTURE_BOX_MAX_ELEMENTS || stats.chars > PICTURE_BOX_MAX_TEXT || stats.linkChars * 5 > stats.chars) return false;
  for (const token of attributeTokens(element)) if (BOILERPLATE_TOKENS.has(token) && !LAYOUT_ROLE_WORDS.has(token)) return false;
  return (isImageElement(element) ? [element] : descendantElements(element).filter(isImageElement)).some(isArticlePicture);
}

/** An img with a real picture source that is not a pixel, icon, logo or avatar. */
function isArticlePicture(img: DomElement): boolean {
  for (const candidate of pictureCandidates(img)) {
    const address = candidate && addressIn(candidate);
    if (address?.trim()) return !isDecoration(img, address);
  }
  return false;
}

/**
 * The page's own rendering of the picture it declares (og:image and the like), searched among all its images
 * before cleaning: the first one outside the page's navigation, sidebars and footer that is an article picture
 * and names the same picture. Sites declare a social-card crop or size (`…/1200/name.jpg`,
 * `ci16x9-w1200/name.jpg`) and show another (`…/1024/name.jpg`) in a page header that the body pass leaves out;
 * the shown one is the lead picture the reader sees, with its caption.
 */
export function pageRenderingOf(declaredUrl: string, images: readonly DomElement[], pageUrl: string | null): ArticleImage | null {
  const wanted = pictureIdentity(declaredUrl);
  if (!wanted) return null;
  // Any rendering's URL spells the name's longest run of ASCII letters and digits as is, percent-encoded or
  // not: a cheap first sieve before URLs are parsed.
  const key = wanted.slice(wanted.indexOf('/') + 1).split(/[^a-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const img of images) {
    if (!attributesMention(img, key)) continue;
    const url = pictureUrl(img, pageUrl);
    if (!url || pictureIdentity(url) !== wanted || isInPageRegion(img)) continue;
    const image = imageOf(img, pageUrl);
    if (image) return image;
  }
  return null;
}

/** Whether an attribute of the img, or of the <source>s beside it in a <picture>, contains `key` in any case. */
function attributesMention(img: DomElement, key: string): boolean {
  const picture = img.parent && isElement(img.parent) && img.parent.name === 'picture' ? img.parent : null;
  const elements = picture ? [img, ...childElements(picture).filter((child) => child.name === 'source')] : [img];
  return elements.some((element) => Object.values(element.attribs).some((value) => value.toLowerCase().includes(key)));
}

const PAGE_REGION_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

function isInPageRegion(img: DomElement): boolean {
  for (let element: DomNode | null = img.parent; element && isElement(element); element = element.parent) {
    if (PAGE_REGION_TAGS.has(element.name)) return true;
  }
  return false;
}

/**
 * What names a picture across its renditions: the host and the picture's file name without its size parts
 * (`name-588x336.png` → `name`), or, when that name is generic or only a size (`wide__980x551`,
 * `master/4616.jpg`), the nearer of the two folders above it with a specific name. Image CDNs keep the file
 * name or id and change the size and crop around it. A proxy CDN that fetches the original from a `url=`
 * parameter is read by that original. A name is specific when it has 8+ characters and a digit, hyphen or
 * underscore; the rest (`image`, `original`, `90`) could be any picture.
 */
const SIZE_PART = /[-_]*(?:\d+x\d+|w_?\d+)(?=$|[-_.,])/gi;
const SPECIFIC_NAME = /^(?=.{8,})(?=.*[\d_-]).*$/;

function pictureIdentity(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const original = parsed.searchParams.get('url');
  if (original && /^https?:\/\//i.test(original)) return pictureIdentity(original);
  const segments = parsed.pathname.split('/').filter(Boolean);
  for (const segment of segments.slice(-3).reverse()) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      name = segment;
    }
    name = name.toLowerCase().replace(/\.[a-z0-9]{2,5}$/, '').replace(SIZE_PART, '');
    if (SPECIFIC_NAME.test(name)) return `${parsed.hostname}/${name}`;
  }
  return null;
}

/**
 * A <source> whose widest candidate is narrower than the <img> it stands beside says it is: a small modern-format
 * copy for small screens (`<source type="image/webp" srcset="…w_424… 424w">` next to `<img src="…w_1456…"
 * width="1456">`), so the img's own source is the picture at its size.
 */
function isNarrowerThanImg(srcset: string | undefined, img: DomElement): boolean {
  const imgWidth = parseInt(img.attribs.width ?? '', 10);
  if (!srcset || !(imgWidth > 0)) return false;
  const widths = [...srcset.slice(0, 20000).matchAll(/\s(\d+)w(?:\s*,|\s*$)/g)].map((match) => Number(match[1]));
  return widths.length > 0 && Math.max(...widths) < imgWidth;
}

/**
 * `a.jpg 480w, b.jpg 1024w` → b.jpg; density descriptors (2x) are compared the same way. Read as browsers read it:
 * a candidate's URL runs to the next whitespace (image CDNs put commas inside it, `w_640,c_fill/…`), and its
 * descriptor runs to the next comma, which minified pages write without a space after it (`a.jpg 480w,b.jpg 1024w`).
 */
export function largestFromSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  const text = srcset.slice(0, 20000);
  let best: string | undefined;
  let bestSize = -1;
  let index = 0;
  while (index < text.length) {
    while (index < text.length && (text[index] === ',' || isHtmlWhitespace(text.charCodeAt(index)))) index++;
    let end = index;
    while (end < text.length && !isHtmlWhitespace(text.charCodeAt(end))) end++;
    if (end === index) break;
    let url = text.slice(index, end);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      index = end;
    } else {
      const comma = text.indexOf(',', end);
      const stop = comma < 0 ? text.length : comma;
      descriptor = text.slice(end, stop).trim();
      index = stop + 1;
    }
    const size = parseFloat(descriptor) || 0;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/**
 * Whether the address, without its query, names a decoration: a vector graphic or a favicon (`.svg`, `.ico`), a
 * pixel file, a file named for an unset value, or a file or folder named for an icon, logo, placeholder and the
 * like. Sites declare such a picture as their og:image when an article has none (`social_placeholder.png`,
 * `site_FB_logo.jpg`, `apple-touch-icon.png`).
 */
export function namesDecoration(path: string): boolean {
  return /\.(?:svg|ico)$/i.test(path) || NOT_A_PICTURE.test(withoutHost(path).split('/').slice(-2).join('/')) || PIXEL_FILE.test(path) || namesUnsetFile(path);
}

/**
 * Rule "unset file name": an address a template joined from the site's folder and a variable holding nothing
 * ("https://example.com/images/undefined", "/media/None"): the picture field was left empty (see `isUnsetValue`).
 */
export function namesUnsetFile(path: string): boolean {
  return UNSET_FILE.test(path);
}
const UNSET_FILE = /\/(?:undefined|null|None)$/;

function isDecoration(img: DomElement, url: string): boolean {
  const width = parseInt(img.attribs.width ?? '', 10);
  const height = parseInt(img.attribs.height ?? '', 10);
  if ((width > 0 && width < SMALL_IMAGE_PX) || (height > 0 && height < SMALL_IMAGE_PX)) return true;
  if (declaredWidth(url) < SMALL_IMAGE_PX) return true;
  const path = withoutQuery(url);
  if (width === 0 && height === 0 && !PHOTO_FILE.test(path)) return true;
  if (namesDecoration(path) || DECORATION_CLASS.test(img.attribs.class ?? '')) return true;
  return isBylinePortrait(img) || isOtherStoryThumbnail(img) || isInOtherArticle(img) || isStoryCardPicture(img) || isPlayerPoster(img) || isLinkIcon(img) || isAdBanner(img, url) || isAppStoreBadge(img);
}

/** The app stores' hosts: a link there asks the reader to install the publisher's app. */
const APP_STORE_HOST = /^(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com|appgallery\.huawei\.com)$/i;
const APP_STORE_COMPANY = /google|apple|huawei/i;

/**
 * App-store badge: a picture linked to an app store ("Get it on Google Play", "Download on the App Store") is the
 * publisher's invitation to install its app, which templates drop into the text; it never illustrates the story.
 */
function isAppStoreBadge(img: DomElement): boolean {
  const href = parentLink(img)?.attribs.href;
  // Only a link that names a store's company is parsed for its host: most linked pictures link the site's own pages.
  const host = href && APP_STORE_COMPANY.test(href) ? hostOf(href) : null;
  return host !== null && APP_STORE_HOST.test(host);
}

/** The link the picture sits in directly, if any. */
function parentLink(img: DomElement): DomElement | null {
  return img.parent && isElement(img.parent) && img.parent.name === 'a' ? img.parent : null;
}

/** The standard display ad sizes (IAB): medium rectangle, leaderboard, skyscrapers, half page, billboard, mobile banners. */
const AD_UNIT_SIZES = new Set(['300x250', '728x90', '160x600', '120x600', '300x600', '970x250', '970x90', '320x50', '320x100', '468x60', '336x280']);

/**
 * Ad banner: a picture in a standard display-ad size, by its width and height or by the size in its file name
 * ("ad-bank-300x250.jpg"), inside a link to another site than the one it is served from. Sites place sold banners
 * in the text as plain linked pictures, with no class that names them an ad; an article picture is neither cut to
 * those sizes nor a link away.
 */
function isAdBanner(img: DomElement, url: string): boolean {
  const link = parentLink(img);
  if (!link?.attribs.href) return false;
  if (isWideStrip(img, url) && !IMAGE_FILE.test(link.attribs.href)) return true;
  const declared = `${parseInt(img.attribs.width ?? '', 10)}x${parseInt(img.attribs.height ?? '', 10)}`;
  const named = /(\d{2,3}x\d{2,3})(?=\.\w+(?:[?#]|$))/.exec(withoutQuery(url))?.[1];
  if (!AD_UNIT_SIZES.has(declared) && !(named && AD_UNIT_SIZES.has(named))) return false;
  const linkHost = hostOf(link.attribs.href);
  const pictureHost = hostOf(url);
  return linkHost !== null && pictureHost !== null && linkHost !== pictureHost;
}

/**
 * Rule "linked strip": a linked picture at least this many times wider than tall is a banner (a sponsor's strip,
 * a leaderboard in a size of the site's own), which ad plugins drop between paragraphs; a story's picture, even a
 * wide one, is not a link away, or links to its own full-size file.
 */
const BANNER_ASPECT = 3.5;
const SIZE_IN_NAME = /(\d{2,4})x(\d{2,4})(?=[^/]*$)/;

/** Whether the picture is a wide strip, by its width and height or else by the size a rendition's file name gives. */
function isWideStrip(img: DomElement, url: string): boolean {
  const width = parseInt(img.attribs.width ?? '', 10);
  const height = parseInt(img.attribs.height ?? '', 10);
  if (width > 0 && height > 0) return width >= height * BANNER_ASPECT;
  const named = SIZE_IN_NAME.exec(withoutQuery(url)) ?? SIZE_IN_NAME.exec((img.attribs.srcset ?? '').split(/\s/)[0]);
  return named !== null && Number(named[1]) >= Number(named[2]) * BANNER_ASPECT;
}

/** A link's label beside its icon is a word or three ("Print", "أرسل لصديق", "Email this story"). */
const MAX_ICON_LABEL_WORDS = 3;

/**
 * Rule "linked story card": a picture that sits in one link with a headline (a heading of three words or more), as a
 * card that points to another page: a teaser of another story set into the text, which templates wrap in a
 * <figure> like the story's own pictures, the teaser's headline and summary in its <figcaption>. The story's own
 * picture links to nothing, or to its full-size file.
 */
function isStoryCardPicture(img: DomElement): boolean {
  let link: DomNode | null = img.parent;
  for (let level = 0; level < STORY_CARD_LEVELS && link && isElement(link) && link.name !== 'a'; level++) link = link.parent;
  if (!link || !isElement(link) || link.name !== 'a' || !link.attribs.href || IMAGE_FILE.test(link.attribs.href)) return false;
  return descendantElements(link).some((element) => CARD_HEADING.test(element.name) && normalizeSpace(rawText(element)).split(' ').length >= MIN_CARD_HEADLINE_WORDS);
}
/** From the img through a card's picture boxes to the link around the card. */
const STORY_CARD_LEVELS = 4;
const CARD_HEADING = /^h[2-6]$/;
const MIN_CARD_HEADLINE_WORDS = 3;

/**
 * Link icon: a picture without alt text inside a link that names itself in a word or three ("<a><img
 * src="print.gif"> طباعة</a>", the print and send-to-a-friend tools of older templates). The words say what the link
 * does and the picture only decorates them; a linked article picture has no label beside it or, as a teaser's,
 * a headline of several words.
 */
function isLinkIcon(img: DomElement): boolean {
  if (img.attribs.alt?.trim()) return false;
  const link = parentLink(img);
  if (!link) return false;
  const label = normalizeSpace(rawText(link));
  return label !== '' && label.split(' ').length <= MAX_ICON_LABEL_WORDS && !IMAGE_FILE.test(link.attribs.href ?? '');
}

/**
 * Width the image CDN is asked to render, where the URL says it: `?w=40`, `?width=40`, `-w35/`, `w_40,`.
 * Thumbnails of bylines and list icons are requested this small although their markup carries no width; an
 * article picture never is. Infinity when the URL names no width. A bare `16x9` is an aspect ratio, not a size,
 * so `WxH` path parts are not read.
 */
const WIDTH_PARAMETER = /[?&](?:w|width|imwidth)=(\d{1,5})(?:&|$)/i;
const WIDTH_IN_PATH = /(?:^|[/_,-])w_?(\d{1,5})(?=$|[/_,.-])/i;

function declaredWidth(url: string): number {
  const parameter = WIDTH_PARAMETER.exec(url);
  if (parameter) return Number(parameter[1]);
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const size = WIDTH_IN_PATH.exec(path);
  return size && Number(size[1]) > 0 ? Number(size[1]) : Infinity;
}

/**
 * Byline portrait: the writer's head shot beside the byline, in a box the template names for the author. It
 * shows who wrote the story, not the story, and sits in the header right next to the lead picture. Four levels
 * reach from the img through <picture>, the link to the author page and the byline box. Class values such as
 * `author-profile` are read by their first word too: the token splitter keeps `author-…` whole because CMSs
 * print the post's author as a class of that form, but only on the page or post wrapper (<body>, <article>),
 * where this walk stops. A box named for a picture's author (`image-author-license`) holds a photo credit.
 */
const BYLINE_TOKENS = new Set(['author', 'authors', 'byline', 'bylines', 'contributor', 'contributors']);
const BYLINE_PORTRAIT_LEVELS = 4;
/** `image-author`, `photo-author`: the picture's own author, its credit line, which sits beside every photo. */
const PICTURE_AUTHOR = /^(?:image|img|photo|picture|foto|bild|media)-(?:author|authors)$/;

function isBylinePortrait(img: DomElement): boolean {
  let element: DomNode | null = img;
  for (let level = 0; element && isElement(element) && level <= BYLINE_PORTRAIT_LEVELS; level++, element = element.parent) {
    if (isPostWrapper(element)) return false;
    const words = [...boxWords(element)];
    if (words.some((word) => PICTURE_AUTHOR.test(word))) continue;
    if (words.some((word) => BYLINE_TOKENS.has(word) || BYLINE_TOKENS.has(firstWordPart(word)))) return true;
  }
  return false;
}

/** The part of a token before its first hyphen or underscore (`author-profile` → `author`), the whole token without one. */
function firstWordPart(token: string): string {
  for (let index = 0; index < token.length; index++) if (token[index] === '-' || token[index] === '_') return token.slice(0, index);
  return token;
}

/**
 * Player poster: the still that a video or audio player shows until it is started, in a box the template names
 * for the player. It stands for a clip, often of another story; the story's own pictures are elsewhere.
 */
export const PLAYER_TOKENS = new Set(['player', 'videoplayer', 'video-player', 'audioplayer', 'audio-player', 'jwplayer']);
const PLAYER_POSTER_LEVELS = 6;

function isPlayerPoster(img: DomElement): boolean {
  return nearBoxNamed(img, PLAYER_POSTER_LEVELS, (token) => PLAYER_TOKENS.has(token));
}

/**
 * Other story's thumbnail: a picture in a box of links to other stories (`list--related`, `most-read`). Such a
 * box survives cleaning when its teasers carry summaries, which read as prose; its pictures illustrate those
 * stories. Ten levels reach from the img, or its <noscript> copy, through a teaser card (picture, figure, link,
 * card, list item) to the list that the template names. Teaser cards are often <article>s themselves, so the
 * walk goes through an <article> that holds no <h1>; the story's own <article>, with its headline, ends it.
 */
const OTHER_STORIES_TOKENS = new Set([
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirculation', 'readmore', 'readalso', 'more-stories', 'morestories',
  'popular', 'mostread', 'most-read', 'most-viewed', 'trending', 'outbrain', 'taboola',
]);
const OTHER_STORIES_LEVELS = 10;

function isOtherStoryThumbnail(img: DomElement): boolean {
  return nearBoxNamed(img, OTHER_STORIES_LEVELS, (token) => OTHER_STORIES_TOKENS.has(token), isStoryWrapper);
}

/**
 * Another story's <article>: HTML nests an <article> inside another for a piece related to it (a teaser of
 * another story, a reader's comment), and a run of sibling <article>s that link to their stories by headline
 * is a list of stories (a teaser grid, a slider of recent posts). A picture whose nearest <article> is such a
 * piece, short (under 600 characters) and without a headline, belongs to that other piece. The story's own
 * <article> holds the <h1> or, where the page puts the <h1> outside it (and maybe wraps it in a second
 * <article>), is long; the short sections of a photo story link to no headline, and a live blog's posts are the
 * story's own.
 */
const TEASER_MAX_CHARS = 600;

function isInOtherArticle(img: DomElement): boolean {
  let element: DomNode | null = img.parent;
  while (element && isElement(element) && element.name !== 'article') element = element.parent;
  if (!element || !isElement(element) || isStoryWrapper(element) || isLivePost(element) || textLengthUpTo(element, TEASER_MAX_CHARS) >= TEASER_MAX_CHARS) return false;
  for (let outer: DomNode | null = element.parent; outer && isElement(outer); outer = outer.parent) if (outer.name === 'article') return true;
  return hasArticleSibling(element) && hasHeadlineLink(element);
}

/** A link whose text reads as a headline (three words or more): what a teaser card points to its story with. */
function hasHeadlineLink(card: DomElement): boolean {
  return descendantElements(card).some((element) => element.name === 'a' && !!element.attribs.href && normalizeSpace(rawText(element)).split(' ').length >= 3);
}

function hasArticleSibling(article: DomElement): boolean {
  return !!article.parent && childElements(article.parent).some((sibling) => sibling !== article && sibling.name === 'article');
}

/** Characters of text under the element, counted up to `limit`. */
function textLengthUpTo(element: DomElement, limit: number): number {
  let length = 0;
  const stack: DomNode[] = [...element.children];
  while (stack.length > 0 && length < limit) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') length += (node.data ?? '').trim().length;
    else if (isElement(node) && node.name !== 'script' && node.name !== 'style') for (const child of node.children) stack.push(child);
  }
  return length;
}

/**
 * Whether the img or one of its nearest ancestors has a class or id word that names its box. The walk stops at
 * the page or post wrapper (`isWrapper`), whose words describe the whole story.
 */
function nearBoxNamed(img: DomElement, levels: number, names: (token: string) => boolean, isWrapper = isPostWrapper): boolean {
  let element: DomNode | null = img;
  for (let level = 0; element && isElement(element) && level <= levels; level++, element = element.parent) {
    if (isWrapper(element)) return false;
    for (const token of boxWords(element)) if (names(token)) return true;
  }
  return false;
}

/**
 * The class and id words that say what a box is. A state modifier (`has-recommendations`, `with-related`,
 * `is-video`) says what the box contains or how it looks: a story wrapper that `has-recommendations` below the
 * text is still the story, so the words of such values are left out.
 */
const STATE_MODIFIER_PREFIX = '(?:has|with|is|no)[-_]';
const STATE_MODIFIER = new RegExp(`^${STATE_MODIFIER_PREFIX}`, 'i');
/** A class list with a value that begins as a state modifier: only such lists are split to find them. */
const HAS_STATE_MODIFIER = new RegExp(`(?:^|\\s)${STATE_MODIFIER_PREFIX}`, 'i');

function boxWords(element: DomElement): Iterable<string> {
  const tokens = attributeTokens(element);
  // Most boxes carry no class or id: no words, and no state modifier to look for.
  if (tokens.size === 0) return tokens;
  const className = element.attribs.class ?? '';
  if (!HAS_STATE_MODIFIER.test(className)) return tokens;
  const modifiers = className.split(/\s+/).filter((value) => STATE_MODIFIER.test(value));
  if (modifiers.length === 0) return tokens;
  const modifierWords = new Set(modifiers.flatMap((value) => [value.toLowerCase(), ...value.toLowerCase().split(/[-_]+/)]));
  return [...tokens].filter((token) => !modifierWords.has(token));
}

function isPostWrapper(element: DomElement): boolean {
  return element.name === 'body' || element.name === 'main' || element.name === 'article';
}

const holdsHeadline = new WeakMap<DomElement, boolean>();

function isStoryWrapper(element: DomElement): boolean {
  if (element.name === 'body' || element.name === 'main') return true;
  if (element.name !== 'article') return false;
  let known = holdsHeadline.get(element);
  if (known === undefined) {
    known = descendantElements(element).some((child) => child.name === 'h1');
    holdsHeadline.set(element, known);
  }
  return known;
}

/**
 * The caption beside the image: a caption child of one of its three nearest ancestors, stopping at <figure>.
 * Only direct children are looked at, so a caption of another image further down the article is never borrowed.
 * Rule "caption right after": editors that wrap each picture in a paragraph set its caption in the paragraph
 * after it, so a container holds several pictures and their captions in turn; the caption next to the branch
 * that holds the img is that picture's, where the first caption in the container would be the first picture's.
 */
/** How many ancestors of a picture may hold its caption or credit: its figure and a wrapper or two inside it. */
export const CAPTION_REACH = 3;

function captionOf(img: DomElement): { caption: string | null; credit: string | null } {
  let branch: DomElement = img;
  let container: DomNode | null = img.parent;
  for (let level = 0; container && isElement(container) && level < CAPTION_REACH; level++, branch = container, container = container.parent) {
    const next = adjacentElement(branch, 'next');
    const captionElement = next && isSingleCaption(next) ? next : captionAmongChildren(container);
    if (captionElement) return splitCredit(captionElement);
    if (container.name === 'figure') break;
  }
  return { caption: null, credit: null };
}

/**
 * The caption among a picture box's children. A box with more children than a picture's is the story's container,
 * whose captions belong to its other pictures: reading all of them for each picture took minutes on a page of
 * 20,000 pictures each followed by a paragraph.
 */
function captionAmongChildren(container: DomElement): DomElement | undefined {
  let children = 0;
  for (const child of container.children) if (isElement(child) && ++children > MAX_PICTURE_BOX_CHILDREN) return undefined;
  return childElements(container).find(isSingleCaption);
}
/** A picture, its caption, its credit and a few wrappers and sources. */
const MAX_PICTURE_BOX_CHILDREN = 12;

/** The element beside this one on `side`, when only whitespace (or a comment) stands between them. */
function adjacentElement(element: DomElement, side: 'prev' | 'next'): DomElement | null {
  for (let node = element[side]; node; node = node[side]) {
    if (isElement(node)) return node;
    if (node.type === 'text' && !isBlank(node.data ?? '')) return null;
  }
  return null;
}

/** A caption element's text and the picture credit it holds, in an element of its own or at the end of its text. */
export function splitCredit(captionElement: DomElement): { caption: string | null; credit: string | null } {
  const creditElement = descendantElements(captionElement).find(isCreditBox) ?? closingSmallPrint(captionElement);
  if (creditElement) {
    // The caption is read around the credit's element: its words may also be in the caption ("… Moroso design. Moroso").
    const credit = normalizeSpace(rawText(creditElement));
    const caption = normalizeSpace(shownText(captionElement, creditElement));
    // A copyright sign set in an element of its own before the credit's ("…supply. <span>©</span><span>zvg</span>")
    // opens the credit, not the caption.
    const sign = DANGLING_COPYRIGHT.exec(caption);
    if (sign && credit) return { caption: caption.slice(0, sign.index) || null, credit: `${sign[1]} ${credit}` };
    return { caption: caption || null, credit: credit || null };
  }
  return splitCreditInText(normalizeSpace(shownText(captionElement)));
}

const DANGLING_COPYRIGHT = /\s*(©|\(c\))$/iu;

export function isCreditBox(element: DomElement): boolean {
  const tokens = attributeTokens(element);
  return CREDIT_TOKENS.some((token) => tokens.has(token));
}

/**
 * Rule "closing small print": a caption that ends in a <small> sets the credit in small print after the caption
 * ("Sheep on the dyke. <small>Jane Doe</small>"), with no label or class to name it. Only a credit's length of it
 * counts, after text of the caption's own: templates also set a whole caption in small print.
 */
function closingSmallPrint(captionElement: DomElement): DomElement | undefined {
  const last = childElements(captionElement).at(-1);
  if (!last || last.name !== 'small' || (last.next && rawText(last.next).trim())) return undefined;
  const small = normalizeSpace(rawText(last));
  const whole = normalizeSpace(rawText(captionElement));
  return small.length <= MAX_BARE_CREDIT_CHARS && whole.length > small.length ? last : undefined;
}

/**
 * The caption's text as readers see it, without the element `left` out of it: labels kept for screen readers only ("<span class="visually-hidden">Caption,
 * </span>", which the BBC's templates put before every caption) are no part of it. The body pass has removed them
 * already; a rendering of the lead picture is read from the page before that.
 */
function shownText(captionElement: DomElement, left?: DomElement): string {
  if (!left && !descendantElements(captionElement).some(isScreenReaderOnly)) return rawText(captionElement);
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (isElement(node) && node !== left && !isScreenReaderOnly(node)) for (const child of node.children ?? []) visit(child);
  };
  visit(captionElement);
  return parts.join('');
}
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text)(?:\s|$)/;

export function isScreenReaderOnly(element: DomElement): boolean {
  return SCREEN_READER_ONLY.test(element.attribs.class ?? '');
}

/**
 * "Boats at dawn. Photo: Jane Doe": a credit written at the end of the caption text. A short text that is nothing
 * but a credit ("Foto: Jane Doe", "© Jane Doe", "Getty Images") is the credit, with no caption; a longer one that
 * opens with "©" or "Bild:" runs on into the caption ("© AlamyOne of the few photos of...", "Bild: Eine Drohne...").
 */
export function splitCreditInText(text: string): { caption: string | null; credit: string | null } {
  const inline = CREDIT_IN_TEXT.exec(text);
  const start = inline ? labelStart(text, inline) : -1;
  if (text.length <= MAX_BARE_CREDIT_CHARS && (start === 0 || isPictureAgencyCredit(text))) return { caption: null, credit: text };
  if (inline && start > 0) {
    const before = text.slice(0, start);
    const join = CAPTION_CREDIT_JOIN.exec(before)!;
    const label = text.slice(start);
    // A credit opened by a bracket before its label ends with the closing one, which is no part of it either.
    const credit = join[1] ? label.replace(/\s*[)）\]][.\s]*$/u, '') : label;
    const caption = before.slice(0, join.index).trim();
    // ". Imagen: Télam": a template's caption field left empty, with only the separator before the credit.
    return { caption: ALPHANUMERIC.test(caption) ? caption : null, credit: normalizeSpace(credit) || null };
  }
  return closingAgencyCredit(text) ?? { caption: text || null, credit: null };
}

/**
 * Rule "closing agency credit": "Boats at dawn. (Jane Doe/AP)", "Boats at dawn (AP Photo/Jane Doe)", "Boats at
 * dawn. Jane Doe/AFP via Getty Images": wire captions close with the picture's credit and no label, in brackets or
 * as a sentence of its own. The closing part must read as a {@link isPictureAgencyCredit}, so "The mayor (left)" and
 * a closing sentence that mentions an agency stay caption.
 */
function closingAgencyCredit(text: string): { caption: string; credit: string } | null {
  const closing = BRACKETED_CLOSING.exec(text) ?? SENTENCE_CLOSING.exec(text);
  if (!closing || closing[2].length > MAX_BARE_CREDIT_CHARS || !isPictureAgencyCredit(closing[2])) return null;
  const caption = closing[1].trim();
  return caption ? { caption, credit: closing[2].trim() } : null;
}
const BRACKETED_CLOSING = /^(.*?)\s*\(([^()]+)\)\s*$/su;
/** The caption's last sentence end; a lone capital's dot is a name's initial ("Hannes P. Albert"), not one. */
const SENTENCE_CLOSING = /^(.*(?<!(?:^|\s)\p{Lu})[.!?…])\s+([^.!?…]+)$/su;

/**
 * Where the credit's label starts: a German compound on "Foto" or "Bild" ("Symbolfoto:") matches at its last
 * part, and the label is the whole word. Matching the part and stepping back costs less than trying every word's
 * letters as a compound's front.
 */
function labelStart(text: string, inline: RegExpExecArray): number {
  let start = inline.index;
  if (!LETTER.test(inline[0].charAt(0))) return start;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  return start;
}
const LETTER = /\p{L}/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** "© Heimat- und Museumsverein Königs Wusterhausen e.V." is as long as a credit line gets. */
const MAX_BARE_CREDIT_CHARS = 60;

/** Picture agencies and stock libraries, the sources a picture credit names. */
const PICTURE_AGENCY = new RegExp(
  '^(?:' + [
    'getty ?images', 'getty', 'afp', 'epa', 'epa-efe', 'reuters', 'ap', 'ap photo', 'dpa', 'imago(?: images)?', 'picture[- ]alliance', 'shutterstock',
    'istock(?:photo)?', 'alamy', 'wenn(?:\\.com)?', 'keystone', 'efe', 'ansa', 'anp', 'sipa', 'bloomberg', 'zuma(?: press)?', 'abaca(?:press)?',
    'ullstein ?bild', 'action press', 'pa (?:images|wire|media)', 'xinhua', 'anadolu(?: agency| ajansı)?', 'unsplash', 'pexels', 'pixabay', 'adobe ?stock',
    'stock\\.adobe\\.com', 'depositphotos', 'dreamstime', '123rf',
  ].join('|') + ')$',
  'iu',
);

/** A credit's parts are names: a photographer, a collection, the agency; a part longer than this is a caption. */
const MAX_CREDIT_PART_WORDS = 4;

/**
 * Picture agency credit: "Getty Images", "Jane Doe/AFP", "Francesco Carta | Moment | Getty Images", "Jane Doe via
 * Getty Images", the credit line templates print beside a picture with no "Photo:" label. Every part between the
 * separators is a short name and one of them is a picture agency or stock library, so a caption that mentions an
 * agency ("Reuters headquarters in London", "The president, Joe Biden / AFP") stays a caption.
 */
function isPictureAgencyCredit(text: string): boolean {
  const parts = text.split(/\s*[/|;]\s*/).filter(Boolean);
  if (parts.some((part) => part.split(' ').length > MAX_CREDIT_PART_WORDS)) return false;
  return parts.some((part) => PICTURE_AGENCY.test(part.replace(/^.*\s(?:via|for)\s/i, '')));
}
