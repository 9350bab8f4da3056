/**
 * Stage 6: when the main pass finds too little (pages that render the body with scripts, or keep it in one
 * flat run of paragraphs), fall back to the JSON-LD articleBody the page declares, then to a looser pass over
 * every prose paragraph in the cleaned page.
 */
import type { Block } from './blocks';
import { buildBlocks, plainParagraph } from './blocks';
import { isKeptPictureBox } from './structural-furniture';
import { type DomNode, descendantElements } from './dom';
import { isCaptionElement } from './captions';
import { linkDensity, type StatsTable } from './measure';
import { normalizeParagraphs } from './to-text';

/** A loose paragraph must look like prose: long enough and not a link. */
const LOOSE_MIN_CHARS = 40;
const LOOSE_MAX_LINK_DENSITY = 0.3;

export function structuredBodyBlocks(structuredBody: string | null): Block[] {
  if (!structuredBody) return [];
  return normalizeParagraphs(structuredBody)
    .split('\n\n')
    .filter(Boolean)
    .map(plainParagraph);
}

/**
 * A caption's paragraphs are not loose prose: the main pass reads a caption into its picture, never into the text,
 * and so does this pass, which skips caption elements and picture boxes whole.
 */
export function looseParagraphBlocks(root: DomNode, stats: StatsTable, pageUrl: string | null): Block[] {
  const paragraphs = descendantElements(root, (element) => isCaptionElement(element) || isKeptPictureBox(element, stats)).filter((element) => {
    if (element.name !== 'p') return false;
    const own = stats.get(element);
    return !!own && own.chars >= LOOSE_MIN_CHARS && linkDensity(own) < LOOSE_MAX_LINK_DENSITY;
  });
  return buildBlocks(paragraphs, pageUrl, new Set());
}
