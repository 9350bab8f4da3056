/**
 * Images inside the article, with their captions: the record of an image element, and the page's own rendering of
 * the picture it declares. Captions are read in captions.ts and nowhere else: the text walk skips caption elements,
 * so a caption never turns into a body paragraph.
 */
import type { ArticleImage } from '../record';
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, childElements, isElement } from './dom';
import { plainTextOf } from '../plain-text';
import { CAPTION_REACH, captionOf } from './captions';
import { splitCreditInText } from './picture-credits';
import { isBesideWriterLink, isDecoration } from './decorative-images';
import { pictureUrl } from './picture-elements';

export function imageOf(img: DomElement, pageUrl: string | null, declared = false): ArticleImage | null {
  const url = pictureUrl(img, pageUrl);
  if (!url || isDecoration(img, url, declared)) return null;
  const shown = captionOf(img);
  const { caption: printed, credit } = shown.caption || shown.credit ? shown : lightboxCaption(img);
  const caption = printed && (printed.replace(SLIDE_COUNTER, '') || null);
  if (!caption && !credit && isBesideWriterLink(img)) return null;
  const alt = plainTextOf(img.attribs.alt ?? '') || null;
  return { url, caption, alt: alt && isScriptUrlText(alt) ? null : alt, credit: credit ?? declaredCredit(img) };
}

/**
 * Rule "lightbox caption": a gallery of thumbnails prints no caption under them; each thumbnail's link to the full
 * picture carries the caption the lightbox shows when it opens (fancybox's and lightGallery's `data-caption`, the
 * credit written in it as a printed caption's is: "Crowds at the opening. Photo: Jane Doe").
 */
function lightboxCaption(img: DomElement): { caption: string | null; credit: string | null } {
  const link = img.parent && isElement(img.parent) && img.parent.name === 'a' ? img.parent : null;
  const text = link ? plainTextOf(link.attribs['data-caption'] ?? '') : '';
  return text ? splitCreditInText(text) : { caption: null, credit: null };
}

/**
 * Rule "slide counter": a gallery prints the slide's place before its caption, in the caption's box ("1 / 12 Riders
 * at noon…", "Foto 2 di 6"); it counts slides and says nothing of the picture. A bare "2 of 3" also opens sentences
 * ("2 of 3 riders fell"), and "1/12" dates, so only the spaced slash or the photo word marks a counter ("Fotoğraf 2/8",
 * "صورة 2 من 8"), and the bar or dot a slide sets between it and the caption ("Foto 2 / 3 · Pilots …") goes with it
 * (rule "counter's separator"). The body pass drops the counter's element before it reads captions; the page's own
 * rendering of its declared picture is read whole, counter and all.
 */
const SLIDE_COUNTER = /^(?:\d{1,3}\s+\/\s+\d{1,3}|(?:foto|fotoğraf|photo|picture|bild|imagen|image|slide|diapositiva|صورة)\s+\d{1,3}\s*(?:\/|of|de|di|von|sur|z|من)\s*\d{1,3})(?:\s*[|·•–—-])?\s+(?=\S)/iu;

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
 * The page's own rendering of the picture it declares (og:image and the like), searched among all its images
 * before cleaning: the first one outside the page's navigation, sidebars and footer that is an article picture
 * and names the same picture. Sites declare a social-card crop or size (`…/1200/name.jpg`,
 * `ci16x9-w1200/name.jpg`) and show another (`…/1024/name.jpg`) in a page header that the body pass leaves out;
 * the shown one is the lead picture the reader sees, with its caption. Rule "declared poster": the declared picture
 * is the story's own even where a player's box shows it (a live page's top media, a video story's still): a player
 * shows another story's clip under that clip's picture, not under the one the page declares for itself.
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
    const image = imageOf(img, pageUrl, true);
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
 * Rule "one picture in two renditions": a page shows some pictures twice in other sizes, and the copy is no picture
 * of its own: the `<noscript>` copy a lazy-loader sets after its img (`…/name-750x500.jpg` where the img's srcset
 * gives `…/name.jpg`), a slideshow's strip of thumbnails (`…/name-150x150.jpg`) under its slides. A copy keeps the
 * folder and the file name and changes only the size written into the name; the query is kept, since a script's
 * query (`photo.php?id=7`) may name the picture.
 */
export function renditionKey(url: string): string {
  const query = url.search(/[?#]/);
  const path = query < 0 ? url : url.slice(0, query);
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1).replace(/(\.[a-z0-9]{2,5})$/i, '').replace(SIZE_PART, '');
  return name ? `${path.slice(0, slash + 1)}${name}${query < 0 ? '' : url.slice(query)}` : url;
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
