/** The headline is metadata, not body: drop its repetitions at the top of the body. */
import type { Block } from './blocks';
import { comparable } from './clean';

/** How many leading blocks may repeat the headline (kicker, headline, dek order varies by site). */
const LEADING_BLOCKS = 4;

export function dropRepeatedTitle(blocks: Block[], title: string | null): Block[] {
  const wanted = title ? comparable(title) : '';
  if (!wanted) return blocks;
  let textSeen = 0;
  return blocks.filter((block) => {
    if (block.kind === 'figure') return true;
    textSeen++;
    if (textSeen > LEADING_BLOCKS && block.sourceLevel !== 1) return true;
    if (block.text.length > wanted.length * 2 + 20) return true;
    const text = comparable(block.text);
    const repeatsTitle = text === wanted || (block.sourceLevel === 1 && text.length >= 8 && (wanted.includes(text) || text.includes(wanted)));
    return !(repeatsTitle && (textSeen <= LEADING_BLOCKS || block.sourceLevel === 1));
  });
}
