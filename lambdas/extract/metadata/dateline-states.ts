/**
 * Rule "the state in the dateline": an American station's or paper's story opens with its dateline, the town in
 * capitals and its state as the AP writes it ("ANCHORAGE, Alaska (KTBA) —", "MACON, Ga. (WGXM) -", "SACRAMENTO,
 * Calif. —"), and where the page prints its stamp with no zone ("Thu, December 3rd 2026 at 9:48 PM") on a ".com"
 * address that names no country, the state is the newsroom's, and its clock the stamp's. Only states that keep one
 * clock across their land are read: Texas, Florida, Tennessee and the others two zones share name none, and
 * "Georgia" spelt out is also the country.
 */
import { isSupportedZone, ZONE_BY_COUNTRY } from './time-zones';

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** The AP's abbreviations and the names it spells out, in a dateline's case, of the states on one clock. */
const ZONE_BY_STATE: Readonly<Record<string, string>> = {
  'Conn.': EASTERN, Connecticut: EASTERN, 'Del.': EASTERN, Delaware: EASTERN, 'Ga.': EASTERN, Maine: EASTERN, 'Md.': EASTERN,
  Maryland: EASTERN, 'Mass.': EASTERN, Massachusetts: EASTERN, 'N.H.': EASTERN, 'New Hampshire': EASTERN, 'N.J.': EASTERN,
  'New Jersey': EASTERN, 'N.Y.': EASTERN, 'New York': EASTERN, 'N.C.': EASTERN, 'North Carolina': EASTERN, Ohio: EASTERN,
  'Pa.': EASTERN, Pennsylvania: EASTERN, 'R.I.': EASTERN, 'Rhode Island': EASTERN, 'S.C.': EASTERN, 'South Carolina': EASTERN,
  'Vt.': EASTERN, Vermont: EASTERN, 'Va.': EASTERN, Virginia: EASTERN, 'W.Va.': EASTERN, 'West Virginia': EASTERN,
  'Ala.': CENTRAL, Alabama: CENTRAL, 'Ark.': CENTRAL, Arkansas: CENTRAL, 'Ill.': CENTRAL, Illinois: CENTRAL, Iowa: CENTRAL,
  'La.': CENTRAL, Louisiana: CENTRAL, 'Minn.': CENTRAL, Minnesota: CENTRAL, 'Miss.': CENTRAL, Mississippi: CENTRAL,
  'Mo.': CENTRAL, Missouri: CENTRAL, 'Okla.': CENTRAL, Oklahoma: CENTRAL, 'Wis.': CENTRAL, Wisconsin: CENTRAL,
  'Colo.': MOUNTAIN, Colorado: MOUNTAIN, 'Mont.': MOUNTAIN, Montana: MOUNTAIN, 'N.M.': MOUNTAIN, 'New Mexico': MOUNTAIN,
  Utah: MOUNTAIN, 'Wyo.': MOUNTAIN, Wyoming: MOUNTAIN, 'Ariz.': 'America/Phoenix', Arizona: 'America/Phoenix',
  'Calif.': PACIFIC, California: PACIFIC, 'Wash.': PACIFIC, Washington: PACIFIC,
  Alaska: 'America/Anchorage', Hawaii: 'Pacific/Honolulu',
};

/**
 * The dateline at the body's start: the town in capitals (a county's name too, "SACRAMENTO COUNTY"), a comma, the
 * state, and then the station's or agency's call letters in brackets or the dash that ends every dateline.
 */
const STATE_DATELINE = /^[A-Z][A-Z.'’ -]{1,40}, ((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u;

/** The zone of the state the body's opening dateline names (see rule "the state in the dateline"), or null. */
export function datelineStateZone(body: string): string | null {
  const state = STATE_DATELINE.exec(body)?.[1];
  const zone = state ? ZONE_BY_STATE[state] : undefined;
  return zone && isSupportedZone(zone) ? zone : null;
}

/**
 * Rule "the island state in the dateline": the Caribbean's and the Pacific's papers write their datelines as the AP
 * does, the town in capitals and the country after it, at home as well ("KINGSTON, Jamaica —", "SUVA, Fiji —", "PORT
 * OF SPAIN, Trinidad, Dec 5 —"), and a site's own story so datelined where its page prints a stamp with no zone
 * ("06/12/2026 | 6:40 pm") on a ".com" address is that country's paper's, on its clock. Only these countries, each on
 * one clock, whose papers abroad are few: a large country's name after a foreign capital is a correspondent's abroad,
 * whose page prints the newsroom's clock at home.
 */
const COUNTRY_DATELINE = /^[A-Z][A-Z.'’ -]{1,40}, ([A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u;
const COUNTRY_BY_DATELINE_NAME: Readonly<Record<string, string>> = {
  Jamaica: 'JM', Trinidad: 'TT', 'Trinidad and Tobago': 'TT', Tobago: 'TT', Barbados: 'BB', Guyana: 'GY', Bahamas: 'BS',
  'The Bahamas': 'BS', Belize: 'BZ', Fiji: 'FJ', 'Papua New Guinea': 'PG', Samoa: 'WS', 'Solomon Islands': 'SB',
  Vanuatu: 'VU', Tonga: 'TO',
};

/** The zone of the island state the body's opening dateline names (see rule "the island state in the dateline"), or null. */
export function datelineCountryZone(body: string): string | null {
  const name = COUNTRY_DATELINE.exec(body)?.[1];
  const country = name ? COUNTRY_BY_DATELINE_NAME[name] : undefined;
  const zone = country ? ZONE_BY_COUNTRY[country] : undefined;
  return zone && isSupportedZone(zone) ? zone : null;
}
