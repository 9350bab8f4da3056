/**
 * Solar Hijri (Persian) dates, as Iranian and Afghan news sites print them: "۱۵ اردیبهشت ۱۴۰۴", "۱۵ ثور ۱۴۰۴",
 * "۱۵ غویی ۱۴۰۴", "د ۱۴۰۴ کال د غویی ۱۵مه", "۱۴۰۴/۰۲/۱۵", converted to the Gregorian calendar. Digits are expected already normalised to ASCII.
 */
import { primarySubtag } from '../language';
import { normalizeDigits } from './arabic-dates';
import type { CalendarFields } from './calendar';

const SOLAR_MONTH_NAMES: readonly string[] = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
];
/**
 * Rule "Dari solar months": Afghanistan counts the same solar year with the months named for the zodiac signs, "۱۲
 * قوس ۱۴۰۵" being 12 Azar 1405; Afghan sites date their stories so. Several are words too (سرطان "cancer", میزان
 * "amount"), read as months only between a day and a year, as the pattern below asks.
 */
const DARI_MONTH_NAMES: readonly string[] = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'];
/**
 * Rule "Pashto solar months": Afghan Pashto sites name the same months in Pashto ("۱۲ لیندۍ ۱۴۰۵", 12 Qaws), each in
 * the spellings they print: with Pashto's ګ or the Persian گ, and the form a month takes after "د" ("of": "د تلې").
 * Several are words too (کب "fish", تله "scales"), read as months only inside a date, as the patterns ask.
 */
const PASHTO_MONTH_NAMES: readonly (readonly string[])[] = [
  ['وری'], ['غویی', 'غوایی'], ['غبرګولی', 'غبرگولی'], ['چنګاښ', 'چنگاښ'], ['زمری'], ['وږی'], ['تله', 'تلې'], ['لړم'], ['لیندۍ', 'لیندی'],
  ['مرغومی'], ['سلواغه', 'سلواغې'], ['کب'],
];
const SOLAR_MONTH_BY_NAME = new Map([
  ...[SOLAR_MONTH_NAMES, DARI_MONTH_NAMES].flatMap((names) => names.map((name, index) => [name, index + 1] as const)),
  ...PASHTO_MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
]);
/**
 * Whether a word names a solar month, in Iran's or Afghanistan's names: also with the Arabic yeh of legacy pages, and
 * with its alef-madda folded to a bare alef, as a stamp reads once folded to match Arabic month names ("اذر").
 */
export function isSolarMonthName(word: string): boolean {
  const persian = word.replace(ARABIC_YEH, 'ی');
  return SOLAR_MONTH_BY_NAME.has(persian) || (persian.startsWith('ا') && SOLAR_MONTH_BY_NAME.has(`آ${persian.slice(1)}`));
}
const SOLAR_MONTH_ALTERNATION = [...SOLAR_MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

const ARABIC_YEH = /ي/g;
const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';
const WRITTEN_SOLAR_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*${NOT_LETTER_BEFORE}(${SOLAR_MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s*,?\\s*(\\d{4})(?!\\d)`, 'u',
);
/**
 * The Pashto order, year first: "د ۱۴۰۵ کال د لیندۍ ۱۲مه" ("of the year 1405, of Lindai the 12th"), the year also
 * called solar ("لمریز کال"), the day with or without its ordinal ending.
 */
const PASHTO_YEAR_FIRST_DATE = new RegExp(
  `(?<!\\d)(\\d{4})\\s*(?:لمریز\\s*)?کال\\s*،?\\s*(?:د\\s*)?${NOT_LETTER_BEFORE}(${SOLAR_MONTH_ALTERNATION})${NOT_LETTER_AFTER}\\s*(\\d{1,2})(?:مه|م)?(?!\\d)`, 'u',
);
/**
 * Year-first numeric dates of solar years 1300-1414 (1921-2036). A lunar Hijri year in that range would be
 * 1882-1994, before news sites existed, and the current lunar years (1440s) lie above it.
 */
const NUMERIC_SOLAR_DATE = /(?<!\d)(1[34]\d{2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;
const LATEST_SOLAR_NUMERIC_YEAR = 1414;

/**
 * Rule "Afghan calendar's clock": the month names a Solar date prints tell whose calendar it is. The zodiac names
 * (حمل … حوت) and the Pashto ones are Afghanistan's alone, and Pashto pages dated in the Solar calendar are Afghan,
 * since Pakistan's Pashto papers date by the Gregorian one; such a date is on Kabul's clock (UTC+4:30) where the
 * page's address, locale and language name none (Pashto is spoken on Kabul's clock and Pakistan's): read as UTC,
 * the Pashto paper's "د ۱۴۰۵ کال د لیندۍ ۱۵مه، ۱۵:۳۰" was 4½ hours late.
 */
export function afghanCalendarZone(printed: string | null, language: string | null): string | null {
  if (!printed) return null;
  const text = normalizeDigits(printed).replace(ARABIC_YEH, 'ی');
  const month = (WRITTEN_SOLAR_DATE.exec(text) ?? PASHTO_YEAR_FIRST_DATE.exec(text))?.[2];
  if (month === undefined) return null;
  return AFGHAN_MONTH_NAMES.has(month) || (language !== null && primarySubtag(language) === 'ps') ? 'Asia/Kabul' : null;
}
const AFGHAN_MONTH_NAMES: ReadonlySet<string> = new Set([...DARI_MONTH_NAMES, ...PASHTO_MONTH_NAMES.flat()]);

/** 1 Farvardin 1404 fell on 21 March 2025: the anchor from which days are counted. */
const ANCHOR_SOLAR_YEAR = 1404;
const ANCHOR_GREGORIAN_MS = Date.UTC(2025, 2, 21);
const DAY_MS = 86_400_000;

/**
 * A solar Hijri date converted to Gregorian calendar fields (no clock), or null. Rule "Arabic yeh in Persian": Persian
 * sites still served in windows-1256, which has no Persian yeh (ی), write the Arabic one (ي) in its place, "۱۷
 * شهريور ۱۴۰۵"; the month names are read with either, one letter for the other, so the match keeps its place.
 */
export function parsePersianSolarDate(input: string): { fields: CalendarFields; end: number } | null {
  const text = input.replace(ARABIC_YEH, 'ی');
  const written = WRITTEN_SOLAR_DATE.exec(text);
  if (written) {
    const fields = solarToGregorian(Number(written[3]), SOLAR_MONTH_BY_NAME.get(written[2]) ?? 0, Number(written[1]));
    return fields ? { fields, end: written.index + written[0].length } : null;
  }
  const pashto = PASHTO_YEAR_FIRST_DATE.exec(text);
  if (pashto) {
    const fields = solarToGregorian(Number(pashto[1]), SOLAR_MONTH_BY_NAME.get(pashto[2]) ?? 0, Number(pashto[3]));
    return fields ? { fields, end: pashto.index + pashto[0].length } : null;
  }
  const numeric = NUMERIC_SOLAR_DATE.exec(text);
  if (numeric && Number(numeric[1]) <= LATEST_SOLAR_NUMERIC_YEAR) {
    const fields = solarToGregorian(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
    return fields ? { fields, end: numeric.index + numeric[0].length } : null;
  }
  return null;
}

/**
 * Leap years by the 33-year arithmetic rule, which agrees with the astronomical Iranian calendar for the years
 * 1178-1634.
 */
function isSolarLeapYear(year: number): boolean {
  return (25 * year + 11) % 33 < 8;
}

/** Months 1-6 have 31 days, 7-11 have 30, Esfand 29 or 30 in a leap year. */
function solarMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isSolarLeapYear(year) ? 30 : 29;
}

export function solarToGregorian(year: number, month: number, day: number): CalendarFields | null {
  if (year < 1178 || year > 1634 || month < 1 || month > 12 || day < 1 || day > solarMonthLength(year, month)) return null;
  let days = 0;
  for (let y = ANCHOR_SOLAR_YEAR; y < year; y++) days += isSolarLeapYear(y) ? 366 : 365;
  for (let y = year; y < ANCHOR_SOLAR_YEAR; y++) days -= isSolarLeapYear(y) ? 366 : 365;
  for (let m = 1; m < month; m++) days += solarMonthLength(year, m);
  days += day - 1;
  const date = new Date(ANCHOR_GREGORIAN_MS + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
