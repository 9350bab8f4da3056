/**
 * A dateline's parts: the text that dates the publication and the part an update label leads, found by the date
 * labels and the separators between the items of a meta line.
 */
import { BYLINE_PREFIX } from './byline-vocabulary';
import { AT_CLOCK_WORDS, isHijriDateText } from './dates';
import { CJK_PUBLISHED_LABELS, CJK_UPDATE_LABELS, CJK_UPDATE_LEAD_WORDS, PUBLISHED_LABELS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';

/**
 * A dateline split into the text that dates the publication and the part an update label leads. Rule "copyright
 * line": what follows a copyright mark is the site's notice ("© 14.02.2023 Tischlerei GmbH"), which dates the
 * site, never the page; a photo credit in a dateline ("12.03.2023 | Foto: © dpa") keeps the date before it.
 * Rule "update in brackets": a dateline may add its last edit in brackets, with the edit's day and clock between
 * separators of their own ("14 novembre 2022 (modifica il 14 novembre 2022 | 09:41)", as Italian local editions
 * print it); the closing bracket ends the update, and no separator inside the brackets does.
 * Rule "label after the date": Japanese and Chinese pages write the label after the date it names ("（2024年3月5日
 * 18:05更新）", "2024-03-05 14:20发布"); a label that nothing but brackets and punctuation follow, up to the end of
 * its item, names the text before it.
 */
export function datelineParts(text: string): { published: string; updated: string | null } {
  const copyright = COPYRIGHT_MARK.exec(text);
  const dateline = copyright ? text.slice(0, copyright.index) : text;
  const lowered = dateline.toLowerCase();
  // A text whose lowercase changes its length (a Turkish capital İ) is not split: its positions would not match.
  const labels = lowered.length === dateline.length ? findLabels(lowered) : [];
  if (labels.length === 0) return { published: dateline, updated: null };
  const published: string[] = [];
  let updated: string | null = null;
  let start = 0;
  let updating = false;
  const take = (end: number) => {
    const piece = dateline.slice(start, end);
    if (!updating) published.push(piece);
    else updated ??= piece.trim().replace(TRAILING_SEPARATOR, '') || null;
  };
  for (const mark of [...labels, ...separators(dateline)].sort((first, second) => first.index - second.index)) {
    if (mark.closing) {
      // The label names the text back to the bracket it stands in, if any: "2024年3月5日 14:20（2024年3月5日 18:05更新）".
      const bracket = Math.max(dateline.lastIndexOf('(', mark.index), dateline.lastIndexOf('（', mark.index));
      if (bracket >= start) {
        take(bracket + 1);
        start = bracket + 1;
      }
      updating = mark.update;
    }
    // Rule "brackets inside the update": a closing bracket ends an update only when it opened before the update's
    // label; Japanese dates bracket the weekday ("最終更新:12/6(日) 16:40"), and its bracket ends nothing.
    if (updating && mark.end === mark.index && dateline.lastIndexOf('(', mark.index) > start) continue;
    take(mark.index);
    // A separator ends an item ("… | erstellt am …"); a label opens the next part, or closes the one before it.
    start = mark.end ?? mark.index;
    updating = mark.update && !mark.closing;
  }
  take(dateline.length);
  // A line whose labels name no update is the dateline as it stands.
  return updated === null ? { published: dateline, updated } : { published: published.join(' '), updated };
}

/**
 * Rule "raw date of its own": the record's raw publication date is the item of its line that dates the publication,
 * not the whole line. A meta line prints the byline, the section and the update beside the date ("By Jane Doe |
 * December 5, 2026 at 10:40 am | Politics", "Publié le 5 décembre 2026 à 10h40, mis à jour le …"), and whoever reads
 * the raw string (to parse a calendar we do not convert, or to show the date as printed) wants the date. A clock the
 * line sets as an item of its own before the date ("08:15 / 5-sentabr, 2024") stays with it. `dates` says whether an
 * item holds a date; a line with no such item, or of one item with no update, stays whole.
 */
export function publicationItem(line: string, dates: (item: string) => boolean): string {
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (const mark of separators(line)) {
    // A closing bracket, a mark of no width, ends no item: "(GMT+0400)" stays with its date.
    if (mark.end === undefined || mark.end === mark.index) continue;
    items.push({ start, end: mark.index });
    start = mark.end;
  }
  items.push({ start, end: line.length });
  if (items.length === 1 && datelineParts(line).updated === null) return datedDashedItems(line, dates);
  for (let index = 0; index < items.length; index++) {
    const item = line.slice(items[index].start, items[index].end);
    const parts = datelineParts(item);
    const published = parts.published.trim().replace(TRAILING_SEPARATOR, '');
    if (!published || !dates(published)) continue;
    const before = index > 0 ? items[index - 1] : null;
    return before && parts.updated === null && CLOCK_ALONE.test(line.slice(before.start, before.end)) ? line.slice(before.start, items[index].end).trim() : datedDashedItems(published, dates);
  }
  return line;
}
/** A clock and nothing else: "08:15", "2:40 p.m.", "14.05 Uhr", "٠٧:٢٠ م". */
export const CLOCK_ALONE = /^\s*[\d٠-٩۰-۹]{1,2}[:.h][\d٠-٩۰-۹]{2}(?::[\d٠-٩۰-۹]{2})?\s*(?:[ap]\.?m\.?|uhr|h|ص|م|صباحاً|صباحا|مساءً|مساء)?\s*$/iu;

interface LineMark {
  index: number;
  /** Where the text after a separator starts; a label is part of the text it opens. */
  end?: number;
  update: boolean;
  /** A label written after the date it names (rule "label after the date"). */
  closing?: boolean;
}

/**
 * The labels of a lowercased dateline, found by plain substring search: a pattern of this many words over Unicode
 * letters is slow to compile, and the engine compiles it again whenever it has gone unused for a while, as it does
 * between pages. A word label stands between non-letters; a Chinese, Japanese or Korean label anywhere.
 */
function findLabels(lowered: string): LineMark[] {
  const marks: LineMark[] = [];
  // A label inside a longer one found first is part of it ("التعديل" in "تاريخ التعديل"), no label of its own.
  const found: [number, number][] = [];
  for (const { label, update, bounded } of DATE_LABELS) {
    for (let at = lowered.indexOf(label); at >= 0; at = lowered.indexOf(label, at + label.length)) {
      if (bounded && (isLetterAt(lowered, at - 1) || isLetterAt(lowered, at + label.length))) continue;
      if (found.some(([start, end]) => at >= start && at + label.length <= end)) continue;
      found.push([at, at + label.length]);
      if (!bounded && CLOSING_LABEL_END.test(lowered.slice(at + label.length))) {
        marks.push({ index: at, end: at + label.length, update, closing: true });
        continue;
      }
      marks.push({ index: update ? (bounded ? leadWordStart(lowered, at) : cjkLeadWordStart(lowered, at)) : at, update });
    }
  }
  return marks;
}
/** What may follow a label written after its date, up to the end of its item: brackets, punctuation, spaces. */
const CLOSING_LABEL_END = /^[^\p{L}\p{N}|·•]*(?:$|[|·•])/u;

/** "Last updated", "Zuletzt aktualisiert": where the lead word before an update label starts, if one does. */
function leadWordStart(lowered: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(lowered[end - 1])) end--;
  if (end === at) return at;
  const lead = UPDATE_LEAD_WORDS.find((word) => lowered.startsWith(word, end - word.length) && !isLetterAt(lowered, end - word.length - 1));
  return lead ? end - lead.length : at;
}

/** "最後更新": where the lead word written onto a Chinese or Japanese update label starts, if one does. */
function cjkLeadWordStart(lowered: string, at: number): number {
  const lead = CJK_UPDATE_LEAD_WORDS.find((word) => lowered.startsWith(word, at - word.length));
  return lead ? at - lead.length : at;
}

/** A cased letter, or a Hebrew or Arabic one: the scripts the word labels are written in. */
function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const char = text[index];
  const code = char.charCodeAt(0);
  return char.toLowerCase() !== char.toUpperCase() || (code >= 0x05d0 && code <= 0x05ea) || (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

/** The separators between the items of the line outside brackets, and the closing brackets (rule "update in brackets"). */
function separators(dateline: string): LineMark[] {
  const marks: LineMark[] = [];
  let depth = 0;
  for (const separator of dateline.matchAll(DATELINE_SEPARATOR_OR_BRACKET)) {
    const [text] = separator;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    if (text === '(' || (text !== ')' && depth > 0)) continue;
    // A closing bracket stays with the part it closes: "(GMT+0400)".
    const index = text === ')' ? separator.index + 1 : separator.index;
    marks.push({ index, end: separator.index + text.length, update: false });
  }
  return marks;
}

/** What joins the update to the next part of the line: "Updated: 7/6/2023 9:15 AM CDT — Posted: …", Arabic "، آخر تحديث". */
const TRAILING_SEPARATOR = /[\s,;،|·•–—/-]+$/;
const COPYRIGHT_MARK = /©|\(c\)|copyright/i;
/**
 * Separators between the items of a meta line ("Von Jane Doe | 12.03.2023 · 3 Min."). Rule "separator before the
 * clock": a spaced slash, bar or dot before a clock joins a date to its time, not two items ("Updated: Mar 3, 2026 /
 * 08:40 PM CST", as US broadcasters' templates print both lines; "Actualizado: 3 de diciembre de 2026 · 00:40 hrs",
 * "Aktualisiert: 24.11.2026 | 14:05 Uhr"), so the update keeps its clock and its zone. Egyptian and Gulf templates
 * print the same line in Arabic-Indic digits ("آخر تحديث: ٢ ديسمبر ٢٠٢٦ | ٠١:٤٠ م"), Persian ones in Persian digits.
 */
const DATELINE_SEPARATOR_OR_BRACKET = /\s*[|·•](?!\s*[\d٠-٩۰-۹]{1,2}[:h][\d٠-٩۰-۹]{2}(?![\d٠-٩۰-۹]))\s*|\s\/\s(?![\d٠-٩۰-۹]{1,2}:[\d٠-٩۰-۹]{2})|[()]/g;
/**
 * Rule "dashed items": Arabic meta lines set their items apart with spaced dashes ("كتب: محمد علي - السبت 5 ديسمبر
 * 2026 - 10:40 ص - اقتصاد"), and a release's dateline runs on into its first sentence after one ("Fallingen, den 3.
 * November 2026 – Die Stadtwerke …"); a dash before a clock joins the clock to its date. The raw date ends with the
 * dashed part that dates, and leaves out a byline before it; a place before it ("الزرقاء – 4 مارس 2026") is the
 * dateline's own. A date whose own parts are dashed ("26 - نوفمبر - 2026") has no part that dates alone, and stays.
 */
function datedDashedItems(item: string, dates: (text: string) => boolean): string {
  const dashes = [...item.matchAll(ITEM_DASH)];
  if (dashes.length === 0) return item;
  const starts = [0, ...dashes.map((dash) => dash.index + dash[0].length)];
  const ends = [...dashes.map((dash) => dash.index), item.length];
  const datesPart = (at: number) => dates(item.slice(starts[at], ends[at]));
  let dated = starts.findIndex((_, at) => datesPart(at));
  if (dated < 0) return item;
  // A Hijri date printed before the Gregorian one ("الأحد 11 رمضان 1444 هـ - 2 أبريل 2023 م") is read by the
  // Gregorian date, which the raw date then reaches.
  if (isHijriDateText(item.slice(starts[dated], ends[dated]))) {
    const gregorian = starts.findIndex((_, at) => at > dated && datesPart(at) && !isHijriDateText(item.slice(starts[at], ends[at])));
    if (gregorian > 0) dated = gregorian;
  }
  let first = 0;
  while (first < dated && BYLINE_PREFIX.test(item.slice(starts[first], ends[first]))) first++;
  let last = dated;
  while (last + 1 < starts.length && LED_CLOCK.test(item.slice(starts[last + 1], ends[last + 1]))) last++;
  return item.slice(starts[first], ends[last]).trim();
}
/** A spaced dash, but none before a clock, which it joins to the date before it. */
const ITEM_DASH = /\s[-–—]\s(?![\d٠-٩۰-۹]{1,2}[:h.][\d٠-٩۰-۹]{2})/g;
/** A clock alone, or after the word for the hour or for "at" ("الساعة 10:30", "at 10:40 am"). */
const LED_CLOCK = new RegExp(String.raw`^\s*(?:(?:الساعة|الساعه|${AT_CLOCK_WORDS})\s+)?${CLOCK_ALONE.source.slice(1)}`, 'iu');
/** Longest first, so that a label is found before the shorter ones it holds. */
const DATE_LABELS = [
  ...UPDATE_LABELS.map((label) => ({ label, update: true, bounded: true })),
  ...PUBLISHED_LABELS.map((label) => ({ label, update: false, bounded: true })),
  ...CJK_UPDATE_LABELS.map((label) => ({ label, update: true, bounded: false })),
  ...CJK_PUBLISHED_LABELS.map((label) => ({ label, update: false, bounded: false })),
].sort((first, second) => second.label.length - first.label.length);
