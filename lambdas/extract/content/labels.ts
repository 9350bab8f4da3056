/**
 * Blocks that are furniture by their whole text, whatever element carried them: the label an ad slot leaves
 * behind and the reading-time note. They are often bare text between <br>s, which the element-level cleaning
 * cannot single out, so they are dropped from the block list.
 */
import type { Block } from './blocks';
import { AD_LABEL, READING_TIME } from './vocabulary';

/** Longer blocks are sentences that merely start with such a word. */
const MAX_LABEL_CHARS = 40;

export function dropLabelBlocks(blocks: Block[]): Block[] {
  return blocks.filter((block) => block.kind === 'figure' || block.text.length > MAX_LABEL_CHARS || !(AD_LABEL.test(block.text) || READING_TIME.test(block.text)));
}
