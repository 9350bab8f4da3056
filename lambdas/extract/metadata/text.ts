/** Text clean-up shared by the metadata stages. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç',
  auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', agrave: 'à', egrave: 'è',
};

/**
 * Entities left in text after the parser decoded it once: CMSes escape meta values twice ("&amp;quot;"), which
 * arrives here as a literal "&quot;". Unknown entities stay as they are.
 */
export function decodeLeftoverEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : entity;
  });
}

/**
 * Whitespace (including non-breaking and zero-width spaces) collapsed to single spaces, trimmed, and direction marks
 * dropped. The zero-width non-joiner and joiner inside a word are spelling, not space: Persian writes "می‌کند" with
 * a non-joiner between its parts, and emoji sequences are joined by the joiner; only a stray one at a word's edge goes.
 */
export function collapseWhitespace(text: string): string {
  const spaced = text.replace(BIDI_CONTROLS, '').replace(/[\s\u200B\u2060\uFEFF]+/g, ' ');
  return (JOINER.test(spaced) ? spaced.replace(STRAY_JOINERS, ' ') : spaced).trim();
}
/**
 * Marks and embeddings that set the direction of the text around them (RLM, LRM, the embeddings, overrides and
 * isolates): right-to-left sites wrap headlines in them, invisible and no part of the words.
 */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const JOINER = /[\u200C\u200D]/;
const STRAY_JOINERS = /(?:[\u200C\u200D]* [\u200C\u200D]*)+|^[\u200C\u200D]+|[\u200C\u200D]+$/g;
