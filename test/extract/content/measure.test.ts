import { descendantElements, type DomElement, removeNodes } from '../../../lambdas/extract/content/dom';
import { measureTree, readingLength, remeasureAfterRemoval } from '../../../lambdas/extract/content/measure';
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

describe('reading length', () => {
  it('counts a Latin text by its characters', () => {
    expect(readingLength('The ferry runs twice a day.')).toBe(27);
  });

  it('weighs Chinese, Japanese and Korean characters two and a half times, their punctuation and digits once', () => {
    expect(readingLength('渡轮恢复每天两班。')).toBe(8 * 2.5 + 1);
    expect(readingLength('フェリーは3日から再開')).toBe(10 * 2.5 + 1);
    expect(readingLength('여객선 운항 재개')).toBe(7 * 2.5 + 2);
  });
});
