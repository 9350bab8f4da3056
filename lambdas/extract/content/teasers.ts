/**
 * Teaser runs: the cards of other stories that a template prints before or after the article in the same container,
 * with no class that names them ("related", "more"), so neither the cleaning nor the pruning knew them. Each card is
 * a heading that is nothing but a link to its story, and under it, at most, a cut-off excerpt ("Immer mehr
 * Haushalte entscheiden sich für", "...ihr könnt sie hier […]") and its picture. Two such cards in a row at the very
 * start or the very end of the body are a list of other stories, not the article.
 *
 * A section of the article under a linked heading ends its sentences; so does a listicle's item, which is why only
 * unfinished excerpts join a card, and why a run must reach the edge of the body to be dropped. A single card ends
 * the body when its excerpt ends on a read-more link.
 */
import { normalizeSpace } from '../dom-walk';
import type { Block, TextBlock } from './blocks';
import { isWholeLink } from './labels';
import { READ_MORE_LINK } from './vocabulary';

/** Two cards make a list; one linked heading can be the article's own pointer to its source. */
const MIN_CARDS = 2;

/**
 * A card's excerpt is one paragraph, cut off, and a card may carry a label (its section, "Photovoltaik"); a longer
 * block is writing, and a second paragraph under a card is the article's own standfirst, which is not always
 * punctuated either.
 */
const MAX_EXCERPT_CHARS = 600;
const MAX_LABEL_CHARS = 40;

/** A card's headline has a few words; a one-word link heading is a section label or a name. */
const MIN_HEADLINE_WORDS = 3;

/** How a finished sentence ends: a stop, a question or exclamation mark, maybe inside closing quotes or brackets. */
const FINISHED_SENTENCE = /[.!?。！？؟]["'”’»)\]]*$/u;
/** An ellipsis says the excerpt was cut: "…", "...", "[…]", "[...]". */
const CUT_OFF = /(?:…|\.\.\.)\]?$/u;

export function dropTeaserRuns(blocks: Block[]): Block[] {
  const trailing = Math.min(trailingRunStart(blocks), trailingReadMoreCard(blocks));
  const leading = leadingRunEnd(blocks.slice(0, trailing));
  const rest = leading === 0 && trailing === blocks.length ? blocks : blocks.slice(leading, trailing);
  // A page of nothing but cards is a listing, and its cards are all the text it has.
  return (rest.some((block) => block.kind !== 'figure') ? rest : blocks).map(withoutReadMorePointer);
}

/**
 * Rule "read-more pointer": a newsletter page or a round-up tells each item in a few sentences and closes it with a
 * link to the full story ("… Talks resume this afternoon. <a>Read more</a>", "… <a>Weiterlesen</a>"). The item's
 * sentences are the text; the link's label is a control of the page, not a word of it. Only after a finished
 * sentence: an excerpt cut off before its link is a teaser's (see trailingReadMoreCard).
 */
function withoutReadMorePointer(block: Block): Block {
  if (block.kind !== 'p' && block.kind !== 'li') return block;
  const link = CLOSING_LINK.exec(block.html);
  if (!link || !READ_MORE_LINK.test(link[1].trim())) return block;
  const label = normalizeSpace(link[1]);
  if (!block.text.endsWith(label)) return block;
  const before = block.text.slice(0, block.text.length - label.length).trimEnd();
  if (!FINISHED_SENTENCE.test(before)) return block;
  const closingTags = link[0].slice(link[0].indexOf('</a>') + '</a>'.length);
  return { ...block, text: before, html: `${block.html.slice(0, link.index).trimEnd()}${closingTags}` };
}

/** Index of the first block of the run of cards that ends the body, or the body's length when there is none. */
function trailingRunStart(blocks: Block[]): number {
  let cards = 0;
  let start = blocks.length;
  let between = new CardText();
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === 'figure') continue;
    if (isCardHeadline(block)) {
      cards++;
      start = i;
      between = new CardText();
    } else if (!between.takes(block)) {
      break;
    }
  }
  return cards >= MIN_CARDS ? withPicturesBefore(blocks, start) : blocks.length;
}

/** Index of the first block after the run of cards that opens the body, or 0 when there is none. */
function leadingRunEnd(blocks: Block[]): number {
  let cards = 0;
  let end = 0;
  let between = new CardText();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'figure') continue;
    if (isCardHeadline(block)) {
      cards++;
      between = new CardText();
    } else if (cards === 0 || !between.takes(block)) {
      break;
    }
    end = i + 1;
  }
  return cards >= MIN_CARDS ? end : 0;
}

/** The link a teaser's excerpt ends on, its text alone: "… Seht selbst! <a>Weiterlesen</a>". */
const CLOSING_LINK = /<a [^>]*>([^<]*)<\/a>(?:\s*<\/(?:strong|em)>)*$/;

/**
 * Read-more card: the last block of the body is an excerpt that ends on a "Weiterlesen" / "Read more" link,
 * maybe under its picture: the card of the next story, whose text goes on elsewhere. The article's own last
 * paragraph ends on its own words. Index of the card's first block, or the body's length when there is none.
 */
function trailingReadMoreCard(blocks: Block[]): number {
  const last = blocks.length - 1;
  const block = blocks[last];
  if (!block || block.kind !== 'p') return blocks.length;
  const link = CLOSING_LINK.exec(block.html);
  if (!link || !READ_MORE_LINK.test(link[1].trim()) || normalizeSpace(link[1]) === block.text) return blocks.length;
  return withPicturesBefore(blocks, withTitleBefore(blocks, last));
}

/**
 * Rule "card's title": the card may be a box of the site's own under its title in a heading of no link ("Why trust
 * MoneyCompass" over "Our editors follow strict guidelines. <a>Learn more</a>"). The heading right above the card
 * titled it and nothing of the story, which it would close alone: it goes with the card.
 */
function withTitleBefore(blocks: Block[], start: number): number {
  const above = blocks[start - 1];
  return above && CARD_TITLE_KINDS.has(above.kind) ? start - 1 : start;
}
const CARD_TITLE_KINDS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** A card's picture sits right above its headline. */
function withPicturesBefore(blocks: Block[], start: number): number {
  while (start > 0 && blocks[start - 1].kind === 'figure') start--;
  return start;
}

function isCardHeadline(block: TextBlock): boolean {
  return (block.kind === 'h2' || block.kind === 'h3' || block.kind === 'h4') && isWholeLink(block.html) && block.text.split(' ').length >= MIN_HEADLINE_WORDS;
}

/** The text between two card headlines: at most one cut-off excerpt and one short label. */
class CardText {
  private excerpt = false;
  private label = false;

  takes(block: TextBlock): boolean {
    if (block.kind !== 'p' && block.kind !== 'li') return false;
    if (block.text.length <= MAX_LABEL_CHARS && !FINISHED_SENTENCE.test(block.text) && !this.label) return (this.label = true);
    if (block.text.length > MAX_EXCERPT_CHARS || this.excerpt) return false;
    return (this.excerpt = CUT_OFF.test(block.text) || !FINISHED_SENTENCE.test(block.text));
  }
}
