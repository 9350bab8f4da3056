/**
 * Pull quotes: a sentence of the article set again in large type between its paragraphs (`wp-block-pullquote`, a
 * blockquote with the speaker's name under it) to catch the eye. A reader reads it once, in its paragraph; kept in
 * the body, the sentence and its attribution were read twice, the second time out of place. A blockquote whose text
 * the article's own paragraphs do not hold is a quotation in its own right (a letter, a statement) and stays.
 */
import type { Block } from './blocks';

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
  let attribution = false;
  return blocks.filter((block) => {
    if (block.kind === 'figure' || !block.quoted) {
      attribution = false;
      return true;
    }
    if (attribution && block.text.length <= MAX_ATTRIBUTION_CHARS && block.text.split(' ').length <= MAX_ATTRIBUTION_WORDS) return false;
    const sentence = block.text.replace(EDGE_MARKS, '');
    attribution = sentence.length >= MIN_PULL_QUOTE_CHARS && prose.some((text) => text.includes(sentence));
    return !attribution;
  });
}
