import { measureTree } from '../../../lambdas/extract/content/measure';
import type { DomElement } from '../../../lambdas/extract/content/dom';
import { scoreTree } from '../../../lambdas/extract/content/score';
import { selectContainer } from '../../../lambdas/extract/content/select';
import { page, prose, treeOf } from './helpers';

describe('scoring and selection', () => {
  it('counts Arabic clause punctuation like Latin', () => {
    const punctuationOf = (text: string) => {
      const root = treeOf(page(`<p>${text}</p>`));
      const stats = measureTree(root);
      const paragraph = [...stats.keys()].find((element: DomElement) => element.name === 'p');
      return paragraph ? stats.get(paragraph)?.punctuation : undefined;
    };
    expect(punctuationOf('قال، ثم أضاف؛ لماذا؟')).toBe(3);
    expect(punctuationOf('said, then added; why?')).toBe(3);
  });

  it('prefers the article over a longer link-heavy sidebar', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">A much longer sidebar headline number ${i}, with a comma</a></li>`).join('');
    const root = treeOf(page(`<div class="rail"><ul>${links}</ul></div><div id="story">${prose('flood')}${prose('rain')}</div>`));
    const stats = measureTree(root);
    const selection = selectContainer(scoreTree(root, stats), stats);
    expect(selection?.top.attribs.id).toBe('story');
  });

  it('scores Arabic prose by its punctuation', () => {
    const arabic = '<p>قال المتحدث، في مؤتمر صحفي، إن الحكومة ستواصل العمل؛ وأضاف أن الوضع مستقر، وأن المساعدات ستصل قريبا إلى المناطق المتضررة؟</p>';
    const root = treeOf(page(`<div id="short"><p>عنوان قصير بلا ترقيم يتكرر هنا وهناك دون فواصل</p></div><div id="story">${arabic}${arabic}</div>`));
    const stats = measureTree(root);
    const selection = selectContainer(scoreTree(root, stats), stats);
    expect(selection?.top.attribs.id).toBe('story');
  });
});
