/**
 * Declared times written in UTC, set on the clock and the day the page shows its readers: the same instant with the
 * page's offset, a stored local midnight revealed, and the offset that puts an instant on the dateline's day.
 */
import { numericOffsetMinutes, withUtcOffset } from './calendar';
import { utcOffsetAtInstant } from './time-zones';

/**
 * Rule "UTC instant on the page's clock": a CMS stores the moment of publication and serialises it in UTC, and the
 * page shows it on its own clock; 23:30 UTC is already the next day in Paris. Where the page's zone is known, the
 * same instant is written with that zone's offset, which gives the day its readers saw. UTC midnight is left
 * alone: it is how a date without a time is stored, and moved west it would fall on the day before.
 */
export function onClockOf(timeZone: string, iso: string): string {
  if (!isUtcClockTime(iso)) return iso;
  const instant = Date.parse(iso);
  const offsetMinutes = utcOffsetAtInstant(timeZone, instant);
  return offsetMinutes === 0 ? iso : withUtcOffset(new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19), offsetMinutes);
}

/** A clock time written in UTC, which {@link alignToVisibleDay} and {@link revealLocalMidnight} may move. */
export function isUtcClockTime(iso: string): boolean {
  return /[+-]00:00$/.test(iso) && iso.slice(11, 19) !== '00:00:00';
}

/** Latest UTC hour that can be local midnight of the next day: zones east of UTC up to +10:00. */
const LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR = 14;

/**
 * CMSes store a date without time as local midnight and serialise it in UTC, so "2022-11-07" in Berlin becomes
 * "2022-11-06T23:00:00.000Z". A UTC timestamp on an exact late-evening hour is written as that local midnight.
 */
export function revealLocalMidnight(iso: string): string {
  const match = /T(\d{2}):00:00\+00:00$/.exec(iso);
  if (!match || Number(match[1]) < LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR) return iso;
  const offsetHours = 24 - Number(match[1]);
  const nextDay = new Date(Date.parse(iso) + offsetHours * 3_600_000).toISOString().slice(0, 10);
  return `${nextDay}T00:00:00+${String(offsetHours).padStart(2, '0')}:00`;
}

/**
 * A timestamp written in UTC can fall on the next or previous calendar day from the one the page shows its
 * readers. When the visible date is one day off, the same instant is written in an offset that puts it on the
 * visible day: the visible clock time gives the exact offset, otherwise the smallest whole-hour offset is used. On
 * the same day, so does a dateline that prints the declared minute at another hour ({@link printsMinuteAtAnotherHour}).
 * @param clocks the clocks the page may print, its own first, tried where the dateline gives no offset.
 * @param countryZones the zones of the page's country where it has several, one of which the printed clock's offset
 *   must keep (rule "offset the country keeps").
 */
export function alignToVisibleDay(structuredIso: string, visibleIso: string, clocks: readonly string[] = [], countryZones: readonly string[] = []): string {
  if (!/[+-]00:00$/.test(structuredIso) || structuredIso.slice(11, 19) === '00:00:00') return structuredIso;
  const instant = Date.parse(structuredIso);
  const visibleDay = Date.parse(`${visibleIso.slice(0, 10)}T00:00:00Z`);
  const structuredDay = Date.parse(`${structuredIso.slice(0, 10)}T00:00:00Z`);
  if (Math.abs(visibleDay - structuredDay) !== 86_400_000 && !(visibleDay === structuredDay && printsMinuteAtAnotherHour(structuredIso, visibleIso))) return structuredIso;
  const visibleHasClock = visibleIso.slice(11, 19) !== '00:00:00';
  let offsetMinutes: number;
  const printedOffset = visibleHasClock ? Math.round((Date.parse(visibleIso.replace(/[+-]\d{2}:\d{2}$/, 'Z')) - instant) / 900_000) * 15 : null;
  if (printedOffset !== null && keptInCountry(printedOffset, countryZones, instant)) {
    offsetMinutes = printedOffset;
  } else {
    // Rule "the country's own clocks" (see countryZones), else the nearest whole hour.
    const minutesIntoDay = (instant - structuredDay) / 60_000;
    offsetMinutes = clocks.map((zone) => utcOffsetAtInstant(zone, instant)).find((offset) => Math.floor((instant + offset * 60_000) / 86_400_000) * 86_400_000 === visibleDay)
      ?? (visibleDay < structuredDay ? -(Math.floor(minutesIntoDay / 60) + 1) * 60 : Math.ceil((1440 - minutesIntoDay) / 60) * 60);
  }
  if (offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60) return structuredIso;
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (local.slice(0, 10) !== visibleIso.slice(0, 10)) return structuredIso;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
}

/**
 * Rule "offset the country keeps": the dateline read beside a publication declared in UTC may print another time of the
 * story, its update on the next day ("Updated December 6, 2026 — 11.55am, first published at 9.10am" beside
 * "2026-12-05T22:10:00Z"), and the hours between the two are then no offset of the newsroom's clock (+13:45 for a
 * Sydney paper). On a page of a country of several zones, known by its domain or its declared region (see
 * countryZones), an offset that none of its zones keeps at that instant is not taken from the printed clock; the day
 * the dateline prints is reached on the country's own clocks instead.
 */
function keptInCountry(offsetMinutes: number, countryZones: readonly string[], instant: number): boolean {
  return countryZones.length === 0 || countryZones.some((zone) => utcOffsetAtInstant(zone, instant) === offsetMinutes);
}

/**
 * Rule "offset of the printed clock": a dateline that prints the declared UTC time's minute at another hour of its
 * day ("Publié le 18 novembre 2025 à 5 h 00" beside "2025-11-18T10:00:00Z", "09/11/2025 19h47" beside 22:47Z) shows
 * the instant on the newsroom's clock without naming the zone, as sites of countries with several zones do; the hours
 * between give the offset, and readers were told 5:00, not 10:00. Twelve hours apart is no zone but a 12-hour clock
 * whose half of the day was lost ("2018-04-05T06:00" declared for "6:00 pm").
 */
function printsMinuteAtAnotherHour(declaredIso: string, visibleIso: string): boolean {
  if (visibleIso.slice(11, 19) === '00:00:00' || visibleIso.slice(14, 16) !== declaredIso.slice(14, 16)) return false;
  const hoursApart = Math.abs(Number(visibleIso.slice(11, 13)) - Number(declaredIso.slice(11, 13)));
  return hoursApart !== 0 && hoursApart !== 12;
}

/**
 * Rule "update on the learned clock": where the dateline told the offset of a publication declared in UTC (rule
 * "offset of the printed clock", or the day it falls on), a declared update in UTC is on the same newsroom's clock
 * ("Mis à jour à 7 h 12" beside "dateModified":"2025-11-18T12:12:00Z") and is written in that offset, the same
 * instant. The publication as declared, and as the dateline set it; the update as it stands otherwise.
 */
export function onLearnedClock(updateIso: string, declaredIso: string, publishedIso: string): string {
  const offsetMinutes = numericOffsetMinutes(publishedIso.slice(19));
  if (!isUtcClockTime(updateIso) || publishedIso === declaredIso || Date.parse(publishedIso) !== Date.parse(declaredIso) || !offsetMinutes) return updateIso;
  return withUtcOffset(new Date(Date.parse(updateIso) + offsetMinutes * 60_000).toISOString().slice(0, 19), offsetMinutes);
}

/**
 * Rule "printed update on the learned clock": where the dateline told the offset of a publication declared in UTC
 * (`article:published_time` 13:05Z, "24/11/2026 14:05" printed), an update the page prints in no zone of its own
 * ("Actualizado 25/11/2026 09:20") is on the same newsroom's wall clock, read as UTC only for want of a zone: its
 * clock is kept and the learned offset written after it. Moved as an instant, it would be an hour later than printed.
 */
export function printedOnLearnedClock(updateIso: string, declaredIso: string, publishedIso: string): string {
  const offsetMinutes = numericOffsetMinutes(publishedIso.slice(19));
  if (!/[+-]00:00$/.test(updateIso) || publishedIso === declaredIso || Date.parse(publishedIso) !== Date.parse(declaredIso) || !offsetMinutes) return updateIso;
  return withUtcOffset(updateIso.slice(0, 19), offsetMinutes);
}

/**
 * The dateline's update on the declared publication's clock. The dateline prints both times on the page's clock
 * ("24/11/2026 12:05 · Actualizado 24/11/2026 13:40") while the metadata declares the publication with its offset
 * ("2026-11-24T12:05:00+01:00"), or in UTC: the printed publication against the declared instant gives the page's
 * offset, which the printed update is read in. A dateline that prints the day alone gives no offset (see rule "update
 * beside the declared day"). Null when the dateline prints a clock no zone's offset (a quarter-hour multiple, -12:00
 * to +14:00) makes the declared instant: then it dates something else.
 */
export function updateOnDeclaredClock(updateIso: string, visiblePublishedIso: string, declaredIso: string): string | null {
  if (visiblePublishedIso.slice(11, 19) === '00:00:00') return dayOfDeclaredOffset(updateIso, visiblePublishedIso, declaredIso);
  const wallClock = (iso: string) => Date.parse(`${iso.slice(0, 19)}Z`);
  const offsetMinutes = (wallClock(visiblePublishedIso) - Date.parse(declaredIso)) / 60_000;
  if (!Number.isInteger(offsetMinutes / 15) || offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60) return null;
  return withUtcOffset(updateIso.slice(0, 19), offsetMinutes);
}

/**
 * Rule "update beside the declared day": a theme prints the publication as its day alone ("03/12/2026", the
 * `<time datetime="2026-12-03T10:05:00+07:00">` it declares the instant in) and the edit under it with its clock
 * ("Cập nhật lúc: 14:32, 03/12/2026"). A dateline that prints the declared day, on the declared offset, is the
 * article's own, and its update is on that offset's clock; a declaration in UTC names no newsroom's clock.
 */
function dayOfDeclaredOffset(updateIso: string, visiblePublishedIso: string, declaredIso: string): string | null {
  const offsetMinutes = numericOffsetMinutes(declaredIso.slice(19));
  if (!offsetMinutes || declaredIso.slice(0, 10) !== visiblePublishedIso.slice(0, 10)) return null;
  return withUtcOffset(updateIso.slice(0, 19), offsetMinutes);
}

/**
 * Rule "declared time on the printed clock": a CMS serialises its times in UTC while the dateline prints them on the
 * newsroom's clock with its zone ("Updated: <time datetime="2026-03-04T02:40:05+00:00">Mar 3, 2026 / 08:40 PM
 * CST</time>", "Updated 9:41 a.m. ET" beside `"dateModified":"2026-02-12T14:41:00Z"`). The dateline that prints the
 * declared instant gives the offset it is written in. A dateline that prints the declared time's wall clock, on its
 * day, in a zone that is not UTC says instead that the CMS wrote the local clock with a UTC offset (WordPress
 * themes print "14 March 2026 | 15:32" while the JSON-LD says "2026-03-14T15:32:00+00:00"): readers were told 15:32,
 * and the instant 15:32 UTC would put a time on the record that the page shows nowhere. Compared to the minute, the
 * printed clock having none of the declared seconds; null when the dateline prints no clock, UTC, or another time.
 */
export function onPrintedClock(declaredIso: string, shownIso: string): string | null {
  const offset = shownIso.slice(19);
  if (!isUtcClockTime(declaredIso) || shownIso.slice(11, 19) === '00:00:00' || /^[+-]00:00$/.test(offset)) return null;
  const shownMinute = shownIso.slice(0, 16);
  if (declaredIso.slice(0, 16) === shownMinute) return `${declaredIso.slice(0, 19)}${offset}`;
  const offsetMinutes = numericOffsetMinutes(offset);
  if (offsetMinutes === undefined) return null;
  const local = new Date(Date.parse(declaredIso) + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return local.slice(0, 16) === shownMinute ? withUtcOffset(local, offsetMinutes) : null;
}

/**
 * Rule "instant on the marked clock": WordPress's SEO plugins declare the times in UTC ("2026-11-19T21:33:12+00:00"),
 * while the theme marks the same instant in the page's `<time datetime>` on the newsroom's clock
 * ("2026-11-19T15:33:12-06:00"). The page's own markup says the offset its readers were shown: the declared
 * instant is written in it. A marked time at another instant dates something else and says nothing of the clock.
 */
export function onMarkedClock(iso: string, marked: readonly string[]): string {
  if (!isUtcClockTime(iso)) return iso;
  const instant = Date.parse(iso);
  for (const value of marked) {
    const offset = MARKED_OFFSET.exec(value.trim());
    const offsetMinutes = offset ? numericOffsetMinutes(offset[0]) : undefined;
    if (!offsetMinutes || Date.parse(value) !== instant) continue;
    return withUtcOffset(new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19), offsetMinutes);
  }
  return iso;
}
/** The offset a machine-readable time ends with, "-06:00" or "+0100". */
const MARKED_OFFSET = /[+-]\d{2}:?\d{2}$/;
