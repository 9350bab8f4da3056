/**
 * Rule "details row": over or under the headline, templates print the article's details as a row of short fields,
 * each in an element of its own: where the story came from, when it was published and updated, how long it takes to
 * read, how often it was read ("الرياض - أ ف ب · 17 يناير 2024 م · الساعة 09:15 ص · عدد المشاهدات: 845", "کد خبر: …
 * ۱۲ اسفند ۱۴۰۲ - ۱۴:۳۰ بازدید: ۲٬۳۴۵", Joomla's "Details / Written by: … / Category: … / Published: … / Hits: …",
 * "Published in Byte & Bolt · 7 min read · Jun 11, 2024", "Jane Doe · Energy Reporter · <time>…</time> · Updated:
 * …"). Utility and hashed classes (`mt-4 flex`, `kw l kp`) and plain `info` boxes name none of it, so the row read
 * as one run-together paragraph of the story. It is known by its fields: every one a few words that end no
 * sentence, one of them a date (a <time> or a date stamp) and another a detail that only such a row prints beside
 * it: a counter, a reading time, or a second date labelled as the update's. A fact box's "Date: 3 May" and a
 * timeline's dated entries name no such detail.
 *
 * Rule "fields in one run": older templates print the row as one line of text, its fields set apart by bars or dots
 * in the text itself (`<div class="artikel-info">18.06.2026 | 19:30 Uhr &nbsp;|&nbsp; Von Jane Roe und John Doe
 * &nbsp;|&nbsp; 2.341 mal gelesen</div>`). A bar or a dot with a space on either side parts a run's fields as an
 * element's end does; a bar or a dot within a word or a number ("2.341", "A|B") parts nothing.
 */
import { normalizeSpace } from '../dom-walk';
import { normalizeDigits } from '../metadata/arabic-dates';
import { parseDate } from '../metadata/dates';
import { type DomElement, type DomNode, HEADING_TAGS, isElement, rawText } from './dom';
import { isDateStamp } from './labels';
import type { TextStats } from './measure';
import { DATE_STAMP_LABEL, isCounterText, READING_TIME } from './vocabulary';

/** Boxes a template sets the row in; a table's rows are its data. */
const DETAILS_ROW_TAGS = new Set(['div', 'dl', 'ul', 'p', 'section', 'span']);
/** Source, dates, counters and a name or two; a box with more text holds more than the row. */
export const MAX_DETAILS_ROW_CHARS = 250;
/** "الأربعاء 6 رجب 1445 هـ - 17 يناير 2024 م", a date with its weekday in two calendars, is as long as a field gets. */
const MAX_FIELD_CHARS = 60;
/**
 * Rule "labelled field": a field may open with a label that names it ("Aufrufe:", "Zuletzt aktualisiert:", a live
 * page's "بدأت التغطية:", coverage began), and the value after it is as long as a date gets with its weekday, a month
 * of two names and the clock word ("الأربعاء 16 تشرين الأول/أكتوبر 2024 الساعة 09:15 ص"): only the value is measured.
 */
const FIELD_LABEL = /^\p{L}[^:：\d]{0,29}[:：]\s*/u;
/**
 * A field whose value, its label left out, is longer than a field gets. Leaving the label out only shortens the text,
 * so a text no longer than that is not searched for a label.
 */
const isOverlongField = (text: string) => text.length > MAX_FIELD_CHARS && text.replace(FIELD_LABEL, '').length > MAX_FIELD_CHARS;
/** What a row prints between its fields. */
const SEPARATOR = /^[\s|/·•\-–—]*$/u;
/** A separator printed within a run of text, between two of its fields (rule "fields in one run"). */
const INLINE_SEPARATOR = /\s[|·•]\s/u;
/** How a sentence ends; no field of a details row does. */
const SENTENCE_END = /[.!?؟]$/u;
/** A reading time ends on its abbreviation's dot ("Lecture 3 min."), which ends no sentence. */
const endsSentence = (text: string) => SENTENCE_END.test(text) && !READING_TIME.test(text);
/** Dates are only recognised here, never dated: any day serves as the reading's reference. */
const REFERENCE_DAY = new Date(0);

interface Field {
  readonly text: string;
  /** The field is a <time> element's text. */
  readonly timed: boolean;
}

export function isDetailsRow(box: DomElement, own: TextStats): boolean {
  if (!DETAILS_ROW_TAGS.has(box.name) || own.prose > 0 || own.chars > MAX_DETAILS_ROW_CHARS || !mayBeRow(box)) return false;
  const fields = rowFields(box);
  if (!fields || fields.some((field) => isOverlongField(field.text) || endsSentence(field.text))) return false;
  const texts = fields.map((field) => normalizeDigits(field.text));
  const pairIsCounter = splitCounterPairs(texts);
  const isDetail = texts.map((text, index) => isDetailText(text) || isSplitCounter(pairIsCounter, index));
  // The dates, read by the date parser, are read only as far as the answer needs: a row with a detail needs one.
  if (isDetail.includes(true)) return fields.some((field, index) => !isDetail[index] && readsAsDate(field, texts[index]));
  const labelled = texts.map((text, index) => DATE_LABEL_BEFORE_VALUE.test(text) || isLabelBeforeTime(fields, texts, index));
  // Most boxes name no detail and label no date; those that label one need two dates, one of them labelled.
  if (!labelled.includes(true)) return false;
  let dates = 0;
  let labelledDates = 0;
  for (const [index, field] of fields.entries()) {
    if (!readsAsDate(field, texts[index])) continue;
    dates++;
    if (labelled[index]) labelledDates++;
    if (labelledDates > 0 && dates >= 2) return true;
  }
  return false;
}

function isDetailText(text: string): boolean {
  return isCounterText(text) || READING_TIME.test(text);
}

/**
 * Rule "counter in parts": a template often sets a counter's number in an element of its own beside its label
 * ("<a>Kommentare <span>23</span></a>", "<b>1.284</b> Aufrufe"), so the label and the number are fields of their
 * own, neither a counter alone. A field that, read with the field before or after it, is a counter is that counter's.
 */
function isSplitCounter(pairIsCounter: (index: number) => boolean, index: number): boolean {
  return pairIsCounter(index - 1) || pairIsCounter(index);
}

/**
 * Whether the fields at `index` and `index + 1`, read together, are a counter; false past either end. A field is
 * read with the one before it and the one after it, so each pair would be asked twice: its answer is kept.
 */
function splitCounterPairs(texts: readonly string[]): (index: number) => boolean {
  const answers: Array<boolean | undefined> = [];
  return (index) => {
    if (index < 0 || index + 1 >= texts.length) return false;
    return (answers[index] ??= isCounterText(`${texts[index]} ${texts[index + 1]}`));
  };
}

/**
 * Rule "label beside its time": a live page's update clock prints each label as text and its date as a <time> of its
 * own ("Last updated <time>2 hours ago</time> · Published <time>06:15, 2 Dec</time>"), so the label is a field
 * alone. A <time> right after a field that is only a date's label is that labelled date.
 */
function isLabelBeforeTime(fields: readonly Field[], texts: readonly string[], index: number): boolean {
  if (index === 0 || !fields[index].timed || fields[index - 1].timed) return false;
  const label = DATE_STAMP_LABEL.exec(texts[index - 1]);
  return label !== null && label[0].length === texts[index - 1].length;
}

/** "Updated: …", "Publié le …": the label that names which of the article's dates a field gives. */
const DATE_LABEL_BEFORE_VALUE = new RegExp(`${DATE_STAMP_LABEL.source}\\S`, DATE_STAMP_LABEL.flags);

function readsAsDate(field: Field, text: string): boolean {
  return field.timed || isDateStamp(text) || (/\d/.test(text) && parseDate(text, REFERENCE_DAY) !== null);
}

/**
 * Whether the box may be a row, told without reading its fields: a row has two fields or more (a date and a detail,
 * or two dates), and a date is a <time> element or is written with a digit (Latin, Arabic-Indic or Persian) or a
 * Chinese, Japanese or Korean character (a weekday, "金曜日", is a date stamp with no digit). Most boxes asked about
 * are one line of text or hold no date, and are let go before their fields are read and matched.
 */
function mayBeRow(box: DomElement): boolean {
  let parts = 0;
  let dated = false;
  const stack: DomNode[] = [...box.children];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') {
      const text = node.data ?? '';
      // A run that prints a separator may hold two fields: rowFields tells.
      if (hasVisibleCharacter(text)) parts += mayHoldSeparator(text) ? 2 : 1;
      dated ||= hasDateCharacter(text);
    } else if (isElement(node)) {
      if (node.name === 'time') {
        parts++;
        dated = true;
      } else for (const child of node.children) stack.push(child);
    }
    if (parts >= 2 && dated) return true;
  }
  return false;
}

function hasVisibleCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x20 && code !== 0xa0) return true;
  }
  return false;
}

function mayHoldSeparator(text: string): boolean {
  return text.includes('|') || text.includes('·') || text.includes('•');
}

function hasDateCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9) || code >= CJK_START) return true;
  }
  return false;
}
/** Where the Chinese, Japanese and Korean scripts begin (CJK punctuation); every code point a CJK date part names is past it. */
const CJK_START = 0x3000;

/** The row's text runs and <time> elements, separators left out; null when the box holds a heading, which no row does. */
function rowFields(box: DomElement): Field[] | null {
  const fields: Field[] = [];
  const stack: DomNode[] = [...box.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') addField(fields, node.data ?? '', false);
    else if (isElement(node)) {
      if (HEADING_TAGS.has(node.name)) return null;
      if (node.name === 'time') addField(fields, rawText(node), true);
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return fields;
}

function addField(fields: Field[], raw: string, timed: boolean): void {
  const text = normalizeSpace(raw);
  if (SEPARATOR.test(text)) return;
  if (timed || !INLINE_SEPARATOR.test(text)) {
    fields.push({ text, timed });
    return;
  }
  for (const part of text.split(INLINE_SEPARATOR)) addField(fields, part, false);
}
