import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { countWords, isBlank, nextElement, previousElement, walkDocument } from '../../lambdas/extract/dom-walk';
import { parseHtml } from '../../lambdas/extract/parse';

const names = (elements: readonly Element[]) => elements.map((element) => element.attribs.id ?? element.name);

describe('walkDocument', () => {
  const html = '<html><head><title>T</title><script>var hidden = 1;</script></head><body id="b">'
    + '<div id="d1"><div id="d2"><p id="p1">Hello  <b id="b1">bold</b> world</p></div></div>'
    + '<p id="p2"> </p><!-- a comment --><ul id="u"><li id="l1">one</li><li id="l2">two</li></ul></body></html>';
  const walk = walkDocument(parseHtml(html).root()[0]);
  const at = (idOrName: string) => names(walk.elements).indexOf(idOrName);

  it('lists every element in document order, with its position, parent and the end of its subtree', () => {
    expect(names(walk.elements)).toEqual(['html', 'head', 'title', 'script', 'b', 'd1', 'd2', 'p1', 'b1', 'p2', 'u', 'l1', 'l2']);
    walk.elements.forEach((element, index) => expect(walk.position.get(element)).toBe(index));
    expect(walk.parentIndex[at('b1')]).toBe(at('p1'));
    expect(walk.parentIndex[at('d1')]).toBe(at('b'));
    expect(walk.parentIndex[0]).toBe(-1);
    expect(walk.subtreeEnd[at('d1')]).toBe(at('p2'));
    expect(walk.subtreeEnd[at('u')]).toBe(walk.elements.length);
    expect(walk.subtreeEnd[at('b1')]).toBe(at('b1') + 1);
  });

  it('counts visible characters per subtree, leaving out script text, and marks elements holding any text', () => {
    expect(walk.visibleChars[at('p1')]).toBe('Helloboldworld'.length);
    expect(walk.visibleChars[at('d1')]).toBe('Helloboldworld'.length);
    expect(walk.visibleChars[at('script')]).toBe(0);
    expect(walk.visibleChars[at('head')]).toBe(1);
    expect(walk.visibleChars[at('u')]).toBe('onetwo'.length);
    expect(walk.hasText[at('p2')]).toBe(1);
    expect(walk.visibleChars[at('p2')]).toBe(0);
    expect(walk.hasText[at('script')]).toBe(0);
  });

  it('reads a chain of only children at its bottom, and knows which elements lie in the body', () => {
    expect(walk.textRoot[at('d1')]).toBe(at('p1'));
    expect(walk.textRoot[at('p1')]).toBe(at('p1'));
    expect(walk.textRoot[at('u')]).toBe(at('u'));
    expect(walk.hasBody).toBe(true);
    expect(walk.inBody[at('p1')]).toBe(1);
    expect(walk.inBody[at('b')]).toBe(0);
    expect(walk.inBody[at('title')]).toBe(0);
    expect(names(walk.byTag.get('li') ?? [])).toEqual(['l1', 'l2']);
  });

  it('walks a subtree, its root left out and its children at the top', () => {
    const $ = load('<div id="root"><p id="a">x</p><p id="b">y</p></div>');
    const sub = walkDocument($('#root')[0]);
    expect(names(sub.elements)).toEqual(['a', 'b']);
    expect([...sub.parentIndex]).toEqual([-1, -1]);
    expect(sub.hasBody).toBe(false);
  });

  it('keeps each element\'s position after another walk of the same tree, and knows no node it did not walk', () => {
    const $ = parseHtml('<div id="root"><p id="a">x</p><p id="b">y</p></div>');
    const whole = walkDocument($.root()[0]);
    walkDocument($('#root')[0]);
    whole.elements.forEach((element, index) => expect(whole.position.get(element)).toBe(index));
    expect(whole.position.get($('#a')[0].children[0])).toBeUndefined();
    expect(whole.position.get(parseHtml('<p id="a">x</p>')('#a')[0])).toBeUndefined();
  });

  it('walks a tree nested 20,000 levels deep without running out of stack', () => {
    const deep = walkDocument(parseHtml(`${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`).root()[0]);
    expect(deep.elements).toHaveLength(20_000);
    expect(deep.parentIndex[19_999]).toBe(19_998);
    expect(deep.visibleChars[0]).toBe(1);
    expect(deep.textRoot[0]).toBe(19_999);
  });
});

describe('previousElement and nextElement', () => {
  it('step over text, comments and scripts to the element sibling, and give null at either end', () => {
    const $ = load('<div><p id="a">A</p> text <!-- note --><script>var x;</script><p id="b">B</p></div>');
    const [a, b] = [$('#a')[0] as Element, $('#b')[0] as Element];
    expect(nextElement(a)).toBe(b);
    expect(previousElement(b)).toBe(a);
    expect(previousElement(a)).toBeNull();
    expect(nextElement(b)).toBeNull();
  });
});

describe('isBlank', () => {
  it('takes spaces, line breaks and no-break spaces for blank, and any other character for text', () => {
    expect(['', ' ', '\n\t ', '\u00A0', ' \u00A0\n'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect(['a', ' · ', '\u00A0x'].map(isBlank)).toEqual([false, false, false]);
  });
});

describe('countWords', () => {
  it('counts runs of letters between spaces, in any spaced script', () => {
    expect(countWords('The council met on Tuesday.')).toBe(5);
    expect(countWords('  ارتفعت أسعار الذهب اليوم \n\n في التعاملات  ')).toBe(6);
    expect(countWords('서울시는 1일 대책을 발표했다.')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('counts each Chinese character and kana as a word, and no punctuation between them', () => {
    expect(countWords('长江流域迎来强降雨。')).toBe(9);
    expect(countWords('東京で雪が降った。（共同）')).toBe(10);
    expect(countWords('新华社武汉12月1日电 受强降雨影响')).toBe(16);
  });

  it('splits Thai, written without spaces between its words, into words, and counts the spaces between its phrases', () => {
    const phrase = 'รัฐบาลประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจ';
    expect(countWords(phrase)).toBeGreaterThanOrEqual(6);
    expect(countWords(`${phrase} ${phrase}`)).toBe(2 * countWords(phrase));
    expect(countWords(`ธนาคาร (Bank) ${phrase}`)).toBe(2 + countWords(phrase));
  });
});
