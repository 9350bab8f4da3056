import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { decodeHtml, wholeText } from '../../lambdas/extract/decode';
import { RejectedInputError } from '../../lambdas/extract/errors';
import { encodeLegacy } from '../fixtures/encode-legacy';

const RUNS = Number(process.env.GAZETTE_FUZZ_RUNS ?? 200);
const SEED = 0x6a2e77e;

/** The decoder's contract: text in strings, or a RejectedInputError; never any other exception. */
function decodesOrRejects(bytes: Uint8Array): void {
  try {
    const decoded = decodeHtml(bytes);
    expect(decoded.chunks.every((chunk) => typeof chunk === 'string' && chunk.length > 0)).toBe(true);
    expect(typeof decoded.charset).toBe('string');
  } catch (error) {
    if (!(error instanceof RejectedInputError)) throw error;
  }
}

/** Characters the charset lacks become "?", as a careless legacy CMS would store them. */
function encodeLossy(text: string, charset: string): Buffer {
  return Buffer.concat([...text].map((char) => {
    try {
      return encodeLegacy(char, charset);
    } catch {
      return Buffer.from('?');
    }
  }));
}

const bytesLike = fc.uint8Array({ maxLength: 4096 });

/** Bytes that look like pages: markup, declarations and text in several encodings, cut and spliced at random. */
const pageLike = fc
  .tuple(
    fc.constantFrom('', '<meta charset="utf-8">', '<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">', '<!-- <meta charset=x'),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.constantFrom('windows-1256', 'iso-8859-6', 'windows-1252', 'utf-8', 'utf-16le'),
    fc.uint8Array({ maxLength: 64 }),
    fc.nat(),
  )
  .map(([meta, text, charset, noise, cut]) => {
    const html = `<html><head>${meta}</head><body><p>${text}</p><p>نص عربي للاختبار “مثال”</p></body></html>`;
    const encoded = charset === 'utf-8' || charset === 'utf-16le' ? Buffer.from(html, charset === 'utf-8' ? 'utf8' : 'utf16le') : encodeLossy(html, charset);
    const at = cut % (encoded.length + 1);
    return Buffer.concat([encoded.subarray(0, at), noise, encoded.subarray(at)]);
  });

describe('decodeHtml fuzz', () => {
  it('returns text or throws RejectedInputError for arbitrary bytes', () => {
    fc.assert(fc.property(bytesLike, (bytes) => decodesOrRejects(bytes)), { seed: SEED, numRuns: RUNS });
  });

  it('returns text or throws RejectedInputError for gzip-wrapped arbitrary bytes, whole or cut', () => {
    fc.assert(
      fc.property(bytesLike, fc.nat(), (bytes, cut) => {
        const compressed = gzipSync(bytes);
        decodesOrRejects(compressed);
        decodesOrRejects(compressed.subarray(0, cut % (compressed.length + 1)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('returns text or throws RejectedInputError for page-like bytes with spliced noise', () => {
    fc.assert(fc.property(pageLike, (bytes) => decodesOrRejects(bytes)), { seed: SEED, numRuns: RUNS });
  });

  it('never refuses a well-formed UTF-8 page', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const html = `<html><body><p>${text}</p></body></html>`;
        expect(wholeText(decodeHtml(Buffer.from(html)))).toBe(html);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
