import { countWords } from '../../../lambdas/extract/dom-walk';
import { page, prose, run } from './helpers';

describe('plain text', () => {
  it('separates paragraphs, headings, list items and table rows by exactly one blank line', () => {
    const result = run(page(`<article>${prose('budget')}<h2>What  changes</h2>${prose('tax')}
      <ul><li>First   item</li><li>Second item</li></ul>
      <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>5 m</td></tr></table>${prose('school')}</article>`));
    const paragraphs = result.body.split('\n\n');
    expect(paragraphs).toEqual(expect.arrayContaining(['What changes', 'First item', 'Second item', 'Year | Cost', '2024 | 5 m']));
    expect(result.body).not.toMatch(/\n{3,}|[ \t]{2,}|^\s|\s$/);
  });

  it('sets a table row\'s cells apart (rule "cells set apart"), but not after a label\'s colon or around an empty cell', () => {
    const result = run(page(`<article>${prose('budget')}
      <table><tr><td>1</td><td>Jan Berg</td><td>2:11:04</td></tr><tr><td>Kingdom:</td><td>Animalia</td></tr><tr><td>2</td><td></td><td>Ola Lind</td></tr></table>${prose('school')}</article>`));
    expect(result.body.split('\n\n')).toEqual(expect.arrayContaining(['1 | Jan Berg | 2:11:04', 'Kingdom: Animalia', '2 | Ola Lind']));
    expect(countWords('1 | Jan Berg | 2:11:04')).toBe(4);
  });

  it('sets a verse\'s halves apart where the markup sets their spans side by side without a space (rule "verse halves set apart")', () => {
    const result = run(page(`<article>${prose('budget')}
      <div class="poem"><div class="bayt"><span class="sadr">بيت على التل لم يرحل ولم يبق</span><span class="ajuz">كأنه الغيم لا يهمي ولا يمضي</span></div></div>
      <p><span class="hl">Bud</span><span class="hl">get</span> talks resume.</p>${prose('school')}</article>`));
    expect(result.body).toContain('بيت على التل لم يرحل ولم يبق كأنه الغيم لا يهمي ولا يمضي');
    // Spans of other names are no verse's halves, and run together as the markup sets them.
    expect(result.body).toContain('Budget talks resume.');
  });

  it('reads a sortable table\'s heading buttons as its column names, without the order\'s arrows (rule "sortable column heading")', () => {
    const result = run(page(`<article>${prose('budget')}
      <table><thead><tr><th><button aria-label="Sort by candidate">Candidate ▲▼</button></th><th><button>Votes ⇅</button></th><th>Pct.</th></tr></thead>
      <tbody><tr><td>Jane Roe</td><td>25,912</td><td>52.9%</td></tr></tbody></table>${prose('school')}
      <p><button>Load more ▼</button></p></article>`));
    expect(result.body.split('\n\n')).toEqual(expect.arrayContaining(['Candidate | Votes | Pct.', 'Jane Roe | 25,912 | 52.9%']));
    expect(result.body).not.toMatch(/[▲▼⇅]|Load more/);
  });

  it('joins a drop cap to the rest of its word across the space a template leaves between them, and keeps other short spans apart', () => {
    const rest = 'a closing day, the harbour authority said on Tuesday, the ferries will run again from the northern quay, and repairs go on.';
    const result = run(page(`<article><p><span class="initial-letter-outer"><span class="initial-letter">N</span></span> <span>${rest}</span></p>${prose('ferry')}${prose('quay')}</article>`));
    expect(result.body.split('\n\n')[0]).toBe(`N${rest}`);
    const quoted = run(page(`<article><p><span class="dropcap">“W</span> ${'e will open the quay again soon,” the harbour master said on Tuesday, as boats waited outside the wall for the storm to pass.'}</p>${prose('ferry')}</article>`));
    expect(quoted.body).toContain('“We will open the quay again soon,”');
    const label = run(page(`<article><p><span class="label">A</span> ${rest}</p>${prose('ferry')}</article>`));
    expect(label.body).toContain(`A ${rest}`);
  });

  it('drops the title repeated at the top of the body', () => {
    const result = run(page(`<article><h1>Dam opens after ten years</h1>${prose('dam')}${prose('river')}</article>`), { title: 'Dam opens after ten years' });
    expect(result.body.startsWith('The dam report')).toBe(true);
    expect(result.body).not.toContain('Dam opens after ten years');
  });

  it('ends a paragraph at <br><br> and at a single <br> after a prose line, and removes soft hyphens', () => {
    const line = 'A long line of text, written without paragraphs, as older sites do; it goes on for a while, with commas';
    const result = run(page(`<div id="text">${line} one.<br><br>${line} two.<br>${line} thr\u00ADee.</div>`));
    expect(result.body.split('\n\n')).toEqual([`${line} one.`, `${line} two.`, `${line} three.`]);
    expect(result.bodyHtml).toBe(`<p>${line} one.</p><p>${line} two.</p><p>${line} three.</p>`);
  });

  it('removes the direction marks a legacy right-to-left encoder sets after every word (rule "direction marks")', () => {
    const words = 'افتتح محافظ أسوان اليوم أول مدرسة للتكنولوجيا التطبيقية بالمحافظة، بتكلفة بلغت خمسة وثمانين مليون جنيه، وبطاقة استيعابية كبيرة';
    const marked = words.split(' ').join('\u200F ');
    const result = run(page(`<article><p>${marked}.</p><p>${marked}، في المحافظة.</p></article>`));
    expect(result.body.split('\n\n')).toEqual([`${words}.`, `${words}، في المحافظة.`]);
    expect(result.bodyHtml).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('removes the Arabic letter mark set around the figures and Latin names an Arabic story quotes (rule "Arabic letter mark")', () => {
    const story = 'قالت الهيئة إن الإيرادات ارتفعت إلى \u061C512\u061C مليون دولار خلال الشهر، بعد عودة شركة \u061CNordline\u061C إلى المرور عبر القناة.';
    const result = run(page(`<article><p>${story}</p><p>${story}</p></article>`));
    const clean = 'قالت الهيئة إن الإيرادات ارتفعت إلى 512 مليون دولار خلال الشهر، بعد عودة شركة Nordline إلى المرور عبر القناة.';
    expect(result.body.split('\n\n')).toEqual([clean, clean]);
    expect(result.bodyHtml).not.toContain('\u061C');
  });

  it('keeps the short lines a single <br> breaks (a stanza, an address) as lines of one paragraph', () => {
    const story = 'The harbour office will open its new visitor centre on Monday, the port authority said in a statement.';
    const result = run(page(`<div id="text"><p>${story}</p><p>Harbour Office<br>12 Quay Street<br>Port Ellen</p><p>${story}</p></div>`));
    expect(result.body.split('\n\n')).toEqual([story, 'Harbour Office\n12 Quay Street\nPort Ellen', story]);
    expect(result.bodyHtml).toContain('<p>Harbour Office<br>12 Quay Street<br>Port Ellen</p>');
  });
});

describe('preformatted text', () => {
  const code = '<pre><code>\nif (a &lt; b) {\n    swap(a, b);\n}\n\nreturn a;<br>// done   \n</code></pre>';

  it('keeps the lines and indentation of a code block in the text, as one paragraph without blank lines', () => {
    const result = run(page(`<article>${prose('sorting')}${code}${prose('loops')}</article>`));
    expect(result.body.split('\n\n')).toContain('if (a < b) {\n    swap(a, b);\n}\nreturn a;\n// done');
  });

  it('prints a code block as <pre>, escaped, with its blank lines', () => {
    const result = run(page(`<article>${prose('sorting')}${code}${prose('loops')}</article>`));
    expect(result.bodyHtml).toContain('<pre>if (a &lt; b) {\n    swap(a, b);\n}\n\nreturn a;\n// done</pre>');
  });
});

describe('code printed by a highlighter without <pre>', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => `<div class="crayon-num">${i + 1}</div>`).join('');
  const lines = ['if (a &lt; b) {', '&nbsp;&nbsp;&nbsp;&nbsp;swap(a, b);', '}'];

  it('reads a Crayon table as one code block with its indentation, without the line-number column', () => {
    const crayon = `<div class="crayon-syntax"><table class="crayon-table"><tr class="crayon-row"><td class="crayon-nums"><div class="crayon-nums-content">${numbers(3)}</div></td>`
      + `<td class="crayon-code"><div class="crayon-pre">${lines.map((line) => `<div class="crayon-line">${line}</div>`).join('')}</div></td></tr></table></div>`;
    const result = run(page(`<article>${prose('sorting')}${crayon}${prose('loops')}</article>`));
    expect(result.body.split('\n\n')).toEqual([expect.stringContaining('sorting report'), 'if (a < b) {\n    swap(a, b);\n}', expect.stringContaining('loops report')]);
    expect(result.bodyHtml).toContain('<pre>if (a &lt; b) {\n    swap(a, b);\n}</pre>');
  });

  it('reads a SyntaxHighlighter table the same way, its gutter cell left out', () => {
    const highlighter = `<div class="syntaxhighlighter php"><table><tbody><tr><td class="gutter">${[1, 2, 3].map((n) => `<div class="line number${n}">${n}</div>`).join('')}</td>`
      + `<td class="code"><div class="container">${lines.map((line, i) => `<div class="line number${i + 1}"><code class="php plain">${line}</code></div>`).join('')}</div></td></tr></tbody></table></div>`;
    const result = run(page(`<article>${prose('sorting')}${highlighter}${prose('loops')}</article>`));
    expect(result.body.split('\n\n')[1]).toBe('if (a < b) {\n    swap(a, b);\n}');
  });
});

describe('sanitized HTML', () => {
  it('keeps only the minimal tag set and safe links, resolved against the page URL', () => {
    const result = run(page(`<article><p onclick="steal()">Read <a href="/world/other" onmouseover="x()">the <strong>other</strong> story</a>,
      <a href="javascript:alert(1)">click</a>, <a href="data:text/html,hi">data</a>, <em>now</em>; and more, and more, and more.</p>
      <script>alert(1)</script><style>p{}</style>${prose('sanitizer')}<ol><li>one</li></ol><blockquote><p>Quoted, with commas, words.</p></blockquote></article>`));
    const html = result.bodyHtml;
    expect(html).toContain('<a href="https://news.example/world/other">the <strong>other</strong> story</a>');
    expect(html).toContain('<em>now</em>');
    expect(html).toContain('<ol><li>one</li></ol>');
    expect(html).toContain('<blockquote><p>Quoted, with commas, words.</p></blockquote>');
    expect(html).not.toMatch(/<script|<style|on\w+=|javascript:|data:|alert/i);
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]));
    for (const tag of tags) expect(['p', 'pre', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a', 'strong', 'em']).toContain(tag);
  });

  it('drops unknown tags, including one named like an object property, and keeps their text', () => {
    const result = run(page(`<article><p>Before <constructor>inside</constructor> after, with commas, words and more words.</p>${prose('unknown')}</article>`));
    expect(result.bodyHtml).toContain('<p>Before inside after, with commas, words and more words.</p>');
  });

  it('escapes text that looks like markup', () => {
    const result = run(page(`<article><p>Use &lt;script&gt; tags, carefully, rarely, never in comments or in posts.</p>${prose('escape')}</article>`));
    expect(result.bodyHtml).toContain('&lt;script&gt;');
    expect(result.bodyHtml).not.toContain('<script>');
  });
});
