/**
 * Rule "picture behind the headline": feature and longform templates show the story's lead picture as the backdrop
 * of the box that holds the headline (`<div class="hero" style="background-image:url('/img/x.jpg')"><h1>…`), or
 * of an empty box beside it, and lazy-loaders keep that address in a data attribute until the box scrolls into view
 * (`<section class="stage" data-bg="/img/x.jpg">`). No <img> shows it, so without a declared og:image it is the
 * only record of the picture the reader sees first. Its caption is a caption box inside that box, or the caption
 * or credit line the template sets right under it.
 */
import type { ArticleImage } from '../record';
import { normalizeSpace } from '../dom-walk';
import { plainTextOf } from '../plain-text';
import { httpUrl, withoutQuery } from '../url';
import { type DomElement, type DomNode, isElement, nextElement, previousElement, rawText } from './dom';
import { namesDecoration } from './decorative-images';
import { splitCredit } from './picture-credits';
import { largestFromSrcset } from './picture-elements';

/**
 * Attributes lazy-loaders keep a box's background picture in; lazysizes' `data-bgset` lists the picture's renditions
 * as a srcset does, smallest first, and the largest is the picture.
 */
const BACKDROP_ATTRIBUTES = ['data-bg', 'data-background', 'data-bg-src', 'data-background-image'];
/**
 * The background in a style attribute; newer templates pass the address to their stylesheet in a custom property
 * named for it (`style="--hero-image: url(…)"`, `--kv-bg`), which the stylesheet sets as the box's background.
 */
const BACKGROUND_URL = /(?:background(?:-image)?|--[\w-]*(?:image|img|bg|background)[\w-]*)\s*:[^;]*?url\(\s*(['"]?)([^'")]+)\1\s*\)/i;
/** A backdrop is a photo: a texture or a gradient strip is a .gif, an .svg or a CSS gradient with no file at all. */
const PHOTO_FILE = /\.(?:jpe?g|png|webp|avif)$/i;
/**
 * A file named for a background (`sow_bg_detailseiten_4.jpg`, `header-background.jpg`) is the template's backdrop,
 * shown behind every page of a section; a story's own picture is named for what it shows.
 */
const TEMPLATE_BACKDROP_NAME = /(?:^|[^a-z])(?:bg|background)(?:[^a-z]|$)/i;
/** The hero box holds the headline a few boxes down (inner wrapper, text column); a higher box is the page's. */
const BACKDROP_REACH = 4;
const BOX_END_TAGS = new Set(['article', 'main', 'body', 'html']);
/** The headline's box also holds its kicker, dek and caption, a few dozen elements; a page section holds far more. */
const BACKDROP_BOX_MAX_ELEMENTS = 60;

/** The address of the photo an element's style or lazy-load attribute sets as its backdrop, as written. */
export function backdropAddress(element: DomElement): string | null {
  const attributes = element.attribs;
  const styled = attributes.style ? BACKGROUND_URL.exec(attributes.style)?.[2] : undefined;
  const address = styled ?? BACKDROP_ATTRIBUTES.map((name) => attributes[name]).find(Boolean)?.trim().split(/[\s,]/)[0] ?? largestFromSrcset(attributes['data-bgset']);
  if (!address) return null;
  const path = withoutQuery(address.trim());
  const name = path.slice(path.lastIndexOf('/') + 1);
  return PHOTO_FILE.test(path) && !namesDecoration(path) && !TEMPLATE_BACKDROP_NAME.test(name) ? address : null;
}

/**
 * The picture behind the headline: on a box that holds it, within {@link BACKDROP_REACH} levels, or on an empty box
 * right before or after it or such a box. `isCaption` says which elements are captions (captions.ts).
 */
export function backdropPictureOf(headline: DomElement, pageUrl: string | null, isCaption: (element: DomElement) => boolean): ArticleImage | null {
  let branch: DomElement = headline;
  for (let level = 0; level < BACKDROP_REACH; level++) {
    for (const beside of [previousElement(branch), nextElement(branch)]) {
      // The attribute first: a box beside the headline may be the whole story, whose text is not read for nothing.
      const address = beside ? backdropAddress(beside) : null;
      const url = beside && address && !normalizeSpace(rawText(beside)) ? httpUrl(address, pageUrl) : null;
      if (beside && url) return described(url, beside, isCaption, branch.parent);
    }
    const box: DomNode | null = branch.parent;
    if (!box || !isElement(box) || BOX_END_TAGS.has(box.name)) return null;
    const address = backdropAddress(box);
    // A wrapper of the whole page or story may carry the site's texture behind it; a hero box is small.
    const url = address && holdsAtMost(box, BACKDROP_BOX_MAX_ELEMENTS) ? httpUrl(address, pageUrl) : null;
    if (url) return described(url, box, isCaption);
    branch = box;
  }
  return null;
}

/** `hero`: the box that holds both the picture's own box and the headline, whose caption may be set under it. */
function described(url: string, box: DomElement, isCaption: (element: DomElement) => boolean, hero: DomNode | null = null): ArticleImage {
  const label = box.attribs.role === 'img' ? box.attribs['aria-label'] : undefined;
  const alt = plainTextOf(label ?? box.attribs.title ?? '') || null;
  const under = [box, ...(hero && isElement(hero) ? [hero] : [])].map(nextElement).find((next) => next !== null && isCaption(next));
  const captionElement = captionInside(box, isCaption) ?? under;
  const { caption, credit } = captionElement ? splitCredit(captionElement) : { caption: null, credit: null };
  return { url, caption, alt, credit };
}

function holdsAtMost(box: DomElement, limit: number): boolean {
  const stack: DomNode[] = [...box.children];
  for (let count = 0; stack.length > 0; ) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (++count > limit) return false;
    for (const child of node.children) stack.push(child);
  }
  return true;
}

function captionInside(box: DomElement, isCaption: (element: DomElement) => boolean): DomElement | null {
  const stack: DomNode[] = [...box.children].reverse();
  for (let visited = 0; stack.length > 0 && visited < BACKDROP_BOX_MAX_ELEMENTS; visited++) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (isCaption(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}
