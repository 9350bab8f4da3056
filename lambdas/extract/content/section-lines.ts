/**
 * Rule "section line over the story": templates and hand-set posts print the story's section as a line of its own
 * between the headline and the text: a WordPress post that repeats its headline in the editor and writes the
 * category under it in bold ("<h2>Headline</h2><p><strong>محليات</strong></p>"), a portal's label row under the
 * title. A line that is the section's or a category's name, and nothing else, before the story's first paragraph is
 * that label, not the story, however it is set.
 */
import type { Block } from './blocks';
import { comparable } from './title-anchors';

/** A paragraph this long is the story's own; the labels come before it. */
const STORY_PARAGRAPH_CHARS = 150;

export function dropSectionLines(blocks: Block[], sections: readonly string[]): Block[] {
  const names = new Set(sections.map(comparable).filter(Boolean));
  if (names.size === 0) return blocks;
  const storyStart = blocks.findIndex((block) => block.kind === 'p' && block.text.length >= STORY_PARAGRAPH_CHARS);
  return blocks.filter((block, index) => block.kind === 'figure' || (storyStart >= 0 && index > storyStart) || !names.has(comparable(block.text)));
}
