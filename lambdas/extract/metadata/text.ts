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

/** Whitespace (including non-breaking and zero-width) collapsed to single spaces, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200B\u200C\u200D\u2060\uFEFF]+/g, ' ').trim();
}
