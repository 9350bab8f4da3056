/**
 * Decorative and foreign pictures: pixels, icons, logos and ad banners, and pictures that belong to something other
 * than the story (the writer's head shot, a player's poster, another story's thumbnail). None is an article image.
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, childElements, descendantElements, isElement, isLivePost, rawText } from './dom';
import { attributeTokens } from './tokens';
import { hostOf, withoutQuery } from '../url';
import { BYLINE_START, isWriterPageHref } from '../metadata/bylines/lines';
import { AD_LABEL } from './vocabulary';
import { pictogramOf } from '../pictograms';

/**
 * Pixels, spacers, icons, avatars and logos are not article images, nor is the counter an analytics script serves as
 * one (Matomo's `piwik.php`, `matomo.php` in a `<noscript>`). Read in the address without its host.
 */
export const NOT_A_PICTURE = /(?:pixel|spacer|blank|transparent|tracking|beacon|icon|logo|avatar|emoji|sprite|placeholder|loader|loading|gravatar|piwik|matomo)/i;

/**
 * An address without its scheme and host. The host names the site, not the picture: a paper called "The Beacon"
 * or a site on "silicon…" serves every picture from a host the words for icons and tracking beacons match.
 */
export function withoutHost(url: string): string {
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
 * Whether the address, without its query, names a decoration: a vector graphic or a favicon (`.svg`, `.ico`), a
 * pixel file, a file named for an unset value, or a file or folder named for an icon, logo, placeholder and the
 * like, or a glyph's small picture (rule "pictogram file", in `pictograms.ts`). Sites declare such a picture as
 * their og:image when an article has none (`social_placeholder.png`, `site_FB_logo.jpg`, `apple-touch-icon.png`).
 */
export function namesDecoration(path: string): boolean {
  return /\.(?:svg|ico)$/i.test(path) || NOT_A_PICTURE.test(withoutHost(path).split('/').slice(-2).join('/')) || PIXEL_FILE.test(path) || namesUnsetFile(path)
    || pictogramOf(path) !== null;
}

/**
 * Rule "unset file name": an address a template joined from the site's folder and a variable holding nothing
 * ("https://example.com/images/undefined", "/media/None"): the picture field was left empty (see `isUnsetValue`).
 */
export function namesUnsetFile(path: string): boolean {
  return UNSET_FILE.test(path);
}
const UNSET_FILE = /\/(?:undefined|null|None)$/;

/**
 * Rule "site's default picture": sites declare a stand-in of their own for every story that has no picture
 * (`og-default-share.png`, `default_image.jpg`, `social-default.jpg`), named for being the default. It shows the
 * site's brand, not the story; a story's own picture is named for its subject or numbered.
 */
export function namesDefaultPicture(path: string): boolean {
  return DEFAULT_FILE.test(path);
}
const DEFAULT_FILE = /(?:^|[/_.-])default(?:[_.-][^/]*)?$/i;

/** `declared`: the page declares the picture as its own (og:image), so a player box's poster of it is the story's. */
export function isDecoration(img: DomElement, url: string, declared = false): boolean {
  if (!settledVerdicts) return judgeDecoration(img, url, declared);
  const known = settledVerdicts.get(img);
  if (known && known.url === url && known.declared === declared) return known.decoration;
  const decoration = judgeDecoration(img, url, declared);
  settledVerdicts.set(img, { url, declared, decoration });
  return decoration;
}

/**
 * The verdicts on the pictures of a page the cleaning is done with, by img, for the address and flag last asked: the
 * body walk asks of a picture box's picture and then of the same picture for its record, the lead and the caption
 * rules again. Null while the page may still change, as its boxes and neighbours decide a verdict.
 */
let settledVerdicts: WeakMap<DomElement, { url: string; declared: boolean; decoration: boolean }> | null = null;

/** From now until {@link forgetDecorationVerdicts}, the page does not change: each verdict is made once. */
export function rememberDecorationVerdicts(): void {
  settledVerdicts = new WeakMap();
}

export function forgetDecorationVerdicts(): void {
  settledVerdicts = null;
}

function judgeDecoration(img: DomElement, url: string, declared: boolean): boolean {
  const width = parseInt(img.attribs.width ?? '', 10);
  const height = parseInt(img.attribs.height ?? '', 10);
  if ((width > 0 && width < SMALL_IMAGE_PX) || (height > 0 && height < SMALL_IMAGE_PX)) return true;
  if (declaredWidth(url) < SMALL_IMAGE_PX) return true;
  const path = withoutQuery(url);
  if (width === 0 && height === 0 && !PHOTO_FILE.test(path)) return true;
  if (namesDecoration(path) || DECORATION_CLASS.test(img.attribs.class ?? '') || isLabelledAd(img) || isAltWriterWord(img) || isBannerByItsAsk(img)) return true;
  return isBylinePortrait(img) || isOtherStoryThumbnail(img) || isInOtherArticle(img) || isStoryCardPicture(img) || (!declared && isPlayerPoster(img)) || isLinkIcon(img) || isAdBanner(img, url) || isAppStoreBadge(img) || isChannelBadge(img);
}

/**
 * Rule "ad by its alt text": an ad creative set in the text names itself in its alt text with the word the slot's
 * label uses ("Publicidad", "reklam", "Anzeige", "إعلان"), in a box the site names in its own language
 * (`<div class="publicidad">`, `<div class="reklam">`) where no class word of the cleaning names an ad. A picture's
 * description is a phrase, never the word for an advertisement alone.
 */
function isLabelledAd(img: DomElement): boolean {
  const alt = img.attribs.alt;
  return alt !== undefined && alt.length <= MAX_AD_ALT_CHARS && alt.trim() !== '' && AD_LABEL.test(alt);
}
/** "Advertisement - إعلان" is as long as an ad's label gets; the length test spares the pattern most alt texts. */
const MAX_AD_ALT_CHARS = 40;

/**
 * Rule "banner by its ask": trade papers set the banner of their own event or a sponsor's into the text as a linked
 * picture with no size that names it a banner, its alt text the banner's wording down to the button it prints
 * ("Maritime Security Forum 2027 – London, 3 March – Book now", "… – Register today", "… – Jetzt anmelden"). A
 * picture's description says what it shows and never asks the reader to book, register or buy; only a picture in a
 * link, which the banner is, and only the ask at the alt text's end, where the button stands.
 */
function isBannerByItsAsk(img: DomElement): boolean {
  const alt = img.attribs.alt;
  return alt !== undefined && alt.length <= MAX_BANNER_ALT_CHARS && parentLink(img) !== null && BANNER_ASK.test(alt);
}
/** A banner's wording: the event's name, its place and date, and the button. */
const MAX_BANNER_ALT_CHARS = 160;
/**
 * The banner's button at the alt text's end, a verb with its "now" ("Book now", "Register today", "Jetzt anmelden",
 * "Inscríbete ya") or the tickets it sells: a bare "book" ends many a description.
 */
const BANNER_ASK = /(?:^|[\s–—|:-])(?:(?:book|register|reserve|enrol|enroll|sign up) (?:now|today|here|your (?:place|seat|pass|stand|ticket)s?)|(?:buy|get) (?:your )?tickets|jetzt (?:anmelden|buchen)|inscr[ií]bete (?:ya|ahora)|r[ée]servez (?:maintenant|vos places)|iscriviti ora)[\s!.]*$/iu;

/**
 * Rule "writer's word for alt text": newsletter platforms set the writer's head shot by the byline with the byline's
 * word for its whole alt text (`<img src="…/profile_picture/…" alt="Author">`, "Autor", "Auteur"), in a row of
 * utility classes that names no author box. A photo's description says what it shows, never only that word.
 */
function isAltWriterWord(img: DomElement): boolean {
  const alt = img.attribs.alt;
  return alt !== undefined && alt.length <= MAX_WRITER_WORD_CHARS && BYLINE_TOKENS.has(alt.trim().toLowerCase());
}
/** "contributors" is the longest of the byline's words. */
const MAX_WRITER_WORD_CHARS = 16;

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

/**
 * Rule "channel badge": a picture linked to a messenger channel (Telegram, WhatsApp, Viber, Google News) or to a
 * social profile's front page (`facebook.com/harbourtimes`, `x.com/harbourtimes`, a YouTube channel) is the
 * publisher's invitation to follow it, which templates drop into the text and into the ad slots between its
 * paragraphs; it never illustrates the story. A picture linked to one post on those sites (`instagram.com/p/…`,
 * `x.com/…/status/…`) may show what the story quotes, and is left to the other rules.
 */
function isChannelBadge(img: DomElement): boolean {
  const href = parentLink(img)?.attribs.href;
  // Only a link that names one of the platforms is parsed: most linked pictures link the site's own pages.
  if (!href || !CHANNEL_PLATFORM_NAME.test(href)) return false;
  const host = hostOf(href)?.replace(/^(?:www|m|mobile)\./i, '');
  if (!host) return false;
  const path = withoutHost(href).replace(/[?#].*$/, '');
  return MESSENGER_HOST.test(host) || (host === 'whatsapp.com' && WHATSAPP_CHANNEL.test(path)) || (host === 'news.google.com' && GOOGLE_NEWS_PUBLICATION.test(path))
    || (host === 'youtube.com' ? YOUTUBE_CHANNEL.test(path) : SOCIAL_HOST.test(host) && PROFILE_PATH.test(path) && !PLATFORM_PAGE.test(path));
}
const CHANNEL_PLATFORM_NAME = /t\.me|telegram|wa\.me|whatsapp|viber|news\.google|facebook|instagram|twitter|x\.com|youtube|tiktok|vk\.com|ok\.ru/i;
const MESSENGER_HOST = /^(?:t\.me|telegram\.me|telegram\.dog|wa\.me|chat\.whatsapp\.com|invite\.viber\.com)$/i;
const WHATSAPP_CHANNEL = /^\/channel\//i;
const GOOGLE_NEWS_PUBLICATION = /^\/(?:publications|s)\//i;
const SOCIAL_HOST = /^(?:facebook\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|vk\.com|ok\.ru)$/i;
/** A profile's front page: one segment of path (`/harbourtimes`, TikTok's `/@harbourtimes`), as a post's address has more. */
const PROFILE_PATH = /^\/@?[\w.-]+\/?$/;
/** The platforms' own one-segment pages, which show one post or share one: `facebook.com/photo.php?fbid=…`, `/watch`. */
const PLATFORM_PAGE = /^\/(?:[\w-]+\.php|watch|photo|video|share|sharer|intent|hashtag|reel|home|search|explore|wall-?\d[\w-]*)\/?$/i;
const YOUTUBE_CHANNEL = /^\/(?:@[\w.-]+|c\/[\w.-]+|channel\/[\w-]+|user\/[\w.-]+)\/?$/i;

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
 * a headline of several words. Templates also give the icon the label for its alt text (`<a><img src="mail.gif"
 * alt="أرسل لصديق"> أرسل لصديق</a>`, "alt=Print" beside "print"): a picture that says what the words beside it say
 * adds nothing to them. Rule "icon of a titled link": Joomla sets its print and e-mail tools as links with no words,
 * named by their title ("<a title="Imprimir"><img src="printButton.png" alt="Imprimir"></a>"), and that title is the
 * label the icon repeats; the lead picture was the print button's.
 */
function isLinkIcon(img: DomElement): boolean {
  const link = parentLink(img);
  if (!link) return false;
  const alt = normalizeSpace(img.attribs.alt ?? '');
  const words = normalizeSpace(rawText(link));
  // A titled link's picture with no alt text of its own may be a video's still, which the title asks to click.
  const label = words || (alt !== '' ? normalizeSpace(link.attribs.title ?? '') : '');
  if (alt !== '' && alt.toLowerCase() !== label.toLowerCase()) return false;
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
 * where this walk stops. A box named for a picture's author (`image-author-license`) holds a photo credit. Sites
 * name the box in their own language too, as the byline reader knows: "autor" (German, Spanish, Polish), Italian
 * "autore", French "auteur", Indonesian "penulis", Turkish "muhabir" (the reporter, `<div class="muhabir"><img>`). A
 * column's writer box is named for the writer (`<div class="writer-bio"><img><p>Jane Doe: an urban planner…</p></div>`)
 * or for the columnist (`<div class="columnist"><img><span class="name">Jane Doe</span><span>Second Opinion</span>`): an
 * opinion page's head shot of its columnist, where the column itself often shows no picture and the head shot was
 * taken for the lead one.
 * Rule "portrait linked to the writer's page": a picture inside a link to one writer's page ("<a
 * href="/autoren/jane-doe/"><picture><img></picture></a>") is that writer's, whatever its box is named, and even
 * where the template sets it in a <figure> with the byline for its caption.
 */
const BYLINE_TOKENS = new Set(['author', 'authors', 'writer', 'writers', 'byline', 'bylines', 'contributor', 'contributors', 'columnist', 'columnists', 'autor', 'autore', 'auteur', 'penulis', 'muhabir']);
const BYLINE_PORTRAIT_LEVELS = 4;
/** `image-author`, `photo-author`: the picture's own author, its credit line, which sits beside every photo. */
const PICTURE_AUTHOR = /^(?:image|img|photo|picture|foto|bild|media)-(?:author|authors)$/;

function isBylinePortrait(img: DomElement): boolean {
  let element: DomNode | null = img;
  for (let level = 0; element && isElement(element) && level <= BYLINE_PORTRAIT_LEVELS; level++, element = element.parent) {
    if (isPostWrapper(element)) return false;
    if (element.name === 'a' && isWriterPageHref(element.attribs.href)) return true;
    // A picture author's word anywhere in the box outweighs a byline word, before it or after it.
    let namesByline = false;
    let namesPictureAuthor = false;
    for (const word of boxWords(element)) {
      if (PICTURE_AUTHOR.test(word)) {
        namesPictureAuthor = true;
        break;
      }
      namesByline ||= BYLINE_TOKENS.has(word) || BYLINE_TOKENS.has(firstWordPart(word)) || BYLINE_TOKENS.has(lastWordPart(word));
    }
    if (namesByline && !namesPictureAuthor) return true;
  }
  return false;
}

/**
 * Rule "writer's box named for its post": templates also name the writer's box after the post it belongs to, the
 * byline word last (`post-author`, `entry-author`, `article__author`), a class the token splitter keeps whole as it
 * keeps a post's taxonomy classes (`post-123`); the head shot in it, beside the writer's name and job title, is the
 * writer's (the Palestinian ask-the-doctor column's "د. سامر الخطيب / استشاري طب الأطفال" card). A picture author's
 * box (`image-author`) is a credit's, as above.
 */
function lastWordPart(token: string): string {
  for (let index = token.length - 1; index >= 0; index--) if (token[index] === '-' || token[index] === '_') return token.slice(index + 1);
  return token;
}

/** The part of a token before its first hyphen or underscore (`author-profile` → `author`), the whole token without one. */
function firstWordPart(token: string): string {
  for (let index = 0; index < token.length; index++) if (token[index] === '-' || token[index] === '_') return token.slice(0, index);
  return token;
}

/**
 * Rule "portrait beside the writer's link": templates built from utility classes (`flex items-center gap-x-3`) name
 * no box for the byline, but set the writer's head shot in the row that links to the writer's page ("<div><img
 * src="…/jane-doe-64.jpg"><a href="/profile/jane-doe">Jane Doe</a> · <time>…</time></div>"). A row of a byline's
 * length that holds a writer's link is the byline, and its picture the writer's. Asked of uncaptioned pictures only:
 * an article picture's caption may link the photographer's staff page. A figure ends the climb, and so does a heading:
 * a story's or a book's header sets its picture beside the headline and the writer's link under it.
 */
const WRITER_ROW_LEVELS = 2;
const WRITER_ROW_MAX_CHARS = 200;

export function isBesideWriterLink(img: DomElement): boolean {
  let row: DomNode | null = img.parent;
  for (let level = 0; row && isElement(row) && level < WRITER_ROW_LEVELS; level++, row = row.parent) {
    if (isPostWrapper(row) || row.name === 'figure' || textLengthUpTo(row, WRITER_ROW_MAX_CHARS + 1) > WRITER_ROW_MAX_CHARS) return false;
    const inside = descendantElements(row);
    if (inside.some((element) => HEADING.test(element.name))) return false;
    if (inside.some((element) => element.name === 'a' && isWriterPageHref(element.attribs.href)) || (row.name === 'a' && isWriterPageHref(row.attribs.href))) return true;
    if (opensWithBylineWord(row) && inside.some((element) => element.name === 'a')) return true;
  }
  return false;
}

/**
 * Rule "portrait beside the byline": the row may link the writer to a page in the site's own words ("/av/jane-doe",
 * "/forfatter/…"), but it opens with the byline's word before the linked name ("<div><img src="/byline/jlind.png"
 * alt=""><span>Av <a>Johanna Lind</a></span> Reporter</div>"), and its picture is the writer's head shot.
 */
function opensWithBylineWord(row: DomElement): boolean {
  return BYLINE_START.test(normalizeSpace(rawText(row)));
}
const HEADING = /^h[1-6]$/;

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
 * story's own. Rule "media entity": Drupal renders the story's picture as an <article class="media"> of its own, the
 * picture, its caption field and its photographer field, and no link: one picture with a caption's worth of text,
 * no heading and nothing to click is the picture's box, not another piece.
 */
const TEASER_MAX_CHARS = 600;

function isInOtherArticle(img: DomElement): boolean {
  let element: DomNode | null = img.parent;
  while (element && isElement(element) && element.name !== 'article') element = element.parent;
  if (!element || !isElement(element) || isStoryWrapper(element) || isLivePost(element) || textLengthUpTo(element, TEASER_MAX_CHARS) >= TEASER_MAX_CHARS) return false;
  if (isMediaEntity(element)) return false;
  for (let outer: DomNode | null = element.parent; outer && isElement(outer); outer = outer.parent) if (outer.name === 'article') return true;
  return hasArticleSibling(element) && hasHeadlineLink(element);
}

function isMediaEntity(article: DomElement): boolean {
  const inside = descendantElements(article);
  return inside.filter((element) => element.name === 'img' || element.name === 'amp-img').length === 1
    && !inside.some((element) => element.name === 'a' || HEADING.test(element.name)) && textLengthUpTo(article, MEDIA_ENTITY_MAX_CHARS) < MEDIA_ENTITY_MAX_CHARS;
}
/** A caption and a credit line, as a picture box holds at most. */
const MEDIA_ENTITY_MAX_CHARS = 400;

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
