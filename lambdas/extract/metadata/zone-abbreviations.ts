/** The zone abbreviations printed after a clock ("14:02 CEST", "5:42 PM EST", "08:15 ص GST") and their offsets. */
import type { CalendarFields } from './calendar';
import { utcOffsetAtInstant } from './time-zones';

/**
 * Zone abbreviations that news sites print after the clock, in minutes east of UTC. Only unambiguous ones: AST
 * (Atlantic or Arabia) and CST as China time are not here; IST is India's, where it is by far the most printed.
 * Russian sites write Moscow time in Cyrillic, МСК, or in lower case, мск; Turkish ones Turkey's as TSİ. GST is Gulf time, as the Emirates' papers print it; IRST, AFT, NPT
 * and MMT are the half- and three-quarter-hour zones of Iran, Afghanistan, Nepal and Myanmar.
 * US zones written without S/D ("ET", "PT") are resolved from the date by {@link usDaylightSaving}.
 */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, IST: 330, CET: 60, CEST: 120, MEZ: 60, MESZ: 120,
  EET: 120, EEST: 180, OEZ: 120, OESZ: 180, MSK: 180, TRT: 180, EAT: 180, SAST: 120, WAT: 60, CAT: 120, PKT: 300,
  ICT: 420, WIB: 420, WITA: 480, WIT: 540, SGT: 480, MYT: 480, PHT: 480, HKT: 480, JST: 540, KST: 540,
  AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480,
  HST: -600, BRT: -180, ART: -180, МСК: 180, мск: 180, TSİ: 180, GST: 240, IRST: 210, AFT: 270, NPT: 345, MMT: 390,
};
/** US zones named without standard/daylight: their offset in standard time. */
const US_ZONE_STANDARD_OFFSETS: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };
/** The abbreviations that name a zone on their own, without the US zones' standard-or-daylight guess. */
export const ZONE_ABBREVIATIONS: readonly string[] = Object.keys(ZONE_OFFSETS);

const ZONE_ABBREVIATION = new RegExp(
  `^[\\s,(]*(?:Uhr\\s*)?\\(?(${[...Object.keys(ZONE_OFFSETS), ...Object.keys(US_ZONE_STANDARD_OFFSETS)].join('|')})(?![\\p{L}+-])`,
  'u',
);

/**
 * Minutes east of UTC of the zone abbreviation that opens `text`, the text right after a clock ("14:02 CEST", "(GMT)",
 * "14.02 Uhr MESZ"), on the printed date; undefined when none does.
 */
export function abbreviatedZoneOffset(text: string, date: Pick<CalendarFields, 'year' | 'month' | 'day'>): number | undefined {
  const abbreviation = ZONE_ABBREVIATION.exec(text);
  if (!abbreviation) return undefined;
  const name = abbreviation[1];
  if (Object.hasOwn(SUMMER_LABEL_ZONES, name)) return utcOffsetAtInstant(SUMMER_LABEL_ZONES[name], Date.UTC(date.year, date.month - 1, date.day, 12));
  return Object.hasOwn(ZONE_OFFSETS, name) ? ZONE_OFFSETS[name] : US_ZONE_STANDARD_OFFSETS[name] + (usDaylightSaving(date) ? 60 : 0);
}
/**
 * Rule "summer label out of season": templates print the zone's summer label as a constant ("Published 23rd Nov
 * 2026, 06:00 BST", "14:05 MESZ" in January), where the clock beside it is the newsroom's, on standard time then. A
 * summer label is read as its zone's offset on the printed day, which is the label's own in summer.
 */
const SUMMER_LABEL_ZONES: Record<string, string> = {
  BST: 'Europe/London', WEST: 'Europe/Lisbon', CEST: 'Europe/Berlin', MESZ: 'Europe/Berlin', EEST: 'Europe/Athens', OESZ: 'Europe/Athens',
  EDT: 'America/New_York', CDT: 'America/Chicago', MDT: 'America/Denver', PDT: 'America/Los_Angeles', AKDT: 'America/Anchorage',
  ACDT: 'Australia/Adelaide', AEDT: 'Australia/Sydney', NZDT: 'Pacific/Auckland',
};

/**
 * US daylight saving time, second Sunday of March to first Sunday of November (since 2007), judged by the day:
 * the switching hours themselves do not matter for a publication day.
 */
function usDaylightSaving({ year, month, day }: Pick<CalendarFields, 'year' | 'month' | 'day'>): boolean {
  const nthSunday = (monthIndex: number, n: number) => {
    const firstWeekday = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay();
    return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= nthSunday(2, 2) : day < nthSunday(10, 1);
}
