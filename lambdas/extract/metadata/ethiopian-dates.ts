/**
 * Ethiopian-calendar dates, as Ethiopian papers and the national agency print them in Amharic: "ኅዳር 24 ቀን 2019 ዓ.ም"
 * ("Hidar 24th day, 2019 of the Era of Mercy"), "ኅዳር 24/2019", often alone and sometimes beside a Gregorian twin;
 * converted to the Gregorian calendar. Digits are expected already normalised to ASCII.
 */
import type { CalendarFields } from './calendar';

/**
 * The thirteen months, each in the spellings Amharic writes interchangeably (ኅ/ህ, ሣ/ሳ, ሠ/ሰ, ጳ for the short
 * thirteenth month): twelve of thirty days, then Pagume of five or six.
 */
const ETHIOPIAN_MONTH_NAMES: readonly (readonly string[])[] = [
  ['መስከረም'], ['ጥቅምት'], ['ኅዳር', 'ህዳር'], ['ታኅሣሥ', 'ታህሳስ', 'ታኅሳስ', 'ታህሣሥ'], ['ጥር'], ['የካቲት'], ['መጋቢት'], ['ሚያዝያ', 'ሚያዚያ'],
  ['ግንቦት'], ['ሰኔ'], ['ሐምሌ', 'ሀምሌ'], ['ነሐሴ', 'ነሃሴ'], ['ጳጉሜ', 'ጳጉሜን'],
];
const ETHIOPIAN_MONTH_BY_NAME = new Map(ETHIOPIAN_MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const ETHIOPIAN_MONTH_ALTERNATION = [...ETHIOPIAN_MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
/** The month, the day, then "ቀን" ("day") or a slash, and the year of four digits. */
const ETHIOPIAN_DATE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${ETHIOPIAN_MONTH_ALTERNATION})(?![\\p{L}\\p{M}])\\s*(\\d{1,2})(?:\\s*ቀን\\s*|\\s*[/፣,]\\s*|\\s+)(\\d{4})(?!\\d)`, 'u',
);
const ETHIOPIC_SCRIPT = /[\u1200-\u137f]/u;
/** The Julian day number of 1 Meskerem, year 1 of the Era of Mercy, from which the calendar's days are counted. */
const ETHIOPIAN_EPOCH_JDN = 1724221;
/** The Julian day number of the Unix epoch, 1 January 1970. */
const UNIX_EPOCH_JDN = 2440588;
const DAY_MS = 86_400_000;
const MONTH_DAYS = 30;
const PAGUME = 13;

/**
 * An Ethiopian date converted to Gregorian calendar fields (no clock: Ethiopian pages count the hours from dawn,
 * so a clock beside such a date is no reading this trusts), or null.
 */
export function parseEthiopianDate(text: string): CalendarFields | null {
  if (!ETHIOPIC_SCRIPT.test(text)) return null;
  const match = ETHIOPIAN_DATE.exec(text);
  if (!match) return null;
  const month = ETHIOPIAN_MONTH_BY_NAME.get(match[1]) ?? 0;
  const day = Number(match[2]);
  const year = Number(match[3]);
  if (day < 1 || day > (month === PAGUME ? 6 : MONTH_DAYS)) return null;
  const jdn = ETHIOPIAN_EPOCH_JDN + 365 * (year - 1) + Math.floor(year / 4) + MONTH_DAYS * (month - 1) + day - 1;
  const date = new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
