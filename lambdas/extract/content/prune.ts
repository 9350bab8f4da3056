/**
 * Stage 4: inside the chosen container, mark blocks that are furniture by their shape alone: boxes that are
 * mostly links (inline "more stories" lists, tag clouds, link-only tables) even though their class said nothing.
 * Marked subtrees are skipped by the text walk; the tree itself is left alone.
 */
import { type DomElement, type DomNode, isElement } from './dom';
import { linkDensity, type StatsTable } from './measure';

const BOX_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'header', 'footer', 'center', 'nav', 'article', 'p', 'li']);

/** More than half of the text in links: a link list, not prose that happens to cite sources. */
const LINK_LIST_DENSITY = 0.5;

export function pruneContainer(nodes: DomElement[], stats: StatsTable): Set<DomNode> {
  const skip = new Set<DomNode>();
  const stack: DomNode[] = [];
  for (const node of nodes) stack.push(...node.children);
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    const own = stats.get(node);
    if (own && own.chars > 0 && BOX_TAGS.has(node.name) && isLinkList(node, own.chars, linkDensity(own))) {
      skip.add(node);
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
  return skip;
}

/** A paragraph made of one link is a plug ("Read: <headline>"); a long paragraph with links is prose. */
function isLinkList(element: DomElement, chars: number, density: number): boolean {
  if (element.name === 'p' || element.name === 'li') return density >= 0.9 && chars < 200 && element.name === 'p';
  return density >= LINK_LIST_DENSITY;
}
