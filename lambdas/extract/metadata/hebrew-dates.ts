/**
 * Hebrew-calendar dates, as Israeli religious papers and community sites print them, often alone: "ג' בכסלו תשפ"ז"
 * (the 3rd of Kislev 5787), "כ"ב כסלו תשפ"ז", the day and the year written in Hebrew numerals, the month with or
 * without "ב" ("in"); converted to the Gregorian calendar. Sites that print a Gregorian date beside it are read by that
 * one first: this is asked only when no other calendar's date is found.
 */
import type { CalendarFields } from './calendar';

/** Each Hebrew month's names as pages write them, and the names the runtime's Hebrew calendar gives it. */
const HEBREW_MONTHS: readonly { names: readonly string[]; calendarNames: readonly string[] }[] = [
  { names: ['תשרי'], calendarNames: ['Tishri'] },
  { names: ['חשון', 'חשוון', 'מרחשון', 'מרחשוון'], calendarNames: ['Heshvan'] },
  { names: ['כסלו', 'כסליו'], calendarNames: ['Kislev'] },
  { names: ['טבת'], calendarNames: ['Tevet'] },
  { names: ['שבט'], calendarNames: ['Shevat'] },
  { names: ["אדר א'", 'אדר א׳', 'אדר ראשון'], calendarNames: ['Adar I'] },
  { names: ["אדר ב'", 'אדר ב׳', 'אדר שני'], calendarNames: ['Adar II'] },
  // Plain "Adar" is the one month of a common year, and in a leap year the second, when Purim falls.
  { names: ['אדר'], calendarNames: ['Adar', 'Adar II'] },
  { names: ['ניסן'], calendarNames: ['Nisan'] },
  { names: ['אייר', 'איר'], calendarNames: ['Iyar'] },
  { names: ['סיון', 'סיוון'], calendarNames: ['Sivan'] },
  { names: ['תמוז'], calendarNames: ['Tamuz'] },
  { names: ['אב', 'מנחם אב'], calendarNames: ['Av'] },
  { names: ['אלול'], calendarNames: ['Elul'] },
];
const CALENDAR_NAMES_BY_MONTH = new Map(HEBREW_MONTHS.flatMap(({ names, calendarNames }) => names.map((name) => [name, calendarNames] as const)));
const MONTH_ALTERNATION = [...CALENDAR_NAMES_BY_MONTH.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A number in Hebrew numerals: letters whose values add up, the last set off by gershayim (״, or a double quote) when
 * there are several, or a lone letter by a geresh (׳, or an apostrophe).
 */
const HEBREW_NUMERAL = `[א-ת]{1,4}["״][א-ת]|[א-ת]['׳]`;
const HEBREW_DATE = new RegExp(
  `(?<![א-ת"״'׳])(${HEBREW_NUMERAL})\\s+ב?(${MONTH_ALTERNATION})(?![א-ת])\\s*,?\\s*(?:ה['׳]?)?(${HEBREW_NUMERAL})(?![א-ת])`, 'u',
);
/** A Hebrew-calendar date as a piece of a larger pattern: no groups, no lookbehind, so it may follow a space. */
export const HEBREW_DATE_PIECE = `(?:${HEBREW_NUMERAL})\\s+ב?(?:${MONTH_ALTERNATION})(?![א-ת])\\s*,?\\s*(?:ה['׳]?)?(?:${HEBREW_NUMERAL})(?![א-ת])`;
const HEBREW_LETTER = /[\u05d0-\u05ea]/;
const LETTER_VALUES: Readonly<Record<string, number>> = {
  א: 1, ב: 2, ג: 3, ד: 4, ה: 5, ו: 6, ז: 7, ח: 8, ט: 9, י: 10, כ: 20, ך: 20, ל: 30, מ: 40, ם: 40, נ: 50, ן: 50, ס: 60, ע: 70,
  פ: 80, ף: 80, צ: 90, ץ: 90, ק: 100, ר: 200, ש: 300, ת: 400,
};
/** Years are written without their thousands ("תשפ"ז", 787, is 5787): the years of news on the web. */
const THOUSANDS = 5000;
const EARLIEST_YEAR = 5750;
const LATEST_YEAR = 5850;
/** The Hebrew year starts in September or October of the Gregorian year 3761 below its number. */
const GREGORIAN_YEAR_OFFSET = 3761;
const DAY_MS = 86_400_000;
/** From 20 August before the year's first Tishri, enough days to reach its last Elul. */
const SEARCH_START_MONTH = 7;
const SEARCH_START_DAY = 20;
const SEARCH_DAYS = 420;

const calendarDay = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/** A Hebrew-calendar date converted to Gregorian calendar fields (no clock) and where it ends in the text, or null. */
export function parseHebrewDate(text: string): { fields: CalendarFields; end: number } | null {
  if (!HEBREW_LETTER.test(text)) return null;
  const match = HEBREW_DATE.exec(text);
  if (!match) return null;
  const day = numeralValue(match[1]);
  const year = THOUSANDS + numeralValue(match[3]);
  if (day < 1 || day > 30 || year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const fields = gregorianDay(year, CALENDAR_NAMES_BY_MONTH.get(match[2])!, day);
  return fields ? { fields, end: match.index + match[0].length } : null;
}

/**
 * True when the text prints a Hebrew-calendar date and no figure: that calendar's day alone, as religious sites print
 * it in a box of its own beside the civil date and clock ("כ״ד בכסלו תשפ״ז" before "04.12.2026 10:20").
 */
export function printsHebrewDateOnly(text: string): boolean {
  return !ANY_DIGIT.test(text) && HEBREW_LETTER.test(text) && HEBREW_DATE.test(text);
}
const ANY_DIGIT = /\d/;

function numeralValue(numeral: string): number {
  let value = 0;
  for (const letter of numeral) value += LETTER_VALUES[letter] ?? 0;
  return value;
}

/**
 * The Gregorian day the runtime's Hebrew calendar gives that year, month and day, found by walking the Gregorian
 * year it falls in: the runtime formats dates in the Hebrew calendar but reads none.
 */
function gregorianDay(year: number, monthNames: readonly string[], day: number): CalendarFields | null {
  const start = Date.UTC(year - GREGORIAN_YEAR_OFFSET, SEARCH_START_MONTH, SEARCH_START_DAY);
  const wanted = String(day);
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const date = new Date(start + offset * DAY_MS);
    const parts = calendarDay.formatToParts(date);
    const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
    if (part('day') !== wanted || !monthNames.includes(part('month') ?? '') || part('year') !== String(year)) continue;
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return null;
}
