import { extract } from '../../../lambdas/extract';
import { FURNITURE_HEADING, TOOLS_ROW_WITH_COUNTER } from '../../../lambdas/extract/content/vocabulary';

const now = new Date('2026-12-12T10:00:00Z');
const notice = [
  'Brennan, Mary (Athlone), December 2nd 2026, peacefully, at home, in her 90th year, surrounded by her loving family.',
  'Sadly missed by her sons, daughters, grandchildren, great-grandchildren, neighbours and her many friends in the parish.',
  'Reposing at her home on Friday from 4pm to 8pm. Requiem Mass on Saturday at 11am, followed by burial in the new cemetery.',
  'May she rest in peace.',
].join('<br><br>\n');
const page = (after: string) => '<html><head><title>Death Notices :: Mary Brennan, Athlone</title></head><body><table><tr><td>'
  + `<font size="5"><b>Mary Brennan, Athlone</b></font><br><font size="2">${notice}</font><br><br>${after}</td></tr></table></body></html>`;
const body = (after: string) => extract(Buffer.from(page(after)), { url: 'http://paper.example/deaths.asp?id=12', now }).body;

describe('death-notice furniture', () => {
  it('leaves the tools row opened by the condolence link and its count out (rule "condolence link in the tools row")', () => {
    expect(TOOLS_ROW_WITH_COUNTER.test('Leave a Condolence (6) | Print | Email to a Friend')).toBe(true);
    expect(TOOLS_ROW_WITH_COUNTER.test('Print | Email to a Friend | Condolences (3)')).toBe(true);
    expect(TOOLS_ROW_WITH_COUNTER.test('The family thanked everyone who sent condolences (6) | Print')).toBe(false);
    const text = body('<font size="1"><a href="/c.asp?id=12">Leave a Condolence (6)</a> | <a href="/p.asp?id=12">Print</a> | <a href="/e.asp?id=12">Email to a Friend</a></font>');
    expect(text.split('\n\n').at(-1)).toBe('May she rest in peace.');
  });

  it('leaves the list of the paper\'s other notices out (rule "other death notices")', () => {
    expect(FURNITURE_HEADING.test('Recent Death Notices:')).toBe(true);
    expect(FURNITURE_HEADING.test('Weitere Traueranzeigen aus Hameln')).toBe(true);
    expect(FURNITURE_HEADING.test('Otras esquelas de hoy')).toBe(true);
    const text = body('<hr><b>Recent Death Notices:</b><br>&middot; <a href="/deaths.asp?id=11">John Kelly, Moate</a><br>&middot; <a href="/deaths.asp?id=10">Ann Daly, Kilbeggan</a><br>');
    expect(text.split('\n\n').at(-1)).toBe('May she rest in peace.');
    expect(text).not.toContain('John Kelly');
  });
});
