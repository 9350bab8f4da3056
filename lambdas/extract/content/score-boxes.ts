/**
 * Score boxes and match sheets: the match's result a sports page sets between the headline and the report, the home
 * side, the score and the away side, often with the scorers and the ground under them, and the line-ups and the
 * match's statistics it sets in or under the report, all filled from the results feed.
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isElement, nextElement, previousElement, rawText, SENTENCE_AFTER_WORD, STORY_BOX_TAGS } from './dom';
import type { StatsTable } from './measure';
import { MATCH_SHEET_LABEL } from './vocabulary';

/**
 * Rule "score between the sides": a sports page heads a match report with the result as its feed gives it, the score
 * in an element of its own between the two sides' names ("Saint-Aubin | 2 - 1 | Brivelle", "SC Brackwede | 1:2 (1:0)
 * | Eintracht Hollfeld"), and the scorers, the ground and the crowd on lines under them. Read as text it became lines
 * of names and figures before the report's first sentence, which gives the score again in words. An element that
 * holds nothing but a score, the half-time one perhaps beside it, between two short names is that box; a table's
 * results are the table's rows, and a clock is set in a <time>.
 */
export function isScoreBetweenSides(element: DomElement, text: string): boolean {
  if (element.name === 'time' || SCORE_TABLE_TAGS.has(element.name)) return false;
  const before = previousElement(element);
  const after = nextElement(element);
  return !!before && !!after && SCORE.test(text) && isSideName(before) && isSideName(after);
}

/**
 * "2 - 1", "1:2 (1:0)", "3–1". Rule "score in the page's digits": Arabic and Persian sports sites print the score
 * in their own digits ("٢ - ١", "۳ - ۰"), as they print their dates.
 */
const SCORE_DIGIT = '[\\d\\u0660-\\u0669\\u06F0-\\u06F9]';
const SCORE = new RegExp(`^${SCORE_DIGIT}{1,3}\\s?[-–:]\\s?${SCORE_DIGIT}{1,3}(?:\\s?\\(${SCORE_DIGIT}{1,3}\\s?[-–:]\\s?${SCORE_DIGIT}{1,3}\\))?$`, 'u');
/** The longest {@link SCORE}: the caller reads no longer element's text for it. */
export const MAX_SCORE_CHARS = 16;
const SCORE_TABLE_TAGS = new Set(['td', 'th', 'tr', 'li']);

/** A side's name, with its crest perhaps: a few words with letters, no figures of a result. */
function isSideName(element: DomElement): boolean {
  if (SCORE_TABLE_TAGS.has(element.name)) return false;
  const name = normalizeSpace(rawText(element));
  return name.length > 0 && name.length <= MAX_SIDE_NAME_CHARS && SIDE_NAME.test(name);
}
const MAX_SIDE_NAME_CHARS = 40;
const SIDE_NAME = /^\p{L}[\p{L}\p{M}\p{Nd} .'’&()-]*$/u;

/**
 * The box of the score: the element that holds the score and the sides, and the wrappers around it that add no more
 * than the scorers, the ground and the crowd, and no heading or sentence: the headline may share the match header's
 * box, and the report's first sentence a wrapper of both.
 */
export function scoreBox(score: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable): DomElement {
  let box = score.parent && isElement(score.parent) ? score.parent : score;
  for (let parent = box.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    const parentStats = stats.get(parent);
    if (!parentStats || parentStats.prose > 0 || parentStats.chars > MAX_SCORE_BOX_CHARS || descendantElements(parent).some((element) => HEADING_TAGS.has(element.name))
      || SENTENCE_AFTER_WORD.test(normalizeSpace(rawText(parent)))) break;
    box = parent;
  }
  return keep.has(box) ? score : box;
}
/** The sides, the score, the scorers with their minutes, the ground and the crowd. */
const MAX_SCORE_BOX_CHARS = 300;

/**
 * Rule "match sheet": a sports page sets the feed's sheet of the match in or under the report, under a heading of its
 * own (see MATCH_SHEET_HEADING): the line-ups, the substitutes and the referee, or the possession, shots and corners
 * side by side, in a table or in short lines. The report tells the match; the sheet lists its facts for every match
 * alike. The heading goes with the box it opens when that box holds no paragraph of prose, or else with the lines
 * after it that are no prose, up to the next heading; a story's own section under such a heading runs in paragraphs.
 */
export function matchSheet(heading: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable): DomNode[] {
  const box = heading.parent;
  if (box && isElement(box) && !keep.has(box) && !STORY_BOX_TAGS.has(box.name)) {
    const boxStats = stats.get(box);
    if (boxStats && boxStats.chars <= MAX_MATCH_SHEET_CHARS && firstElementChild(box) === heading
      && (boxStats.prose === 0 || box.children.every((child) => child === heading || !isElement(child) || isSheetLine(child, stats)))) return [box];
  }
  const sheet: DomNode[] = [heading];
  for (let sibling = nextElement(heading); sibling && !HEADING_TAGS.has(sibling.name); sibling = nextElement(sibling)) {
    if (!isSheetLine(sibling, stats)) break;
    sheet.push(sibling);
  }
  return sheet;
}
/** Two sides' line-ups with their substitutes, or a column of statistics. */
const MAX_MATCH_SHEET_CHARS = 1500;

/**
 * A line of a match sheet: a line of no prose, or rule "labelled sheet line": agency copy and older templates set
 * the sheet as paragraphs, each opened by its label ("<strong>Booked:</strong> Moss, Lowry", "Goles: 0-1, m.23:
 * Bruno Lage.", "2 - Atlético Ribera: Garro; Pinillos, …", "Árbitro: … Amonestó a Gil."), and a side's eleven or the
 * referee's cards run long enough to pass for prose. Under the sheet's heading a line opened by a short label and its
 * colon is the sheet's; the report's paragraphs open with no label.
 */
function isSheetLine(element: DomElement, stats: StatsTable): boolean {
  const lineStats = stats.get(element);
  if (!lineStats) return false;
  return lineStats.prose === 0 || (element.name === 'p' && SHEET_LINE_LABEL.test(normalizeSpace(rawText(element))));
}
/** A label of up to five words, a side's name after its score or before it ("2 - Atlético Ribera", "Ferro (1)"), and its colon. */
const SHEET_LINE_LABEL = /^[\p{L}\d][\p{L}\p{M}\d.'’()-]*(?: [\p{L}\p{M}\d.'’()-]+){0,4} ?:\s/u;

function firstElementChild(box: DomElement): DomElement | undefined {
  return box.children.find((child): child is DomElement => child.type === 'tag');
}

/**
 * Rule "sheet by its labels": a match sheet set with no heading, or under a title the headings above do not name
 * ("Síntesis", a table cell's "MATCH FACTS"), is told by its labels: a box whose bold labels name at least three of a
 * match's facts ("Tore:", "Schiedsrichter:", "Zuschauer:"; "Gol:", "Árbitro:", "Estadio:"; "Scorers:", "Att:") and
 * that holds no paragraph of prose a label does not open lists the match's facts as the feed gives them for every
 * match. The box goes, with the wrappers around it that add no prose (the result over the list).
 */
export function labelledSheet(element: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable): DomElement | null {
  const own = stats.get(element);
  if (!own || own.chars > MAX_MATCH_SHEET_CHARS || !LABELLED_SHEET_TAGS.has(element.name)) return null;
  let facts = 0;
  for (const label of descendantElements(element)) {
    if (label.name !== 'b' && label.name !== 'strong') continue;
    const text = normalizeSpace(rawText(label));
    if (text.endsWith(':') && MATCH_SHEET_LABEL.test(text.slice(0, -1).trim())) facts++;
  }
  if (facts < MIN_SHEET_FACTS) return null;
  if (descendantElements(element).some((child) => child.name === 'p' && !isSheetLine(child, stats))) return null;
  let box = element;
  for (let parent = box.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    const parentStats = stats.get(parent);
    if (!parentStats || parentStats.prose > 0 || parentStats.chars > MAX_MATCH_SHEET_CHARS) break;
    box = parent;
  }
  return box;
}
const LABELLED_SHEET_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'td', 'table']);
/** Fewer facts may be a story's own labelled lines ("Wann:", "Wo:"). */
const MIN_SHEET_FACTS = 3;
