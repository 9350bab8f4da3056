/**
 * Steps through the DOM around a link: an element's nearest ancestor that passes a test, the first child it shows,
 * the run of like siblings it opens, and the element where a list's label stands.
 */
import type { Element } from 'domhandler';
import { previousElement } from '../dom-walk';
import type { IndexedPage } from './regions';

export function isTagElement(node: Element['children'][number]): boolean {
  return node.type === 'tag';
}

/** The first child with something to show: blank text and icons (`<i class="icon-tag"></i>`) say nothing. */
export function firstShownChild(element: Element, page: IndexedPage): Element['children'][number] | undefined {
  return element.children.find((node) => (node.type === 'text' ? (node as unknown as { data: string }).data.trim() !== '' : node.type === 'tag' && page.shortText(node as Element, 0) !== ''));
}

/** The element and the element siblings after it with the same name and class, up to the first other element. */
export function siblingRun(first: Element): Element[] {
  const run = [first];
  for (let node = first.next; node; node = node.next) {
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.name !== first.name || element.attribs.class !== first.attribs.class) break;
    run.push(element);
  }
  return run;
}

/** The element itself or its nearest ancestor that passes the test. */
export function closest(node: Element['parent'] | Element, test: (element: Element) => boolean): Element | null {
  for (let current = node; current; current = current.parent) {
    if (current.type === 'tag' && test(current as Element)) return current as Element;
  }
  return null;
}

export function hasAncestor(element: Element, test: (element: Element) => boolean): boolean {
  return closest(element.parent, test) !== null;
}

/**
 * The element before a list, where its label stands: the list's previous sibling, or its wrapper's when the list is
 * all the wrapper holds ("<span>Explore more on these topics</span><div><ul><li><a>…").
 */
export function labelOver(list: Element): Element | null {
  const previous = previousElement(list);
  if (previous) return previous;
  const wrapper = list.parent;
  return wrapper?.type === 'tag' && (wrapper as Element).children.every((child) => child === list || !isTagElement(child)) ? previousElement(wrapper as Element) : null;
}
