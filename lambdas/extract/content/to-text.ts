/**
 * Plain-text rendering: one paragraph per text block, separated by exactly one blank line; the lines of a paragraph
 * the page broke with <br>s are separated by one newline.
 */
import { type Block, joinLines, type TextBlock } from './blocks';
import { normalizeSpace } from '../dom-walk';

/**
 * Block texts are collapsed and non-empty when the blocks are made, so they are joined as they are; preformatted
 * blocks keep their lines.
 */
export function blocksToText(blocks: Block[]): string {
  return joinLines(blocks)
    .filter((block): block is TextBlock => block.kind !== 'figure')
    .map((block) => block.preformatted?.text ?? block.text)
    .join('\n\n');
}

/**
 * Plain text given as a whole (JSON-LD articleBody) normalised to the same paragraph rules. A single newline ends a
 * paragraph there: declared bodies separate their paragraphs so, and carry no markup that tells a stanza's line.
 */
export function normalizeParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n/)
    .map(normalizeSpace)
    .filter(Boolean)
    .join('\n\n');
}
