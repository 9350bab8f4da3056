import { decodeInChunks, TEXT_CHUNK_BYTES, validUtf8Chunks } from '../../lambdas/extract/decode/text-decoder';
import { encodeLegacy } from '../fixtures/encode-legacy';

/** Text whose UTF-8 puts a character of every width at every alignment, between long ASCII runs. */
function straddlingBoundaries(filler: string): string {
  const characters = ['é', '€', '😀', 'ع'];
  let text = '';
  for (let shift = 0; shift < 4; shift++) {
    for (const character of characters) text += `${filler.repeat(1024 - shift)}${character}`;
  }
  return text;
}

/** `character` placed so that the first chunk boundary falls `before` bytes into it. */
function acrossTheFirstBoundary(character: string, before: number): string {
  return `${'a'.repeat(TEXT_CHUNK_BYTES - before)}${character}${'b'.repeat(100)}`;
}

/** A high surrogate ending a chunk, or a low one starting it: a character cut in two. */
function cutsACharacter(chunks: string[]): boolean {
  return chunks.some((chunk) => /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(chunk));
}

describe('validUtf8Chunks', () => {
  it.each([
    ['pure ASCII', '<p>Plain markup and text only.</p>'.repeat(200)],
    ['no ASCII at all', 'نص عربي طويل بلا أي حرف لاتيني'.repeat(200)],
    ['characters of every width at every alignment', straddlingBoundaries('a')],
    ['only Latin-1 letters past ASCII', 'café crème brûlée '.repeat(100)],
    ['sparse non-ASCII in long ASCII markup', `${'<div class="x">text</div>'.repeat(300)}“quoted”${'<br>'.repeat(500)}ü`],
    ['an input shorter than one block', 'short “text”'],
    ['several chunks of Arabic and markup', '<p dir="rtl">نص عربي طويل، مع علامات؛ وأسئلة؟</p>\n'.repeat(2000)],
  ])('gives the same text as TextDecoder for %s', (_, text) => {
    const bytes = new TextEncoder().encode(text);
    expect(validUtf8Chunks(bytes).join('')).toBe(new TextDecoder('utf-8').decode(bytes));
  });

  it('gives no chunk for no bytes', () => {
    expect(validUtf8Chunks(new Uint8Array(0))).toEqual([]);
  });

  it.each(['é', '€', '😀', 'ع'].flatMap((character) =>
    Array.from({ length: new TextEncoder().encode(character).length - 1 }, (_, before) => [character, before + 1] as const)))(
    'keeps %s whole when a chunk boundary falls %i bytes into it',
    (character, before) => {
      const text = acrossTheFirstBoundary(character, before);
      const chunks = validUtf8Chunks(new TextEncoder().encode(text));
      expect(chunks.join('')).toBe(text);
      expect(chunks.length).toBe(2);
      expect(chunks[1].startsWith(character)).toBe(true);
      expect(cutsACharacter(chunks)).toBe(false);
    },
  );

  it('makes each chunk from at most TEXT_CHUNK_BYTES bytes, and an all-ASCII chunk a one-byte copy', () => {
    const text = `${'x'.repeat(3 * TEXT_CHUNK_BYTES)}“tail”`;
    const chunks = validUtf8Chunks(new TextEncoder().encode(text));
    expect(chunks.map((chunk) => chunk.length)).toEqual([TEXT_CHUNK_BYTES, TEXT_CHUNK_BYTES, TEXT_CHUNK_BYTES, 6]);
    expect(chunks.join('')).toBe(text);
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const whole = new TextEncoder().encode(`xxxx${straddlingBoundaries('b')}yyyy`);
    const view = whole.subarray(4, whole.length - 4);
    expect(validUtf8Chunks(view).join('')).toBe(straddlingBoundaries('b'));
  });
});

describe('decodeInChunks', () => {
  it('decodes windows-1256 in chunks that join to the whole text', () => {
    const text = 'الإثنين 23 كانون الثاني/يناير 2017 — خبر عاجل\n'.repeat(2000);
    const bytes = encodeLegacy(text, 'windows-1256');
    const chunks = decodeInChunks(bytes, 'windows-1256');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= TEXT_CHUNK_BYTES)).toBe(true);
    expect(chunks.join('')).toBe(text);
  });

  it('completes a double-byte Shift_JIS character cut by a chunk boundary', () => {
    const text = `${'a'.repeat(TEXT_CHUNK_BYTES - 1)}日本語のニュース`;
    const chunks = decodeInChunks(encodeLegacy(text, 'shift_jis'), 'shift_jis');
    expect(chunks.join('')).toBe(text);
    expect(chunks.join('')).not.toContain('\uFFFD');
  });

  it('completes a UTF-16 surrogate pair cut by a chunk boundary', () => {
    const text = `${'a'.repeat(TEXT_CHUNK_BYTES / 2 - 1)}😀 emoji`;
    const chunks = decodeInChunks(Buffer.from(text, 'utf16le'), 'utf-16le');
    expect(chunks.join('')).toBe(text);
  });

  it('replaces a character the input ends in the middle of, as a whole decode does', () => {
    const bytes = new TextEncoder().encode(`${'a'.repeat(TEXT_CHUNK_BYTES)}€`).subarray(0, TEXT_CHUNK_BYTES + 2);
    expect(decodeInChunks(bytes, 'utf-8').join('')).toBe(new TextDecoder('utf-8').decode(bytes));
  });
});
