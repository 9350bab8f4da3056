/**
 * The date a byline runs into ("Nathan Willis March 25, 2015", "Camille Royer – Publié le 3 décembre"): its words
 * and label, cut off a name, and a credit that is a date and nothing else.
 */
import { CJK_PUBLISHED_LABELS, CJK_UPDATE_LABELS, DATE_LABEL, DATE_LABEL_ALTERNATION, labelAlternation, PUBLISHED_LABELS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';
import { AGO_WORD_BEFORE, DAY_WORDS } from './dates';
import { HEBREW_DATE_PIECE } from './hebrew-dates';
import { MONTH_NAME_ALTERNATION, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './month-names';

/**
 * "Published 3 hours ago", "Updated: …", "Publicado hace …", Hebrew "פורסם" / "עודכן", Arabic "نشر" / "آخر تحديث": the
 * date line that shares an element with the byline. A word boundary is no use after Hebrew and Arabic letters, nor
 * after an accented one ("Publié le …"), which are not word characters to `\b`.
 */
export const PUBLICATION_LABEL = new RegExp(`^${DATE_LABEL}(?!\\p{L})`, 'iu');

/**
 * The labels a byline row's date field opens with: the credit after the date follows one, and a name read with the
 * whole row runs into one ("Camille Royer – Publié le …").
 */
const DATE_FIELD_LABEL = `(?:${DATE_LABEL_ALTERNATION})`;
const HANGUL = /\p{Script=Hangul}/u;
/**
 * Korean stamps' labels ("입력", "수정", "승인", "기사입력"), words of their own after the reporter's name. Rule "stamp's
 * label with its slash": Singapore's Chinese press sets the writer's name over stamps whose labels a
 * slash closes ("黄佩琪 发布/2026年12月6日 18:15 更新/…"); the label is the stamp's, no word of the name.
 */
const CJK_DATE_FIELD_LABEL = `(?:(?:기사\\s*)?(?:${labelAlternation(CJK_PUBLISHED_LABELS.filter((label) => HANGUL.test(label)))}|${labelAlternation(CJK_UPDATE_LABELS.filter((label) => HANGUL.test(label)))})|(?:${labelAlternation([...CJK_PUBLISHED_LABELS, ...CJK_UPDATE_LABELS].filter((label) => !HANGUL.test(label)))})[/／])`;
const INDIC_LETTER = /[\u0900-\u0DFF]/u;
/**
 * The labels of India's and its neighbours' scripts (Hindi "अपडेटेड:", "प्रकाशित:", Tamil "பதிவு:"), which those rows
 * print with their colon after the name's last word ("By: பிடிஐ பதிவு: டிசம்பர் 03, 2026"): no name is written in
 * those letters with a colon, so the label and its colon are cut off it.
 */
const INDIC_DATE_FIELD_LABEL = labelAlternation([...PUBLISHED_LABELS, ...UPDATE_LABELS].filter((label) => INDIC_LETTER.test(label)));

/**
 * Weekdays written out ("Monday, February 29, 2016"). Spanish "domingo" is left out: it is a common surname, and a
 * name may be followed by a bare date.
 */
const NAME_ENDING_WEEKDAYS = WEEKDAY_NAMES.filter((name) => name !== 'domingo').join('|');
/**
 * What stands between a name and the date that follows it: month and weekday names, "am", "on", "le", the "at",
 * "um", "à" or "às" before a clock (Blogger's "Posted by Jane at 12:53"), and the publication or update label, after
 * a dash or bar that sets the row's date field apart ("Camille Royer – Publié le 3 décembre", "Jane Doe - Updated",
 * Urdu "اپ ڈیٹ", the labels of the Indic scripts with their colon, Hindi "अपडेटेड:" and "प्रकाशित:"), and the
 * Hebrew-calendar date religious papers print before the civil one ("רויטרס | יום א', כ"ו בכסלו תשפ"ז, 06/12/26"). A Latin label with its colon ("Last Updated:") stays, and the
 * colon keeps the line from being read as a name. Korean rows run the reporter into the stamp's label, a word of its
 * own ("박소연 기자 승인 2026.12.03 14:05", "… 기자 입력 …", "기사입력"). Rule "day word before the clock": a row
 * that dates the story by the day's word prints it between the name and the clock ("Door ANP gisteren, 21:40",
 * "Von Jane Doe gestern, 17:40 Uhr"); cut, as a month is, only where the clock follows. Rule "ago word before the
 * count": a row that dates the story by its age prints the word for "ago" between the name and the count ("Autor:
 * Tanjug pre 2 sata", "Von Jane Doe vor 3 Stunden"); cut, as the day's word is, only where the count follows.
 */
/**
 * Rule "Romance sender's row": Drupal's and e107's Spanish and Portuguese packs print who sent the item and when on
 * one row, "Enviado por María García el Sáb, 05/12/2026 - 09:30", "Postado por Rita Moura em sábado 05 dezembro 2026",
 * with the weekday abbreviated as Spanish abbreviates it, or Portuguese "em" ("on") before the date; cut, as "on" is,
 * only where the date follows.
 */
const ROMANCE_ROW_WORDS = ['lun', 'mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'em'];
const TRAILING_DATE_WORDS = new RegExp(
  `(?:\\s+(?:[-–—|·•၊]\\s+)?(?:${MONTH_NAME_ALTERNATION}|${HEBREW_DATE_PIECE}|${NAME_ENDING_WEEKDAYS}|${DAY_WORDS.join('|')}|${AGO_WORD_BEFORE}|${WEEKDAY_ABBREVIATIONS.join('|')}|${ROMANCE_ROW_WORDS.join('|')}|am|on|at|um|à|às|le|el|il|den|vom|${DATE_FIELD_LABEL}|${CJK_DATE_FIELD_LABEL}|اپ ڈیٹ|(?:${INDIC_DATE_FIELD_LABEL}):?)\\.?[,،]?)+$`,
  'iu',
);

/**
 * Rule "dates in the page's digits": Arab and Persian themes print the byline row's date in their own digits ("بواسطة
 * وام - ديسمبر ٣, ٢٠٢٦ - ١٠:١٢ ص"), which `\d` does not match; cut at ASCII digits only, the row's month stayed on
 * the name ("وام - ديسمبر ٣"), and the agency it credits was read as a person. Thai, Lao, Khmer and Myanmar pages do
 * the same in theirs ("โดย … | วันจันทร์ที่ ๗ ธันวาคม ๒๕๖๙", "ရေးသားသူ - … ၊ ဒီဇင်ဘာ ၇၊ ၂၀၂၆").
 */
const DATE_DIGIT_ONWARD = /\s*[\d\u0660-\u0669\u06F0-\u06F9\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049][\s\S]*$/u;

/**
 * "Nathan Willis March 25, 2015": bylines often run into the date; the name ends before it. A part that is nothing
 * but the date ("الثلاثاء 14 آذار 2023" after "بقلم: رنا حداد ·") leaves no name.
 */
export function stripTrailingDate(name: string): string {
  const beforeDigits = name.replace(DATE_DIGIT_ONWARD, '');
  // Short words like "Do" or "Le" are also surnames; they are only date words when a date follows.
  if (beforeDigits === name) return name;
  const labelCut = withoutDateFieldLabel(beforeDigits);
  const wordsCut = ` ${labelCut.replace(FRENCH_LABEL_BEFORE_SPACED_COLON, '')}`.replace(TRAILING_DATE_WORDS, '').trim();
  // Rule "weekday after the date's label": a row names the day between the date field's label and the date ("بقلم:
  // محمد بوزيد نشر في: الأحد 12 جويلية 2026", "Author: Jane Doe Published: Sunday, 12 July 2026"); the label and its
  // colon end the name only once the weekday is cut, and were read as the name's last words.
  return wordsCut.endsWith(':') ? withoutDateFieldLabel(wordsCut) : wordsCut;
}
/** A byline row's text without the date field's label that closes it after a name (see DATE_FIELD_LABEL_AFTER_NAME). */
function withoutDateFieldLabel(text: string): string {
  return DATE_FIELD_LABEL_ALONE.test(text) ? text : text.replace(DATE_FIELD_LABEL_AFTER_NAME, '');
}
/**
 * Rule "date field's label after the name": a meta row whose fields are spans of one line reads, as text, as the
 * writer's label, the name, and the date field's own label with its colon ("Autor: Hina Objavljeno: 15. listopada
 * 2026. u 9:30", "Author: Jane Doe Published: 3 December 2026"); the label was read as the name's last word. It is
 * cut only after a name: a label that opens the text, its "last" with it ("Last Updated: …"), keeps its colon, which
 * keeps the line from being read as a name. Rule "update's lead word after the name": the label after the name takes
 * its lead word with it ("PTI | Thiruvananthapuram Last Updated: 04 December 2026"), which was left as the name's
 * last word ("Thiruvananthapuram Last"). Rule "date's label after the row's dash": a row that parts its fields with
 * spaced dashes sets one before the label too ("سبها: إبراهيم الحضيري - نشر بتاريخ: الأحد 06 الكانون 2026 - 19:30"),
 * which goes with it.
 */
const DATE_FIELD_LABEL_AFTER_NAME = new RegExp(`(?<=\\S)\\s+(?:[-–—|·•]\\s+)?(?:(?:${UPDATE_LEAD_WORDS.join('|')})\\s+)?${DATE_FIELD_LABEL}\\s*:$`, 'iu');
const DATE_FIELD_LABEL_ALONE = new RegExp(`^\\s*(?:(?:${UPDATE_LEAD_WORDS.join('|')})\\s+)?${DATE_FIELD_LABEL}\\s*:$`, 'iu');
/**
 * Rule "French spaced colon": French typography sets a space before the colon, and rows that label their fields in
 * French (as Maghreb sites do on their Arabic pages too) run the writer into the date's label ("Par : Jean Dupont
 * Publié le : 03/12/2026", "Par : ق. و Publié le : …"). The publication or edit label with its spaced colon is cut off
 * the name; a label that stands alone ("Dernière mise à jour : …") is no such run-on and keeps its colon.
 */
const FRENCH_LABEL_BEFORE_SPACED_COLON = /\s+(?:publié|publiée|mis à jour|modifié|posté|actualisé)(?:\s+le)?\s+:$/iu;

/**
 * A date and nothing else ("18. November 2026", "Zuletzt aktualisiert am 18.11.2026"): nothing is left once its
 * label and the date are cut off.
 */
export function isBareDate(text: string): boolean {
  return /\d/.test(text) && stripTrailingDate(text.replace(PUBLICATION_LABEL, '')) === '';
}
