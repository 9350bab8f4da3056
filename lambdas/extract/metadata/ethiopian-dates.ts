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
 * An Ethiopian date converted to Gregorian calendar fields, with its clock where the page names the part of the day
 * (see {@link readEthiopianClock}), or null.
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
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ...readEthiopianClock(text) };
}

/**
 * Rule "Ethiopian clock": Amharic pages count the hours from dawn, 6 a.m. being twelve o'clock, and name the part of
 * the day before the time ("ከጠዋቱ 3:00 ሰዓት", three in the morning, is 9:00; "ከምሽቱ 2:30", two-thirty in the evening, is
 * 20:30; "ከሌሊቱ 7:00", seven at night, is 1:00). The part of the day is what marks the Ethiopian count: a bare "3:00"
 * may be either clock, and gives none.
 */
function readEthiopianClock(text: string): { hour: number; minute: number } | Record<string, never> {
  const match = ETHIOPIAN_CLOCK.exec(text);
  if (!match) return {};
  const ethiopianHour = Number(match[2]);
  const minute = Number(match[3]);
  if (ethiopianHour < 1 || ethiopianHour > 12 || minute > 59) return {};
  // Six hours on from the Ethiopian count, on the twelve-hour dial: 12 → 6, 1 → 7, … 6 → 12.
  const dialHour = ((ethiopianHour + 5) % 12) + 1;
  const afternoon = DAY_PART_AFTER_NOON[match[1]](ethiopianHour);
  return { hour: (dialHour % 12) + (afternoon ? 12 : 0), minute };
}
/**
 * The parts of the day, as "of the …", and whether a given Ethiopian hour in them lies after noon: the morning's hours
 * (12 to 5) are before it, its 6 is noon; the day's and the afternoon's (6 to 12) and the evening's are after it; the
 * night's run from the evening's last hours (1 to 5, 7 to 11 p.m.) past midnight (6 to 12, midnight to 6 a.m.).
 */
const DAY_PART_AFTER_NOON: Readonly<Record<string, (hour: number) => boolean>> = {
  'ከጠዋቱ': (hour) => hour === 6,
  'ከቀኑ': () => true,
  'ከሰዓት በኋላ': () => true,
  'ከምሽቱ': () => true,
  'ከማታው': () => true,
  'ከሌሊቱ': (hour) => hour < 6,
};
const ETHIOPIAN_CLOCK = new RegExp(`(${Object.keys(DAY_PART_AFTER_NOON).join('|')})\\s*(\\d{1,2})[:.](\\d{2})(?!\\d)`, 'u');
