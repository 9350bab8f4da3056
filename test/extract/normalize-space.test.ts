import { isWhitespace, normalizeSpace } from '../../lambdas/extract/dom-walk';

describe('normalizeSpace', () => {
  it.each([
    ['  Breaking\n\t news  ', 'Breaking news'],
    ['one  two\u00a0three\u2003four\u3000five', 'one two three four five'],
    ['line\r\nbreak\u2028and\u2029more', 'line break and more'],
    ['\n\n', ''],
    ['', ''],
    ['نص  عربي\nقصير', 'نص عربي قصير'],
    [' lead', 'lead'],
    ['tail ', 'tail'],
    ['tab\talone', 'tab alone'],
  ])('collapses whitespace runs in %j to single spaces and trims', (text, expected) => {
    expect(normalizeSpace(text)).toBe(expected);
    expect(normalizeSpace(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('drops the invisible break hints a reader never sees: soft hyphens, zero-width spaces, word joiners', () => {
    expect(normalizeSpace('Zu\u00adsam\u00admen\u00adar\u00adbeit')).toBe('Zusammenarbeit');
    expect(normalizeSpace('© Ben Stansall/\u200bAFP/\u200bGetty Images')).toBe('© Ben Stansall/AFP/Getty Images');
    expect(normalizeSpace('\ufeffword\u2060joined ')).toBe('wordjoined');
    expect(normalizeSpace('a \u200b b')).toBe('a b');
  });

  it('keeps the joiners that are spelling and characters that are not whitespace to the regular-expression class', () => {
    expect(normalizeSpace('می\u200cکند')).toBe('می\u200cکند');
    expect(normalizeSpace('next\u0085line')).toBe('next\u0085line');
  });

  it('returns text that needs no change as it is', () => {
    const text = 'Already normal text, with single spaces.';
    expect(normalizeSpace(text)).toBe(text);
  });
});

describe('isWhitespace', () => {
  it('agrees with the regular-expression class \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
