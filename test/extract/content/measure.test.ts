import { descendantElements, type DomElement, removeNodes } from '../../../lambdas/extract/content/dom';
import { measureTree, remeasureAfterRemoval } from '../../../lambdas/extract/content/measure';
import { page, prose, treeOf } from './helpers';

describe('text statistics after removals', () => {
  it('updates the changed paths to exactly what a fresh measurement gives', () => {
    const root = treeOf(page(`<div id="a"><p>Short, with a <a href="/x">link</a>.</p>${prose('lead')}
      <div id="b"><span class="x">gone, gone</span> kept text; here</div></div>
      <section><p class="y">${'Removed prose, long enough to count as a paragraph of its own; '.repeat(3)}</p>${prose('tail')}</section>`));
    const stats = measureTree(root);
    const doomed = descendantElements(root).filter((element: DomElement) => element.attribs.class === 'x' || element.attribs.class === 'y');
    remeasureAfterRemoval(stats, removeNodes(doomed));
    const fresh = measureTree(root);
    for (const element of descendantElements(root)) expect(stats.get(element)).toEqual(fresh.get(element));
    const section = descendantElements(root).find((element) => element.name === 'section') as DomElement;
    expect(stats.get(section)?.prose).toBe(1);
  });
});
