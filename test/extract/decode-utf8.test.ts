import { validUtf8Text } from '../../lambdas/extract/decode/text-decoder';

/** Text whose UTF-8 puts a character of every width at every alignment, between long ASCII runs. */
function straddlingBoundaries(filler: string): string {
  const characters = ['é', '€', '😀', 'ع'];
  let text = '';
  for (let shift = 0; shift < 4; shift++) {
    for (const character of characters) text += `${filler.repeat(1024 - shift)}${character}`;
  }
  return text;
}

describe('validUtf8Text', () => {
  it.each([
    ['pure ASCII', '<p>Plain markup and text only.</p>'.repeat(200)],
    ['no ASCII at all', 'نص عربي طويل بلا أي حرف لاتيني'.repeat(200)],
    ['characters of every width at every alignment', straddlingBoundaries('a')],
    ['only Latin-1 letters past ASCII', 'café crème brûlée '.repeat(100)],
    ['sparse non-ASCII in long ASCII markup', `${'<div class="x">text</div>'.repeat(300)}“quoted”${'<br>'.repeat(500)}ü`],
    ['an input shorter than one block', 'short “text”'],
    ['no bytes', ''],
  ])('gives the same text as TextDecoder for %s', (_, text) => {
    const bytes = new TextEncoder().encode(text);
    expect(validUtf8Text(bytes)).toBe(new TextDecoder('utf-8').decode(bytes));
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const whole = new TextEncoder().encode(`xxxx${straddlingBoundaries('b')}yyyy`);
    const view = whole.subarray(4, whole.length - 4);
    expect(validUtf8Text(view)).toBe(straddlingBoundaries('b'));
  });
});
