import { BYLINE_PREFIX } from './byline-vocabulary';
import { MONTH_NAME_ALTERNATION } from './month-names';
import { agencyNamed, SOURCE_LABEL } from './wire-agencies';

/**
 * The writer credited in the dateline's own line, the line the publication date was read from: a Taiwanese reporter
 * credit, a labelled name after the date, or a name in the row's first field.
 */

/**
 * Rule "reporter credit in the dateline": Taiwanese pages often print the credit in the dateline's own line
 * ("發布時間：2023年3月5日 下午2:30　記者王志明／台中報導"), where no byline reader looks. When no source names a
 * writer, the credit is read from the line the publication date was read from (see {@link creditInDateline}).
 */
const TAIWANESE_CREDIT_IN_LINE = /(?:^|\s)([〔［【（(]?(?:記者|记者)\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*[／/]\s*\p{Script=Han}{1,8}(?:報導|报道)[〕］】）)]?)/u;

/**
 * Rule "labelled writer in the dateline": a meta line that prints the date first and the writer's label after it
 * ("05 март 2023 | 14:30  Автор: Иван Петров  Прочетена: 1 245", "12.03.2023 | Autor: Max Muster", Belarusian "5 снежня
 * 2026 | 18:05 · Аўтар: Ганна Ліс", Turkish "Yazar:
 * Ayşe Kaya 03 Aralık 2026") names the writer in the capitalised words after the label, up to the next labelled field
 * or separator.
 */
const WRITER_LABEL_IN_LINE = /(?:^|[\s|·•,])(?:автор|аўтар|аутор|autor|autorius|autors|author|szerző|yazar|penulis|γράφει)\s*:\s*/iu;
/** One to four capitalised words; a word followed by a colon is the next field's label. */
const CAPITALISED_NAME_AT_START = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{M}'’.-]*\s*:)(?:\s+|$)){1,4}/u;

/**
 * Rule "byline field after the date": a meta row that opens with the date gives the writer a field of their own after
 * a bar or a dot, under the label a byline opens with ("3 December 2026, 09:15 | By John Smith", "3 בדצמבר 2026,
 * 09:15 | מאת: יוסי כהן, סוכנויות הידיעות", "٣ ديسمبر ٢٠٢٦ · بقلم: سامي الرشيد", "۱۳ آذر ۱۴۰۵ | نویسنده: علی رضایی"), the
 * labels of any byline. The name is the field's first one to four words, capitalised or in a script without case; a
 * comma or the next separator ends it.
 */
const DATE_FIELD_AND_SEPARATOR = /[\d\u0660-\u0669\u06F0-\u06F9][^|·•]*[|·•]\s*/u;
function bylineFieldAfterDate(dateline: string): string | undefined {
  const dateField = DATE_FIELD_AND_SEPARATOR.exec(dateline);
  const field = dateField ? dateline.slice(dateField.index + dateField[0].length) : '';
  const label = field ? BYLINE_PREFIX.exec(field) : null;
  return label && label[0].length > 0 ? NAME_AT_FIELD_START.exec(field.slice(label[0].length))?.[0] : undefined;
}
const NAME_AT_FIELD_START = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}]+)){0,3}(?=\s*(?:$|[,،;|·•(]))/u;

/** A writer's name with no label: two or three words, each capitalised or in a script without case, after a title of one to four letters and its dot. */
const NAME_WORDS = String.raw`(?:(?:\p{Lu}\p{Ll}{0,3}|\p{Lo}{1,2})\.\s*)?(?:\p{Lu}[\p{L}\p{M}'’-]*|[\p{Lo}\p{M}]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|[\p{Lo}\p{M}]+)){1,2}`;

/**
 * Rule "writer before the date": a meta row may open with the writer's name and give the date after a bar, a dot or
 * a spaced dash ("אורי שמעוני | 18.11.2026 | 09:30", "Jane Doe · 5 March 2023", "Jane Doe — December 3, 2026"), with
 * no label: Hebrew papers print their byline so. The name is the row's first field when it is two or three words,
 * each capitalised or in a script without case, and the date (its digits or its month's name) follows the separator
 * at once; a place or a desk there is left to the name cleaning.
 * Columns print the writer's title before the name, abbreviated with a dot ("د. سامي الرشيد · 08-03-2026", doctor;
 * "Dr. Jane Doe · 5 March 2023"): a word of one to four letters and its dot may come first, as part of the credit.
 * Rule "full-width bar": Chinese and Japanese rows set the bar full width, as they set all their punctuation, between
 * ideographic spaces ("本報記者 施家豪　｜　2026年12月6日 上午10:15").
 */
const WRITER_BEFORE_SEPARATOR = new RegExp(`^(${NAME_WORDS})(?:\\s*[|｜·•]|\\s+[–—])\\s*`, 'u');
/** What a date opens with: a digit or a month's name. */
const DATE_START = new RegExp(`^(?:\\d|(?:${MONTH_NAME_ALTERNATION})(?![\\p{L}\\p{M}]))`, 'iu');
function writerBeforeDate(dateline: string): string | undefined {
  const writer = WRITER_BEFORE_SEPARATOR.exec(dateline);
  return writer && DATE_START.test(dateline.slice(writer[0].length)) ? writer[1] : undefined;
}

/**
 * Rule "writer after the date": the same row the other way round, the date first and the writer's name a field of its
 * own after it, with no label, before the next field or the row's end ("Published 3 December 2026 · Jane Doe", "3
 * December 2026 | Jane Doe | 4 min read"). The date's field holds a digit; the name is two or three words as above.
 * Rule "writer after the reading time": blog themes put the reading time or the word count between the date and the
 * name ("December 5, 2026 · 3 min · Jane Doe", "5. Dezember 2026 · 3 Min. · 640 Wörter · Jana Müller"). Up to two
 * fields that hold a digit may stand between them: a count is never the writer's name.
 */
const ROW_SEPARATOR = String.raw`(?:[|·•]|\s[–—])`;
const FIELD_WITH_DIGIT = String.raw`[^|·•–—\d]*\d[^|·•–—]*`;
const WRITER_AFTER_DATE = new RegExp(`^${FIELD_WITH_DIGIT}(?:${ROW_SEPARATOR}${FIELD_WITH_DIGIT}){0,2}${ROW_SEPARATOR}\\s*(${NAME_WORDS})\\s*(?:$|[|·•])`, 'u');

/**
 * Rule "agency before the date": a paper that runs agency copy prints the agency where its own stories print the
 * writer, in the row's first field before the date ("רויטרס | 3 בדצמבר 2026 | 09:15", "AFP · 3 December 2026"), or
 * opens the row with the wire's dateline, the place and the agency in brackets ("ٹوکیو (اے ایف پی) شائع شدہ: …"). A
 * field of one word or a few that names an agency is the credit, which the name cleaning hands to the wire source.
 */
const FIELD_BEFORE_DATE = /^([^|·•\d]{2,30}?)\s*[|·•]\s*\d/u;
const DATELINE_OPENING_ROW = /^[^\s()\d]+(?:\s[^\s()\d]+){0,2}\s*\(([^()]{2,30})\)/u;

/**
 * Rule "labelled source in the dateline": Chinese and Japanese portals that run agency copy name its source in the
 * date row itself, after the date or before it with no mark but a space ("2026-12-03 18:30 来源：新华社", "来源：新华社
 * 2026-12-03 18:30", "2026年12月3日 13時02分 提供元：ロイター"). The field after a source label and its colon, when it
 * names an agency, is the credit; a site's own name there ("来源：本网") is none.
 */
const SOURCE_FIELD_IN_LINE = new RegExp(`(?:^|\\s)${SOURCE_LABEL}\\s*[:：]\\s*([^\\s|·•:：]{2,30})`, 'iu');

/**
 * The writer credited in the line the publication date was read from: a Taiwanese reporter credit, a labelled name,
 * a name in the row's first field, or the agency there or after a source label.
 */
export function creditInDateline(dateline: string | null): string[] {
  if (dateline === null) return [];
  const reporter = dateline.includes('記者') || dateline.includes('记者') ? TAIWANESE_CREDIT_IN_LINE.exec(dateline)?.[1] : undefined;
  if (reporter) return [reporter];
  const label = dateline.includes(':') ? WRITER_LABEL_IN_LINE.exec(dateline) : null;
  const name = label ? CAPITALISED_NAME_AT_START.exec(dateline.slice(label.index + label[0].length))?.[0].trim()
    : bylineFieldAfterDate(dateline) ?? writerBeforeDate(dateline) ?? WRITER_AFTER_DATE.exec(dateline)?.[1];
  if (name) return [name];
  const field = FIELD_BEFORE_DATE.exec(dateline)?.[1] ?? DATELINE_OPENING_ROW.exec(dateline)?.[1];
  if (field && agencyNamed(field)) return [field];
  const source = dateline.includes(':') || dateline.includes('：') ? SOURCE_FIELD_IN_LINE.exec(dateline)?.[1] : undefined;
  return source && agencyNamed(source, true) ? [source] : [];
}
