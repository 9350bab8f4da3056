/**
 * Arabic calendar vocabulary: month names of the three Gregorian naming traditions (Levantine Syriac names,
 * Egyptian/Gulf transliterations, Maghreb French-derived names, plus Moroccan variants), Hijri month names,
 * weekdays, AM/PM markers and relative-time words. Everything here works on {@link foldArabic}ed text so that
 * spelling variants (أ/إ/ا, ة/ه, ى/ي, tatweel, diacritics) match one table entry.
 */
import { numericOffsetMinutes, recentYearOf, toIsoString, type CalendarFields } from './calendar';
import { ARABIC_WEEKDAY_NAMES } from './month-names';
import { escapeRegExp } from './text';
import { isSupportedZone, utcOffsetAt, zoneNamedInWords } from './time-zones';
import { abbreviatedZoneOffset } from './zone-abbreviations';

/** Arabic-Indic and Extended Arabic-Indic digits, and the Arabic comma and number separators. */
const ARABIC_DIGIT_OR_SEPARATOR = /[\u060C\u0660-\u0669\u066B\u066C\u06F0-\u06F9]/;

/** Arabic-Indic (U+0660..) and Persian/Urdu (U+06F0..) digits to ASCII, and nothing else. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Arabic-Indic (U+0660..) and Persian/Urdu (U+06F0..) digits to ASCII; Arabic comma and date slash to ASCII. */
export function normalizeDigits(text: string): string {
  // Most texts asked about (labels, dates, counters) hold none of these, and need no five passes over them.
  if (!ARABIC_DIGIT_OR_SEPARATOR.test(text)) return text;
  return asciiDigits(text)
    .replace(/\u060C/g, ',')
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** Vowel signs and the tatweel: how a word is set, not which word it is ("العُمانية", "وكالـة"). */
const ARABIC_MARK = '[\\u064B-\\u065F\\u0670\\u0640]';
const ARABIC_MARKS = new RegExp(ARABIC_MARK, 'g');

/** The text without Arabic vowel signs and tatweel, which pages add to words as they please. */
export function withoutArabicMarks(text: string): string {
  return text.replace(ARABIC_MARKS, '');
}

/**
 * Collapses Arabic spelling variants so that month and weekday tables need one entry per word. Rule "Persian
 * keyboard letters": Arabic typed on a Persian or Kurdish keyboard gets that keyboard's yeh and kaf ("دیسمبر",
 * "کانون"), which look the same in the middle of a word and stand for the same letters.
 */
export function foldArabic(text: string): string {
  return withoutArabicMarks(normalizeDigits(text))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ');
}

const GREGORIAN_MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  // Levantine (Syriac-derived) names.
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6],
  ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  // Their numbered short forms, as Lebanese and Syrian papers print them: "26 تشرين2 2026", "٢٦ ت٢ ٢٠٢٦", "ك1".
  ['تشرين 1', 10], ['تشرين1', 10], ['ت1', 10], ['تشرين 2', 11], ['تشرين2', 11], ['ت2', 11],
  ['كانون 1', 12], ['كانون1', 12], ['ك1', 12], ['كانون 2', 1], ['كانون2', 1], ['ك2', 1],
  // Egyptian / Gulf transliterations, with common spelling variants.
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  // Maghreb (French-derived) names.
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['جويليه', 7], ['أوت', 8],
  // Moroccan variants.
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
];

const HIJRI_MONTH_NUMBERS: Readonly<Record<string, number>> = {
  محرم: 1, صفر: 2, 'ربيع الأول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4, 'جمادى الأولى': 5, 'جمادى الآخرة': 6, 'جمادى الثانية': 6,
  رجب: 7, شعبان: 8, رمضان: 9, شوال: 10, 'ذو القعدة': 11, 'ذو الحجة': 12,
  // Rule "month's name in the genitive": the last two months' names open with "ذو" ("the one of"), which grammar bends
  // to "ذي" after a number or "من" ("16 ذي القعدة 1447هـ", "10 من ذي الحجة"), as Saudi religious-affairs pages and
  // Eid stories date themselves; the bent name is the same month.
  'ذي القعدة': 11, 'ذي الحجة': 12,
  // Rule "months' everyday names": Gulf sites name the third to sixth months as they are said, without the article
  // on the ordinal or in the masculine ("12 ربيع أول", "ربيع ثاني", "جمادى الأول", "الخميس 23 جمادى الثاني
  // 1448هـ"), in the stamps of pages dated only in the Hijri calendar; they are the months the classical names are.
  'ربيع أول': 3, 'ربيع ثاني': 4, 'جمادى الأول': 5, 'جمادى الثاني': 6,
};
const HIJRI_MONTH_NAMES: readonly string[] = Object.keys(HIJRI_MONTH_NUMBERS);


/** Longest names first so that "تشرين الثاني" is not read as a bare, unknown "تشرين". */
const monthEntries = GREGORIAN_MONTH_NAMES.map(([name, month]) => [foldArabic(name), month] as const)
  .sort((a, b) => b[0].length - a[0].length);
const MONTH_BY_NAME = new Map(monthEntries);
const MONTH_ALTERNATION = monthEntries.map(([name]) => escapeRegExp(name)).join('|');
const HIJRI_ALTERNATION = HIJRI_MONTH_NAMES.map((name) => escapeRegExp(foldArabic(name)))
  .sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_PATTERN = new RegExp(`(?:يوم\\s+)?(?:${ARABIC_WEEKDAY_NAMES.map((n) => escapeRegExp(foldArabic(n))).join('|')})`, 'g');

/** Arabic letters are not `\w`, so word boundaries are spelled out: not preceded/followed by an Arabic letter. */
const NOT_LETTER_BEFORE = '(?<![\\u0621-\\u064A])';
const NOT_LETTER_AFTER = '(?![\\u0621-\\u064A])';

/**
 * "23 كانون الثاني/يناير 2017", "٢٣ يناير ٢٠١٧", "23 جانفي، 2017", "26 من نوفمبر لعام 2026", "26 - نوفمبر - 2026".
 * A dual form joins two names of the same month with "/" or "-" (or parentheses); the first name decides. Rule
 * "slashed month name": Egyptian portals set the parts apart with slashes as a numeric date's ("05/ديسمبر/2026").
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:[-–/]\\s*)?(?:من\\s+)?${NOT_LETTER_BEFORE}(${MONTH_ALTERNATION})${NOT_LETTER_AFTER}` +
    `(?:\\s*[/\\-(]\\s*(?:${MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s*\\)?)?\\s*[,–/-]?\\s*(?:ل?(?:سنه|عام))?\\s*(\\d{4})`,
);
/**
 * Rule "the Jamahiriya's months": Libya named the months its own way from 1986 to 2011 (أي النار January, النوار, الربيع,
 * الطير, الماء, الصيف, ناصر, هانيبال, الفاتح, التمور, الحرث, الكانون December), and Libyan sites whose templates date
 * from then still print them ("الأحد 06 الكانون 2026 - 19:30"). The names are ordinary words (spring, water, the
 * harvest, "the conqueror"), so they are read as months only in a whole date, a day before and a year after.
 */
const JAMAHIRIYA_MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['أي النار', 1], ['النوار', 2], ['الربيع', 3], ['الطير', 4], ['الماء', 5], ['الصيف', 6],
  ['ناصر', 7], ['هانيبال', 8], ['الفاتح', 9], ['التمور', 10], ['الحرث', 11], ['الكانون', 12],
];
const JAMAHIRIYA_MONTH_BY_NAME = new Map(JAMAHIRIYA_MONTH_NAMES.map(([name, month]) => [foldArabic(name), month] as const));
const JAMAHIRIYA_DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*[-–/]?\\s*${NOT_LETTER_BEFORE}(${[...JAMAHIRIYA_MONTH_BY_NAME.keys()].map(escapeRegExp).join('|')})${NOT_LETTER_AFTER}\\s*[-–/]?\\s*(\\d{4})(?!\\d)`,
);
/** Some sites write the month first: "يناير 23، 2017". */
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s+(\\d{1,2})(?!\\d)\\s*,\\s*(\\d{4})`);
/**
 * A Hijri date the record keeps raw where it reads none: a day and month name, a month name and year ("رمضان 1447
 * هـ"), or a numeric date marked هـ. Rule "numeric Hijri date kept": a stamp in numbers, year first, ends with the day
 * before its era letter ("١٤٤٨/٠٦/٢٤هـ", on Gulf ministries' pages dated in no other way), and names a Hijri date as
 * a day-first one does. Rule "year alone is no date": a year marked هـ with no month is a copyright's or an issue's
 * year (a footer's "© ١٤٤٨هـ", "العدد 6120 - 1448هـ"), which a page with no date of its own kept as its raw date.
 */
const HIJRI_DATE = new RegExp(
  `\\d{1,2}\\s*${NOT_LETTER_BEFORE}(?:${HIJRI_ALTERNATION})${NOT_LETTER_AFTER}|${NOT_LETTER_BEFORE}(?:${HIJRI_ALTERNATION})${NOT_LETTER_AFTER}\\s*,?\\s*\\d{4}\\s*ه${NOT_LETTER_AFTER}`
    + `|(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*ه${NOT_LETTER_AFTER}`,
);

/**
 * Rule "Arabic part of the day": after a 12-hour clock Arabic pages write the part of the day it falls in, as the
 * letters ص and م (morning, evening) or in words: "صباحا" (in the morning), "فجرا" (at dawn), "قبل الظهر" (before
 * noon), "مساء" (in the evening), "بعد الظهر" (after noon), "عصرا" (in the afternoon), "ظهرا" (at noon) and "ليلا"
 * (at night). Noon and night each span both meridiems: "12:30 ظهرا" and "1:30 ظهرا" are after noon but "11:45 ظهرا"
 * before it; "10:00 ليلا" is evening but "1:00 ليلا" and "12:15 ليلا" are after midnight. Keyed by the folded word.
 */
const ARABIC_DAY_PARTS: Readonly<Record<string, 'am' | 'pm' | 'noon' | 'night'>> = {
  ص: 'am', صباح: 'am', صباحا: 'am', فجرا: 'am', 'قبل الظهر': 'am', 'قبل الظهيره': 'am',
  م: 'pm', مساء: 'pm', مساءا: 'pm', 'بعد الظهر': 'pm', 'بعد الظهيره': 'pm', عصرا: 'pm',
  ظهرا: 'noon', ليلا: 'night',
};
/** The first hour a clock "at noon" is written with before noon, and the last hour after midnight one "at night" is. */
const FIRST_MORNING_HOUR_AT_NOON = 7;
const LAST_HOUR_AFTER_MIDNIGHT = 4;
const MARKS_AFTER_LETTER = `${ARABIC_MARK}*`;
/**
 * The day-part words as a pattern fragment, for folded and unfolded text alike: vowel signs and the tatweel allowed
 * after each letter ("مساءً", "ظهراً"), ة or ه at a word's end; longest first, so "م" is not read out of "مساء". The
 * caller bounds it: "م" may open the next word.
 */
export const ARABIC_DAY_PART = Object.keys(ARABIC_DAY_PARTS).sort((a, b) => b.length - a.length)
  .map((word) => [...word].map((char) => (char === ' ' ? '\\s+' : char === 'ه' ? `[هة]${MARKS_AFTER_LETTER}` : char + MARKS_AFTER_LETTER)).join(''))
  .join('|');

/**
 * The meridiem of an hour said "at night", in any language that says it so: the night runs past midnight, its 12 and
 * its small hours are the morning's ("2:00 ليلا", "2:00 na dare"), its others the evening's.
 */
export function nightMeridiem(hour: number): 'am' | 'pm' {
  return hour === 12 || hour <= LAST_HOUR_AFTER_MIDNIGHT ? 'am' : 'pm';
}

/** The meridiem an Arabic day-part word puts the clock's hour in (see rule "Arabic part of the day"). */
export function arabicMeridiem(dayPart: string, hour: number): 'am' | 'pm' {
  const part = ARABIC_DAY_PARTS[foldArabic(dayPart).trim()];
  if (part === 'noon') return hour >= FIRST_MORNING_HOUR_AT_NOON && hour < 12 ? 'am' : 'pm';
  if (part === 'night') return nightMeridiem(hour);
  return part === 'am' ? 'am' : 'pm';
}

/**
 * Clock time with optional AM/PM marker: "الساعة 10:30 ص", "14:05", "10:30 مساء", "2:35 بعد الظهر". Rule "hours and
 * minutes abbreviated": Algerian papers write the clock with the first letters of "hour" and "minute" instead of the
 * colon ("10سا17د", "18 سا 30"), on the 24-hour clock. Rule "minutes in words": they also say the clock as it is
 * spoken, the hour after "الساعة" and the minutes joined by "و" ("على الساعة 11 و30 دقيقة", "الساعة 9 و 5 دقائق");
 * without "الساعة" before it, such a phrase is a duration. Rule "the French clock in Arabic": bilingual Maghreb
 * sites print the clock in their Arabic rows as their French ones do, an "h" between the hour and the minutes ("05
 * دجنبر 2026 - 22h30", "على الساعة 14h35"); only with two digits after it, as "3h" alone is a duration.
 */
const MINUTES_WORD = '(?:دقيقه|دقائق)';
const CLOCK_TIME = new RegExp(
  `(?:الساعه\\s*)?(\\d{1,2})(?::|h(?=\\d{2}(?!\\d))|\\s*سا\\s*(?=\\d)|(?<=الساعه\\s*\\d{1,2})\\s*و\\s*(?=\\d{1,2}\\s*${MINUTES_WORD}))(\\d{2}|(?<=و\\s*)\\d(?=\\s*${MINUTES_WORD}))`
    + `(?::(\\d{2}))?(?:\\s*(?:${MINUTES_WORD}|د)(?![\\u0621-\\u064A]))?\\s*(${ARABIC_DAY_PART}|am|pm)?(?![\\u0621-\\u064A])`,
  'i',
);

/** A Gregorian month name, or a dual form of two ("فبراير/ شباط", "كانون الثاني (يناير)"), in folded text. */
const MONTH_NAME_OR_DUAL = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${MONTH_ALTERNATION})${NOT_LETTER_AFTER}(?:\\s*[/\\-(]\\s*(?:${MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s*\\)?)?`,
  'g',
);
const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * The text folded, with each Gregorian month name written in Arabic (a dual form counted once) replaced by
 * `marker`, so that a reader of date words can count months by one token; text without Arabic letters is returned
 * as it is.
 */
export function markArabicMonths(text: string, marker: string): string {
  return ARABIC_LETTER.test(text) ? foldArabic(text).replace(MONTH_NAME_OR_DUAL, ` ${marker} `) : text;
}

/**
 * Rule "the Maghreb's clock": the French-derived month names (جانفي، فيفري، جوان، جويلية، أوت) are written in Algeria
 * and Tunisia, the Moroccan ones (يوليوز، غشت، شتنبر، نونبر، دجنبر) in Morocco, and those countries keep their clocks
 * an hour ahead of UTC (Morocco falls back to UTC for Ramadan, which its zone data knows). A page on no country
 * domain and with no locale still says where it is by how it names the month, so a time printed beside such a name
 * is read on that country's clock, not as UTC. The names shared with the Mashriq (مارس، ماي، سبتمبر …) say nothing.
 * The zone, or null when the text names no such month.
 */
export function maghrebZoneOf(text: string): string | null {
  const folded = foldArabic(text);
  if (MOROCCAN_MONTH.test(folded)) return 'Africa/Casablanca';
  // Rule "the Jamahiriya's months" names Libya's months, on Tripoli's clock.
  if (JAMAHIRIYA_DAY_MONTH_YEAR.test(folded)) return 'Africa/Tripoli';
  return ALGERIAN_TUNISIAN_MONTH.test(folded) ? 'Africa/Algiers' : null;
}
const wordOf = (names: string[]) => new RegExp(`${NOT_LETTER_BEFORE}(?:${names.map((name) => escapeRegExp(foldArabic(name))).join('|')})${NOT_LETTER_AFTER}`);
const ALGERIAN_TUNISIAN_MONTH = wordOf(['جانفي', 'فيفري', 'أفريل', 'جوان', 'جويلية', 'جويليه', 'أوت']);
const MOROCCAN_MONTH = wordOf(['يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر']);

/**
 * Rule "numeric Hijri date": Saudi and Gulf datelines print the day in both calendars in numbers, the era letter after
 * each ("الأحد 1448/06/05 هـ - 2026/11/15 م"). A numeric date marked هـ is a Hijri one, which read as a Gregorian date
 * would fall in the fifteenth century and hide the Gregorian date after it; it is blanked out, and the date marked م
 * (or unmarked) is read.
 */
export function withoutNumericHijriDates(text: string): string {
  return text.includes('ه') ? text.replace(NUMERIC_HIJRI_DATE, (date) => ' '.repeat(date.length)) : text;
}
const NUMERIC_HIJRI_DATE = /(?<![\d/.-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*ه\u0640*(?![\u0621-\u064A])/gu;

/** True when the text prints a Hijri year (1300-1599) and no Gregorian one: a date in that calendar alone. */
export function printsHijriYearOnly(text: string): boolean {
  const digits = normalizeDigits(text);
  return HIJRI_YEAR.test(digits) && !GREGORIAN_YEAR.test(digits);
}
const HIJRI_YEAR = /(?<!\d)1[3-5]\d{2}(?!\d)/;
const GREGORIAN_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** True when the text names a Hijri month or carries the هـ era marker. */
export function mentionsHijriDate(text: string): boolean {
  return HIJRI_DATE.test(foldArabic(text));
}

/**
 * Rule "Hijri date alone": Saudi and other Gulf sites date some pages only in the Hijri calendar ("الأحد 5 جمادى
 * الآخرة 1448هـ"), the Gregorian day nowhere on the page. That is the page's date all the same, a day of the Umm
 * al-Qura calendar, the kingdom's official one, which the runtime converts: the Gregorian day it falls on, with the
 * clock printed beside it. Null for text with no day, month name and year in that order.
 */
export function parseHijriDate(text: string): CalendarFields | null {
  const folded = foldArabic(text).replace(WEEKDAY_PATTERN, ' ');
  const match = HIJRI_DAY_MONTH_YEAR.exec(folded);
  if (!match) return null;
  const hijri = { day: Number(match[1]), month: HIJRI_MONTH_BY_NAME.get(match[2])!, year: Number(match[3]) };
  const gregorian = gregorianDayOfHijri(hijri);
  return gregorian && { ...gregorian, ...readClockTime(folded, match.index + match[0].length, gregorian) };
}

/** Hijri month names by folded spelling, with the variants pages write ("ربيع الثاني", "جمادى الثانية"). */
const HIJRI_MONTH_BY_NAME = new Map(HIJRI_MONTH_NAMES.map((name) => [foldArabic(name), HIJRI_MONTH_NUMBERS[name]] as const));
/**
 * Rule "month's epithet": pages name the holy months with the epithet piety gives them, between the month and the year
 * ("2 رمضان المبارك 1447هـ", "شعبان المعظم", "محرم الحرام", "صفر الخير"), and set "من" between the day and the month
 * as the Gregorian dates do ("16 من ذي القعدة"); neither changes the day.
 */
const HIJRI_DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?${NOT_LETTER_BEFORE}(${HIJRI_ALTERNATION})${NOT_LETTER_AFTER}(?:\\s+(?:المبارك|المعظم|الحرام|الخير)${NOT_LETTER_AFTER})?\\s*,?\\s*(1[3-5]\\d{2})(?!\\d)`,
);

/**
 * Rule "both calendars in the date row": Saudi and Gulf papers print the day in the Hijri calendar beside the
 * Gregorian one, each year marked with its era's letter ("الأحد 15 جمادى الآخرة 1448 هـ - 06 ديسمبر 2026 م"). The Hijri
 * date and the era letters are the date's own words, as a Gregorian month's name is: the text folded, with them
 * blanked, for a reader that counts the words a line holds beside its date. Text without Arabic letters is returned
 * as it is.
 */
export function withoutHijriDatesAndEras(text: string): string {
  return ARABIC_LETTER.test(text) ? foldArabic(text).replace(HIJRI_DAY_MONTH_YEARS, ' ').replace(ERA_LETTER_AFTER_YEAR, ' ') : text;
}
const HIJRI_DAY_MONTH_YEARS = new RegExp(HIJRI_DAY_MONTH_YEAR.source, 'g');
/** "هـ" and "م" after a year's digits, in folded text (the tatweel folded away), as a word of their own. */
const ERA_LETTER_AFTER_YEAR = /(?<=\d{4}\s?)[هم](?![\u0621-\u064A])/gu;

/** The Hijri calendar's epoch, 1 Muharram 1 AH (16 July 622, Julian), in days since 1970, and its mean month. */
const HIJRI_EPOCH_DAYS = -492_148;
const MEAN_HIJRI_MONTH_DAYS = 29.530_588;
const DAY_MS = 86_400_000;
/** How far the mean-month estimate may fall from the calendar's day, in days either way. */
const HIJRI_ESTIMATE_SLACK = 3;
let umAlQura: Intl.DateTimeFormat | null | undefined;

/** The Gregorian day of an Umm al-Qura date: estimated by the mean month, then found by the runtime's calendar near it. */
function gregorianDayOfHijri({ year, month, day }: { year: number; month: number; day: number }): Pick<CalendarFields, 'year' | 'month' | 'day'> | null {
  if (umAlQura === undefined) umAlQura = supportsUmAlQura() ? new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }) : null;
  if (!umAlQura || day > 30) return null;
  const estimate = HIJRI_EPOCH_DAYS + Math.round(((year - 1) * 12 + month - 1) * MEAN_HIJRI_MONTH_DAYS) + day - 1;
  for (let shift = -HIJRI_ESTIMATE_SLACK; shift <= HIJRI_ESTIMATE_SLACK; shift++) {
    const date = new Date((estimate + shift) * DAY_MS);
    const parts = Object.fromEntries(umAlQura.formatToParts(date).map((part) => [part.type, part.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) {
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    }
  }
  return null;
}

function supportsUmAlQura(): boolean {
  try {
    return new Intl.DateTimeFormat('en-u-ca-islamic-umalqura').resolvedOptions().calendar === 'islamic-umalqura';
  } catch {
    return false;
  }
}

/** A Gregorian date written with Arabic month names, or null. Hijri-only text yields null. */
export function parseArabicDate(text: string): CalendarFields | null {
  const folded = foldArabic(text).replace(WEEKDAY_PATTERN, ' ');
  let day: number;
  let month: number | undefined;
  let year: number;
  let matchEnd: number;
  const dayFirst = DAY_MONTH_YEAR.exec(folded);
  const jamahiriya = dayFirst ? null : JAMAHIRIYA_DAY_MONTH_YEAR.exec(folded);
  if (dayFirst || jamahiriya) {
    const written = (dayFirst ?? jamahiriya)!;
    day = Number(written[1]);
    month = (dayFirst ? MONTH_BY_NAME : JAMAHIRIYA_MONTH_BY_NAME).get(written[2]);
    year = Number(written[3]);
    matchEnd = written.index + written[0].length;
  } else {
    const monthFirst = MONTH_DAY_YEAR.exec(folded);
    if (!monthFirst) return null;
    month = MONTH_BY_NAME.get(monthFirst[1]);
    day = Number(monthFirst[2]);
    year = Number(monthFirst[3]);
    matchEnd = monthFirst.index + monthFirst[0].length;
  }
  if (month === undefined) return null;
  const time = readClockTime(folded, matchEnd, { year, month, day });
  return { year, month, day, ...time };
}

/**
 * Rule "this year's stamp" (see dates.ts) in Arabic: portals stamp a story of the current year with its day, month and
 * clock and no year, in any of the month names ("5 آذار 10:12", "الثلاثاء 5 آذار/مارس - 10:12 ص"). With the clock
 * beside it the day and month are the story's stamp; the year is now's, or last year's when that day is still ahead.
 */
export function parseArabicYearlessStamp(text: string, now: Date): CalendarFields | null {
  const folded = foldArabic(text).replace(WEEKDAY_PATTERN, ' ');
  if (/\d{4}/.test(folded)) return null;
  const match = YEARLESS_DAY_MONTH.exec(folded);
  const month = match ? MONTH_BY_NAME.get(match[2]) : undefined;
  if (!match || month === undefined) return null;
  const day = Number(match[1]);
  const year = recentYearOf(month, day, now);
  if (year === null) return null;
  const time = readClockTime(folded, match.index + match[0].length, { year, month, day });
  return time.hour === undefined ? null : { year, month, day, ...time };
}
const YEARLESS_DAY_MONTH = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:[-–]\\s*)?(?:من\\s+)?${NOT_LETTER_BEFORE}(${MONTH_ALTERNATION})${NOT_LETTER_AFTER}(?:\\s*[/\\-(]\\s*(?:${MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s*\\)?)?`,
);
/**
 * The clock time nearest the date: after it when present, else anywhere in the string; with the zone written after
 * the clock ("14:00 (GMT+0400)", "10:30 بتوقيت غرينتش").
 */
function readClockTime(folded: string, from: number, date: Pick<CalendarFields, 'year' | 'month' | 'day'>): Pick<CalendarFields, 'hour' | 'minute' | 'second' | 'offsetMinutes'> {
  const afterDate = CLOCK_TIME.exec(folded.slice(from));
  const [match, searchedFrom] = afterDate ? [afterDate, from] : [CLOCK_TIME.exec(folded), 0];
  if (!match) return {};
  const clockEnd = searchedFrom + match.index + match[0].length;
  let hour = Number(match[1]);
  const marker = match[4]?.toLowerCase();
  const meridiem = marker === 'am' || marker === 'pm' ? marker : marker ? arabicMeridiem(marker, hour) : null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const clock = { hour, minute: Number(match[2]), second: match[3] ? Number(match[3]) : 0 };
  const offsetMinutes = zoneAfterClock(folded.slice(clockEnd, clockEnd + ZONE_SEARCH_CHARS), { ...date, ...clock });
  return { ...clock, ...(offsetMinutes !== undefined ? { offsetMinutes } : {}) };
}

/** How far after the clock its zone is looked for: "14:00 (GMT+0400)", "الساعة 10:30 صباحا بتوقيت مكة المكرمة". */
const ZONE_SEARCH_CHARS = 30;
/**
 * Zones Arabic pages name in words after the clock, on folded text: Greenwich time, Mecca time, and the capitals and
 * countries newsrooms write the time of ("بتوقيت القدس", "بتوقيت القاهرة", "بتوقيت الإمارات"), as IANA zones, whose
 * rules give the offset on the date: Cairo, Beirut and Jerusalem keep summer time.
 */
const NAMED_ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [/توقيت (?:غرينتش|جرينتش|غرينيتش)/, 'UTC'],
  [/توقيت (?:مكه|الرياض|السعوديه)/, 'Asia/Riyadh'],
  [/توقيت القدس/, 'Asia/Jerusalem'],
  [/توقيت (?:فلسطين|غزه|رام الله)/, 'Asia/Hebron'],
  [/توقيت (?:القاهره|مصر)/, 'Africa/Cairo'],
  [/توقيت (?:بيروت|لبنان)/, 'Asia/Beirut'],
  [/توقيت (?:دمشق|سوريا)/, 'Asia/Damascus'],
  [/توقيت (?:عمان الاردن|الاردن)/, 'Asia/Amman'],
  [/توقيت (?:بغداد|العراق)/, 'Asia/Baghdad'],
  [/توقيت (?:ابو ?ظبي|دبي|الامارات)/, 'Asia/Dubai'],
  [/توقيت (?:الدوحه|قطر)/, 'Asia/Qatar'],
  [/توقيت الكويت/, 'Asia/Kuwait'],
  [/توقيت (?:المنامه|البحرين)/, 'Asia/Bahrain'],
  [/توقيت (?:مسقط|سلطنه عمان)/, 'Asia/Muscat'],
  [/توقيت (?:الرباط|المغرب)/, 'Africa/Casablanca'],
  [/توقيت (?:الجزائر)/, 'Africa/Algiers'],
  [/توقيت (?:تونس)/, 'Africa/Tunis'],
  [/توقيت (?:طرابلس الغرب|ليبيا)/, 'Africa/Tripoli'],
  [/توقيت (?:الخرطوم|السودان)/, 'Africa/Khartoum'],
  // Turkish newsrooms' Arabic services print Turkey's time.
  [/توقيت (?:تركيا|انقره|اسطنبول)/, 'Europe/Istanbul'],
];

/**
 * The offset of the zone an Arabic page names in words right after the clock ("10:30 بتوقيت القدس"), or a page in
 * another language (rule "zone named in words": "15h40 (horário de Brasília)"), at the date and time it dates;
 * undefined when it names none.
 */
export function namedZoneOffset(afterClock: string, fields: Pick<CalendarFields, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>): number | undefined {
  const near = afterClock.slice(0, ZONE_SEARCH_CHARS);
  const zone = near.includes('توقيت') ? NAMED_ZONES.find(([pattern]) => pattern.test(foldArabic(near)))?.[1] : zoneNamedInWords(near);
  const local = zone && isSupportedZone(zone) ? toIsoString(fields) : null;
  return zone && local ? utcOffsetAt(zone, local) : undefined;
}

/**
 * Rule "Latin zone after an Arabic clock": Gulf and pan-Arab sites print their zone's abbreviation after the clock and
 * its day part ("نشر في: 06 ديسمبر ,2026: 08:15 ص GST"), as English pages do; read without it, Dubai's 08:15 was
 * taken for UTC, four hours late.
 */
function zoneAfterClock(text: string, fields: Pick<CalendarFields, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>): number | undefined {
  return numericOffsetMinutes(text) ?? abbreviatedZoneOffset(text, fields) ?? namedZoneOffset(text, fields);
}

/**
 * Each unit as its singular and its plural nouns. With no count, only the singular says how many: "منذ ساعة" is
 * one hour ago, but "منذ سنوات" is "years ago", any number of them, and a date guessed from it would be made up.
 */
const RELATIVE_UNITS: ReadonlyArray<readonly [singular: RegExp, plural: RegExp, milliseconds: number]> = [
  [/^ثانيه/, /^(?:ثوان|ثواني)/, 1_000],
  [/^دقيقه/, /^(?:دقائق|دقايق)/, 60_000],
  [/^ساعه/, /^ساعات/, 3_600_000],
  [/^يوم/, /^ايام/, 86_400_000],
  [/^اسبوع/, /^اسابيع/, 7 * 86_400_000],
  [/^شهر/, /^(?:اشهر|شهور)/, 30 * 86_400_000],
  [/^(?:سنه|عام)/, /^(?:سنوات|اعوام)/, 365 * 86_400_000],
];

/** Arabic dual nouns mean "two of": "منذ يومين" = two days ago. */
const DUAL_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^دقيقت(?:ين|ان)/, 2 * 60_000],
  [/^ساعت(?:ين|ان)/, 2 * 3_600_000],
  [/^يوم(?:ين|ان)/, 2 * 86_400_000],
  [/^اسبوع(?:ين|ان)/, 2 * 7 * 86_400_000],
  [/^شهر(?:ين|ان)/, 2 * 30 * 86_400_000],
];

/** "منذ 3 ساعات", "قبل يومين": the word for "since" or "before", a count perhaps, and the unit, in folded text. */
const AGO = /(?:منذ|قبل)\s+(?:(\d+)\s*)?([\u0621-\u064A]+)/;
/**
 * Rule "hours and minutes ago": a stamp may add the smaller unit after "و" ("منذ ساعة و20 دقيقة", an hour and twenty
 * minutes ago; "قبل يومين و3 ساعات"), which the age takes in.
 */
const AND_MORE = /^\s*و\s*(?:(\d+)\s*)?([\u0621-\u064A]+)/;
/** The same, as the whole of a stamp. */
const WHOLE_AGO = new RegExp(`^(?:${AGO.source})(?:${AND_MORE.source.slice(1)})?\\.?$`);

/**
 * "منذ 3 ساعات", "قبل يومين", "منذ ساعة", "أمس", "أول أمس", "اليوم": the elapsed time before `now` in
 * milliseconds, or null when the text is not a relative date.
 */
export function parseArabicRelativeAge(text: string): number | null {
  const folded = foldArabic(text).trim();
  if (/(?:^|\s)(?:اول\s+امس|اول\s+البارحه)(?:\s|$)/.test(folded)) return 2 * 86_400_000;
  if (/(?:^|\s)(?:امس|البارحه)(?:\s|$)/.test(folded)) return 86_400_000;
  const ago = AGO.exec(folded);
  if (!ago) return /^اليوم(?:\s|$)/.test(folded) ? 0 : null;
  const age = agoAge(ago);
  const more = age === null ? null : AND_MORE.exec(folded.slice(ago.index + ago[0].length));
  return age !== null && more ? age + (agoAge(more) ?? 0) : age;
}

/** Whether the text is an Arabic relative date and nothing more: "منذ 3 ساعات", "قبل يومين". */
export function isArabicRelativeStamp(text: string): boolean {
  const ago = WHOLE_AGO.exec(foldArabic(text).trim());
  return ago !== null && agoAge(ago) !== null;
}

function agoAge([, count, unitWord]: RegExpExecArray): number | null {
  if (count === undefined) {
    const dual = DUAL_UNITS.find(([pattern]) => pattern.test(unitWord));
    if (dual) return dual[1];
  }
  const unit = RELATIVE_UNITS.find(([singular, plural]) => singular.test(unitWord) || plural.test(unitWord));
  if (!unit) return null;
  const [singular, , milliseconds] = unit;
  if (count !== undefined) return Number(count) * milliseconds;
  return singular.test(unitWord) ? milliseconds : null;
}

