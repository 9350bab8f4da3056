/**
 * Date strings in, ISO 8601 with offset out. Understands machine formats (ISO 8601, RFC 2822, epoch seconds),
 * written dates in many languages ("January 23, 2017", "23. Januar 2017", "23 de enero de 2017"), numeric dates
 * ("23.01.2017", "23/01/2017"), CJK dates ("2017年1月23日"), Arabic dates of every naming tradition and relative
 * dates ("3 hours ago", "منذ يومين") measured from `now`.
 */
import { isoBefore, toIsoString, type CalendarFields } from './calendar';
import { mentionsHijriDate, normalizeDigits, parseArabicDate, parseArabicRelativeAge } from './arabic-dates';
import { MONTH_BY_NAME, MONTH_NAME_ALTERNATION } from './month-names';

export interface ParsedDate {
  /** ISO 8601 with offset. */
  iso: string;
  /** The input, whitespace-collapsed. */
  raw: string;
}

/** Longer strings are page text, not a date; parsing them only finds accidents. */
const MAX_DATE_TEXT_LENGTH = 300;

const ISO_LIKE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const EPOCH = /^(\d{10}|\d{13})$/;
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const LETTER_BEFORE = '(?<!\\p{L})';
const LETTER_AFTER = '(?!\\p{L})';
const ORDINAL = '(?:st|nd|rd|th|er|e|º)?';
/** Hebrew attaches the preposition ב ("in") to the month: "5 במאי 2025". */
const HEBREW_MONTH_PREFIX = '(?:ב-?)?';
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})${ORDINAL}\\.?\\s*(?:de\\s+|of\\s+)?${LETTER_BEFORE}${HEBREW_MONTH_PREFIX}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s*(?:de\\s+|del\\s+)?,?\\s*(\\d{4})(?!\\d)`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s+(\\d{1,2})${ORDINAL}(?!\\d),?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
/** Year first, as Hungarian ("2025. május 5.") and Lithuanian ("2025 m. gegužės 5 d.", m. = metų, "of the year") write it. */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+(?:m\\.\\s*)?${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\s+(\\d{1,2})(?!\\d)`, 'iu');
/** Vietnamese names months by number: "5 tháng 5, 2025", "ngày 5 tháng 5 năm 2025". */
const VIETNAMESE_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)/iu;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const CLOCK_TIME = /(?<![\d.])(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?!\d)/i;
const TRAILING_OFFSET = /(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\b/;
const RELATIVE_AGO = /(\d+|an?|one)\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago/i;
const ENGLISH_UNIT_MS: Record<string, number> = {
  second: 1_000, minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000, day: 86_400_000,
  week: 7 * 86_400_000, month: 30 * 86_400_000, year: 365 * 86_400_000,
};

/** Parses a date string; null when nothing recognisable (or only a Hijri date) is in it. No plausibility check. */
export function parseDate(input: string, now: Date): ParsedDate | null {
  const raw = input.replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > MAX_DATE_TEXT_LENGTH) return null;
  const text = normalizeDigits(raw);
  const iso = parseMachineDate(text) ?? parseWrittenDate(text) ?? parseRelativeDate(text, now);
  return iso ? { iso, raw } : null;
}

/** True for text that names a Hijri date, whose raw string is kept even though it is not converted. */
export function isHijriDateText(text: string): boolean {
  return mentionsHijriDate(text);
}

function parseMachineDate(text: string): string | null {
  const epoch = EPOCH.exec(text.trim());
  if (epoch) {
    const ms = epoch[1].length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    return isoBefore(new Date(ms), 0);
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return toIsoString({
      year: Number(year), month: Number(month), day: Number(day),
      ...(hour !== undefined ? { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) } : {}),
      ...(zone ? { offsetMinutes: parseZone(zone) } : {}),
    });
  }
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    return toIsoString({ year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]), ...readTime(text, cjk.index + cjk[0].length) });
  }
  return null;
}

function parseWrittenDate(text: string): string | null {
  if (/[\u0600-\u06FF]/.test(text)) {
    const arabic = parseArabicDate(text);
    if (arabic) return toIsoString(arabic);
  }
  const fields = readNamedMonthDate(text) ?? readNumericDate(text);
  return fields ? toIsoString(fields) : null;
}

function readNamedMonthDate(text: string): CalendarFields | null {
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return withTime(text, dayFirst, Number(dayFirst[3]), dayFirst[2], Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return withTime(text, monthFirst, Number(monthFirst[3]), monthFirst[1], Number(monthFirst[2]));
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  if (yearFirst) return withTime(text, yearFirst, Number(yearFirst[1]), yearFirst[2], Number(yearFirst[3]));
  const vietnamese = VIETNAMESE_DATE.exec(text);
  if (vietnamese) {
    return { year: Number(vietnamese[3]), month: Number(vietnamese[2]), day: Number(vietnamese[1]), ...readTime(text, vietnamese.index + vietnamese[0].length) };
  }
  return null;
}

function withTime(text: string, match: RegExpExecArray, year: number, monthName: string, day: number): CalendarFields | null {
  const month = MONTH_BY_NAME.get(monthName.toLowerCase());
  if (month === undefined) return null;
  return { year, month, day, ...readTime(text, match.index + match[0].length) };
}

/**
 * Day-first unless that is impossible: most of the world writes 23.01.2017 or 23/01/2017; a US-style
 * 01/23/2017 is recognised only because 23 cannot be a month.
 */
function readNumericDate(text: string): CalendarFields | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const monthFirst = second > 12 && first <= 12;
  return {
    year: Number(match[4]),
    month: monthFirst ? first : second,
    day: monthFirst ? second : first,
    ...readTime(text, match.index + match[0].length),
  };
}

/** A clock time written after the date (and an explicit numeric offset after that). */
function readTime(text: string, from: number): Pick<CalendarFields, 'hour' | 'minute' | 'second' | 'offsetMinutes'> {
  const rest = text.slice(from, from + 60);
  const clock = CLOCK_TIME.exec(rest);
  if (!clock) return {};
  let hour = Number(clock[1]);
  const meridiem = clock[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const offset = TRAILING_OFFSET.exec(rest.slice(clock.index + clock[0].length));
  return {
    hour,
    minute: Number(clock[2]),
    second: Number(clock[3] ?? 0),
    ...(offset ? { offsetMinutes: (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) } : {}),
  };
}

function parseRelativeDate(text: string, now: Date): string | null {
  const arabicAge = /[\u0600-\u06FF]/.test(text) ? parseArabicRelativeAge(text) : null;
  if (arabicAge !== null) return isoBefore(now, arabicAge);
  const ago = RELATIVE_AGO.exec(text);
  if (ago) {
    const count = /^\d+$/.test(ago[1]) ? Number(ago[1]) : 1;
    return isoBefore(now, count * ENGLISH_UNIT_MS[ago[2].toLowerCase()]);
  }
  if (/^(?:yesterday|gestern|hier|ayer|ieri|ontem)\b/i.test(text)) return isoBefore(now, 86_400_000);
  if (/^(?:today|heute|aujourd'hui|hoy|oggi|hoje)\b/i.test(text)) return isoBefore(now, 0);
  return null;
}

function parseZone(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}
