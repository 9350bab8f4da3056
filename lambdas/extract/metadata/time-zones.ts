/**
 * The time zone a page prints its clock in, for dates written without a UTC offset ("1 ديسمبر 2026 - 09:45"): a
 * news site prints the time of its newsroom, and its country is told by its address's country domain, the locale
 * it declares, or a language spoken in one time zone only. Read as UTC, "09:45" on an Iranian page was 3½ hours
 * late, and a story fetched minutes after it went up had its date refused as lying in the future.
 *
 * Only countries and languages whose clocks all show one time are listed: a country with several zones (the US,
 * Canada, Indonesia) or a language spoken across many (English, Arabic, Spanish, French) says nothing. Rule "the
 * clock nearly all the country keeps": Brazil and Mexico have zones of their own for their far west, but nine in ten
 * Brazilians live on Brasília time and four in five Mexicans on the centre's, where the national and most regional
 * papers print their clocks ("03/12/2026 06h32" in Campinas, "21:15 hrs" in Mexico City); read as UTC, those times
 * were three and six hours late. Russia spans eleven zones, but two in three Russians live on Moscow time, and the
 * federal papers and agencies, wherever their readers are, print Moscow's clock ("3 декабря 2026, 14:25"): read as
 * UTC, a Russian page's time was three hours late.
 * The offset at a given date comes from the IANA database Node carries, so summer time is right for each date.
 */
import { primarySubtag } from '../language';
import { withUtcOffset } from './calendar';

/** The country's time zone, for countries whose clocks all show one time (territories far away aside). */
export const ZONE_BY_COUNTRY: Readonly<Record<string, string>> = {
  // Europe
  AL: 'Europe/Tirane', AT: 'Europe/Vienna', BA: 'Europe/Sarajevo', BE: 'Europe/Brussels', BG: 'Europe/Sofia', BY: 'Europe/Minsk',
  CH: 'Europe/Zurich', CY: 'Asia/Nicosia', CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn', ES: 'Europe/Madrid', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GB: 'Europe/London',
  GR: 'Europe/Athens', HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome', LI: 'Europe/Vaduz', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', LV: 'Europe/Riga',
  MD: 'Europe/Chisinau', ME: 'Europe/Podgorica', MK: 'Europe/Skopje', MT: 'Europe/Malta', NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest', RS: 'Europe/Belgrade', RU: 'Europe/Moscow',
  SE: 'Europe/Stockholm', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava', TR: 'Europe/Istanbul', UA: 'Europe/Kyiv',
  // The Middle East and North Africa
  AE: 'Asia/Dubai', BH: 'Asia/Bahrain', DZ: 'Africa/Algiers', EG: 'Africa/Cairo', IL: 'Asia/Jerusalem',
  IQ: 'Asia/Baghdad', IR: 'Asia/Tehran', JO: 'Asia/Amman', KW: 'Asia/Kuwait', LB: 'Asia/Beirut', LY: 'Africa/Tripoli',
  MA: 'Africa/Casablanca', MR: 'Africa/Nouakchott', OM: 'Asia/Muscat', PS: 'Asia/Hebron', QA: 'Asia/Qatar',
  SA: 'Asia/Riyadh', SD: 'Africa/Khartoum', SY: 'Asia/Damascus', TN: 'Africa/Tunis', YE: 'Asia/Aden',
  // Sub-Saharan Africa
  CI: 'Africa/Abidjan', ET: 'Africa/Addis_Ababa', GH: 'Africa/Accra', KE: 'Africa/Nairobi', NG: 'Africa/Lagos', SN: 'Africa/Dakar',
  TZ: 'Africa/Dar_es_Salaam', UG: 'Africa/Kampala', ZA: 'Africa/Johannesburg', SO: 'Africa/Mogadishu',
  // Portuguese-speaking Africa, each country on one clock: Angola's UTC+1, Mozambique's UTC+2, Cape Verde's UTC-1.
  AO: 'Africa/Luanda', MZ: 'Africa/Maputo', CV: 'Atlantic/Cape_Verde',
  // French-speaking West, Central and East Africa, each country on one clock: the papers of Cameroon, Niger, Chad,
  // Gabon, the Republic of the Congo, Benin and the Central African Republic print UTC+1, Rwanda's and Burundi's
  // UTC+2, Madagascar's UTC+3, and those of Mali, Burkina Faso, Guinea and Togo UTC.
  BF: 'Africa/Ouagadougou', BI: 'Africa/Bujumbura', BJ: 'Africa/Porto-Novo', CF: 'Africa/Bangui', CG: 'Africa/Brazzaville',
  CM: 'Africa/Douala', GA: 'Africa/Libreville', GN: 'Africa/Conakry', MG: 'Indian/Antananarivo', ML: 'Africa/Bamako',
  NE: 'Africa/Niamey', RW: 'Africa/Kigali', TD: 'Africa/Ndjamena', TG: 'Africa/Lome',
  // Rule "the capital's clock": the Congo spans two zones, but its national papers and agency work in Kinshasa and
  // print the western one's clock (UTC+1).
  CD: 'Africa/Kinshasa',
  // Asia
  AF: 'Asia/Kabul', AM: 'Asia/Yerevan', AZ: 'Asia/Baku', BD: 'Asia/Dhaka', CN: 'Asia/Shanghai', GE: 'Asia/Tbilisi',
  HK: 'Asia/Hong_Kong', IN: 'Asia/Kolkata', JP: 'Asia/Tokyo', KG: 'Asia/Bishkek', KR: 'Asia/Seoul', KZ: 'Asia/Almaty', LK: 'Asia/Colombo',
  MN: 'Asia/Ulaanbaatar', MY: 'Asia/Kuala_Lumpur', NP: 'Asia/Kathmandu', PH: 'Asia/Manila', PK: 'Asia/Karachi', SG: 'Asia/Singapore',
  TH: 'Asia/Bangkok', TJ: 'Asia/Dushanbe', TM: 'Asia/Ashgabat', TW: 'Asia/Taipei', UZ: 'Asia/Tashkent', VN: 'Asia/Ho_Chi_Minh',
  // The Americas and Oceania
  AR: 'America/Argentina/Buenos_Aires', BO: 'America/La_Paz', BR: 'America/Sao_Paulo', CL: 'America/Santiago', CO: 'America/Bogota',
  CR: 'America/Costa_Rica', CU: 'America/Havana', DO: 'America/Santo_Domingo', EC: 'America/Guayaquil',
  GT: 'America/Guatemala', HN: 'America/Tegucigalpa', MX: 'America/Mexico_City', NI: 'America/Managua', NZ: 'Pacific/Auckland',
  PA: 'America/Panama', PE: 'America/Lima', PR: 'America/Puerto_Rico', PY: 'America/Asuncion',
  SV: 'America/El_Salvador', UY: 'America/Montevideo', VE: 'America/Caracas',
  // The Caribbean's and the Pacific's island states and Guyana and Belize, each on one clock (Papua New Guinea's
  // Bougainville, an hour ahead, aside): Jamaica's UTC-5 the year round, the Bahamas' with US summer time, Belize's
  // UTC-6, Trinidad's, Barbados' and Guyana's UTC-4; Papua New Guinea's UTC+10, the Solomons' and Vanuatu's UTC+11,
  // Fiji's UTC+12, Samoa's and Tonga's UTC+13.
  BB: 'America/Barbados', BS: 'America/Nassau', BZ: 'America/Belize', GY: 'America/Guyana', JM: 'America/Jamaica',
  TT: 'America/Port_of_Spain', FJ: 'Pacific/Fiji', PG: 'Pacific/Port_Moresby', SB: 'Pacific/Guadalcanal', TO: 'Pacific/Tongatapu',
  VU: 'Pacific/Efate', WS: 'Pacific/Apia',
  // France's overseas territories, each on one clock of its own, with country codes and domains of their own
  // (".re", ".nc", ".mq"): Martinique's and Guadeloupe's UTC-4, French Guiana's UTC-3, Réunion's UTC+4, Mayotte's
  // UTC+3, New Caledonia's UTC+11, Wallis and Futuna's UTC+12, Saint Pierre and Miquelon's Atlantic clock; French
  // Polynesia's papers are Tahiti's (UTC-10), whose clock its far islands' half hour and hour aside all keep.
  MQ: 'America/Martinique', GP: 'America/Guadeloupe', GF: 'America/Cayenne', RE: 'Indian/Reunion', YT: 'Indian/Mayotte',
  NC: 'Pacific/Noumea', PF: 'Pacific/Tahiti', PM: 'America/Miquelon', WF: 'Pacific/Wallis',
};

/**
 * Languages whose pages nearly all come from one time zone, or from countries that share its clock: German from
 * Germany, Austria and Switzerland; Chinese from the mainland, Taiwan, Hong Kong and Singapore, all at UTC+8;
 * Kazakh from Kazakhstan, on one clock (UTC+5) since 2024; Sorani Kurdish (ckb) from the Kurdistan Region of Iraq.
 * Rule "Kurdish on one clock": pages declared Kurdish (ku) or Kurmanji (kmr) come from Turkey, Syria and Iraq, all at
 * UTC+3 the year round, as Sorani's Iraqi pages are.
 * Rule "India's languages": Hindi, Marathi, Gujarati, Telugu, Kannada, Malayalam, Odia and Assamese are written for
 * readers in India, on one clock (IST, UTC+5:30), and Tamil in India and Sri Lanka, whose clock is the same; Sinhala
 * is Sri Lanka's and Nepali Nepal's (UTC+5:45). Their papers print "06:42 AM" with no zone, and the sites are as often
 * on ".com" as on ".in". Bengali (Bangladesh and West Bengal) and Urdu (Pakistan and India) span two clocks and say
 * nothing.
 * Africa's and Southeast Asia's languages of one clock: Amharic from Ethiopia; Somali from Somalia, Djibouti and the
 * Horn's Somali regions, and Swahili from Kenya, Tanzania and Uganda, all at UTC+3; Hausa, Yoruba and Igbo from
 * Nigeria and its neighbours Niger and Benin, all at UTC+1; Zulu, Xhosa and Afrikaans from South Africa and Namibia
 * (UTC+2); Burmese from Myanmar; Khmer from Cambodia; Malay from Malaysia, Brunei and Singapore, and Filipino
 * (Tagalog) from the Philippines, all at UTC+8.
 * Indonesian from Indonesia's three zones: Jakarta's clock (WIB, UTC+7) is the national papers' and Java's and
 * Sumatra's, and the papers of the other two print their zone after the clock ("14:05 WITA"), which is read first.
 * The Caucasus', Central Asia's and the Balkans' languages of one country: Azerbaijani (Latin-script news is
 * Azerbaijan's, UTC+4), Uzbek, Kyrgyz, Tajik and Turkmen, Mongolian (Mongolia's capital clock, UTC+8, which Inner
 * Mongolia shares), Macedonian, Bosnian and Montenegrin (cnr); their sites sit on ".com" as often as on the country's
 * domain and print "15:40" with no zone. Dhivehi is the Maldives' alone (UTC+5). Sindhi news in the Arabic script is
 * Pakistan's (UTC+5): India's Sindhi papers are few and write Devanagari. Uyghur (Beijing's clock in Xinjiang, others
 * abroad) and Pashto (Afghanistan's UTC+4:30, Pakistan's UTC+5) span two clocks and say nothing.
 * Rule "Spain's other languages": Catalan (Catalonia, Valencia, the Balearics, Andorra, French Roussillon), Galician
 * and Basque (on both sides of the border) are all read on Central European Time, and their papers, often on ".cat",
 * ".gal", ".eus" or ".com", print "10:12 h" with no zone; read as UTC, a Girona paper's stamp was an hour late.
 * Rule "Europe's regional languages on one clock": the other regional and minority languages are each read in one
 * country, or across borders that share a clock: Breton, Occitan and Corsican on French time (Occitan's Aranese and
 * Piedmontese valleys keep the same), Maltese on Malta's, West Frisian on Dutch time, Luxembourgish on Luxembourg's,
 * Romansh on Swiss time, Upper and Lower Sorbian on German time, Welsh and Scottish Gaelic on British time, Irish on
 * Irish time (Northern Ireland's clock is the same). Their papers, on ".bzh", ".eus"-like or ".com" addresses, print
 * "14:20" with no zone; read as UTC, a Maltese or Breton stamp was an hour late.
 */
export const ZONE_BY_LANGUAGE: Readonly<Record<string, string>> = {
  as: 'Asia/Kolkata', bg: 'Europe/Sofia', ckb: 'Asia/Baghdad', ku: 'Asia/Baghdad', kmr: 'Europe/Istanbul', cs: 'Europe/Prague', da: 'Europe/Copenhagen', de: 'Europe/Berlin', el: 'Europe/Athens',
  et: 'Europe/Tallinn', fa: 'Asia/Tehran', fi: 'Europe/Helsinki', he: 'Asia/Jerusalem', hr: 'Europe/Zagreb',
  gu: 'Asia/Kolkata', hi: 'Asia/Kolkata', hu: 'Europe/Budapest', hy: 'Asia/Yerevan', is: 'Atlantic/Reykjavik', it: 'Europe/Rome', ja: 'Asia/Tokyo',
  ka: 'Asia/Tbilisi', kk: 'Asia/Almaty', ko: 'Asia/Seoul', lt: 'Europe/Vilnius', lv: 'Europe/Riga', kn: 'Asia/Kolkata', ml: 'Asia/Kolkata', mr: 'Asia/Kolkata',
  nb: 'Europe/Oslo', ne: 'Asia/Kathmandu', nl: 'Europe/Amsterdam',
  nn: 'Europe/Oslo', no: 'Europe/Oslo', or: 'Asia/Kolkata', pl: 'Europe/Warsaw', ro: 'Europe/Bucharest', sk: 'Europe/Bratislava',
  si: 'Asia/Colombo', sl: 'Europe/Ljubljana', sq: 'Europe/Tirane', sr: 'Europe/Belgrade', sv: 'Europe/Stockholm', ta: 'Asia/Kolkata', te: 'Asia/Kolkata', th: 'Asia/Bangkok',
  tr: 'Europe/Istanbul', uk: 'Europe/Kyiv', vi: 'Asia/Ho_Chi_Minh', zh: 'Asia/Shanghai',
  am: 'Africa/Addis_Ababa', so: 'Africa/Mogadishu', sw: 'Africa/Nairobi', ha: 'Africa/Lagos', yo: 'Africa/Lagos', ig: 'Africa/Lagos',
  // Rule "one clock's languages of East Africa": Kinyarwanda is read in Rwanda and in the Kivus beside it, both on
  // UTC+2; Tigrinya in Eritrea and Tigray, both on UTC+3; Luganda in Uganda alone.
  rw: 'Africa/Kigali', ti: 'Africa/Asmara', lg: 'Africa/Kampala',
  zu: 'Africa/Johannesburg', xh: 'Africa/Johannesburg', af: 'Africa/Johannesburg', my: 'Asia/Yangon', km: 'Asia/Phnom_Penh', lo: 'Asia/Vientiane',
  ms: 'Asia/Kuala_Lumpur', fil: 'Asia/Manila', tl: 'Asia/Manila', id: 'Asia/Jakarta',
  az: 'Asia/Baku', uz: 'Asia/Tashkent', ky: 'Asia/Bishkek', tg: 'Asia/Dushanbe', tk: 'Asia/Ashgabat', mn: 'Asia/Ulaanbaatar',
  // Rule "Belarusian on Minsk's clock": Belarusian is read in Belarus alone (UTC+3 the year round), and the papers
  // that write it from exile in Warsaw or Vilnius write for readers there and print Minsk's time ("5 снежня 2026 |
  // 18:05"); read as UTC, the time was three hours late.
  be: 'Europe/Minsk',
  mk: 'Europe/Skopje', bs: 'Europe/Sarajevo', cnr: 'Europe/Podgorica', dv: 'Indian/Maldives', sd: 'Asia/Karachi',
  // Rule "Spain's regional languages": Asturian and Aragonese, like Catalan, Galician and Basque, are written on the
  // peninsula alone, on Madrid's clock; an Asturian page's date-only "4 d'avientu" was read at UTC midnight.
  ca: 'Europe/Madrid', gl: 'Europe/Madrid', eu: 'Europe/Madrid', ast: 'Europe/Madrid', an: 'Europe/Madrid',
  br: 'Europe/Paris', oc: 'Europe/Paris', co: 'Europe/Paris', mt: 'Europe/Malta', fy: 'Europe/Amsterdam', lb: 'Europe/Luxembourg',
  rm: 'Europe/Zurich', hsb: 'Europe/Berlin', dsb: 'Europe/Berlin', cy: 'Europe/London', gd: 'Europe/London', ga: 'Europe/Dublin',
};

/**
 * Rule "the national agency's paper": Arabic is read on clocks from UTC+0 to UTC+4, so an Arabic page on a ".com"
 * address that prints "10:20" names no zone. A story of a national agency's copy, though, credited in its dateline
 * ("الرياض - واس:", "القاهرة - أ ش أ", "بغداد / واع"), is carried nearly always by a paper of the agency's country,
 * which runs its own agency's copy as it comes; another country's papers run it seldom and rewrite it as their own.
 * The agency's country tells the clock such a page prints, where its address and locale say nothing.
 */
const HOME_OF_NATIONAL_AGENCY: Readonly<Record<string, string>> = {
  KUNA: 'KW', WAM: 'AE', SPA: 'SA', MENA: 'EG', QNA: 'QA', BNA: 'BH', ONA: 'OM', Saba: 'YE', SANA: 'SY', Petra: 'JO',
  NNA: 'LB', INA: 'IQ', WAFA: 'PS', SUNA: 'SD', LANA: 'LY', APS: 'DZ', TAP: 'TN', MAP: 'MA', AMI: 'MR',
  AIP: 'CI', ACP: 'CD',
  // Rule "Portuguese-speaking Africa's agencies": Portuguese is read on clocks from UTC-5 to UTC+9, but Angola's and
  // Mozambique's agencies are run nearly only by their own countries' papers, on Luanda's and Maputo's clocks.
  ANGOP: 'AO', AIM: 'MZ',
  // Bengali is read on Bangladesh's clock and on India's, and Urdu on Pakistan's and India's: the copy of Bangladesh's
  // and Pakistan's agencies ("ঢাকা, ৩ ডিসেম্বর (বাসস) :", "اسلام آباد (اے پی پی)") is run by their countries' papers.
  BSS: 'BD', APP: 'PK', RSS: 'NP',
  // Their private agencies ("UNB", "PPI") are carried as their national ones are, by their own countries' papers.
  UNB: 'BD', PPI: 'PK', Lankapuvath: 'LK',
  // Southeast Asia's English-language papers print no zone as often as their neighbours' ("Posted on December 6, 2026
  // at 5:20 PM"), and English names no country: the copy of the Philippines', Malaysia's and Vietnam's agencies
  // ("ILOILO CITY – … (PNA)", "KUALA LUMPUR, Dec 6 (Bernama) --") is run by their countries' papers.
  PNA: 'PH', PIA: 'PH', Bernama: 'MY', VNA: 'VN',
  // Guyana's and Jamaica's government information services, whose releases their countries' portals run as they come.
  GINA: 'GY', JIS: 'JM',
  // Rule "the Horn's agencies": Ethiopia's and Somalia's agencies ("ADDIS ABABA (ENA) –", "Muqdisho (SONNA) –") are
  // run as they come by their countries' papers and sites, English-language ones too, whose metadata often names no
  // zone; abroad the Horn's news is carried from the world agencies.
  ENA: 'ET', SONNA: 'SO',
};

/**
 * Rule "initials two agencies share": "APS" is Algeria's agency (Algérie Presse Service) and Senegal's (Agence de
 * Presse Sénégalaise), and French copy credits both "(APS)" ("Thiès, 3 déc (APS) –"); only Algeria's writes in Arabic
 * ("(وأج)"). The home of such initials is known only on a page in the language named here.
 */
const HOME_ONLY_IN_LANGUAGE: Readonly<Record<string, string>> = { APS: 'ar' };

/**
 * The zone of the country whose national agency the story is credited to (see HOME_OF_NATIONAL_AGENCY), or null.
 * `language`: the page's, for initials two agencies share (see HOME_ONLY_IN_LANGUAGE).
 */
export function agencyHomeZone(agency: string | null, language: string | null = null): string | null {
  const homeLanguage = agency ? HOME_ONLY_IN_LANGUAGE[agency] : undefined;
  if (homeLanguage && (!language || primarySubtag(language) !== homeLanguage)) return null;
  const country = agency ? HOME_OF_NATIONAL_AGENCY[agency] : undefined;
  const zone = country ? ZONE_BY_COUNTRY[country] : undefined;
  return zone && isSupportedZone(zone) ? zone : null;
}

/**
 * Rule "the currency's country": a local paper prices what it reports in its country's money, and some signs are one
 * country's alone: the naira's "₦", the cedi's "₵", the rupee's "₹", the peso's "₱" of the Philippines, the lira's "₺",
 * the hryvnia's "₴", the taka's "৳", the dong's "₫" and the lari's "₾". An older Nigerian site that prints "Posted:
 * Friday, December 04, 2026 10:12 AM" and no zone, address or locale, and its story of tomato baskets at "₦45,000",
 * is read on Lagos's clock, where as UTC it was an hour late. Signs that more than one country's money shares
 * (the shekel's, also Palestine's; the won's, both Koreas') tell no country, and a story that prices in two
 * countries' signs is about trade between them, which says nothing of the newsroom. The zone, or null.
 */
export function currencyCountryZone(body: string, language: string | null = null): string | null {
  let found: string | null = null;
  const named = [...body.matchAll(AMOUNT_IN_CURRENCY_WORD)].map((match) => COUNTRY_BY_CURRENCY_WORD[match[1].toLowerCase()]);
  const pesoLetters = BARANGAY.test(body) ? (body.match(PESO_LETTER_AMOUNT) ?? []).map(() => 'PH') : [];
  for (const country of [...(body.match(ONE_COUNTRYS_CURRENCY_SIGN) ?? []).map((sign) => COUNTRY_BY_CURRENCY_SIGN[sign]), ...named, ...pesoLetters]) {
    if (found !== null && country !== found) return null;
    found = country;
  }
  const zone = found ? ZONE_BY_COUNTRY[found] : euroLanguageZone(body, language);
  return zone && isSupportedZone(zone) ? zone : null;
}

/**
 * Rule "the peso's letter": Philippine papers write the peso as a capital "P" glued to the amount ("P265", "P5,000",
 * "P186 million"), the "₱" being on no typewriter and few keyboards. Botswana's papers write their pula so too, so
 * the letter tells the Philippines only beside the word "barangay", the village or city district every Philippine
 * local story is set in and no other country's; and only an amount no model name or race position is ("P3", "P40"):
 * one grouped in thousands, of three digits or more, or counted in millions.
 */
const PESO_LETTER_AMOUNT = /(?<![\p{L}\d])P(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s*(?:million|billion|milyon|bilyon))(?![\p{L}\d])/gu;
const BARANGAY = /(?<!\p{L})barangays?(?!\p{L})/iu;

/**
 * Rule "the euro in French": French is read on clocks from UTC-10 to UTC+11, and fr-FR is the default every CMS
 * declares, but the countries whose money is the euro and whose papers write French, France, Belgium, Luxembourg
 * and Monaco, all keep Central European time. A French story that prices in euros ("38 millions d'euros", "9,90 €")
 * and prints "Publié le 03/12/2026 à 11h45" with no zone, address or locale is read on Paris's clock; Quebec's and
 * Africa's papers price in dollars and francs, and their domains or locales name their zones first.
 */
function euroLanguageZone(body: string, language: string | null): string | undefined {
  if (language === null) return undefined;
  const primary = primarySubtag(language);
  if (primary === 'fr') return EURO.test(body) ? 'Europe/Paris' : undefined;
  return primary === 'es' && EURO.test(body) && !AMERICAN_MONEY.test(body) ? 'Europe/Madrid' : undefined;
}
/**
 * Rule "the euro in Spanish": Spanish is read on clocks from UTC-8 to UTC+1, and Spain is the one country that writes
 * it and spends the euro, on Madrid's clock (the Canaries' hour aside). A Spanish story that prices in euros ("2,8
 * millones de euros") and prints "Enviado … el Sáb, 05/12/2026 - 09:30" with no zone, address or locale is read on
 * Madrid's clock. An American paper's story of a fine in euros prices its own matters in dollars or pesos beside
 * them: a story that names those too tells nothing.
 */
const AMERICAN_MONEY = /\$|(?<![\p{L}])(?:pesos?|d[óo]lar(?:es)?|soles|bol[íi]vares|quetzales|colones|lempiras|córdobas)(?![\p{L}])/iu;
const EURO = /€|(?<![\p{L}])euros?(?![\p{L}])/u;
const COUNTRY_BY_CURRENCY_SIGN: Readonly<Record<string, string>> = {
  '₦': 'NG', '₵': 'GH', '₹': 'IN', '₱': 'PH', '₺': 'TR', '₴': 'UA', '৳': 'BD', '₫': 'VN', '₾': 'GE', '₸': 'KZ',
  'BZ$': 'BZ', 'J$': 'JM', 'TT$': 'TT', 'Bds$': 'BB', 'BDS$': 'BB', 'G$': 'GY', 'FJ$': 'FJ', 'SI$': 'SB', 'WS$': 'WS', 'R$': 'BR',
};
/**
 * Rule "the dollar's letters": the Caribbean's and the Pacific's dollars are written with the country's letters before
 * the sign ("BZ$82.40", "J$1,500", "TT$", "Bds$", "G$", "FJ$", "SI$", "WS$"), each one country's alone, where "$" by
 * itself names none. The Bahamas' "B$" is also Brunei's, and the East Caribbean's "EC$" eight countries'. Rule "the
 * real's sign": Brazil writes its real "R$" ("R$ 4,3 milhões", "R$ 3.410"), no other country's money; a Brazilian
 * paper that prints its time in no zone is read on Brasília's clock, the one nine in ten Brazilians keep.
 */
const ONE_COUNTRYS_CURRENCY_SIGN = /[₦₵₹₱₺₴৳₫₾₸]|(?<![\p{L}\d])(?:BZ|J|TT|Bds|BDS|G|FJ|SI|WS|R)\$(?=\s?\d)/gu;

/**
 * Rule "the currency's word in Cyrillic": the papers of Ukraine, Kazakhstan, Kyrgyzstan and Moldova, in Russian as in
 * their own languages, write their money as a word after the amount ("186 млн грн", "200 тенге", "5 000 сомов",
 * "24,5 лея"), and each word is one country's money: the hryvnia Ukraine's, the tenge Kazakhstan's, the som
 * Kyrgyzstan's (Uzbekistan's is the "сум", Tajikistan's the "сомони"), the leu Moldova's (Romania's papers write
 * "lei" in Latin letters, on the same clock). A Russian-language regional site on a ".com" address that prints
 * "05.12.2026, 11:40" with no zone names its country no other way, and read as UTC its time was two to six hours
 * late; the millions and thousands are written as often in words as cut short ("300 миллионов леев", "5 тысяч гривен").
 * Rule "the currency's word in Latin letters": so do Madagascar's ariary ("2 950 ariary"), Nigeria's naira
 * ("45,000 naira") and Ghana's cedi ("200 cedis"); an Antananarivo daily in French prints "Samedi 05 décembre 2026 |
 * 10:12" with no zone and a ".com" address, and read as UTC its time was three hours late. The franc CFA names no
 * country: West Africa's franc is spent on two clocks. Only a word after a number, or after a number and its
 * millions or thousands, counts: "сом" is a catfish as well, and "лей" an imperative of "to pour".
 */
const COUNTRY_BY_CURRENCY_WORD: Readonly<Record<string, string>> = {
  грн: 'UA', гривен: 'UA', гривень: 'UA', гривни: 'UA', гривні: 'UA', гривна: 'UA', гривня: 'UA', тенге: 'KZ',
  сомов: 'KG', сома: 'KG', сом: 'KG', леев: 'MD', лея: 'MD', лей: 'MD', леи: 'MD',
  ariary: 'MG', naira: 'NG', cedi: 'GH', cedis: 'GH',
};
const AMOUNT_IN_CURRENCY_WORD = new RegExp(
  String.raw`\d[\s\u00a0]*(?:(?:(?:млн|млрд|тыс|тис)\.?|(?:миллиард|миллион|мільярд|мільйон)(?:ов|ів|а)?|тысяч[аи]?|тисяч[аі]?|(?:millions?|milliards?|billions?|mille)(?:\s+d['’])?)[\s\u00a0]*)?`
    + `(${Object.keys(COUNTRY_BY_CURRENCY_WORD).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'giu',
);

/** A wall-clock time written as UTC ("…T10:20:00+00:00") as it reads on the zone's clock ("…T10:20:00+03:00"). */
export function wallClockIn(timeZone: string, iso: string): string {
  const local = iso.slice(0, 19);
  return withUtcOffset(local, utcOffsetAt(timeZone, local));
}

/** Country domains rented out worldwide as words (.co, .io, .tv, .me): they name a country only under "com.co" and the like. */
const VANITY_COUNTRY_DOMAINS = new Set(['ai', 'am', 'bz', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'tk', 'to', 'tv', 'ws']);
/**
 * Rule "vanity domain in its country's tongue": a country domain rented out as a word is still its country's where the
 * page is written in that country's language. Libya's papers sit on ".ly", as link shorteners do, but a page in
 * Arabic on ".ly" is a Libyan one, and it prints Tripoli's clock ("12:05 م") with no zone. A language the renters
 * write too (Spanish on ".co", English anywhere) names no country.
 */
const VANITY_DOMAIN_LANGUAGES: Readonly<Record<string, string>> = { ly: 'ar' };
/** Second-level labels under which a country domain is the country's own ("example.com.co", "example.gov.ly"). */
const NATIONAL_SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gob', 'gov', 'net', 'news', 'org']);

/**
 * Locales whose region says nothing of the page's country: the defaults content management systems declare for a
 * language spoken in many countries (a Paraguayan paper's `content-language` said "es_ES"), and Open Graph's code for
 * Arabic, "ar_AR", whose region is Argentina's.
 */
const LOCALES_NAMING_NO_COUNTRY = new Set(['ar-AR', 'ar-SA', 'en-GB', 'es-ES', 'fr-FR', 'pt-PT']);

export interface PageLocale {
  /** Region subtag of the locale the page declares ("IR" of "fa-IR"). */
  region: string | null;
  /** The language tag the page declares ("fa", "fa-IR"). */
  language: string | null;
  /** Host of the page's address. */
  host: string | null;
}

/**
 * Rule "Quebec's clock": Canada spans six zones and its domain names none of them, but its French-language papers are
 * Quebec's and Ottawa's, on Eastern time: a French page from Canada ("lang=fr-CA", an address under ".ca") prints
 * Montreal's clock ("Publié le 3 décembre 2026 à 6 h 00").
 */
const ZONE_BY_LANGUAGE_IN_COUNTRY: Readonly<Record<string, string>> = { 'fr-CA': 'America/Toronto' };

/**
 * The IANA zone the page's clock most likely shows, or null: the country of the address's domain, else the region
 * the page declares for its readers, else the language as the country speaks it (see ZONE_BY_LANGUAGE_IN_COUNTRY), else
 * the language.
 */
export function pageTimeZone({ region, language, host }: PageLocale): string | null {
  const primary = language ? primarySubtag(language) : null;
  const chosenRegion = region && !LOCALES_NAMING_NO_COUNTRY.has(`${primary}-${region.toUpperCase()}`) ? region.toUpperCase() : null;
  const country = countryOfHost(host, primary) ?? chosenRegion;
  const zone = countryZoneOfHost(host, primary) ?? (chosenRegion && ZONE_BY_COUNTRY[chosenRegion])
    ?? (primary && country && ZONE_BY_LANGUAGE_IN_COUNTRY[`${primary}-${country}`]) ?? (primary && ZONE_BY_LANGUAGE[primary]) ?? null;
  return zone && isSupportedZone(zone) ? zone : null;
}

/**
 * Rule "Punjabi's two scripts": Punjabi is written in Gurmukhi in India's Punjab and in Shahmukhi, the Arabic script,
 * in Pakistan's, and the two keep different clocks (IST, UTC+5:30; Pakistan's UTC+5); a page declared only "pa" tells
 * which by the letters of its headline. Read as UTC, a Gurmukhi paper's "ਪ੍ਰਕਾਸ਼ਿਤ: 3 ਦਸੰਬਰ 2026 06:45 PM" was five and a
 * half hours late.
 */
export function scriptZone(language: string | null, headline: string | null): string | null {
  if (!language || !headline || primarySubtag(language) !== 'pa') return null;
  if (GURMUKHI.test(headline)) return 'Asia/Kolkata';
  return SHAHMUKHI.test(headline) ? 'Asia/Karachi' : null;
}
const GURMUKHI = /\p{Script=Gurmukhi}/u;
const SHAHMUKHI = /\p{Script=Arabic}/u;

function countryZoneOfHost(host: string | null, language: string | null): string | null {
  const country = countryOfHost(host, language);
  return country ? ZONE_BY_COUNTRY[country] ?? null : null;
}

/**
 * Rule "country domain in its own script": Russian, Belarusian, Ukrainian, Kazakh, Serbian, Greek, Egyptian and Saudi
 * sites register under their country's domain in its own letters ("новости.рф"), which an address carries in its
 * ASCII form ("xn--p1ai"); it names the country as ".ru" does.
 */
const SCRIPT_COUNTRY_DOMAINS: Readonly<Record<string, string>> = {
  'xn--p1ai': 'RU', 'xn--90ais': 'BY', 'xn--j1amh': 'UA', 'xn--80ao21a': 'KZ', 'xn--90a3ac': 'RS', 'xn--qxam': 'GR',
  'xn--wgbh1c': 'EG', 'xn--mgberp4a5d4ar': 'SA',
};

/** `language`: the page's primary subtag, which makes a vanity domain its country's (see VANITY_DOMAIN_LANGUAGES). */
function countryOfHost(host: string | null, language: string | null = null): string | null {
  const labels = host?.toLowerCase().replace(/\.$/, '').split('.') ?? [];
  const topLevel = labels.at(-1);
  if (labels.length >= 2 && topLevel && SCRIPT_COUNTRY_DOMAINS[topLevel]) return SCRIPT_COUNTRY_DOMAINS[topLevel];
  if (labels.length < 2 || !topLevel || topLevel.length !== 2) return null;
  if (VANITY_COUNTRY_DOMAINS.has(topLevel) && !(labels.length > 2 && NATIONAL_SECOND_LEVELS.has(labels.at(-2)!))
    && !(language !== null && VANITY_DOMAIN_LANGUAGES[topLevel] === language)) return null;
  // The domain of the United Kingdom is .uk, not the country code GB.
  return topLevel === 'uk' ? 'GB' : topLevel.toUpperCase();
}

/**
 * Marks a printed date line may carry that name the one clock its zoneless times are on, where the address, the
 * locale and the language say nothing of it; each read on its own rule's terms:
 * - Rule "Bikram Sambat beside the date": Nepal's papers print the day in the Bikram Sambat calendar beside the
 *   Gregorian one ("Mangsir 20, 2083 · December 5, 2026 19:10", "मंसिर २०, २०८३"), and English is read on every clock.
 *   That calendar is solar and numbers its days within the month; India's Vikram Samvat, of the same years, is
 *   lunisolar and dates by the moon's phases, not by a month's day. A month of the Nepali calendar with a day and a
 *   year of 2070-2099 (years a Gregorian date reaches only decades from now) is Nepal's.
 * - Rule "the stamp in a Philippine language": Filipino and Cebuano are read on one clock, Manila's, and a Philippine
 *   site whose CMS declares English (as most ship) still stamps its stories in the readers' words: "kahapon, 6:45 PM"
 *   (yesterday; Cebuano "gahapon"), "2 oras ang nakalipas", "Disyembre 5, 2026". Only the words no other language
 *   shares count: the months Spanish also writes ("Abril", "Mayo", "Agosto") are left out.
 * - Rule "hours written hs": the River Plate's papers write the hour with "hs" after it ("05/12/2026 | 14:20 hs",
 *   "Sábado, 5 de diciembre de 2026 · 11:05 hs"), where Spain writes "h", Mexico "hrs." or "horas" and the Andes
 *   "hrs". Argentina, Uruguay and Paraguay all keep -03:00 the year round (Paraguay since October 2024), so a Spanish
 *   page's zoneless clock so written is on it; only on a Spanish page.
 * - Rule "Bangladesh's forenoon and afternoon": Bengali is read on Bangladesh's clock and on India's, but the Sanskrit
 *   words for the part of the day after a 12-hour clock ("০৮:৪০ অপরাহ্ন", "০৯:৪৫ পূর্বাহ্ন") are the stamp of the
 *   Bangladeshi portals' templates; West Bengal's sites print "AM"/"PM" or a 24-hour clock. Only on a Bengali page.
 */
const STAMP_MARKS: readonly { mark: RegExp; zone: string; language?: string }[] = [
  {
    mark: new RegExp(
      '(?<![\\p{L}\\p{M}])(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashar|Asadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashoj|Kartik|Mangsir|Mansir|Poush|Paush|Push|Magh|Falgun|Fagun|Chaitra|Chait'
        + '|बैशाख|वैशाख|जेठ|असार|साउन|भदौ|असोज|कात्तिक|मंसिर|मङ्सिर|पुस|माघ|फागुन|चैत)(?![\\p{L}\\p{M}])\\s+(?:\\d{1,2}|[०-९]{1,2}),?\\s+(?:20[7-9]\\d|२०[७-९][०-९])(?![\\d०-९])',
      'u',
    ),
    zone: 'Asia/Kathmandu',
  },
  {
    mark: /(?<!\p{L})(?:kahapon|gahapon|nakalipas|milabay|pebrero|hunyo|hulyo|setyembre|septiyembre|oktubre|nobyembre|disyembre)(?!\p{L})/iu,
    zone: 'Asia/Manila',
  },
  { mark: /(?<!\d)\d{1,2}[:.]\d{2}\s*hs\.?(?!\p{L})/iu, zone: 'America/Argentina/Buenos_Aires', language: 'es' },
  { mark: /[\d০-৯]\s*(?:পূর্বাহ্ন|অপরাহ্ন)(?![\p{L}\p{M}])/u, zone: 'Asia/Dhaka', language: 'bn' },
];

/** The zone the first of {@link STAMP_MARKS} one of the printed date lines carries names, or null. */
export function stampMarkZone(language: string | null, ...printed: ReadonlyArray<string | null>): string | null {
  const primary = language === null ? null : primarySubtag(language);
  const found = STAMP_MARKS.find(({ mark, language: only }) => (only === undefined || only === primary) && printed.some((line) => line !== null && mark.test(line)));
  return found && isSupportedZone(found.zone) ? found.zone : null;
}

/**
 * Rule "the masthead's city": a paper prints the day's date in its masthead after the city it is made in ("Manaus,
 * sábado, 5 de dezembro de 2026", "Maputo, Sexta-feira, 04 de Dezembro de 2026"), and that city's clock is the one its
 * zoneless times are on, where the address, the locale and the language say nothing: Portuguese is read from UTC-5
 * to UTC+9, and Brazil keeps four zones. Spanish likewise is read from UTC-8 to UTC+1, and Mexico and the United
 * States, where most of its papers in the Americas are made, keep four zones each ("Houston, Texas · Lunes 7 de
 * diciembre de 2026"), and the Southern Cone and the Andes span four offsets, from Galápagos's -06:00 to Montevideo's
 * -03:00 ("Lima, sábado 5 de diciembre de 2026"). Only the cities whose names name nothing else ("Natal" is Christmas,
 * "Praia" a beach, "Palmas" palms, "Mérida" is in Spain too and "Los Ángeles" in Chile, "Córdoba" and "Santiago" are
 * in Spain too, "La Paz" is in Mexico too, "Mendoza" and "Sucre" are surnames): a date line that opens with one of them is the
 * masthead's. The zone of the city the line opens with (see MASTHEAD_CITY), or null.
 */
export function mastheadCityZone(city: string): string | null {
  const zone = ZONE_BY_CITY[city.toLowerCase()];
  return zone && isSupportedZone(zone) ? zone : null;
}
/**
 * Rule "the masthead's city and country": an older paper prints under its logo where it is made, the city and its
 * country ("Asunción, Paraguay", "Maputo, Moçambique"), with no date after them. The country's name after one of the
 * cities above, the country that city is in, names the newsroom's place as the date would. Whether `rest`, the line
 * after the city, is the name of the country whose clock `zone` is.
 */
export function isCityCountry(rest: string, zone: string): boolean {
  const place = rest.trim().replace(/\.$/u, '').toLowerCase();
  return (COUNTRY_ZONE_PREFIX[place] ?? STATE_ZONE_PREFIX[place])?.some((prefix) => zone.startsWith(prefix)) ?? false;
}
/**
 * Rule "the masthead's city and state": a paper of a federal country names its city with its state where another
 * names the country ("Mexicali, Baja California", "Xalapa, Ver."): the state, whose zone the city is in, places the
 * newsroom as the country would. Mexico's states by name and by the abbreviation its papers print, and Texas for the
 * Hispanic papers there.
 */
const STATE_ZONE_PREFIX: Readonly<Record<string, readonly string[]>> = {
  'baja california': ['America/Tijuana'], 'b.c': ['America/Tijuana'], sonora: ['America/Hermosillo'], sinaloa: ['America/Mazatlan'],
  'nuevo león': ['America/Monterrey'], 'n.l': ['America/Monterrey'], coahuila: ['America/Monterrey'], 'quintana roo': ['America/Cancun'],
  jalisco: ['America/Mexico_City'], jal: ['America/Mexico_City'], oaxaca: ['America/Mexico_City'], oax: ['America/Mexico_City'],
  veracruz: ['America/Mexico_City'], ver: ['America/Mexico_City'], tabasco: ['America/Mexico_City'], chiapas: ['America/Mexico_City'],
  michoacán: ['America/Mexico_City'], mich: ['America/Mexico_City'], morelos: ['America/Mexico_City'], mor: ['America/Mexico_City'],
  hidalgo: ['America/Mexico_City'], hgo: ['America/Mexico_City'], aguascalientes: ['America/Mexico_City'], zacatecas: ['America/Mexico_City'],
  texas: ['America/Chicago'],
};
const COUNTRY_ZONE_PREFIX: Readonly<Record<string, readonly string[]>> = {
  argentina: ['America/Argentina/'], uruguay: ['America/Montevideo'], paraguay: ['America/Asuncion'], chile: ['America/Santiago', 'America/Punta_Arenas'],
  bolivia: ['America/La_Paz'], perú: ['America/Lima'], peru: ['America/Lima'], ecuador: ['America/Guayaquil', 'Pacific/Galapagos'],
  colombia: ['America/Bogota'], venezuela: ['America/Caracas'], méxico: ['America/Mexico_City', 'America/Monterrey', 'America/Mazatlan', 'America/Hermosillo', 'America/Tijuana', 'America/Cancun'],
  brasil: ['America/'], portugal: ['Europe/Lisbon', 'Atlantic/'], angola: ['Africa/Luanda'], moçambique: ['Africa/Maputo'],
  guatemala: ['America/Guatemala'], honduras: ['America/Tegucigalpa'], 'el salvador': ['America/El_Salvador'], nicaragua: ['America/Managua'],
  'costa rica': ['America/Costa_Rica'], panamá: ['America/Panama'], panama: ['America/Panama'], cuba: ['America/Havana'],
  'república dominicana': ['America/Santo_Domingo'], 'r.d': ['America/Santo_Domingo'], 'puerto rico': ['America/Puerto_Rico'],
};
/** The city, then a comma or a dash before the day's date. */
export const MASTHEAD_CITY = /^(\p{Lu}[\p{L}' ]{2,24}?)\s*[,–-]\s*(?=\S)/u;
const ZONE_BY_CITY: Readonly<Record<string, string>> = {
  lisboa: 'Europe/Lisbon', porto: 'Europe/Lisbon', coimbra: 'Europe/Lisbon', braga: 'Europe/Lisbon', funchal: 'Atlantic/Madeira',
  'ponta delgada': 'Atlantic/Azores', luanda: 'Africa/Luanda', benguela: 'Africa/Luanda', huambo: 'Africa/Luanda', lubango: 'Africa/Luanda',
  maputo: 'Africa/Maputo', beira: 'Africa/Maputo', nampula: 'Africa/Maputo', matola: 'Africa/Maputo', mindelo: 'Atlantic/Cape_Verde',
  bissau: 'Africa/Bissau', 'são tomé': 'Africa/Sao_Tome', díli: 'Asia/Dili', dili: 'Asia/Dili',
  'são paulo': 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', brasília: 'America/Sao_Paulo', 'belo horizonte': 'America/Sao_Paulo',
  curitiba: 'America/Sao_Paulo', 'porto alegre': 'America/Sao_Paulo', florianópolis: 'America/Sao_Paulo', goiânia: 'America/Sao_Paulo',
  campinas: 'America/Sao_Paulo', salvador: 'America/Bahia', recife: 'America/Recife', fortaleza: 'America/Fortaleza',
  teresina: 'America/Fortaleza', 'são luís': 'America/Fortaleza', 'joão pessoa': 'America/Fortaleza', maceió: 'America/Maceio',
  aracaju: 'America/Maceio', belém: 'America/Belem', macapá: 'America/Belem', manaus: 'America/Manaus', 'porto velho': 'America/Porto_Velho',
  'boa vista': 'America/Boa_Vista', cuiabá: 'America/Cuiaba', 'campo grande': 'America/Campo_Grande', 'rio branco': 'America/Rio_Branco',
  'ciudad de méxico': 'America/Mexico_City', guadalajara: 'America/Mexico_City', monterrey: 'America/Monterrey',
  saltillo: 'America/Monterrey', culiacán: 'America/Mazatlan', hermosillo: 'America/Hermosillo', tijuana: 'America/Tijuana',
  mexicali: 'America/Tijuana', ensenada: 'America/Tijuana', cancún: 'America/Cancun', houston: 'America/Chicago',
  dallas: 'America/Chicago', chicago: 'America/Chicago', miami: 'America/New_York', 'nueva york': 'America/New_York',
  'buenos aires': 'America/Argentina/Buenos_Aires', 'mar del plata': 'America/Argentina/Buenos_Aires', 'bahía blanca': 'America/Argentina/Buenos_Aires',
  neuquén: 'America/Argentina/Salta', 'san miguel de tucumán': 'America/Argentina/Tucuman', montevideo: 'America/Montevideo',
  asunción: 'America/Asuncion', 'ciudad del este': 'America/Asuncion', 'santiago de chile': 'America/Santiago', valparaíso: 'America/Santiago',
  'viña del mar': 'America/Santiago', antofagasta: 'America/Santiago', temuco: 'America/Santiago', 'punta arenas': 'America/Punta_Arenas',
  cochabamba: 'America/La_Paz', 'santa cruz de la sierra': 'America/La_Paz', 'el alto': 'America/La_Paz', lima: 'America/Lima',
  arequipa: 'America/Lima', cusco: 'America/Lima', chiclayo: 'America/Lima', piura: 'America/Lima', quito: 'America/Guayaquil',
  guayaquil: 'America/Guayaquil', 'puerto ayora': 'Pacific/Galapagos', bogotá: 'America/Bogota', medellín: 'America/Bogota',
  barranquilla: 'America/Bogota', caracas: 'America/Caracas', maracaibo: 'America/Caracas',
  // Rule "the provinces' and states' capitals": a provincial or state paper's masthead names its own capital, not the
  // nation's ("San Salvador de Jujuy, Argentina · Lunes 07 de diciembre de 2026", "Oaxaca de Juárez, Oax. | …"); the
  // capitals whose full names name nothing else. Argentina's northern and southern capitals keep its one offset in
  // their own zones; Mexico's southern and central states are on the capital's clock, Venezuela's and Colombia's
  // provinces on their country's one.
  'san salvador de jujuy': 'America/Argentina/Jujuy', 'santiago del estero': 'America/Argentina/Cordoba',
  'río gallegos': 'America/Argentina/Rio_Gallegos', ushuaia: 'America/Argentina/Ushuaia',
  'oaxaca de juárez': 'America/Mexico_City', xalapa: 'America/Mexico_City', villahermosa: 'America/Mexico_City',
  'tuxtla gutiérrez': 'America/Mexico_City', morelia: 'America/Mexico_City', cuernavaca: 'America/Mexico_City',
  pachuca: 'America/Mexico_City', aguascalientes: 'America/Mexico_City', zacatecas: 'America/Mexico_City',
  bucaramanga: 'America/Bogota', cúcuta: 'America/Bogota', manizales: 'America/Bogota', barquisimeto: 'America/Caracas',
  // Rule "Central America's and the Antilles' cities": each of these countries keeps one clock, but Spanish names no
  // country, and their papers, on ".com" addresses, declare a bare "es" or Spain's "es-ES" ("Pinar del Río, domingo 6
  // de diciembre de 2026", "Quetzaltenango, Guatemala"). Their capitals and the departments' and provinces' seats
  // whose names name nothing else: "San José" is in California and Uruguay too, "León" and "Granada" in Spain,
  // "Santiago" and "Santo Domingo" in several countries, "San Juan" in Argentina, "Colón", "Limón" and "Ponce" are a
  // name, a lemon and a surname. The countries' names join those an older masthead prints after the city (rule "the
  // masthead's city and country").
  'ciudad de guatemala': 'America/Guatemala', quetzaltenango: 'America/Guatemala', huehuetenango: 'America/Guatemala',
  cobán: 'America/Guatemala', mazatenango: 'America/Guatemala', chiquimula: 'America/Guatemala', 'antigua guatemala': 'America/Guatemala',
  tegucigalpa: 'America/Tegucigalpa', 'san pedro sula': 'America/Tegucigalpa', 'la ceiba': 'America/Tegucigalpa',
  choluteca: 'America/Tegucigalpa', comayagua: 'America/Tegucigalpa', 'san salvador': 'America/El_Salvador',
  sonsonate: 'America/El_Salvador', usulután: 'America/El_Salvador', managua: 'America/Managua', matagalpa: 'America/Managua',
  chinandega: 'America/Managua', estelí: 'America/Managua', alajuela: 'America/Costa_Rica', puntarenas: 'America/Costa_Rica',
  'ciudad de panamá': 'America/Panama', chitré: 'America/Panama', 'la habana': 'America/Havana', 'santiago de cuba': 'America/Havana',
  'pinar del río': 'America/Havana', camagüey: 'America/Havana', holguín: 'America/Havana', cienfuegos: 'America/Havana',
  'sancti spíritus': 'America/Havana', bayamo: 'America/Havana', 'la romana': 'America/Santo_Domingo',
  'san francisco de macorís': 'America/Santo_Domingo', 'puerto plata': 'America/Santo_Domingo', mayagüez: 'America/Puerto_Rico',
  bayamón: 'America/Puerto_Rico', arecibo: 'America/Puerto_Rico',
};

/**
 * Rule "the country's own clocks": a country with several zones does not tell which one a page prints (see
 * {@link pageTimeZone}), but it tells which ones it may: an Australian paper's clock is 8 to 11 hours ahead of UTC,
 * never 4. Where a UTC instant has to be moved onto the day the dateline prints, and the dateline prints no clock to
 * give the offset, the first of the country's zones that puts the instant on that day is the guess, ahead of the
 * nearest whole hour that does. The zones are listed by the newsrooms they hold, the capital's or the largest first.
 */
export function countryZones({ region, host }: PageLocale): readonly string[] {
  const country = countryOfHost(host) ?? region?.toUpperCase() ?? null;
  return country ? ZONES_OF_WIDE_COUNTRIES[country]?.filter(isSupportedZone) ?? [] : [];
}
const ZONES_OF_WIDE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  AU: ['Australia/Sydney', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Perth'],
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  CA: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax', 'America/St_Johns'],
  BR: ['America/Sao_Paulo', 'America/Manaus'],
  MX: ['America/Mexico_City', 'America/Tijuana', 'America/Cancun'],
  RU: ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'],
  ID: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'],
};

/**
 * Rule "state after the town": Australia's regional chains close every page's title with the paper's town and its
 * state ("… | The Northern Advocate | Tamworth, NSW"), and the state names the clock the newsroom prints: an
 * Australian page (by its domain or its declared region) whose title so ends is on that state's zone. The ACT,
 * Victoria and Tasmania keep Sydney's offsets.
 */
export function stateClockInTitle(documentTitle: string | null, { region, host }: PageLocale): string | null {
  if (!documentTitle || (countryOfHost(host) ?? region?.toUpperCase()) !== 'AU') return null;
  const state = TITLE_CLOSING_STATE.exec(documentTitle.trim());
  const zone = state ? ZONE_BY_AUSTRALIAN_STATE[state[1].toUpperCase()] : undefined;
  return zone && isSupportedZone(zone) ? zone : null;
}
const TITLE_CLOSING_STATE = /[|–—-]\s*[\p{L}' .-]{2,40},\s*(NSW|ACT|VIC|TAS|QLD|SA|WA|NT)$/iu;
const ZONE_BY_AUSTRALIAN_STATE: Readonly<Record<string, string>> = {
  NSW: 'Australia/Sydney', ACT: 'Australia/Sydney', VIC: 'Australia/Sydney', TAS: 'Australia/Sydney', QLD: 'Australia/Brisbane',
  SA: 'Australia/Adelaide', WA: 'Australia/Perth', NT: 'Australia/Darwin',
};

/**
 * Rule "zone named in words": pages that print a clock for readers abroad name its zone in words after it, where
 * others print an abbreviation: Russian "по московскому времени" ("by Moscow time"), Ukrainian "за київським часом",
 * Brazilian "(horário de Brasília)", Mexican "(hora del centro de México)", "Hora CDMX", and the clocks of the two countries' far
 * west and east, which their papers there name the same way ("(horário de Manaus)", "hora de Tijuana", "hora de
 * Cancún"): read on the capital's clock, a Manaus paper's "10h12" was an hour early. Spanish "hora peninsular" (the
 * mainland's, not the Canaries'), Portuguese "hora de Lisboa", Greek "ώρα Ελλάδας", Turkish "Türkiye saati", Polish
 * "czasu polskiego". The islands an hour behind their capital name their own clock the same way: a Canarian paper's
 * "10:12 (hora canaria)", "hora de Canarias", an Azorean one's "hora dos Açores", "hora açoriana"; read on Madrid's
 * or Lisbon's, the stamp was an hour early. Each names one IANA zone, whose rules give the offset on the date.
 */
const WORDED_ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [/по\s+московскому\s+времени|московского\s+времени/iu, 'Europe/Moscow'],
  [/за\s+київським\s+часом|по\s+киевскому\s+времени/iu, 'Europe/Kyiv'],
  [/(?:hor[aá]rio|hora)\s+(?:oficial\s+)?de\s+bras[ií]lia/iu, 'America/Sao_Paulo'],
  [/hora\s+(?:del\s+centro(?:\s+de\s+m[eé]xico)?|de\s+(?:la\s+ciudad\s+de\s+)?m[eé]xico|(?:de\s+(?:la\s+)?)?cdmx)/iu, 'America/Mexico_City'],
  [/(?:hor[aá]rio|hora)\s+(?:de\s+manaus|do\s+amazonas)/iu, 'America/Manaus'],
  [/(?:hor[aá]rio|hora)\s+(?:do\s+acre|de\s+rio\s+branco)/iu, 'America/Rio_Branco'],
  [/hora\s+de\s+(?:tijuana|baja\s+california)/iu, 'America/Tijuana'],
  [/hora\s+de\s+(?:canc[uú]n|quintana\s+roo)/iu, 'America/Cancun'],
  [/hora\s+peninsular/iu, 'Europe/Madrid'],
  [/hora\s+(?:canaria|de\s+(?:las\s+)?canarias)/iu, 'Atlantic/Canary'],
  [/hora\s+(?:dos\s+a[çc]ores|a[çc]oriana)/iu, 'Atlantic/Azores'],
  [/hora\s+de\s+(?:lisboa|portugal\s+continental)/iu, 'Europe/Lisbon'],
  [/ώρα\s+ελλάδ(?:ας|ος)/iu, 'Europe/Athens'],
  [/türkiye\s+saati/iu, 'Europe/Istanbul'],
  [/czasu\s+polskiego/iu, 'Europe/Warsaw'],
];

/** The IANA zone a text names in words (see rule "zone named in words"), or null. */
export function zoneNamedInWords(text: string): string | null {
  return WORDED_ZONES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * Whether the runtime's time-zone data knows `timeZone`: Node's ICU renames zones now and then (Europe/Kiev became
 * Europe/Kyiv), and a zone it does not know would throw where no input should make extraction throw.
 */
export function isSupportedZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC that `timeZone`'s clocks show at `instant` (ms since the epoch); 0 for a zone the runtime does not know. */
export function utcOffsetAtInstant(timeZone: string, instant: number): number {
  const formatter = formatterFor(timeZone);
  if (!formatter || !Number.isFinite(instant)) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((shown - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * Minutes east of UTC of `timeZone` at the wall-clock time `localIso` ("2026-12-01T09:45:00", no offset). Where
 * summer time begins or ends, an hour that does not exist or comes twice is read with the offset in force before
 * the change.
 */
export function utcOffsetAt(timeZone: string, localIso: string): number {
  const asUtc = Date.parse(`${localIso}Z`);
  const before = utcOffsetAtInstant(timeZone, asUtc - 86_400_000);
  const after = utcOffsetAtInstant(timeZone, asUtc - before * 60_000);
  return utcOffsetAtInstant(timeZone, asUtc - after * 60_000) === after ? after : before;
}
