import { extractContent } from '../../../lambdas/extract/content';
import { page, prose, run, treeOf } from './helpers';

/** Parsing 100k nested elements is slow in the parser itself; the allowance is generous so loaded CI stays green. */
const PARSER_ALLOWANCE_MS = 180_000;

describe('pathological input', () => {
  it('returns on 100k-deep nesting', () => {
    const depth = 100_000;
    const html = page(`${'<div>'.repeat(depth)}${prose('deep')}${'</div>'.repeat(depth)}`);
    expect(run(html).body).toContain('deep report');
  }, PARSER_ALLOWANCE_MS);

  it('returns on a megabyte attribute and a huge srcset', () => {
    const huge = 'x'.repeat(1_000_000);
    const srcset = Array.from({ length: 50_000 }, (_, i) => `/i${i}.jpg ${i}w`).join(', ');
    const html = page(`<article class="${huge}" data-x="${huge}">${prose('attr')}<img srcset="${srcset}" alt="${huge}"><a href="/${huge}">link</a></article>`);
    expect(run(html).body).toContain('attr report');
  });

  it('returns on a very large number of tiny elements', () => {
    const html = page(`<div>${'<span>a</span><i></i>'.repeat(200_000)}</div>${prose('many')}`);
    expect(run(html).body).toContain('many report');
  }, PARSER_ALLOWANCE_MS);

  it('keeps the story beside an embedded post of 150,000 elements', () => {
    const post = `<blockquote class="twitter-tweet"><div>${'<i></i>'.repeat(150_000)}<p>The post itself.</p></div></blockquote>`;
    const result = run(page(`<article>${prose('embed')}${post}</article>`));
    expect(result.body).toContain('embed report');
    expect(result.body).toContain('The post itself.');
  });

  it('prints 150,000 prose lines broken by single <br>s as paragraphs', () => {
    const line = 'A long line of prose, well past the length of a line of verse or of an address, that a single break ends.';
    const result = run(page(`<article><div>${`${line}<br>`.repeat(150_000)}</div></article>`));
    expect(result.body.split('\n\n')).toHaveLength(150_000);
  });

  it('reads a story container with 150,000 children', () => {
    const result = run(page(`<article>${prose('wide')}${'<span>word </span>'.repeat(150_000)}</article>`));
    expect(result.body).toContain('wide report');
  });

  it('never throws on odd input', () => {
    for (const html of ['', '<', '<html><body></body></html>', '<p>', '<table><td>x', '<![CDATA[x]]><!-- c -->', '<a href="javascript:x">y</a>']) {
      expect(() => extractContent(treeOf(html), { url: 'not a url', title: '', structuredBody: '' })).not.toThrow();
    }
  });
});
