/**
 * Rule "embedded post": a post from a social network set in the story with the network's embed code (a
 * `<blockquote class="twitter-tweet">`, `instagram-media`, `tiktok-embed`, or Facebook's `fb-xfbml-parse-ignore`) is
 * quoted by the story, and its words are part of the story, as a quote. The embed code prints the post's furniture
 * around them, the same on every site: who posted it and when ("— Name (@handle) March 5, 2024", "Posted by Name on
 * …", "A post shared by Name (@handle)"), the address of the picture attached to it ("pic.twitter.com/…"), a "View
 * this post on Instagram" link, a TikTok's poster handle and sound credit ("♬ original sound - …"). Those go; the
 * post's words stay, and the blockquote keeps them quoted.
 */
import { normalizeSpace } from '../dom-walk';
import { ancestorsOf, type DomElement, type DomNode, descendantElements, isElement, rawText } from './dom';
import { attributeTokens, firstMatch } from './tokens';

/** The class names the networks' embed code gives the blockquote that holds the post. */
const EMBEDDED_POST_CLASSES: ReadonlySet<string> = new Set([
  'twitter-tweet', 'twitter-video', 'instagram-media', 'tiktok-embed', 'fb-xfbml-parse-ignore', 'bluesky-embed', 'mastodon-embed', 'text-post-media',
]);

/** The address a tweet prints for its attached picture or video: a link to the picture, not words of the post. */
const ATTACHED_MEDIA_ADDRESS = /^pic\.(?:twitter|x)\.com\/\S+$/i;

/** "(@handle)": the poster named by handle, as Instagram's "A post shared by Name (@handle)" closes the embed. */
const POSTER_HANDLE = /\(@[\p{L}\p{N}_.]+\)/u;
/**
 * Instagram's line naming the poster is this short at most ("Ein Beitrag geteilt von Name (@handle) am 23. Okt 2017
 * um 0:31 Uhr"); a longer closing paragraph that names someone by handle is the post's own words.
 */
const MAX_POSTER_LINE_CHARS = 150;

/** A TikTok embed's poster ("@handle", linked alone) and sound credit ("♬ original sound - Name"). */
const TIKTOK_CREDIT = /^(?:@[\p{L}\p{N}_.]+|♬.*)$/u;

/**
 * Rule "embedded post by its address": where the embed code's class is gone or renamed (a page saved after its
 * scripts ran, a theme that rewrites the markup), the blockquote still links the post it shows: the tweet's date links
 * `twitter.com/<handle>/status/<id>`, Instagram's line links `instagram.com/p/<id>`. A quote that links a post is
 * that post quoted.
 */
export function isEmbeddedPost(element: DomElement): boolean {
  if (element.name !== 'blockquote') return false;
  return firstMatch(attributeTokens(element), EMBEDDED_POST_CLASSES) !== null
    || descendantElements(element).some((child) => child.name === 'a' && POST_ADDRESS.test(child.attribs.href ?? ''));
}
const POST_ADDRESS = /^(?:https?:)?\/\/(?:(?:www|mobile)\.)?(?:(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d|instagram\.com\/(?:p|reel|tv)\/[\w-]|tiktok\.com\/@[\w.-]+\/video\/\d|facebook\.com\/[^/?#]+\/(?:posts|videos)\/|bsky\.app\/profile\/[^/?#]+\/post\/\w|threads\.(?:net|com)\/@[\w.]+\/post\/[\w-])/i;

/**
 * The furniture of the embedded posts among `elements` (the page's, in document order), to be removed. `scripts`:
 * the page's <script> elements (the walk's index by tag).
 */
export function embeddedPostFurniture(elements: readonly DomElement[], scripts: readonly DomElement[] = []): DomNode[] {
  // Concatenated rather than pushed as spread arguments: a post's furniture may be more nodes than a call takes.
  return elements.filter(isEmbeddedPost).flatMap(postFurniture).concat(telegramFallbacks(scripts));
}

/**
 * Rule "post Telegram's script draws": Telegram's embed code is a script alone (`<script
 * src="…/telegram-widget.js" data-telegram-post="channel/123">`) that puts the post in a frame of its own once it
 * runs; the page holds none of the post's words. What the box around the script prints beside it is the site's
 * stand-in for the frame ("View this post on Telegram", "Переглянути допис у Telegram"), a line that links or names
 * the network, not the story's words. The box goes when that is all it holds: a line of a few words that names the
 * network or links to it, so a paragraph of the story that happens to sit beside the script stays.
 */
function telegramFallbacks(scripts: readonly DomElement[]): DomElement[] {
  const boxes: DomElement[] = [];
  for (const script of scripts) {
    if (script.attribs['data-telegram-post'] === undefined) continue;
    const box = script.parent;
    if (box && isElement(box) && box.name !== 'body' && isTelegramStandIn(box)) boxes.push(box);
  }
  return boxes;
}
const MAX_STAND_IN_CHARS = 80;
const TELEGRAM_NAME = /telegram|телеграм|تيليجرام|تيليغرام|تلغرام|تلگرام|טלגרם/i;
const TELEGRAM_ADDRESS = /^(?:https?:)?\/\/(?:t\.me|telegram\.me)\//i;

function isTelegramStandIn(box: DomElement): boolean {
  const text = textOf(box);
  return text.length <= MAX_STAND_IN_CHARS && (TELEGRAM_NAME.test(text)
    || descendantElements(box).some((element) => element.name === 'a' && TELEGRAM_ADDRESS.test(element.attribs.href ?? '')));
}

/**
 * The post's words are its <p>s. Everything the embed prints beside them goes, and so does a short closing <p> that
 * names the poster by handle. An embed without <p>s (TikTok's) keeps its text less the credits it links.
 *
 * Rule "post behind a link card": Mastodon's and Threads' embed code holds none of the post's words, only a card
 * that links the post ("Post by @handle", "View on Mastodon", "View on Threads") until the network's script puts
 * the post in its place. An embed whose every word lies in links is that card, and goes whole.
 */
function postFurniture(post: DomElement): DomNode[] {
  const elements = descendantElements(post);
  const paragraphs = elements.filter((element) => element.name === 'p');
  if (paragraphs.length === 0) {
    const links = elements.filter((element) => element.name === 'a');
    if (links.length > 0 && withoutSpace(rawText(post)) === links.map((link) => withoutSpace(rawText(link))).join('')) return [post];
    return links.filter((link) => TIKTOK_CREDIT.test(textOf(link)));
  }
  const furniture: DomNode[] = [];
  collectBesideParagraphs(post, ancestorsOf(paragraphs, post), furniture);
  const last = paragraphs[paragraphs.length - 1];
  const closing = textOf(last);
  if (closing.length <= MAX_POSTER_LINE_CHARS && POSTER_HANDLE.test(closing)) furniture.push(last);
  for (const paragraph of paragraphs) {
    for (const link of descendantElements(paragraph)) if (link.name === 'a' && ATTACHED_MEDIA_ADDRESS.test(textOf(link))) furniture.push(link);
  }
  return furniture;
}

/** The nodes under `parent` that neither are a <p> nor hold one (`holders`: the elements that hold one). */
function collectBesideParagraphs(parent: DomElement, holders: Set<DomNode>, furniture: DomNode[]): void {
  for (const child of parent.children) {
    if (!isElement(child)) {
      if (child.type !== 'text' || normalizeSpace(child.data ?? '') !== '') furniture.push(child);
    } else if (child.name !== 'p') {
      if (holders.has(child)) collectBesideParagraphs(child, holders, furniture);
      else furniture.push(child);
    }
  }
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

function textOf(element: DomElement): string {
  return normalizeSpace(rawText(element));
}
