/**
 * The headline is metadata, not body: drop its repetitions at the top of the body, and the kicker above it.
 * Rule "release under its headline": a release set in `<pre>` prints its letterhead, the release line, the contact
 * and the date above the headline it centres or sets in capitals, and the page's menu cell comes before it all; its
 * text starts under that headline, which the title was read from.
 */
import type { Block } from './blocks';
import { isPageReferenceLine } from './notices';
import { comparable } from './title-anchors';
import { wordsBeforeTail } from '../metadata/text';

/** How many leading blocks may repeat the headline (kicker, headline, dek order varies by site). */
const LEADING_BLOCKS = 4;
/** A kicker is a word or a short phrase ("Voetbal", "The long read", "Opinioni · Il commento"). */
const MAX_KICKER_CHARS = 40;

export function dropRepeatedTitle(blocks: Block[], title: string | null): Block[] {
  const wanted = title ? comparable(title) : '';
  if (!wanted) return blocks;
  const releaseStart = blocks.findIndex((block) => block.kind !== 'figure' && block.releaseHeading && comparable(block.text) === wanted);
  if (releaseStart >= 0) return blocks.slice(releaseStart + 1);
  let textSeen = 0;
  // A heading under the story's first paragraph heads a section, however it repeats the headline.
  let storyBegun = false;
  const repeats = new Set<Block>();
  for (const block of blocks) {
    if (block.kind === 'figure') continue;
    textSeen++;
    const before = storyBegun;
    storyBegun ||= block.text.length > MAX_KICKER_CHARS && !HEADING_KINDS.has(block.kind);
    if (textSeen > LEADING_BLOCKS && block.sourceLevel !== 1) continue;
    // Rule "deck inside the h1": templates print the deck in the headline's own h1 (`<h1>Headline <small>Deck of a
    // whole sentence</small></h1>`), as long again as the headline; an h1 is a heading however long, where another
    // block so long is a paragraph that quotes the headline.
    if (block.text.length > wanted.length * 2 + 20 && block.sourceLevel !== 1) continue;
    const text = comparable(block.text);
    const repeatsTitle = text === wanted || (block.sourceLevel === 1 && text.length >= 8 && holdsOneAnother(text, wanted))
      || isDatedHeadline(text, wanted) || isTrailedHeadline(block.text, wanted) || (!before && HEADING_KINDS.has(block.kind) && (isKickedHeadline(text, wanted) || isFullerHeadline(text, wanted)));
    if (repeatsTitle && (textSeen <= LEADING_BLOCKS || block.sourceLevel === 1)) repeats.add(block);
  }
  const kickers = kickersAbove(blocks, repeats);
  return blocks.filter((block) => !repeats.has(block) && !kickers.has(block));
}

/**
 * An h1 and the title hold one another, compared without their spaces: rule 'lines run together in the h1'
 * (metadata/title.ts) reads a title that parts the words an h1's spans run together ("SeelandGemeinde").
 */
function holdsOneAnother(heading: string, title: string): boolean {
  const headingLetters = heading.replace(/ /g, '');
  const titleLetters = title.replace(/ /g, '');
  return titleLetters.includes(headingLetters) || headingLetters.includes(titleLetters);
}

/**
 * Rule "dated headline": a title box of inline elements ("<div><span class="post-title">Headline</span><span
 * class="post-date">Oct 2, 2016</span></div>") is one block in which the date runs on from the headline, so the
 * block repeats the headline with a few more characters and no exact match catches it. What runs on is a date: it
 * holds a digit and a few words at most; a sentence that opens with the headline's words goes on with more.
 */
function isDatedHeadline(text: string, wanted: string): boolean {
  if (text.length <= wanted.length || !text.startsWith(wanted)) return false;
  const rest = text.slice(wanted.length);
  return rest.length <= MAX_DATE_RUN_ON_CHARS && /\d/.test(rest) && rest.trim().split(' ').length <= MAX_DATE_RUN_ON_WORDS;
}
/**
 * Rule "kicked headline": a heading that prints the kicker and the headline as two lines of its own ("<h2><span>Second
 * division</span> <span>Kiel turn the derby round</span></h2>") reads as one block, the kicker run into the headline.
 * A leading heading that is the headline after a few words is that heading.
 */
function isKickedHeadline(text: string, wanted: string): boolean {
  const kickerWords = wordsBeforeTail(text, wanted);
  return kickerWords > 0 && kickerWords <= MAX_KICKER_WORDS;
}
/**
 * Rule "trail ending in the headline": DataLife Engine's speedbar, and templates like it, print the trail from the
 * site's name to the story as one line that ends with the headline itself ("Волжский вестник » Город » На мосту
 * ограничат движение"), in no element a breadcrumb class names. A leading block that is the headline after one to
 * five short crumbs, each closed by a trail's spaced mark, is that trail.
 */
function isTrailedHeadline(text: string, wanted: string): boolean {
  const crumbs = text.split(TRAIL_MARK);
  const headline = crumbs.pop()!;
  return crumbs.length >= 1 && crumbs.length <= MAX_CRUMBS_BEFORE_HEADLINE && crumbs.every((crumb) => crumb.trim() !== '' && crumb.length <= MAX_CRUMB_CHARS)
    && comparable(headline) === wanted;
}
const TRAIL_MARK = /\s[»›>/]\s/u;
const MAX_CRUMBS_BEFORE_HEADLINE = 5;
const MAX_CRUMB_CHARS = 40;
/**
 * Rule "fuller headline": the title the page declares for sharing may be its headline cut short ("Pensioner wins
 * war over 40ft hedge" for the printed "Pensioner wins war over 40ft hedge that blocked out the sun - as council
 * orders it cut"), and a template without an <h1> prints that headline as the body's first heading. A leading heading
 * that opens with the whole title, a sentence's worth of it, is that headline.
 */
function isFullerHeadline(text: string, wanted: string): boolean {
  return wanted.length >= MIN_CUT_TITLE_CHARS && text.length > wanted.length && text.startsWith(wanted);
}
const MIN_CUT_TITLE_CHARS = 30;
export const HEADING_KINDS: ReadonlySet<Block['kind']> = new Set(['h2', 'h3', 'h4']);
const MAX_KICKER_WORDS = 6;

/** "Oct 2, 2016", "12.03.2024 17:45", "2 hours ago": a date with its time, as a title box prints it. */
const MAX_DATE_RUN_ON_CHARS = 30;
const MAX_DATE_RUN_ON_WORDS = 5;

/**
 * Kicker: the short label a template sets above the headline (the section, the series, the genre). When the body
 * container holds the headline, what comes before it among the leading blocks is that label, not the story,
 * which starts under the headline.
 *
 * Rule "score box above the headline": a match report sets the score box over its headline, the teams' crests
 * among its short lines ("Real Zaragoza 2", "Final · Jornada 16", "1 CD Mirandés", the scorers); a picture between
 * the short lines does not make them the story, which still starts under the headline. The pictures stay where
 * they are.
 *
 * Rule "news code over the headline": an Iranian agency's row of particulars (its news code, time and service; see
 * notices.ts) stands over the kicker and the headline; it is longer than a label, but no more the story's than the
 * kicker under it, which is then still the kicker.
 */
function kickersAbove(blocks: readonly Block[], repeats: ReadonlySet<Block>): Set<Block> {
  const kickers = new Set<Block>();
  if (repeats.size === 0) return kickers;
  for (const block of blocks) {
    if (repeats.has(block)) return kickers;
    if (block.kind === 'figure') continue;
    if (block.text.length > MAX_KICKER_CHARS && !isKickerRow(block.text) && !isPageReferenceLine(block.text)) return new Set();
    kickers.add(block);
  }
  return new Set();
}

/**
 * Rule "kicker of fields": a court report sets the court and the case's file number over its headline, as two fields
 * of one row parted by a dot or a bar ("Landgericht Dresden · Az. 3 KLs 204 Js 1187/26", "Crown Court | Case No.
 * T20267041"), as a section page sets its desk and its series. The row is longer than one label, but each field is
 * one, and nothing above the headline is the story.
 */
function isKickerRow(text: string): boolean {
  if (text.length > MAX_KICKER_FIELDS * MAX_KICKER_CHARS) return false;
  const fields = text.split(KICKER_FIELD_SEPARATOR);
  return fields.length > 1 && fields.length <= MAX_KICKER_FIELDS && fields.every((field) => field.length <= MAX_KICKER_CHARS);
}
/**
 * Rule "live strip over the headline": a sports or a markets page sets a strip of the feed's running figures inside
 * the article's box over the headline, field after short field parted by dots or bars ("LIVE Test Jerez, giorno 2 ·
 * Classifica in tempo reale · Ferri 1'36\"402 · Tanaka +0.118 · …"), as the court report sets its two fields there: more
 * fields than a kicker's, each as short, and nothing above the headline is the story.
 */
const MAX_KICKER_FIELDS = 8;
/**
 * Rule "trail over the headline": older templates print the page's trail as a line of their own over the headline, in
 * the story's cell ("Inicio » Documentos » Nota técnica 2026/04", "Home > Publications > Briefs"): the section's
 * path, each crumb a label, as a kicker row's fields are; the Spanish university's note began on its series label
 * under the trail. The trail's marks part the fields as the row's dot and bar do.
 */
const KICKER_FIELD_SEPARATOR = /\s+[|·•»›>]\s+/u;
