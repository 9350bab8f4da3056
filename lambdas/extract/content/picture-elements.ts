/**
 * Picture elements: which elements show a picture, the real address of the picture an image element shows (its
 * srcset, lazy-load attributes and <picture> sources), and the small boxes that hold an article picture.
 */
import { isHtmlWhitespace } from '../dom-walk';
import { type DomElement, childElements, descendantElements, isElement } from './dom';
import type { TextStats } from './measure';
import { attributeTokens } from './tokens';
import { httpUrl } from '../url';
import { BOILERPLATE_TOKENS } from './vocabulary';
import { isDecoration, NOT_A_PICTURE, withoutHost } from './decorative-images';

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

/**
 * An image element: <img>, or AMP's <amp-img>, which AMP pages use instead and which carries the same src,
 * srcset and alt attributes.
 */
export function isImageElement(element: DomElement): boolean {
  return element.name === 'img' || element.name === 'amp-img';
}

/**
 * The best real URL of an image: a srcset's largest candidate first (the publisher's full-size rendition, where
 * `src` is often a small fallback), then lazy-load attributes, then the sources of an enclosing <picture>, then
 * `src` unless it is a placeholder.
 */
export function pictureUrl(img: DomElement, pageUrl: string | null): string | null {
  for (const candidate of pictureCandidates(img)) {
    const url = httpUrl(candidate && addressIn(candidate), pageUrl);
    if (url) return url.includes(OPTIMIZER_MARK) ? optimizedOriginal(url) : url;
  }
  return null;
}

/**
 * Rule "framework image optimizer": Next.js serves every picture through its resizing route,
 * `/_next/image?url=<the picture>&w=1920&q=75` (`/_vercel/image` on Vercel), and Astro through `/_image?href=…`;
 * the address names a size of the picture the parameter holds, on the site's own host. The picture is that
 * parameter, read against the route's address when it is a path on the site.
 */
const OPTIMIZER_MARK = '/_';
const OPTIMIZER_ROUTES: Readonly<Record<string, string>> = { '/_next/image': 'url', '/_vercel/image': 'url', '/_image': 'href' };

function optimizedOriginal(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const parameter = OPTIMIZER_ROUTES[parsed.pathname];
  const original = parameter ? parsed.searchParams.get(parameter) : null;
  return (original && httpUrl(original, url)) || url;
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
  // Read by name, in the order Object.entries would give them, without building the list of pairs each time.
  for (const name in img.attribs) if (OTHER_LAZY_SRCSET.test(name)) yield largestFromSrcset(img.attribs[name]);
  for (const name in img.attribs) if (OTHER_LAZY_SOURCE.test(name)) yield img.attribs[name];
  const picture = img.parent && isElement(img.parent) && img.parent.name === 'picture' ? img.parent : null;
  for (const source of picture ? childElements(picture).filter((child) => child.name === 'source') : []) {
    const srcset = source.attribs.srcset ?? Object.entries(source.attribs).find(([name]) => OTHER_LAZY_SRCSET.test(name))?.[1];
    if (!isNarrowerThanImg(srcset, img) && !isSmallScreenCrop(source)) yield largestFromSrcset(srcset);
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
export const PICTURE_BOX_MAX_TEXT = 400;
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
 * Rule "small-screen crop": art direction gives phones a crop of their own (`<source media="(max-width: 767px)"
 * srcset="…/square.jpg 2x">`), often square or portrait, before the sources for wider screens; the picture the story
 * shows is the one for wider screens and the img's. A source bounded only by a maximum width is that crop.
 */
function isSmallScreenCrop(source: DomElement): boolean {
  const media = source.attribs.media ?? '';
  return MAX_WIDTH_MEDIA.test(media) && !MIN_WIDTH_MEDIA.test(media);
}
const MAX_WIDTH_MEDIA = /max-(?:device-)?width/i;
const MIN_WIDTH_MEDIA = /min-(?:device-)?width/i;

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
