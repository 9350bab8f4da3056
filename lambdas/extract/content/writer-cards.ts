/**
 * Rule "writer's card": templates set the writer's card in the article, under the headline or after the text: the
 * writer's name (a heading, or a link to the writer's page), and beside it the job title, the social handle, a
 * follow button, or a short biography with an "All articles by …" link ("<div><a href="/writers/jane">Jane Doe</a>
 * <div>Economics columnist</div><a>@janedoe</a></div>", "<div class="author-card"><h5><a href="/users/profile/Jane
 * Doe">Jane Doe</a></h5><p>Reporter covering courts …</p></div>"). Hashed and utility classes name none of it, and
 * the names they do use (`author-card`) also wrap whole story lists, so the card is known by its shape: a small box
 * that opens with the name and links the writer's page. The metadata stage has read the writer from it already.
 *
 * A card that opens with the link to the writer's page and holds short lines only (no sentence among them) is the
 * byline's wherever it sits. A card with a biography is one only where a biography goes, after the story: some story
 * prose before it on the page and none after it, so a header box that holds the byline and the story's first
 * paragraph stays.
 */
import { normalizeSpace } from '../dom-walk';
import { isWriterPageHref } from '../metadata/bylines/lines';
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isElement, previousElement, rawText } from './dom';
import type { StatsTable, TextStats } from './measure';

const CARD_TAGS = new Set(['div', 'section', 'aside']);
/** A name, with a title before it ("د. هشام الصالح", "Prof. Dr. Jane Doe"), is a few words. */
const MAX_NAME_WORDS = 5;
const MAX_NAME_CHARS = 60;
/** The name and one line more: a job title, a handle, a biography. */
const MIN_CARD_LINES = 2;
/** How a sentence ends; none of a byline card's lines (name, job title, handle) does. */
const SENTENCE_END = /[.!?؟。]$/u;

/** `own`: the box's statistics, of a box short enough to read (see textual-furniture.ts). */
export function isWriterCard(box: DomElement, own: TextStats, stats: StatsTable, authors: readonly string[] = []): boolean {
  if (!CARD_TAGS.has(box.name) || own.prose > 1 || followsLinkedHeading(box, stats)) return false;
  if (own.linkChars === 0 || !descendantElements(box).some((element) => element.name === 'a' && isWriterPageHref(element.attribs.href))) return isCreditedWritersBio(box, own, stats, authors);
  const name = nameOpening(box);
  if (name === null) return false;
  // The name alone is a byline, which the byline rules judge; a card says more about the writer.
  const lines = textLines(box);
  if (lines.length < MIN_CARD_LINES) return false;
  // A heading over a byline with no biography is a work's header ("<h2>Sea Stories</h2> by <a>Jane Roe</a>").
  if (own.prose === 0) return name === 'link' && !lines.some((line) => SENTENCE_END.test(line));
  return proseBeside(box, stats, 'before') && !proseBeside(box, stats, 'after');
}

/**
 * Rule "credited writer's bio box": a column's template closes it with the writer's box, the name in bold over a
 * short biography, linked nowhere ("<div><strong>Jane Doe</strong><p>1974'te Bursa'da doğdu. … 2009'dan bu yana
 * yazıyor.</p></div>"); without the link to the writer's page, the name is known as the writer's by the metadata's
 * credit. A box that opens with a credited writer's whole name in bold or a heading, holds a few sentences (one
 * paragraph of prose at most) and stands after the story with none after it is that box; a story's own box on a
 * person names someone else.
 */
function isCreditedWritersBio(box: DomElement, own: TextStats, stats: StatsTable, authors: readonly string[]): boolean {
  if (authors.length === 0 || own.prose > 1) return false;
  const name = boldOpening(box);
  if (name === null || !authors.some((author) => author.includes(' ') && author.toLowerCase() === name.toLowerCase())) return false;
  // The biography: sentences after the name, however short.
  const lines = textLines(box);
  return lines.length >= MIN_CARD_LINES && lines.some((line) => line !== name && SENTENCE_END.test(line)) && proseBeside(box, stats, 'before') && !proseBeside(box, stats, 'after');
}

/** The text of the bold or heading element the box's first text sits in, or null. */
function boldOpening(box: DomElement): string | null {
  const first = firstText(box);
  if (!first) return null;
  for (let node = first.parent; node && node !== box; node = node.parent) {
    if (!isElement(node)) continue;
    if (node.name === 'a') return null;
    if (node.name === 'strong' || node.name === 'b' || HEADING_TAGS.has(node.name)) return normalizeSpace(rawText(node));
  }
  return null;
}

/**
 * A teaser card for another story prints that story's writer under its linked headline ("<h2><a href="/2024/05/
 * other-story">…</a></h2><div class="author-card">…</div>"): a list of such cards is judged as the list it is.
 */
function followsLinkedHeading(box: DomElement, stats: StatsTable): boolean {
  const previous = previousElement(box);
  if (!previous || !HEADING_TAGS.has(previous.name)) return false;
  const heading = stats.get(previous);
  return !!heading && heading.chars > 0 && heading.linkChars * 2 > heading.chars;
}

/**
 * The box's first text is a name: in a link to a writer's page, or in a short heading that links nowhere else (a
 * teaser's headline links to its story).
 */
function nameOpening(box: DomElement): 'link' | 'heading' | null {
  const first = firstText(box);
  if (!first) return null;
  for (let node = first.parent; node && node !== box; node = node.parent) {
    if (!isElement(node)) continue;
    const isWriterLink = node.name === 'a' && isWriterPageHref(node.attribs.href);
    if (node.name === 'a' && !isWriterLink) return null;
    if (!isWriterLink && !HEADING_TAGS.has(node.name)) continue;
    if (!isNameLength(normalizeSpace(rawText(node)))) return null;
    return isWriterLink ? 'link' : 'heading';
  }
  return null;
}

function isNameLength(text: string): boolean {
  return text.length > 0 && text.length <= MAX_NAME_CHARS && text.split(' ').length <= MAX_NAME_WORDS && !SENTENCE_END.test(text);
}

function firstText(box: DomElement): DomNode | null {
  const stack: DomNode[] = [...box.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text' && (node.data ?? '').trim() !== '') return node;
    if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}

function textLines(box: DomElement): string[] {
  const lines: string[] = [];
  const stack: DomNode[] = [box];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') {
      const line = normalizeSpace(node.data ?? '');
      if (line) lines.push(line);
    } else if (isElement(node)) for (const child of node.children) stack.push(child);
  }
  return lines;
}

/** Whether a prose paragraph stands on the page before (or after) the box, outside it. */
function proseBeside(box: DomElement, stats: StatsTable, side: 'before' | 'after'): boolean {
  for (let node: DomNode | null = box; node?.parent; node = node.parent) {
    for (let sibling = side === 'before' ? node.prev : node.next; sibling; sibling = side === 'before' ? sibling.prev : sibling.next) {
      if (isElement(sibling) && (stats.get(sibling)?.prose ?? 0) > 0) return true;
    }
  }
  return false;
}
