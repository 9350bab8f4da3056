import { markupExceeds } from '../../lambdas/extract/dom-walk-markup';

function markupNestsDeeperThan(html: string, maxDepth: number): boolean {
  return markupExceeds(html, { maxElements: Infinity, maxDepth }) === 'depth';
}

describe('markupExceeds', () => {
  it('counts open elements, not void ones or stray close tags', () => {
    expect(markupNestsDeeperThan('<div><section><p>text<br><img src=x></p></section></div>', 3)).toBe(false);
    expect(markupNestsDeeperThan('<div><section><p><b>text</b></p></section></div>', 3)).toBe(true);
    expect(markupNestsDeeperThan(`<div>${'</span>'.repeat(100)}<p>x</p></div>`, 2)).toBe(false);
  });

  it('closes the elements left open inside a closed one, and paragraphs and list items ended by the next', () => {
    expect(markupNestsDeeperThan(`${'<div><b><i>unclosed</div>'.repeat(1000)}`, 3)).toBe(false);
    expect(markupNestsDeeperThan(`<div>${'<p>one paragraph'.repeat(1000)}</div>`, 2)).toBe(false);
    expect(markupNestsDeeperThan(`<ul>${'<li>item'.repeat(1000)}</ul>`, 2)).toBe(false);
  });

  it('ends table cells and rows, definition terms and options at the next of their kind', () => {
    expect(markupNestsDeeperThan(`<table>${'<tr><td>a<td>b<th>c'.repeat(500)}</table>`, 3)).toBe(false);
    expect(markupNestsDeeperThan(`<table><tbody>${'<tr><td>a'.repeat(100)}<tbody>${'<tr><td>b'.repeat(100)}</table>`, 5)).toBe(false);
    expect(markupNestsDeeperThan(`<dl>${'<dt>term<dd>definition'.repeat(500)}</dl>`, 2)).toBe(false);
    expect(markupNestsDeeperThan(`<select>${'<optgroup><option>a<option>b'.repeat(500)}</select>`, 3)).toBe(false);
  });

  it('keeps an element open at a start tag that does not end it', () => {
    expect(markupNestsDeeperThan(`<ul>${'<li><span>item</span>'.repeat(10)}</ul>`, 3)).toBe(false);
    expect(markupNestsDeeperThan(`<p>${'<span>text'.repeat(10)}</p>`, 10)).toBe(true);
  });

  it('reads tag names that are also names of object properties as plain tags', () => {
    expect(markupExceeds('<constructor><b>x</b></constructor>', { maxElements: 100, maxDepth: 100 })).toBeNull();
    expect(markupNestsDeeperThan('<constructor><b>x</b></constructor>', 1)).toBe(true);
  });

  it('ignores tags inside scripts, styles and comments', () => {
    expect(markupNestsDeeperThan(`<!-- ${'<div>'.repeat(100)} --><p>x</p>`, 2)).toBe(false);
    expect(markupNestsDeeperThan(`<script>var html = "${'<div>'.repeat(100)}";</script><p>x</p>`, 2)).toBe(false);
    expect(markupNestsDeeperThan(`<STYLE>${'<b>'.repeat(100)}</style>`, 2)).toBe(false);
  });

  it('counts start tags, void ones included and those in scripts left out', () => {
    const limits = { maxElements: 100, maxDepth: Infinity };
    expect(markupExceeds(`<div>${'<br>'.repeat(100)}</div>`, limits)).toBe('elements');
    expect(markupExceeds(`<div>${'<i>x</i>'.repeat(99)}</div>`, limits)).toBeNull();
    expect(markupExceeds(`<script>${'<i>'.repeat(1000)}</script>`, limits)).toBeNull();
  });

  it('finds deep nesting', () => {
    expect(markupNestsDeeperThan(`${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`, 4000)).toBe(true);
    expect(markupNestsDeeperThan(`${'<span>'.repeat(50)}x`, 49)).toBe(true);
  });
});
