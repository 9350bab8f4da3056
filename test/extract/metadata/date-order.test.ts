import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'The board of education approved the district calendar for the next school year at its meeting on Tuesday night.',
  'Classes will begin the week before Labor Day, and the winter break will run for two full weeks around the new year.',
  'Parents can read the full calendar on the district website and send comments to the board before the final vote.',
];
/** A district news page that declares English with no region and dates its story and its news list with slashes. */
function published(list: string[]): string | null {
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Board approves calendar</title></head><body>'
    + '<main><article><h1>Board approves next year\'s calendar</h1><p class="date"><time>12/02/2026</time></p>'
    + `${story.map((text) => `<p>${text}</p>`).join('')}</article>`
    + `<aside><h2>District news</h2><ul>${list.map((date, at) => `<li><a href="/news/${at}">Story ${at}</a> <time>${date}</time></li>`).join('')}</ul></aside>`
    + '</main></body></html>';
  return extract(Buffer.from(html), { url: 'https://cedarridge.example/news/board-approves-calendar', now }).publishedAt;
}

describe('the order of a slashed date', () => {
  it('reads the month first where the page\'s other dates can only be month first (rule "the page\'s other dates settle the order")', () => {
    expect(published(['11/28/2026', '11/21/2026'])?.slice(0, 10)).toBe('2026-12-02');
  });

  it('reads the day first where one of them can only be day first', () => {
    expect(published(['28/11/2026', '21/11/2026'])?.slice(0, 10)).toBe('2026-02-12');
  });
});
