/**
 * Stage 1: remove page furniture before anything is scored, so that a long comment thread or a "most read" box
 * cannot win the scoring and the chosen container carries no boilerplate.
 *
 * Two passes: structural (tags, ARIA roles, hidden markers, class/id tokens) and then textual (furniture headings,
 * "read also" plugs, counters, share links), the second on fresh text statistics.
 * Nothing that contains the headline or a declared article body is ever removed: a page-wide wrapper with a
 * class like `has-sidebar` must not take the article with it.
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, rawText, removeNodes } from './dom';
import { embeddedPostFurniture } from './embeds';
import { type ElementIndex, indexElements, measureTree, remeasureAfterRemoval, type StatsTable } from './measure';
import type { TitleAnchors } from './title-anchors';
import { structuralFurniture } from './structural-furniture';
import { textualFurniture } from './textual-furniture';
import { playerBoxes } from './player-furniture';
import { MAX_SCRIPT_NOTICE_CHARS, SCRIPT_NAME } from './vocabulary';

/**
 * Returns the text statistics of the cleaned tree. The page is measured once; each removal pass then updates only
 * the paths it changed. `walk`: the walk of the intact tree, when the caller has made it.
 */
export function cleanTree(root: DomNode, { keep, headline }: TitleAnchors, walk: ElementIndex = indexElements(root), authors: readonly string[] = []): StatsTable {
  const stats = measureTree(root, walk);
  const players = playerBoxes(walk.elements);
  const structural = [...structuralFurniture(root, walk, keep, stats, headline, players), ...embeddedPostFurniture(walk.elements, walk.byTag.get('script')), ...scriptNotices(walk.elements, keep)];
  remeasureAfterRemoval(stats, removeNodes(structural));
  remeasureAfterRemoval(stats, removeNodes(textualFurniture(walk, removedSubtrees(walk, structural), keep, stats, players, authors)));
  return stats;
}

/**
 * Rule "script notice": a page that builds its story with scripts gives readers without them the story in a
 * <noscript>, and beside it a line asking them to turn JavaScript on. The script's name is the same in every
 * language, and the line is short; a story about JavaScript is a noscript's paragraphs, not one short line.
 */
function scriptNotices(elements: readonly DomElement[], keep: Set<DomNode>): DomElement[] {
  const notices: DomElement[] = [];
  for (const element of elements) {
    if (element.name !== 'noscript') continue;
    // The notice's own elements are not looked into once it is found.
    descendantElements(element, (candidate) => {
      const isNotice = !keep.has(candidate) && isScriptNotice(candidate);
      if (isNotice) notices.push(candidate);
      return isNotice;
    });
  }
  return notices;
}

function isScriptNotice(element: DomElement): boolean {
  const text = normalizeSpace(rawText(element));
  return text.length <= MAX_SCRIPT_NOTICE_CHARS && SCRIPT_NAME.test(text) && !descendantElements(element).some(isPicture);
}
const isPicture = (element: DomElement) => element.name === 'img' || element.name === 'picture';

/** 1 for the elements of the walk that `removed` took out of the tree, with their subtrees. */
function removedSubtrees(walk: ElementIndex, removed: readonly DomNode[]): Uint8Array {
  const flags = new Uint8Array(walk.elements.length);
  for (const node of removed) {
    const at = walk.position.get(node);
    if (at !== undefined) flags.fill(1, at, walk.subtreeEnd[at]);
  }
  return flags;
}
