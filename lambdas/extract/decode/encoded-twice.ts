/**
 * Rule "encoded twice": a template or a database import that reads UTF-8 text as windows-1252 (or Latin-1) and writes
 * it out as UTF-8 again turns each accented letter into two or three ("MedellÃ­n" for "Medellín", "â€™" for "’"),
 * and Arabic into pairs of Latin letters ("Ø§Ù„Ø®Ø¨Ø±" for "الخبر"). The bytes of the page are valid UTF-8, so the
 * charset ladder cannot see it; the text itself shows it. A run of such characters whose characters all have a
 * windows-1252 byte, and whose bytes are valid UTF-8, is read once more as UTF-8. Text that merely has an "Ã" in it
 * ("SÃO PAULO", "Ã la carte") is not valid UTF-8 as bytes, and stays.
 *
 * It is read at two scales:
 * - a value meant as plain text (a `<meta content>`, a JSON-LD string, an `alt`), which is its own evidence when the
 *   whole of it reads back: a template garbles the fields it fills while the article around it is fine;
 * - the whole page, once, before it is parsed, when most of its runs of non-ASCII characters read back: then every
 *   stage (title, captions, body) reads the journalist's text. The page decides, not the run, because a genuine
 *   Latin-1 letter before a quote mark can pair up by chance ("Fuß“" is valid UTF-8 for an N'Ko letter), which a
 *   page of genuine text does a handful of times at most, and a page encoded twice does in nearly every word.
 *   Clean runs on such a page (a JSON-LD block the CMS wrote from the source) are no UTF-8 as bytes and stay.
 *
 * ```html
 * <h1>Ã€ Brest, la rÃ©novation du pont</h1>           → "À Brest, la rénovation du pont"
 * <figcaption>inaugurÃ© en 1954 (Photo X)</figcaption>  → "inauguré en 1954 (Photo X)"
 * ```
 */
import { windows1252BytesOf } from './text-decoder';

/** `value` read once more as UTF-8 when the whole of it was encoded twice; otherwise `value` itself. */
export function encodedTwiceRead(value: string): string {
  return DOUBLE_ENCODED_UTF8.test(value) ? decodedOnceMore(value) : value;
}

/**
 * The page's text with every run of characters encoded twice read once more, when its runs that read back take at
 * least {@link MIN_FORMS_ENCODED_TWICE} forms and make {@link MIN_SHARE_ENCODED_TWICE} of all its non-ASCII runs;
 * otherwise the chunks as they are. A run cut between two chunks is moved whole into the second. `bytes` are what
 * the chunks were decoded from as UTF-8: they tell at native speed whether any character was encoded twice.
 */
export function withTextEncodedTwiceRead(chunks: string[], bytes: Uint8Array): string[] {
  if (!hasUtf8EncodedTwice(bytes)) return chunks;
  const forms = new Set<string>();
  let encodedTwice = 0;
  let runs = 0;
  for (const chunk of chunks) {
    for (const run of chunk.match(NON_ASCII_RUN) ?? []) {
      runs++;
      if (encodedTwiceRead(run) === run) continue;
      encodedTwice++;
      forms.add(run);
    }
  }
  if (forms.size < MIN_FORMS_ENCODED_TWICE || encodedTwice < runs * MIN_SHARE_ENCODED_TWICE) return chunks;
  const read: string[] = [];
  let carried = '';
  chunks.forEach((chunk, index) => {
    let text = carried + chunk;
    carried = '';
    if (index < chunks.length - 1) {
      const cut = startOfTrailingRun(text);
      carried = text.slice(cut);
      text = text.slice(0, cut);
    }
    read.push(text.replace(NON_ASCII_RUN, encodedTwiceRead));
  });
  return read;
}

/**
 * Chance pairs repeat one word of the page ("NESTLÉ®", with the brand's É and ®, is valid UTF-8 for an IPA letter
 * on every product link), while a garbled page garbles several letters and marks ("Ã©", "Ã¨", "Â«", "â€™"): fewer
 * different runs than this are no proof.
 */
const MIN_FORMS_ENCODED_TWICE = 3;
/**
 * The share of a page's non-ASCII runs that must read back. Chance pairs are a few in a thousand runs of genuine
 * text; a garbled article keeps well above this even when its template, navigation and JSON-LD (which may hold the
 * whole article once more) are clean.
 */
const MIN_SHARE_ENCODED_TWICE = 0.2;

/**
 * Whether UTF-8 `bytes` hold a character encoded twice: a lead character Â to ô (C3 82 to C3 B4) followed by as many
 * continuation characters as the lead it stands for announces (one after Â to ß, two after à to ï, three after ð to
 * ô), each U+0080 to U+00BF (C2 xx) or one of windows-1252's own marks and letters (C5, C6 and CB xx, E2 xx xx).
 * Counting them matters: à to ï are everyday letters, and a genuine "é" before a curly quote or a no-break space is
 * one lead and one continuation; a page would otherwise have all its runs read for nothing.
 * Pages without an accented Latin letter skip the loop at once; the others test each C3 byte.
 */
function hasUtf8EncodedTwice(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let index = buffer.indexOf(0xc3); index >= 0 && index + 2 < buffer.length; index = buffer.indexOf(0xc3, index + 2)) {
    const second = buffer[index + 1];
    if (second < 0x82 || second > 0xb4) continue;
    const continuations = second < 0xa0 ? 1 : second < 0xb0 ? 2 : 3;
    let at = index + 2;
    let found = 0;
    while (found < continuations && at < buffer.length && STARTS_CONTINUATION_CHARACTER[buffer[at]]) {
      at += buffer[at] === 0xe2 ? 3 : 2;
      found++;
    }
    if (found === continuations) return true;
  }
  return false;
}
/** The first bytes of the UTF-8 of U+0080 to U+00BF and of windows-1252's characters for 0x80 to 0x9F. */
const STARTS_CONTINUATION_CHARACTER = new Uint8Array(256);
for (const byte of [0xc2, 0xc5, 0xc6, 0xcb, 0xe2]) STARTS_CONTINUATION_CHARACTER[byte] = 1;

/** Where the run of non-ASCII characters that ends `text` starts (`text.length` when it ends in ASCII). */
function startOfTrailingRun(text: string): number {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 0x80) start--;
  return start;
}

const NON_ASCII_RUN = /[^\0-\x7F]+/g;

function decodedOnceMore(value: string): string {
  const bytes = windows1252BytesOf(value);
  if (!bytes) return value;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return value;
  }
}
/** A UTF-8 lead byte (Â to ô) read as windows-1252, followed by a continuation byte (0x80 to 0xBF) read the same way. */
const DOUBLE_ENCODED_UTF8 = /[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
