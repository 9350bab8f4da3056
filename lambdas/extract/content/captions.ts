/**
 * Captions: which elements are a picture's caption, and the caption set beside a picture. The text walk skips
 * caption elements, so a caption never turns into a body paragraph.
 */
import { isBlank, normalizeSpace } from '../dom-walk';
import { hasToken } from '../metadata/regions';
import { type DomElement, type DomNode, childElements, descendantElements, HEADING_TAGS, isElement, nextElement } from './dom';
import { attributeTokens, firstMatch } from './tokens';
import { isImageElement, PICTURE_BOX_MAX_TEXT, pictureUrl } from './picture-elements';
import { isDecoration } from './decorative-images';
import { backdropAddress } from './backdrop-pictures';
import { creditBeside, isCreditBox, namesCredit, opensWithPhotoWord, splitCredit, splitCreditInText } from './picture-credits';
import { datelineAgency } from './source-credit';

/**
 * Class words for a caption: English and its abbreviations (`img_cptn`, `photo-capt`), and the words newsrooms
 * use in their own language: Italian `didascalia`, French `legende`, Portuguese `legenda`, Spanish `pie-foto`,
 * German `bildunterschrift`, Dutch `bijschrift` (Drupal's `field--name-field-bijschrift`), the Nordic "picture text"
 * (Swedish `bildtext`, Norwegian `bildetekst`, Danish `billedtekst`, Finnish `kuvateksti`, Icelandic `myndatexti`),
 * Estonian `pildiallkiri` (the picture's signature), and the camel-cased
 * compounds templates write as one word (`imageCaption`, `photoCaption`), which split into no parts. Older portal
 * templates name the line under a picture its title or its description (`<img><br><span class="imgtitle">…</span>`,
 * `<span class="img_desc">…</span>`), or its cap, the caption cut short (`<img><br><span class="imgcap">…</span>`).
 * Arabic ASP.NET templates name it as the Arabic does, "تعليق الصورة" (the
 * picture's comment): `<img><br><span id="ctl00_…_lblImageComment" class="ImageComment">…</span>`.
 */
const CAPTION_TOKENS: ReadonlySet<string> = new Set([
  'caption', 'wp-caption-text', 'figcaption', 'image-caption', 'photo-caption', 'cptn', 'capt', 'legend', 'legende', 'legenda', 'didascalia',
  'pie-foto', 'piefoto', 'bildunterschrift', 'bildtext', 'bildetekst', 'billedtekst', 'kuvateksti', 'myndatexti', 'pildiallkiri', 'pictext', 'pic-text', 'img-text', 'imgtext', 'bijschrift',
  'imagecaption', 'imgcaption', 'photocaption', 'piccaption', 'mediacaption', 'figurecaption', 'imgtitle', 'img-title',
  'img-desc', 'imgdesc', 'image-desc', 'photo-desc', 'imagecomment', 'image-comment', 'imgcomment', 'photocomment',
  'imgcap', 'img-cap', 'photocap', 'piccap',
]);

/**
 * Rule "caption class of its own": Spanish papers name the line under a picture for the "pie de foto" (`<img><span
 * class="pie">Market hall, built in 1962. / J. DOE</span>`), a caption word only as a class of its own: as a part
 * of one it names the page's foot (`pie-pagina`) or a chart (`pie-chart`).
 */
const WHOLE_CAPTION_CLASSES: ReadonlySet<string> = new Set(['pie']);

/**
 * Caption list: a gallery writes the captions of all its pictures in one box named in the plural (`legends`,
 * `captions`), often fifty of them, each about another picture. They are picture text, not article text, and
 * too many to attach to any one image.
 */
const CAPTION_LIST_TOKENS = ['captions', 'legends'];

/** Whether the element is a caption or a gallery's caption list; the text walk skips these. */
export function isCaptionElement(element: DomElement): boolean {
  if (element.name === 'figcaption') return !isTableCaption(element);
  if (element.name === 'figure' || element.name === 'picture' || isImageElement(element)) return false;
  const tokens = attributeTokens(element);
  // Most elements carry no class or id, and without their words only a figcaption or a block after a picture is a caption.
  if (tokens.size === 0) return isCaptionAfterPicture(element);
  if (CAPTION_LIST_TOKENS.some((token) => tokens.has(token)) && !containsImage(element)) return true;
  return isCaptionBox(element, tokens) || isPictureCredit(element, tokens) || isCaptionAfterPicture(element) || isCreditedLinePastPicture(element);
}

/**
 * The line rules "credit past the line break" and "credited line past the line break" read as a picture's: right
 * after the picture and the line breaks under it, nothing else between. The text walk leaves it to the picture.
 */
function isCreditedLinePastPicture(line: DomElement): boolean {
  let previous = adjacentElement(line, 'prev');
  if (previous?.name !== 'br') return false;
  while (previous?.name === 'br') previous = adjacentElement(previous, 'prev');
  return previous !== null && (isImageElement(previous) || (previous.name === 'a' && containsImage(previous))) && isCreditPastLineBreak(line);
}

/**
 * Rule "table's caption": editors set a data table in a <figure> with its title or source in the figcaption
 * (WordPress's table block: `<figure class="wp-block-table"><table>…</table><figcaption>Source: …</figcaption>`). No
 * picture goes with it: the caption is the table's, read with its rows as a table's own <caption> is.
 */
function isTableCaption(caption: DomElement): boolean {
  const figure = caption.parent;
  return !!figure && isElement(figure) && figure.name === 'figure' && figure.children.some((child) => isElement(child) && child.name === 'table');
}

/** A credit box set as a caption is: right after the picture's caption, or on the picture itself. */
export function isPictureCredit(element: DomElement, tokens = attributeTokens(element)): boolean {
  return isPictureCreditBox(tokens) && (isCreditAfterCaption(element) || isCreditOnPicture(element, tokens) || isUnderBackdrop(element) || closesSlideText(element));
}

/**
 * Rule "credit closing a slide's text": a photo story sets each slide's text in a box right after its picture, the
 * paragraph and then the photo's credit in an element named for it (`<img><div><p>The procession leaves …</p><span
 * class="credit">EFE / Jane Doe</span></div>`). The paragraph is the story told slide by slide; the credit, closing
 * the box, names who took the picture above it, and is no line of the story.
 */
function closesSlideText(credit: DomElement): boolean {
  const box = credit.parent;
  if (!box || !isElement(box) || adjacentElement(credit, 'next') !== null || boundedText(credit, MAX_CREDIT_CHARS) === null) return false;
  // The slide's text is a box of blocks, its paragraph among them; an inline caption that closes on its credit
  // (`<span class="tagline">Boats at dawn<span class="credits">…</span></span>`) is read as a caption.
  if (!box.children.some((child) => isElement(child) && child.name === 'p')) return false;
  const above = adjacentElement(box, 'prev');
  return above !== null && isBarePicture(above);
}

/**
 * Rule "credit under the backdrop": a hero template sets the credit of the picture behind its headline in a line
 * right under that box (`<div class="hero" style="background-image:url(…)">…</div><p class="hero__credit">…`), the
 * picture's line as much as a credit beside an <img> is (see backdrop-pictures.ts).
 */
function isUnderBackdrop(element: DomElement): boolean {
  const previous = adjacentElement(element, 'prev');
  return previous !== null && backdropAddress(previous) !== null && boundedText(element, PICTURE_BOX_MAX_TEXT) !== null;
}

/**
 * Rule "credit beside the caption", for the text walk: the credit box a template sets right after the caption's, even
 * where no `<figure>` holds them (`<p class="imageCaption">…</p><span class="image-credit">Credit: Jane Doe</span>`), is
 * the picture's, read with its caption (picture-credits.ts), and no body paragraph. A writer's byline after a lead
 * picture's caption is the story's, and left to the byline readers.
 */
function isCreditAfterCaption(element: DomElement): boolean {
  const previous = adjacentElement(element, 'prev');
  return previous !== null && (previous.name === 'figcaption' || isCaptionBox(previous, attributeTokens(previous))) && creditBeside(previous) !== null;
}

/** A figcaption, a caption-classed block, or one right after its picture; a credit set on the picture is its credit. */
function isSingleCaption(element: DomElement): boolean {
  if (element.name === 'figcaption') return true;
  if (element.name === 'figure' || element.name === 'picture' || isImageElement(element)) return false;
  const tokens = attributeTokens(element);
  return isCaptionBox(element, tokens) || (isCaptionAfterPicture(element) && !isCreditOnPicture(element, tokens));
}

/**
 * Rule "caption past the line break": older templates set a picture inline in the text, break the line after it and
 * print its caption in an element of a caption class (`<img><br><span class="legende">Wheat fields near Timimoun
 * </span><br><br>Farmers in …`). The caption class says what the line is; nothing but line breaks stands between.
 */
function captionPastLineBreaks(lineBreak: DomElement): DomElement | null {
  let next: DomElement | null = lineBreak;
  while (next?.name === 'br') next = adjacentElement(next, 'next');
  return next && (isCaptionBox(next, attributeTokens(next)) || isCreditPastLineBreak(next)) ? next : null;
}

/**
 * Rule "credit past the line break": such templates set the photographer's credit there alone, in inline type with
 * a class of their own words or none (`<img><br><span class="foto">Foto: Jane Doe</span>`). A line whose whole text
 * is a labelled credit names who took the picture above it; a story's text does not open on a photo label. Rule
 * "credited line past the line break": the line may hold the caption before the credit (`<img><br><span
 * class="peu">Un camp de cereal sense collir. Foto: ACN</span>`, Catalan "peu de foto"); an inline line that closes on
 * a labelled credit is the picture's caption, as a story's sentence credits no photographer.
 */
function isCreditPastLineBreak(line: DomElement): boolean {
  if (!INLINE_LINE_TAGS.has(line.name)) return false;
  const text = boundedText(line, PICTURE_BOX_MAX_TEXT);
  const split = text === null ? null : splitCreditInText(text);
  return split !== null && split.credit !== null;
}
const INLINE_LINE_TAGS = new Set(['span', 'i', 'em', 'small', 'font', 'b', 'strong']);

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
 * - Rule "caption in small print": `<p><img></p><p><span style="font-size:12px">Boats at dawn</span></p>`. Writers
 *   who caption a picture by hand in a classic editor (WordPress, Blogger, portal CMSs) set the line under it in a
 *   smaller type; the story's own text is never all small print.
 * - Rule "caption printed twice": `<div><img alt="Boats at dawn"><div class="caption">Boats at dawn</div></div><p>Boats
 *   at dawn</p>`. Portal templates print the caption field in the picture's box and again in a paragraph under it;
 *   a block that says no more than the box's caption or its picture's alt is that caption again. The box may set
 *   the credit apart from the caption and the paragraph join the two ("<span class="img-caption">Boats at dawn</span>
 *   <span class="img-credit">Photo: Jane Doe</span>" over "<p>Boats at dawn - Photo: Jane Doe</p>"): a block whose
 *   words before its credit are the box's caption says no more either.
 */
function isCaptionAfterPicture(element: DomElement): boolean {
  if (!CAPTION_BLOCK_TAGS.has(element.name)) return false;
  const previous = element.parent ? elementAboveLine(element) : null;
  if (!previous && !opensItsBox(element)) return false;
  if (previous && !BARE_PICTURE_TAGS.has(previous.name)) return false;
  // The body walk, the lead and the date readers all ask about the same blocks; each is judged once.
  let known = captionsAfterPictures.get(element);
  if (known === undefined) {
    if (!previous) known = repeatsCaptionOverItsBox(element);
    else known = isBarePicture(previous)
      ? isCreditedLine(element) || repeatsAlt(element, previous) || isAloneWithPicture(element, previous) || isSmallPrintLine(element, previous)
      : repeatsBoxCaption(element, previous);
    captionsAfterPictures.set(element, known);
  }
  return known;
}

/**
 * Rule "caption again over the text": WordPress themes print the featured picture and its caption in a box of their
 * own over the post's text, and a post whose editor pasted the caption into the text opens with it once more
 * (`<div class="featured"><figure><img><figcaption>Boats at dawn</figcaption></figure></div><div class="entry-content">
 * <p>Boats at dawn</p>…`), as Arabic portals' posts often do. The text's first block that says no more than the
 * caption of the picture box right above the text's box is that caption again. The box is the text's when paragraphs
 * follow the block: a picture's own text box under it (caption, then credit) holds none.
 */
function repeatsCaptionOverItsBox(element: DomElement): boolean {
  const box = element.parent;
  const above = box && isElement(box) ? adjacentElement(box, 'prev') : null;
  return above !== null && BARE_PICTURE_TAGS.has(above.name) && hasParagraphsAfter(element, TEXT_BOX_MIN_PARAGRAPHS) && repeatsBoxCaption(element, above);
}
/** Paragraphs after the opening block that make its box the story's text. */
const TEXT_BOX_MIN_PARAGRAPHS = 2;

function hasParagraphsAfter(element: DomElement, count: number): boolean {
  let found = 0;
  for (let next = nextElement(element); next && found < count; next = nextElement(next)) if (next.name === 'p') found++;
  return found >= count;
}

/** Whether the element is the first thing in its box: no element and no text before it. */
function opensItsBox(element: DomElement): boolean {
  for (let node = element.prev; node; node = node.prev) {
    if (isElement(node) || (node.type === 'text' && !isBlank(node.data ?? ''))) return false;
  }
  return element.parent !== null;
}

function repeatsBoxCaption(element: DomElement, box: DomElement): boolean {
  const inside = elementsUpTo(box, CAPTION_MAX_NODES);
  const images = inside?.filter(isImageElement) ?? [];
  if (!inside || images.length !== 1) return false;
  const text = boundedText(element, LONE_CAPTION_MAX_CHARS);
  if (text === null || text.length < MIN_REPEATED_ALT_CHARS) return false;
  if (normalizeSpace(images[0].attribs.alt ?? '') === text) return true;
  const uncredited = splitCreditInText(text);
  const captionOnly = uncredited.credit !== null ? uncredited.caption : null;
  return inside.some((child) => {
    if (child.name !== 'figcaption' && !isCaptionBox(child, attributeTokens(child))) return false;
    const caption = boundedText(child, LONE_CAPTION_MAX_CHARS);
    return caption === text || (caption !== null && caption === captionOnly);
  });
}

/** The elements under `box`, or null when there are more than `limit`: a picture box is small, a story's box is not. */
function elementsUpTo(box: DomElement, limit: number): DomElement[] | null {
  const found: DomElement[] = [];
  // Level by level: the list found so far is the queue of boxes whose children are still to be read.
  for (let parent: DomElement | undefined = box, next = 0; parent; parent = found[next++]) {
    for (const node of parent.children) if (isElement(node) && found.push(node) > limit) return null;
  }
  return found;
}
let captionsAfterPictures = new WeakMap<DomElement, boolean>();

/**
 * Forgets the blocks judged so far. The body pass calls it once its cleaning is done: the cleaning takes out what a
 * slide sets beside its caption (the counter, the buttons), and a block judged with them in is judged again.
 */
export function forgetCaptionJudgements(): void {
  captionsAfterPictures = new WeakMap();
}

function isCreditedLine(element: DomElement): boolean {
  if (holdsParagraphs(element)) return false;
  const text = boundedText(element, PICTURE_BOX_MAX_TEXT);
  const split = text === null ? null : splitCreditInText(text);
  return split !== null && split.caption !== null && split.credit !== null && !isDatelineUnderPicture(text as string);
}

/**
 * Rule "dateline row under the picture": a story that opens under its picture with the agency's dateline row, the
 * place, a dash and the agency ("القاهرة - أ ش أ", "الرياض - واس", "PARIS (AFP) —"), shapes that row as a caption and
 * its credit; it is the story's first line, as the slashed dateline row there is (see isCreditLine in labels.ts), and
 * the rule "dateline row" joins it to the paragraph it opens. A caption credits a photographer or an agency after a
 * description of the picture, which is longer than a place.
 */
function isDatelineUnderPicture(text: string): boolean {
  return datelineAgency(text) !== null;
}

function isSmallPrintLine(element: DomElement, picture: DomElement): boolean {
  // The markup is read first: most lines under a picture are set in no small print, and their words need no reading.
  let small: DomElement | null = null;
  for (let inner: DomElement = element; ; inner = childElements(inner)[0]) {
    if (isSmallPrint(inner)) small = inner;
    if (small || childElements(inner).length !== 1) break;
  }
  if (small === null) return false;
  const text = boundedText(element, LONE_CAPTION_MAX_CHARS);
  // A date or a name alone in small print under a picture is the post's stamp or the picture's credit.
  if (text === null || !(DESCRIBING_WORDS.test(text) || isCentredPhrase(text, element, picture))) return false;
  return boundedText(small, LONE_CAPTION_MAX_CHARS) === text;
}

/**
 * Rule "credited text is no caption": a short agency story under its picture closes with its source's line ("Source:
 * Interpressnews", "Izvor: MIA"), which reads as a credit; but a caption is one line, and a box of several paragraphs
 * after the picture is the story's text however it ends.
 */
function holdsParagraphs(element: DomElement): boolean {
  let paragraphs = 0;
  for (const child of element.children) if (isElement(child) && child.name === 'p' && ++paragraphs > 1) return true;
  return false;
}

/**
 * Rule "centred caption": Blogger's editor centres a picture in its box (`<div class="separator" style="text-align:
 * center">`), and the writer who captions it centres the small line under it as well (`<div style="text-align:
 * center"><span style="font-size: x-small">Archive photo</span></div>`), where the story's paragraphs are set flush.
 * Centred like its picture, a phrase of two words describes it as three do elsewhere; one capitalised as a name
 * is still the picture's credit.
 */
function isCentredPhrase(text: string, line: DomElement, picture: DomElement): boolean {
  return TWO_WORDS.test(text) && !(CASED_LETTER.test(text) && isNameLike(text)) && isCentred(line) && isCentred(picture);
}
const TWO_WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;

/** Centred by its style, its `align` attribute or a `<center>` tag. */
function isCentred(element: DomElement): boolean {
  return element.name === 'center' || (element.attribs.align ?? '').toLowerCase() === 'center' || CENTRED_STYLE.test(element.attribs.style ?? '');
}
const CENTRED_STYLE = /text-align\s*:\s*center/i;

/** `<small>`, `<font size="1">` or `2`, or an inline style that sets the type smaller than a text's. */
function isSmallPrint(element: DomElement): boolean {
  if (element.name === 'small') return true;
  if (element.name === 'font' && SMALL_FONT_SIZES.has((element.attribs.size ?? '').trim())) return true;
  const size = SMALL_FONT_STYLE.exec(element.attribs.style ?? '');
  return size !== null && (size[2] === undefined || Number(size[1]) <= (size[2] === 'px' ? MAX_SMALL_PRINT_PX : MAX_SMALL_PRINT_PT));
}
const SMALL_FONT_SIZES = new Set(['1', '2', '-1', '-2']);
/** A keyword smaller than the default, or a size in pixels or points. */
const SMALL_FONT_STYLE = /font-size\s*:\s*(?:x{0,2}-small|smaller|(\d+(?:\.\d+)?)(px|pt))/i;
/** Body text is set at 14 px or more (10.5 pt); captions a size or two below it. */
const MAX_SMALL_PRINT_PX = 13;
const MAX_SMALL_PRINT_PT = 10;

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
  // Rule "picture's note after its description": Arab portals print the picture's alt as its caption and add after a
  // dash that it is an archive photo ("شهادات الادخار - صورة أرشيفية"); a script without capitals makes any alt read
  // as a name, but a biography goes on from the name in a sentence, not after a dash with the word for a photo.
  const alt = normalizeSpace(img.attribs.alt ?? '');
  if (isNameLike(alt) && text.startsWith(`${alt} `) && !isPictureNoteAfter(text.slice(alt.length))) return false;
  let paragraphs = element.name === 'p' ? 1 : 0;
  for (const child of descendantElements(element)) {
    if (CARD_OR_COLUMN_TAGS.has(child.name) || (child.name === 'p' && ++paragraphs > 1)) return false;
    // A caption or credit of its own inside is read by its own rule, as what it is.
    if (child.name === 'figcaption' || isCaptionBox(child, attributeTokens(child)) || isCreditBox(child)) return false;
  }
  return true;
}
const WORD = /\p{L}\p{L}/u;
/** " - صورة أرشيفية", " – Foto de archivo": a dash and the word for a photo after the picture's description. */
function isPictureNoteAfter(rest: string): boolean {
  const dash = NOTE_DASH.exec(rest);
  return dash !== null && opensWithPhotoWord(rest.slice(dash[0].length));
}
const NOTE_DASH = /^\s[–—-]\s+/u;
/**
 * Three words of letters, or four characters of a script written without spaces. Rule "words with vowel signs": the
 * scripts of India write a vowel after a consonant as a sign (a mark, no letter), so "खेत में किसान" or "মাঠে কৃষক"
 * holds no two letters in a row; a word is letters and the marks between them.
 */
const DESCRIBING_WORDS = /[\p{L}\p{M}]{2,}[^\p{L}\p{M}]+[\p{L}\p{M}]{2,}[^\p{L}\p{M}]+[\p{L}\p{M}]{2,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{4}/u;

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
/**
 * The element above a line. Writers of classic editors and print views set a caption in the picture's paragraph, on
 * a line of its own and in italics (`<p><img><br><em>Boats at dawn. Photo Jane Doe/Courier</em></p>`): such a line is
 * judged against the picture above its `<br>`s, and only a credited one is a caption there, since writers set the
 * story's own remarks under a picture in italics too. Old table layouts, which agency sites still serve, set the
 * caption the same way in small type in the picture's cell (`<td><img><br><font size="1">Boats at dawn (Agency)
 * </font></td>`): a line in small print is a caption there too, as it is in a block of its own (rule "caption in
 * small print").
 */
function elementAboveLine(element: DomElement): DomElement | null {
  let previous = adjacentElement(element, 'prev');
  if (previous?.name !== 'br') return previous;
  const italic = ITALIC_TAGS.has(element.name);
  const small = isSmallPrint(element);
  if (!italic && !small) return previous;
  while (previous?.name === 'br') previous = adjacentElement(previous, 'prev');
  return previous && isBarePicture(previous) && ((italic && isCreditedLine(element)) || (small && isSmallPrintLine(element, previous))) ? previous : null;
}
const ITALIC_TAGS = new Set(['em', 'i']);

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
  if (firstMatch(tokens, CAPTION_TOKENS) === null && !hasToken(element.attribs.class?.toLowerCase(), WHOLE_CAPTION_CLASSES)) return false;
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

/** How many ancestors of a picture may hold its caption or credit: its figure and a wrapper or two inside it. */
export const CAPTION_REACH = 3;

export function captionOf(img: DomElement): { caption: string | null; credit: string | null } {
  const { caption, credit } = captionBeside(img);
  return { caption, credit: credit ?? creditOnPicture(img) ?? creditLineUnder(img) };
}

/**
 * Rule "credit line under the picture": a template may print a picture's credit alone in a block right under it, with
 * no figure or caption element to tie the two (`<img class="cover"><p class="credit">Foto: Jane Doe</p>`, a header's
 * picture over the story's box). A block whose whole text is a credit names who took the picture above it: a story's
 * text does not open on a photo label. It only fills the credit: a caption found elsewhere is the picture's still.
 */
function creditLineUnder(img: DomElement): string | null {
  let branch: DomElement = img;
  for (let level = 0; level < CAPTION_REACH; level++) {
    const next = adjacentElement(branch, 'next');
    if (next) {
      const text = CAPTION_BLOCK_TAGS.has(next.name) && !holdsParagraphs(next) ? boundedText(next, PICTURE_BOX_MAX_TEXT) : null;
      const split = text ? splitCreditInText(text) : null;
      return split && split.caption === null ? split.credit : null;
    }
    const wrapper = branch.parent;
    if (!wrapper || !isElement(wrapper) || wrapper.name === 'figure' || !isBarePicture(wrapper)) return null;
    branch = wrapper;
  }
  return null;
}

/**
 * The caption beside the image: a caption child of one of its three nearest ancestors, stopping at <figure>.
 * Only direct children are looked at, so a caption of another image further down the article is never borrowed.
 * Rule "caption right after": editors that wrap each picture in a paragraph set its caption in the paragraph
 * after it, so a container holds several pictures and their captions in turn; the caption next to the branch
 * that holds the img is that picture's, where the first caption in the container would be the first picture's.
 */
function captionBeside(img: DomElement): { caption: string | null; credit: string | null } {
  let branch: DomElement = img;
  let container: DomNode | null = img.parent;
  for (let level = 0; container && isElement(container) && level < CAPTION_REACH; level++, branch = container, container = container.parent) {
    const next = adjacentElement(branch, 'next');
    const broken = next?.name === 'br' ? captionPastLineBreaks(next) : null;
    const captionElement = broken ?? (next && isSingleCaption(next) ? next : ownCaptionAmongChildren(container, branch) ?? (next && captionInTextBox(next)));
    if (captionElement) return splitCredit(captionElement);
    if (container.name === 'figure') break;
  }
  const captionCell = captionRowBelow(img);
  return captionCell ? splitCredit(captionCell) : { caption: null, credit: null };
}

/**
 * Rule "picture's text box": templates set the caption and its credit in a box of their own after the picture's
 * (`<div class="image__metadata"><div class="image__caption">…</div><figcaption class="image__credit">…</figcaption></div>`,
 * `<div class="info"><div class="caption">…</div></div>`). The box holds no picture, and the caption is one of its
 * few children: a story's box after a picture holds many, and its captions sit with their own pictures.
 */
function captionInTextBox(box: DomElement): DomElement | undefined {
  return containsImage(box) ? undefined : captionAmongChildren(box);
}

/**
 * Rule "picture's text box" as the cleaning pass sees it: a gallery sets each slide's counter, caption and credit in
 * a box right after its picture and names the box for the slide's details (`<img><div class="gallery__meta"><span>1 di
 * 6</span><p class="gallery__caption">…</p><span class="gallery__credit">…</span></div>`), a weak furniture word. A box
 * right after a picture whose caption, named as one, is among its few children is that picture's text, not a meta row.
 */
export function isPictureTextBox(box: DomElement): boolean {
  const above = adjacentElement(box, 'prev');
  if (!above || !(isImageElement(above) || above.name === 'picture') || containsImage(box)) return false;
  const caption = captionAmongChildren(box);
  return caption !== undefined && (caption.name === 'figcaption' || isCaptionBox(caption, attributeTokens(caption)));
}

/**
 * Rule "credit on the picture": components print the credit over a corner of the picture, in an element set beside
 * the img in the picture's box, apart from the caption (`<img><span class="…-Copyright">Jane Doe</span>` and then the
 * `<figcaption>`). It is picture text, as a caption is, and read up to the picture's <figure>, as far as its caption
 * is looked for.
 */
function isCreditOnPicture(element: DomElement, tokens: ReadonlySet<string>): boolean {
  const box = element.parent;
  // A caption classed for its credit too (`<figcaption class="credit">`) is the caption, read as one.
  if (!box || !isElement(box) || !isPictureCreditBox(tokens) || element.name === 'figcaption' || isCaptionBox(element, tokens)) return false;
  const beside = childElements(box).filter((other) => other !== element);
  // A card sets its still beside a title or a teaser; a picture's box holds the picture, its caption and the credit.
  const pictures = beside.filter((other) => other.name === 'picture' || isBarePicture(other));
  return beside.length < MAX_PICTURE_BOX_CHILDREN && pictures.length > 0 && boundedText(element, MAX_CREDIT_CHARS) !== null
    && beside.every((other) => pictures.includes(other) || other.name === 'figcaption' || isCaptionBox(other, attributeTokens(other)));
}

function creditOnPicture(img: DomElement): string | null {
  let container: DomNode | null = img.parent;
  for (let level = 0; container && isElement(container) && level < CAPTION_REACH; level++, container = container.parent) {
    // Only a picture's box, of a few children, holds a credit on the picture: the story's container, which holds
    // every picture of a long gallery, is not searched again for each of them (see captionAmongChildren).
    const credit = holdsAtMostElements(container, MAX_PICTURE_BOX_CHILDREN)
      ? childElements(container).find((child) => isCreditOnPicture(child, attributeTokens(child))) : undefined;
    if (credit) return boundedText(credit, MAX_CREDIT_CHARS);
    if (container.name === 'figure') break;
  }
  return null;
}

function holdsAtMostElements(box: DomElement, most: number): boolean {
  let count = 0;
  for (const child of box.children) if (isElement(child) && ++count > most) return false;
  return true;
}

/**
 * A credit box by its class and id words (`tokens`), but not a writer's or a source's box beside a head shot or a
 * logo, which names a person or a site.
 */
function isPictureCreditBox(tokens: ReadonlySet<string>): boolean {
  return namesCredit(tokens) && !PERSON_OR_SOURCE_TOKENS.some((token) => tokens.has(token));
}
/** The credit words that also name a story's writer or a link's source. */
const PERSON_OR_SOURCE_TOKENS = ['byline', 'author', 'source'];
/** "© Heimat- und Museumsverein Königs Wusterhausen e.V." is as long as a credit line gets. */
const MAX_CREDIT_CHARS = 60;

/**
 * Rule "caption row": Blogger and older editors set a picture in a table, its caption in the cell of the row below
 * (`<tr><td><a><img></a></td></tr><tr><td class="tr-caption">…</td></tr>`). The row that holds the picture is
 * found within the picture's reach; the cell below it is its caption when it is the row's only cell and marked as one.
 */
function captionRowBelow(img: DomElement): DomElement | null {
  let row: DomNode | null = img.parent;
  for (let level = 0; row && isElement(row) && row.name !== 'tr' && level < CAPTION_REACH; level++) row = row.parent;
  if (!row || !isElement(row) || row.name !== 'tr') return null;
  const below = adjacentElement(row, 'next');
  const cells = below?.name === 'tr' ? childElements(below) : [];
  return cells.length === 1 && isSingleCaption(cells[0]) ? cells[0] : null;
}

/**
 * Rule "caption under another picture": a page set in plain boxes puts the writer's portrait in the byline row and the
 * story's picture, then its caption, further down the same box ("<div><div><img src="…/jane-doe.jpg"><a>Jane Doe</a>
 * </div><img src="…/harbour.jpg"><div>Boats at dawn. Foto: …</div></div>"). A caption right under a picture is that
 * picture's; one picture's caption is not another's because they share a box. A figure's caption is all its pictures'.
 */
function ownCaptionAmongChildren(container: DomElement, branch: DomElement): DomElement | undefined {
  const caption = captionAmongChildren(container);
  if (!caption || container.name === 'figure') return caption;
  if (isHeadingCaption(caption)) return undefined;
  const above = adjacentElement(caption, 'prev');
  // A lazy-loading page sets the picture's <noscript> copy between the picture and its caption: the same picture.
  return above && above !== branch && above.name !== 'noscript' && (isImageElement(above) || containsImage(above)) ? undefined : caption;
}

/**
 * Rule "caption over the headline": design systems name the line set over a heading its caption (GOV.UK Frontend's
 * `<span class="govuk-caption-l">Press release</span><h1>…</h1>`, the page's kind or its series), and the page's
 * picture may share the column with both. A caption right over a heading captions the heading, not the picture.
 */
function isHeadingCaption(caption: DomElement): boolean {
  const below = adjacentElement(caption, 'next');
  return below !== null && HEADING_TAGS.has(below.name);
}

/**
 * The caption among a picture box's children. A box with more children than a picture's is the story's container,
 * whose captions belong to its other pictures: reading all of them for each picture took minutes on a page of
 * 20,000 pictures each followed by a paragraph.
 */
function captionAmongChildren(container: DomElement): DomElement | undefined {
  return holdsAtMostElements(container, MAX_PICTURE_BOX_CHILDREN) ? childElements(container).find(isSingleCaption) : undefined;
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
