/**
 * Pull quotes: a sentence of the article set again in large type between its paragraphs (`wp-block-pullquote`, a
 * blockquote with the speaker's name under it) to catch the eye. A reader reads it once, in its paragraph; kept in
 * the body, the sentence and its attribution were read twice, the second time out of place. A blockquote whose text
 * the article's own paragraphs do not hold, word for word or edited (see the rule "edited pull quote"), is a
 * quotation in its own right (a letter, a statement) and stays.
 */
import type { Block } from './blocks';
import { type DomElement, isElement, nextElement, previousElement, rawText } from './dom';

/** Shorter quotes ("No.", "Never again") repeat words, not a sentence set apart. */
const MIN_PULL_QUOTE_CHARS = 30;
/** The speaker's name under a pull quote: a few words, no sentence. */
const MAX_ATTRIBUTION_WORDS = 5;
const MAX_ATTRIBUTION_CHARS = 60;

/** Quotation marks and dashes around a pull quote, which its sentence in the paragraph does not repeat. */
const EDGE_MARKS = /^[\s"'“”‘’«»„‚‹›—–-]+|[\s"'“”‘’«»„‚‹›]+$/gu;

export function dropPullQuotes(blocks: Block[]): Block[] {
  if (!blocks.some((block) => block.kind !== 'figure' && block.quoted)) return blocks;
  const prose = blocks.flatMap((block) => (block.kind !== 'figure' && !block.quoted ? [block.text] : []));
  // Rule "recapitalised pull quote": a quote lifted from the middle of a sentence opens with a capital the
  // paragraph does not give it ("« Plusieurs élus jugeant les coûts encore flous »" out of "…, plusieurs élus …").
  let lowerProse: string[] | undefined;
  // The word index is built only for a quote that no paragraph holds as it stands.
  let proseWords: ProseWords | undefined;
  let attribution = false;
  return blocks.filter((block) => {
    // A table set in a blockquote (a quoted statistics box) is data: its rows repeat the text's words, never a sentence.
    if (block.kind === 'figure' || block.kind === 'row' || !block.quoted) {
      attribution = false;
      return true;
    }
    if (attribution && block.text.length <= MAX_ATTRIBUTION_CHARS && block.text.split(' ').length <= MAX_ATTRIBUTION_WORDS) return false;
    const sentence = withoutInlineAttribution(block.text).replace(EDGE_MARKS, '');
    const lowerSentence = sentence.toLowerCase();
    attribution = sentence.length >= MIN_PULL_QUOTE_CHARS && ((lowerProse ??= prose.map((text) => text.toLowerCase())).some((text) => text.includes(lowerSentence))
      || (proseWords ??= new ProseWords(prose)).holdsEditedCopy(sentence));
    return !attribution;
  });
}

/**
 * Rule "attribution in line": a pull quote may name its speaker in its own paragraph, after a dash that follows the
 * closing quotation mark ("“Every line on that spreadsheet is someone’s Tuesday.” — a transport manager"); the
 * sentence it repeats is the part before the dash. A few words after the dash only: a quotation that goes on past a
 * dash ("“We tried,” she said — “and we failed.”") is no attribution.
 */
function withoutInlineAttribution(text: string): string {
  const match = INLINE_ATTRIBUTION.exec(text);
  if (!match || match[2].length > MAX_ATTRIBUTION_CHARS || match[2].split(' ').length > MAX_ATTRIBUTION_WORDS) return text;
  return match[1];
}
const INLINE_ATTRIBUTION = /^(.*[”"»’'])\s*[—–―-]\s*([^—–―"“”«»]+)$/u;

/**
 * Rule "edited pull quote": the desk sets the sentence again trimmed to fit the box, not copied: "Envelhecer não é uma
 * catástrofe. É uma das maiores conquistas do último século." out of "Mas envelhecer não é uma catástrofe. É, na
 * verdade, uma das maiores conquistas do último século." Every word of such a quote comes in its order in one
 * paragraph, with only a few words of the paragraph between them. A quotation in its own right brings words the
 * text does not have, or has them in another order.
 */
class ProseWords {
  private readonly paragraphs: string[][];
  /** For each word, the paragraphs that hold it, so that a quote is compared only with those holding its rarest word. */
  private readonly paragraphsByWord = new Map<string, number[]>();
  /** Words of the text the comparisons may still read; see {@link MAX_WORDS_COMPARED}. */
  private budget = MAX_WORDS_COMPARED;

  constructor(prose: readonly string[]) {
    this.paragraphs = prose.map(words);
    this.paragraphs.forEach((paragraph, index) => {
      for (const word of new Set(paragraph)) {
        const holders = this.paragraphsByWord.get(word);
        if (holders) holders.push(index);
        else this.paragraphsByWord.set(word, [index]);
      }
    });
  }

  holdsEditedCopy(quote: string): boolean {
    if (this.budget <= 0) return false;
    const quoteWords = words(quote);
    if (quoteWords.length < MIN_EDITED_QUOTE_WORDS || quoteWords.length > MAX_EDITED_QUOTE_WORDS) return false;
    let candidates: number[] | undefined;
    for (const word of quoteWords) {
      const holders = this.paragraphsByWord.get(word);
      if (!holders) return false;
      if (!candidates || holders.length < candidates.length) candidates = holders;
    }
    const span = quoteWords.length + Math.ceil(quoteWords.length / 2);
    return (candidates ?? []).some((index) => this.holdsInOrder(this.paragraphs[index], quoteWords, span));
  }

  /** Whether the quote's words come in order in the paragraph within `span` words of the first. */
  private holdsInOrder(paragraph: readonly string[], quote: readonly string[], span: number): boolean {
    for (let start = paragraph.indexOf(quote[0]); start !== -1 && this.budget > 0; start = paragraph.indexOf(quote[0], start + 1)) {
      let matched = 1;
      const end = Math.min(paragraph.length, start + span);
      this.budget -= end - start;
      for (let at = start + 1; at < end && matched < quote.length; at++) if (paragraph[at] === quote[matched]) matched++;
      if (matched === quote.length) return true;
    }
    return false;
  }
}

/** Quotes of fewer words match by chance; longer ones are passages, which a pull quote never is. */
const MIN_EDITED_QUOTE_WORDS = 8;
const MAX_EDITED_QUOTE_WORDS = 60;

/**
 * A story's few pull quotes are compared with its text in some thousands of word steps; a page of thousands of
 * quotations over text that holds all their words (a forum thread, a transcript) is not read for edited copies
 * past this many, so that it costs no more than a story.
 */
const MAX_WORDS_COMPARED = 200_000;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Rule "marked pull quote": a blockquote whose class names it a pull quote ("pull-quote", "pullquote",
 * `wp-block-pullquote`) sets a paragraph beside it again in large type, often reworded to fit the box rather than
 * trimmed: "<p>… يقاس بالسنوات، بينما يقاس العطش بالأيام.</p><blockquote class="pull-quote"><p>العطش يقاس بالأيام،
 * والمشاريع تقاس بالسنوات</p></blockquote>", the same words in another order, some with another ending. Such a quote
 * is left out when half of its words or more come in one of the paragraphs next to it; a quotation the writer set in
 * the box (a letter, a statement) brings words of its own.
 */
export function isMarkedPullQuote(element: DomElement): boolean {
  const box = element.name === 'blockquote' ? pullQuoteBox(element) : null;
  if (!box) return false;
  const quote = new Set(words(rawText(element)));
  if (quote.size < MIN_MARKED_QUOTE_WORDS) return false;
  const restates = (paragraph: DomElement | null) => {
    if (!paragraph) return false;
    const held = new Set(words(rawText(paragraph)));
    let shared = 0;
    for (const word of quote) if (held.has(word)) shared++;
    return shared * 2 >= quote.size;
  };
  let before = previousElement(box);
  let after = nextElement(box);
  for (let step = 0; step < NEIGHBOURS_READ; step++) {
    if (restates(before) || restates(after)) return true;
    before = before && previousElement(before);
    after = after && nextElement(after);
  }
  return false;
}
/**
 * Rule "pull-quote figure": WordPress's pull-quote block names the <figure> around the blockquote, not the blockquote
 * (`<figure class="wp-block-pullquote"><blockquote><p>«…»</p><cite>…</cite></blockquote></figure>`); the figure is
 * then the box that stands between the paragraphs. The box the blockquote is marked by, or null.
 */
function pullQuoteBox(blockquote: DomElement): DomElement | null {
  if (namesPullQuote(blockquote)) return blockquote;
  const parent = blockquote.parent;
  return parent && isElement(parent) && parent.name === 'figure' && namesPullQuote(parent) ? parent : null;
}

/** Whether the element's class names it a pull quote: "pull-quote", "pullquote", "pull_quote", `wp-block-pullquote`. */
function namesPullQuote(element: DomElement): boolean {
  return element.attribs.class !== undefined && PULL_QUOTE_CLASS.test(element.attribs.class);
}
const PULL_QUOTE_CLASS = /(?:^|\s)(?:wp-block-)?pull[-_]?quote(?:$|\s|[-_])/i;

/**
 * Rule "quote box": many themes name the box they set a sentence in large type between the paragraphs for a quote,
 * alone or as a part of the story's block ("quote-box", "quotebox", `artikel__quote`, `content-quote`), with no
 * blockquote inside. Such a box is a quote as much as a pull quote's is, and the rules on pull quotes judge it: gone
 * when it repeats the text, kept as a quotation when it does not. "quote" must stand as a word of the class
 * ("quotes-ticker" names another thing), and WordPress's post format on the article's wrapper ("format-quote",
 * "post-format-quote") names the post, not a box in it. Only a box with no blockquote of its own is asked about; a
 * blockquote's class (`wp-block-quote`) says nothing more than its tag.
 */
export function namesQuoteBox(element: DomElement): boolean {
  return element.attribs.class !== undefined && (PULL_QUOTE_CLASS.test(element.attribs.class) || QUOTE_BOX_CLASS.test(element.attribs.class));
}
const QUOTE_BOX_CLASS = /(?:^|\s|(?<!format)[-_])quote(?:[-_]?box)?(?:$|\s|[-_])/i;
/** A quote of a few words shares half of them with any paragraph by chance. */
const MIN_MARKED_QUOTE_WORDS = 5;
/** The paragraph a pull quote restates stands right beside it, or a paragraph or two away. */
const NEIGHBOURS_READ = 3;
