/**
 * The lead image a page declares for itself: og:image (and its secure/url variants), twitter:image, JSON-LD
 * image, microdata image, `link[rel=image_src]`, and at last the still of the story's own player. Resolved against the page URL; inline data URIs are not images
 * anyone can fetch and are skipped.
 */
import type { MetaTags } from './meta-tags';
import type { DeclaredImage, StructuredArticle } from './json-ld';
import type { Element } from 'domhandler';
import { normalizeSpace } from '../dom-walk';
import { type IndexedPage, textContent } from './regions';
import { namesDefaultPicture, namesUnsetFile } from '../content/decorative-images';
import { splitCreditInText } from '../content/picture-credits';
import { renditionKey } from '../content/images';
import { httpUrl, withoutQuery } from '../url';

/**
 * `ownClip`: the thumbnail of the clip the page declares under its own headline (rule "the page's own clip"): a
 * video story may declare no picture but its VideoObject, whose thumbnail is the still its player shows. Clips of
 * other stories the page embeds go by their own names. Asked last, after every picture declared for the page.
 */
export function readLeadImage(page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, baseUrl: string | null, ownClip: string | null = null): DeclaredImage | null {
  const declared = structured?.images ?? [];
  const candidates = [
    ...tags.all('og:image:secure_url', 'og:image:url', 'og:image'),
    ...declared.map((image) => image.url),
    ...tags.all('twitter:image', 'twitter:image:src', 'itemprop:image'),
    page.tagged('link').find((link) => link.attribs.rel?.toLowerCase() === 'image_src')?.attribs.href,
    ownClip,
  ];
  for (const candidate of candidates) {
    // A declaration whose file name is an unset value is a field left empty, and the site's default picture stands in
    // for none; the next declaration, or the story's player, may name the story's picture.
    if (!candidate || /^\s*data:/i.test(candidate)) continue;
    const path = withoutQuery(candidate.trim());
    if (namesUnsetFile(path) || namesDefaultPicture(path)) continue;
    const resolved = httpUrl(candidate, baseUrl);
    if (resolved) {
      const described = describedAs(resolved, declared, baseUrl);
      return { url: resolved, ...(described.caption === null && described.credit === null ? captionOfDeclaredPoster(page, resolved, baseUrl) : described) };
    }
  }
  const player = playerWithStill(page);
  const still = player && httpUrl(player.attribs.poster!, baseUrl);
  return still ? { url: still, ...captionOfPlayer(player) } : null;
}

/**
 * Rule "player's still": a video story may declare no picture at all, not even a VideoObject, and show its clip in a
 * `<video>` whose poster is the still the player shows before it plays: the picture readers see at the top of the
 * story. The first poster at or after the headline and outside the page's rails and teasers is the page's picture,
 * asked after every declaration, with the caption of the figure it is set in; a player in a sidebar or before the
 * headline belongs to another story.
 */
function playerWithStill(page: IndexedPage): Element | undefined {
  const { position } = page.walk;
  const headline = page.headlineElement();
  const headlineAt = headline ? position.get(headline) ?? -1 : -1;
  return page.tagged('video').find((video) => video.attribs.poster?.trim() && !/^\s*data:/i.test(video.attribs.poster)
    && (position.get(video) ?? -1) > headlineAt && !page.isForeign(video));
}

/** The caption of the figure the player is set in, and the credit it prints ("Waves hit the wall. (Video: Jane Roe)"). */
function captionOfPlayer(player: Element): { caption: string | null; credit: string | null } {
  let figure: Element | null = player;
  for (let depth = 0; figure && figure.name !== 'figure' && depth < MAX_PLAYER_WRAPPERS; depth++) figure = figure.parent as Element | null;
  const caption = figure?.name === 'figure' ? figure.children.find((child): child is Element => child.type === 'tag' && child.name === 'figcaption') : undefined;
  const text = caption ? normalizeSpace(textContent(caption)) : '';
  return text ? splitCreditInText(text) : { caption: null, credit: null };
}
/**
 * Rule "declared poster's caption": a video story declares the clip's still as its picture (og:image) and shows it
 * only as the poster of the player under the headline, in a figure whose caption says what the clip shows
 * ("فيديو: رافعة الحماية المدنية تنتشل السيارة …"); no <img> renders it for the caption to be read from. The story's
 * own player (see playerWithStill) whose poster is the declared picture gives it that caption; another still, or a
 * player without a figure, gives none.
 */
function captionOfDeclaredPoster(page: IndexedPage, url: string, baseUrl: string | null): { caption: string | null; credit: string | null } {
  const player = playerWithStill(page);
  return player && withoutQuery(httpUrl(player.attribs.poster!, baseUrl) ?? '') === withoutQuery(url) ? captionOfPlayer(player) : { caption: null, credit: null };
}

/** Players nest in a wrapper or two of their own inside the figure (`<figure><div class="player"><video>`). */
const MAX_PLAYER_WRAPPERS = 3;

/**
 * Rule "described declaration": JSON-LD may declare the picture as an ImageObject with its caption and credit, which
 * the page itself may never print (a story whose template shows no picture). The og:image the page also declares
 * is most often that same picture, in another size at most, and is described by it. The caption field is read as a
 * printed caption is: CMSs fill it with the credit too ("… Senate. Photo: Jane Doe", "© Jane Doe / Unsplash"), and
 * with the uploaded file's name where nobody wrote one ("Viyard" for `viyard.jpg`), which describes nothing.
 * Rule "described in another size": WordPress declares its large size as og:image (`…/name-1024x683.jpg`) and the
 * upload itself as the ImageObject its SEO plugin describes (`…/name.jpg`, "… Picture: Jane Doe"); the size written
 * into the file's name makes no other picture (see rule "one picture in two renditions").
 */
function describedAs(url: string, declared: readonly DeclaredImage[], baseUrl: string | null): { caption: string | null; credit: string | null } {
  const picture = withoutQuery(url);
  const rendition = renditionKey(picture);
  const described = declared.find((image) => (image.caption || image.credit) && renditionKey(withoutQuery(httpUrl(image.url, baseUrl) ?? '')) === rendition);
  if (!described) return { caption: null, credit: null };
  const printed = described.caption ? splitCreditInText(described.caption) : { caption: null, credit: null };
  const caption = printed.caption && lettersOf(printed.caption) !== lettersOf(picture.slice(picture.lastIndexOf('/') + 1).replace(/\.\w+$/, '')) ? printed.caption : null;
  return { caption, credit: described.credit ?? printed.credit };
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
