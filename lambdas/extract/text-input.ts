/**
 * Plain text given where HTML is expected: a wire service's text copy, or an article's text as a reader copied it
 * from the page. Rule "text without markup": input that holds no tag at all is no HTML page, and read as HTML it would
 * be one run of text outside any block, which the body pass finds no article in. Its lines are the article's
 * blocks instead: the first line is the headline, as a wire story and a copied page both open with it, and the other
 * lines are paragraphs, less the page furniture a copy carries along with the story (see {@link readTextCopy}).
 *
 * ```ts
 * const copy = isPlainText(chunks) ? readTextCopy(chunks.join('')) : null;
 * parse(copy ? copy.document : chunks);
 * ```
 */
import { FURNITURE_HEADING, isCounterText } from './content/vocabulary';
import { countWords } from './dom-walk';
import { CATEGORY_LINE_LABEL, MAX_CATEGORY_LINE_CHARS } from './metadata/link-labels';
import { TAG_LINE_WORDS, uniqueLabels } from './metadata/taxonomy-labels';

/** Whether the text holds no markup: no tag, comment, doctype or processing instruction opens anywhere in it. */
export function isPlainText(chunks: readonly string[]): boolean {
  return chunks.every((chunk) => !MARKUP_OPENING.test(chunk)) && chunks.some((chunk) => LETTER.test(chunk));
}
const MARKUP_OPENING = /<[\p{L}!/?]/u;
const LETTER = /\p{L}/u;

/** What a text copy holds: the article as an HTML document, and the taxonomy its lines stated. */
export interface TextCopy {
  document: string;
  categories: string[];
  tags: string[];
}

/**
 * The text as an HTML document: its first non-blank line the headline and its other lines paragraphs, read line by
 * line for what a page's text copy carries besides the story. Each is named below:
 * - rule "headline shown twice": a page prints its headline in the header and again over the story;
 * - rule "filed-in line" and rule "tag line": the category and tag links under the headline or at the foot, as text
 *   ("- فيأخبار عربية, في الواجهة", "Posted in World, Africa", "Tags: Libya, Russia");
 * - rule "bare counts": the view, comment and share counters, copied without their icons as lines of a number alone;
 * - rule "caption echoed": a picture's caption copied twice, once from its alt text and once as it wraps under the
 *   picture, with no picture left to attach it to;
 * - rule "furniture heading": a comment form, a "read also" box or a related list under its heading, down to the
 *   next paragraph of prose.
 */
export function readTextCopy(text: string): TextCopy {
  const lines = text.split(/\r\n?|\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  const [headline = '', ...rest] = lines;
  const categories: string[] = [];
  const tags: string[] = [];
  const paragraphs: string[] = [];
  let index = 0;
  while (index < rest.length && rest[index] === headline) index++;
  while (index < rest.length) {
    const line = rest[index];
    const echoEnd = captionEchoEnd(rest, index);
    if (echoEnd > index) {
      index = echoEnd;
      continue;
    }
    if (isFurnitureHeading(line)) {
      index++;
      while (index < rest.length && !isProse(rest[index])) index++;
      continue;
    }
    const filedIn = paragraphs.length === 0 ? filedInLabels(line) : null;
    const tagged = tagLineLabels(line);
    if (filedIn) categories.push(...filedIn);
    else if (tagged) tags.push(...tagged);
    else if (!isBareCount(line)) paragraphs.push(line);
    index++;
  }
  const body = paragraphs.map((line) => `<p>${escapeText(line)}</p>`).join('');
  const title = escapeText(headline);
  return {
    document: `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`,
    categories: uniqueLabels(categories),
    tags: uniqueLabels(tags),
  };
}

/**
 * A paragraph of prose: a sentence's worth of words that ends as a sentence does. The lines a copied page's widgets
 * leave (a form's notice closing on its "*", a linked headline, a label) fall short of one or the other.
 */
function isProse(line: string): boolean {
  return countWords(line) >= MIN_PROSE_WORDS && SENTENCE_END.test(line);
}
const MIN_PROSE_WORDS = 10;
const SENTENCE_END = /[.!?؟。！？…]["'”’»)]*$/u;

/** Rule "bare counts": a number alone on its line, or a counter with its label ("1,116 views", "١١١٦ مشاهدة"). */
function isBareCount(line: string): boolean {
  return BARE_NUMBER.test(line) || isCounterText(line);
}
const BARE_NUMBER = /^[\p{Nd}][\p{Nd}.,\s\u066C]{0,11}$/u;

/**
 * Rule "caption echoed": the line and the lines right after it that spell it again, either as one identical line or
 * wrapped over several; the index past the echo, or the line's own index when none follows. Prose is never printed
 * twice in a row, and a caption is, by a theme that prints its alt text and its caption.
 */
function captionEchoEnd(lines: readonly string[], index: number): number {
  const caption = lines[index];
  // Matched in place, line by line, so that a hostile copy of one long line and many short ones costs its length.
  let matched = 0;
  for (let next = index + 1; next < lines.length && caption.startsWith(lines[next], matched); next++) {
    matched += lines[next].length;
    if (matched === caption.length) return next + 1;
    if (caption[matched] !== ' ') break;
    matched++;
  }
  return index;
}

/** Rule "furniture heading": a short line worded as the heading of a comment form, a related list or a share bar. */
function isFurnitureHeading(line: string): boolean {
  return line.length <= MAX_HEADING_CHARS && FURNITURE_HEADING.test(line);
}
const MAX_HEADING_CHARS = 60;

/**
 * Rule "filed-in line": before the story's first paragraph, a line that files it under a list of categories, opened
 * by the words a meta line uses ("Posted in", "Categories:") or by the bare "in" a theme prints before its category
 * links ("في", "in", "dans", "en", "im"). Copied from the page, the bare word may run into the first link's text
 * ("فيأخبار عربية"), as no space stood between the word and the link; a bare word is taken only on a line that is a
 * list mark's item or a list, so a line that opens with the word as prose is not read as one.
 */
function filedInLabels(line: string): string[] | null {
  if (line.length > MAX_CATEGORY_LINE_CHARS) return null;
  const item = line.replace(LIST_MARK, '');
  const labelled = CATEGORY_LINE_LABEL.exec(item);
  const bare = labelled ? null : BARE_FILING_WORD.exec(item);
  if (!labelled && !(bare && (item !== line || LIST_SEPARATOR.test(item)))) return null;
  const labels = labelList(item.slice((labelled ?? bare)![0].length));
  return labels.length > 0 ? labels : null;
}
const LIST_MARK = /^[-–—•*·]\s*/;
const BARE_FILING_WORD = /^(?:في\s*|(?:in|dans|en|im)\s+)(?=\p{L})/iu;

/** Rule "tag line": a line of tags under their label ("Tags: Libya, Russia", "الوسوم: ليبيا، روسيا"). */
function tagLineLabels(line: string): string[] | null {
  if (line.length > MAX_CATEGORY_LINE_CHARS) return null;
  const labelled = TAG_LINE_OPENING.exec(line);
  if (!labelled) return null;
  const labels = labelList(line.slice(labelled[0].length));
  return labels.length > 0 ? labels : null;
}
const TAG_LINE_OPENING = new RegExp(`^(?:${TAG_LINE_WORDS.join('|')})\\s*[:：]\\s*`, 'iu');

/** The labels of a list line, each a few words: a longer entry is a sentence, and the line no list. */
function labelList(text: string): string[] {
  const labels = text.split(LIST_SEPARATOR).map((label) => label.trim()).filter((label) => label !== '');
  return labels.every((label) => countWords(label) <= MAX_LABEL_WORDS) ? labels : [];
}
const LIST_SEPARATOR = /\s*[,،;؛|]\s*/u;
const MAX_LABEL_WORDS = 5;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
