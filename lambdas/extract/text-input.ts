/**
 * Plain text given where HTML is expected: a wire service's text copy, or an article's text as a reader copied it
 * from the page. Rule "text without markup": input that holds no tag at all is no HTML page, and read as HTML it would
 * be one run of text outside any block, which the body pass finds no article in. Its lines are the article's
 * blocks instead: the first line is the headline, as a wire story and a copied page both open with it, and every
 * other line is a paragraph; the body pass then reads and cleans them as it does a page's.
 *
 * ```ts
 * const html = isPlainText(chunks) ? plainTextDocument(chunks.join('')) : chunks;
 * ```
 */

/** Whether the text holds no markup: no tag, comment, doctype or processing instruction opens anywhere in it. */
export function isPlainText(chunks: readonly string[]): boolean {
  return chunks.every((chunk) => !MARKUP_OPENING.test(chunk)) && chunks.some((chunk) => LETTER.test(chunk));
}
const MARKUP_OPENING = /<[\p{L}!/?]/u;
const LETTER = /\p{L}/u;

/** The text as an HTML document: its first non-blank line the headline, every other non-blank line a paragraph. */
export function plainTextDocument(text: string): string {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== '');
  const [headline, ...paragraphs] = lines.map(escapeText);
  return `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${paragraphs.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
