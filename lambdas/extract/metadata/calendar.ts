/** Calendar fields read from a date string, turned into ISO 8601 and checked for plausibility. */

export interface CalendarFields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC; absent when the source gave no offset. */
  offsetMinutes?: number;
}

/** Earliest year a news page can plausibly have been published in. */
const EARLIEST_YEAR = 1900;
/** Clocks and time zones disagree a little; a date this far past `now` still counts as "now". */
const FUTURE_SKEW_MS = 15 * 60_000;
/** The widest offsets in use: UTC-12:00 to UTC+14:00, with some room. */
const MAX_OFFSET_MINUTES = 14 * 60;
/** The furthest east a clock runs ahead of UTC (Kiribati, UTC+14), which a wall time read in an unknown zone may be. */
const UNKNOWN_ZONE_SKEW_MS = MAX_OFFSET_MINUTES * 60_000;

/**
 * The fields as ISO 8601, or null when they do not form a real calendar date and time. The offset is written when
 * the fields have one; without it the string is a wall-clock time ("2026-12-01T09:45:00"), for
 * {@link withUtcOffset} to complete.
 */
export function toIsoString(fields: CalendarFields): string | null {
  const { year, month, day, hour = 0, minute = 0, second = 0, offsetMinutes } = fields;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes ?? 0) > MAX_OFFSET_MINUTES) return null;
  const local = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return offsetMinutes === undefined ? local : withUtcOffset(local, offsetMinutes);
}

/** A wall-clock time ("2026-12-01T09:45:00") with the offset its clock shows, in minutes east of UTC. */
export function withUtcOffset(localIso: string, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(offsetMinutes);
  return `${localIso}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** Whether an ISO 8601 string from {@link toIsoString} carries its offset. */
export function hasUtcOffset(iso: string): boolean {
  return /[+-]\d{2}:\d{2}$/.test(iso);
}

/**
 * A publication date must lie between 1900 and `now` (plus a small skew); anything else is a parsing accident.
 * The Unix epoch itself ("1970-01-01T01:00:00+01:00") is what a CMS prints for a timestamp left at zero or empty,
 * in whatever time zone: the page states no date. A wall-clock time read in an unknown zone (`zoneKnown` false)
 * is written as UTC, and the page's clock may run up to 14 hours ahead of it: a story published minutes ago in
 * Tokyo reads as 9 hours ahead.
 */
export function isPlausiblePublicationDate(iso: string, now: Date, zoneKnown = true): boolean {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant) || Math.abs(instant) <= EPOCH_PLACEHOLDER_MS) return false;
  return Number(iso.slice(0, 4)) >= EARLIEST_YEAR && instant <= now.getTime() + (zoneKnown ? FUTURE_SKEW_MS : UNKNOWN_ZONE_SKEW_MS);
}
/** Time zones put the zero timestamp up to a day either side of midnight UTC on 1 January 1970. */
const EPOCH_PLACEHOLDER_MS = 86_400_000;

/** "+0200", "+02:00", "GMT+7", "UTC+02:00", "GMT-3". Without GMT/UTC the offset needs four digits. */
const NUMERIC_OFFSET = /(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)|(?<![\d:])([+-])(\d{2}):?(\d{2})(?!\d)/i;

/** The first numeric UTC offset written in the text, in minutes east of UTC. */
export function numericOffsetMinutes(text: string): number | undefined {
  const offset = NUMERIC_OFFSET.exec(text);
  if (!offset) return undefined;
  const [sign, hours, minutes] = offset[1] ? [offset[1], offset[2], offset[3]] : [offset[4], offset[5], offset[6]];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
}

/** `now` minus an age, written in UTC. */
export function isoBefore(now: Date, ageMs: number): string {
  return new Date(now.getTime() - ageMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The year of a date printed without one, which a page prints for a story of this year or the last: now's year, or
 * the last when the day is still ahead of now (a January page's "December 30"), and, with a `weekday` (Sunday 0),
 * the one of the two whose day falls on it. Null when the day is in neither year (a "31 February", a weekday that
 * fits neither).
 */
export function recentYearOf(month: number, day: number, now: Date, weekday?: number): number | null {
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() - 1]) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && (weekday === undefined || date.getUTCDay() === weekday) && date.getTime() <= now.getTime() + DAY_AHEAD_MS) return year;
  }
  return null;
}
/** A day ahead of now: the page's own clock may already be on tomorrow's date. */
const DAY_AHEAD_MS = 86_400_000;
