/**
 * Date strings in, ISO 8601 with offset out. Understands machine formats (ISO 8601, RFC 2822, epoch seconds),
 * written dates in many languages ("January 23, 2017", "23. Januar 2017", "23 de enero de 2017"), numeric dates
 * ("23.01.2017", "23/01/2017", "05.05.25"), CJK dates ("2017年1月23日"), Arabic dates of every naming tradition,
 * Persian solar Hijri dates ("۱۵ اردیبهشت ۱۴۰۴") and relative dates in many languages ("3 hours ago",
 * "vor 3 Stunden", "منذ يومين") measured from `now`. A clock is read with its zone ("14:02 CEST", "GMT+7").
 */
import { normalizeSpace } from '../dom-walk';
import { withAtomicChillu } from './text';
import { hasUtcOffset, isoBefore, numericOffsetMinutes, recentYearOf, toIsoString, withUtcOffset, type CalendarFields } from './calendar';
import { ARABIC_DAY_PART, arabicMeridiem, isArabicRelativeStamp, maghrebZoneOf, mentionsHijriDate, namedZoneOffset, nightMeridiem, normalizeDigits, parseArabicDate, parseArabicRelativeAge, parseArabicYearlessStamp, parseHijriDate, withoutNumericHijriDates } from './arabic-dates';
import { DATE_LABEL, openingCharacters, PUBLISHED_LABELS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';
import { ENGLISH_WEEKDAY_ABBREVIATIONS, monthOfName, MONTH_NAME_ALTERNATION, THAI_MONTH_NAME_ALTERNATION, weekdayNumberOf } from './month-names';
import { parseEthiopianDate } from './ethiopian-dates';
import { parseHebrewDate } from './hebrew-dates';
import { parsePersianSolarDate } from './persian-dates';
import { utcOffsetAt, utcOffsetAtInstant } from './time-zones';
import { abbreviatedZoneOffset, ZONE_ABBREVIATIONS } from './zone-abbreviations';

export interface ParsedDate {
  /** ISO 8601 with offset. */
  iso: string;
  /** The input, whitespace-collapsed. */
  raw: string;
  /**
   * False when the text gives a wall-clock time without its offset and the page's zone is unknown: `iso` then
   * writes that time as UTC.
   */
  zoneKnown: boolean;
  /** The text printed no zone, and the offset is the one the page's country keeps ({@link DateReadingOptions.timeZone}). */
  zoneGuessed?: boolean;
  /**
   * The text counts back from now ("منذ ساعة", "2 hours ago"): `iso` is that instant, written in UTC, and no page's
   * clock printed it.
   */
  age?: boolean;
}

/** Longer strings are page text, not a date; parsing them only finds accidents. */
const MAX_DATE_TEXT_LENGTH = 300;

/** The reference time for asking only whether a text reads as a date: none is too late for it. */
export const NO_LATER_THAN = new Date(8.64e15);

/** Year-first numeric dates; Korean sites space and end them with dots: "2025. 5. 5. 14:02". */
const ISO_LIKE = /(?<!\d)(\d{4})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d)\.?(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const EPOCH = /^(\d{10}|\d{13})$/;
/**
 * A date written as one run of digits, year first, a clock after it or not ("20240312", "20240312143000"), as some
 * newsroom systems declare it (`<meta name="pdate" content="20240312">`). Only a whole text of this century's or the
 * last one's years: any other run of eight digits is a number.
 */
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
/**
 * Rule "meridiem after a numeric clock": pages that print a numeric date with a 12-hour clock write the marker after
 * it in their own script, and a machine date has none. English ones write "2022/04/28 05:03pm"; Arabic portals
 * "2024/11/03 09:15 م" or "… 09:15 مساءً" (ص/صباحاً morning, م/مساءً evening), as they do after a month name; Iranian
 * ones "2024/11/03 09:15 ب.ظ" (ق.ظ before noon, ب.ظ after). A marker is a word of its own: "05:03 PMT" is no
 * afternoon, and "م" may open the next word. The first group is a morning marker, the second an afternoon one, the
 * third an Arabic word for the part of the day (rule "Arabic part of the day", arabic-dates.ts).
 */
const MERIDIEM_AFTER_CLOCK = new RegExp(String.raw`^\s*(?:([aA]\.?\s?[mM]\.?|ق\.?\s?ظ)|([pP]\.?\s?[mM]\.?|ب\.?\s?ظ)|(${ARABIC_DAY_PART}))(?!\p{L})`, 'u');

/** The hour on a 24-hour clock, from a 12-hour one when its meridiem is given. */
function twentyFourHour(hour: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === null) return hour;
  const afternoon = meridiem === 'pm';
  if (afternoon && hour < 12) return hour + 12;
  return !afternoon && hour === 12 ? 0 : hour;
}
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
/** Uyghur numbers the month as Chinese does, each number with its word: "2026-يىلى 12-ئاينىڭ 3-كۈنى" (year, month, day). */
const UYGHUR_NUMBERED_DATE = /(\d{4})-?\s*يىلى\s*(\d{1,2})-?\s*ئاينىڭ\s*(\d{1,2})-?\s*كۈنى/u;
/**
 * Era years: Japanese local papers, councils and schools date by the emperor's era ("令和5年3月5日" is 5 March 2023;
 * the first year is written 元, "the origin"), and Taiwanese ones by the Minguo calendar ("民國112年3月5日", also 2023).
 * The record wants the instant, and an era year converts exactly.
 */
const ERA_DATE = /(令和|平成|昭和|民國|民国)\s*(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** The Gregorian year before each era's first year. */
const ERA_YEAR_ZERO: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 民國: 1911, 民国: 1911 };
const LETTER_BEFORE = '(?<!\\p{L})';
/** Indic scripts write vowels as combining marks: a month name followed by one is the start of a longer word. */
const LETTER_AFTER = '(?![\\p{L}\\p{M}])';
/** Endings after the day: "5th", French "1er", "1º", and the Sorani ezafe that makes the day "the 2nd of" ("٢ی"). */
const ORDINAL = '(?:st|nd|rd|th|er|e|º|ی)?';
/** Hebrew attaches the preposition ב ("in") to the month: "5 במאי 2025". */
const HEBREW_MONTH_PREFIX = '(?:ב-?)?';
/** Thai dates may name the era before the year: "5 มีนาคม พ.ศ. 2566" (Buddhist Era) or "ค.ศ. 2023" (Common Era). */
const THAI_ERA_MARKER = '(?:[พค]\\.\\s?ศ\\.\\s*)?';
/**
 * Catalan elides "de" before a vowel: "5 d'abril de 2025". Uzbek joins the day to the month with a hyphen ("5-mart,
 * 2025"), Galician may put "do" ("of the") before the year ("5 de xuño do 2025"). Rule "Maltese day of the month":
 * Maltese ties the day to the month with "ta'" ("of") and gives the day the article ("il-5 ta' Diċembru 2026").
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})${ORDINAL}(?:-|\\.?\\s*(?:de\\s+|d['’]|of\\s+|ta['’]\\s*)?)${LETTER_BEFORE}${HEBREW_MONTH_PREFIX}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s*(?:de\\s+|del\\s+|do\\s+)?,?\\s*${THAI_ERA_MARKER}(\\d{4})(?!\\d)`,
  'iu',
);
/**
 * Colombian and other Latin American papers put the month first and "de" before the year: "Noviembre 24 de 2026".
 * Rule "weekday before the year": blog templates stamp a post in boxes of month, day, weekday, year and clock
 * ("<span>Dec </span><span>28 </span><span>Sat </span><span>2013 </span><span>00:28</span>", PIXNET's), the weekday
 * between the day and the year.
 */
const MONTH_DAY_YEAR = new RegExp(
  `${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s+(\\d{1,2})${ORDINAL}(?!\\d),?\\s+(?:(?:${ENGLISH_WEEKDAY_ABBREVIATIONS.join('|')})\\.?,?\\s+)?(?:de\\s+)?(\\d{4})(?!\\d)`,
  'iu',
);
/**
 * Year first, as Hungarian ("2025. május 5.", "2025. márc. 5."), Lithuanian ("2025 m. gegužės 5 d.", m. = metų, "of
 * the year"), Armenian ("2025 թ. մայիսի 5", թ. = թվականի, "of the year", also written out) and Basque, which puts the
 * suffix -ko/-eko ("of") on the year, write it ("2025eko martxoaren 5a").
 */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})(?:\\.|-?e?ko)?\\s+(?:(?:m|թ)\\.\\s*|թվականի\\s+)?${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s+(\\d{1,2})(?!\\d)`, 'iu');
/**
 * The year first with a word for "year", then the day and the month: Latvian "2023. gada 5. martā", Uzbek "2023-yil
 * 5-mart" or "2023 йил 5 март", Kazakh "2023 жылғы 5 наурыз" (abbreviated "ж."), Kyrgyz "2023-жылдын 5-марты",
 * Georgian "2023 წლის 5 მარტი", Uyghur "2023-يىلى 5-مارت".
 */
const YEAR_WORD = String.raw`(?:gada|yil|йил|жылғы|жылдын|ж\.|წლის|يىلى|يىل)`;
const HAS_YEAR_WORD = new RegExp(String.raw`\d{4}[.-]?\s*${YEAR_WORD}`, 'iu');
const YEAR_WORD_DAY_MONTH = new RegExp(
  `(?<!\\d)(\\d{4})[.-]?\\s*${YEAR_WORD}\\s+(\\d{1,2})(?:[.-]\\s*|\\s+)${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}`,
  'iu',
);
/**
 * Month names between hyphens or slashes, as logs and some CMSes print them: "05-May-2025", "2025/May/05", and blog
 * themes with the slashes spaced out: "29 / Dezember / 2022".
 */
const SEPARATED_DAY_MONTH_YEAR = new RegExp(`(?<![\\d./-])(\\d{1,2})\\s?([-/])\\s?(${MONTH_NAME_ALTERNATION})\\.?\\s?\\2\\s?(\\d{4})(?!\\d)`, 'iu');
const SEPARATED_YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\s?([-/])\\s?(${MONTH_NAME_ALTERNATION})\\.?\\s?\\2\\s?(\\d{1,2})(?![\\d./-])`, 'iu');
/**
 * Thai news writes the Buddhist-Era year in two digits after an abbreviated month: "5 ก.พ. 66" is 5 February 2566,
 * that is 2023. Only Thai month names take such a year: "5 May 23" elsewhere is no date this reads.
 */
const THAI_SHORT_YEAR_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${THAI_MONTH_NAME_ALTERNATION})\\s*(\\d{2})(?![\\d.:])`, 'u');
const BUDDHIST_ERA_CENTURY = 2500;
/**
 * Rule "Khmer date words": Cambodian papers glue the words for day, month and year to what they name, "ថ្ងៃព្រហស្បតិ៍
 * ទី៣ ខែធ្នូ ឆ្នាំ២០២៦" ("Thursday, the 3rd, month of December, year 2026"), so no space parts the month's name from
 * its word.
 */
const KHMER_DATE = new RegExp(`ទី\\s*(\\d{1,2})\\s*ខែ\\s*(${MONTH_NAME_ALTERNATION})\\s*ឆ្នាំ\\s*(\\d{4})(?!\\d)`, 'u');
const KHMER_SCRIPT = /[\u1780-\u17ff]/u;
/**
 * Vietnamese names months by number: "5 tháng 5, 2025", "ngày 5 tháng 5 năm 2025", and month first where a site
 * keeps the English order for its Vietnamese month, "Tháng 5 5, 2025".
 */
const VIETNAMESE_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)/iu;
const VIETNAMESE_MONTH_FIRST_DATE = /(?<!\p{L})tháng\s+(\d{1,2})\s+(\d{1,2}),\s+(\d{4})(?!\d)/iu;
/**
 * Mongolian names months by number too, year first: "2025 оны 3 сарын 5" ("of the year 2025, of month 3, the 5th"),
 * the month's number also written as an ordinal, "3-р сарын" or "3 дугаар сарын".
 */
const MONGOLIAN_DATE = /(?<!\d)(\d{4})\s*оны\s+(\d{1,2})(?:-?р|\s*(?:дугаар|дүгээр))?\s*сарын\s+(\d{1,2})(?!\d)/iu;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
/**
 * Two-digit years: "05.05.25", "5/5/25 14:02". Dotted ones need two-digit day and month, and nothing numeric may
 * touch the date, so that version numbers ("1.2.10") and IP addresses are not read as dates. Rule "middle-dot
 * date": Spanish regional papers set the date's parts apart with a middle dot ("03·12·26 | 17:20"), read as the dots.
 */
const SHORT_YEAR_DATE = /(?<![\d./·-])(?:(\d{2})([.·])(\d{2})\2|(\d{1,2})([/-])(\d{1,2})\5)(\d{2})(?![\d./·-]|[.,]\d)/;
/** A Korean text, whose short dates put the year first (rule "Korean short year first"). */
const HANGUL_TEXT = /\p{Script=Hangul}/u;
/**
 * Rule "short date on its own": blogs print the date as "25.4.24" (one-digit day or month, two-digit year). That
 * shape is as often a version ("3.6.28"), a section or a score, in a sentence or in a span of its own, so it is read
 * only as the whole text of a dateline element ({@link DateReadingOptions.dateline}), a clock after it allowed.
 */
const LONE_SHORT_DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?=(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h))?)?$)/i;
/** A two-digit year is in this century unless that puts it more than a year ahead of now. */
const SHORT_YEAR_LEAD_YEARS = 1;
/**
 * "14:02", "14h02" (French, Portuguese), "14時02分" / "14时02分" (Japanese, Chinese), "2:02 p.m.", "2:02 p. m." (the
 * Spanish academies' spacing, as Colombian and Mexican papers print it: read as "2:02", it lost its afternoon), the Arabic
 * markers written after the clock ("03:15 م", "03:15 مساءً", "10:30 صباحا"), and the Korean, Japanese and Chinese
 * AM/PM words that come before it ("오후 2:02", "下午2:02"). An Arabic marker is a word of its own: "م" may open
 * the next word. Malaysian papers write "2:30 PTG" or "2:30 petang" (afternoon) and "10:15 PG" or "pagi" (morning), Bangladeshi
 * ones the English markers in Bengali letters ("০২:৩০ পিএম"), Sri Lankan ones the Sinhala words for before and
 * after noon, abbreviated with dots ("11:35 පෙ.ව.", "04:20 ප.ව."), Pakistani ones the Urdu words for morning, evening,
 * afternoon and night ("11:20 صبح", "04:15 شام", "2:30 دوپہر", "11:30 رات"), also before the clock ("شام 5:40"), Iranian
 * ones "ق.ظ" and "ب.ظ" (before and after noon), Hausa ones the part of the day ("11:20 na safe", in the morning;
 * "2:30 na rana", at midday; "4:15 na yamma", in the afternoon; "11:00 na dare", at night, which runs past midnight:
 * see {@link nightMeridiem}).
 Rule "Swahili clock": Swahili counts the hours from dawn and dusk, six hours after the Western clock, and says the
 * part of the day after them: "saa 4:15 asubuhi" (the fourth hour of the morning) is 10:15, "saa 2 usiku" 20:00.
 * Read on the Western clock, an East African story's 10:15 became 04:15, and against its metadata's instant the page
 * took a zone three hours west of Greenwich. Where the reading does not fall in the part of the day its word names
 * ("saa 10 asubuhi" would be 04:00), the page wrote a Western clock and it stands; see {@link swahiliClockHour}.
 * Rule "Greek meridiem": Greek sites on a 12-hour clock write "π.μ." and "μ.μ." (before and after midday, "2:20 μ.μ."),
 * with or without the dots; read as "2:20", the afternoon was lost. A marker is a word of its own.
 * Rule "Bengali forenoon and afternoon": Bangladeshi portals' templates write the part of the day in its Sanskrit words
 * after a 12-hour clock ("০৮:৪০ অপরাহ্ন", afternoon; "০৯:৪৫ পূর্বাহ্ন", forenoon); read as "08:40", the evening was lost.
 * Rule "Bengali visarga for a colon": Bangladeshi templates type the visarga, which looks like a colon, between the hour
 * and the minute ("১০ঃ৩০"); between digits it is nothing else.
 * Rule "minute without its zero": with the hour's and the minute's characters, Japanese and Korean stamps write the
 * minute as it is said ("14時5分", "午後2時5分", "오후 2시 5분"); one digit is a minute there, as the 分 after it says.
 * Rule "Flemish u for uur": Flemish papers write the hour's "u" between the hour and the minute ("za 05/12/2026 -
 * 14u05", "Laatste update: 15u30") where French ones write "h"; only set tight between the digits, two for the
 * minute, where a Croatian "u 14.20" ("at") stands apart.
 * Rule "Sorani part of the day": Sorani pages on a 12-hour clock say the part of the day after it, tied to the clock
 * by the ezafe ی or apart ("کاتژمێر ٤:١٥ی ئێوارە", at 4:15 in the evening; "٩:٣٠ی بەیانی", in the morning; "دوای
 * نیوەڕۆ", after noon; "شەو", at night, which runs past midnight); read as "4:15", the afternoon was lost.
 */
const SORANI_DAY_PART = 'بەیانی|ئێوارە|دوای\\s+نیوەڕۆ|شەو';
const CLOCK_TIME = new RegExp(String.raw`(오전|오후|午前|午後|上午|下午|(?<![\u0600-\u06FF])(?:صبح|شام|دوپہر|رات)(?=\s))?\s*(?<![\d.])(\d{1,2})(?:\s*[:h時时시ঃ]\s*|u(?=\d{2}(?!\d)))(\d{2}|\d(?=\s*[分분]))(?::(\d{2}))?\s*[分분]?(?:ی(?=\s*(?:${SORANI_DAY_PART})))?\s*(?:(a\.?m\.?|p\.?m\.?|${SORANI_DAY_PART}(?![\u0600-\u06FF])|[ap]\.\sm\.|ptg(?![a-z])|pg(?![a-z])|petang|pagi|পিএম|এএম|পূর্বাহ্ন|অপরাহ্ন|පෙ\.?\s?ව\.?|ප\.?\s?ව\.?|(?:sa|ch|sáng|chiều|tối)(?![a-z\u00e0-\u1ef9])|na\s+(?:safe|rana|yamma|dare)(?![a-z])|(?:asubuhi|alfajiri|mchana|alasiri|jioni|usiku)(?![a-z])|(?:صبح|شام|دوپہر|رات|ق\.?\s?ظ|ب\.?\s?ظ)(?![\u0600-\u06FF])|[πμ]\.?\s?μ\.?(?![\u0370-\u03FF\u1F00-\u1FFF]))|(${ARABIC_DAY_PART})(?![\u0621-\u064A]))?(?!\d)`, 'i');
/**
 * The meridiem markers written after the clock other than "am"/"pm" (with their dots dropped). Vietnamese pages write
 * "SA"/"CH" (sáng, chiều) or the words for morning, afternoon and evening ("3:15 chiều"); a marker is a word of its
 * own, so "08:15 Chủ nhật" (Sunday) keeps its morning.
 */
const LOCAL_MERIDIEM_MARKERS: Record<string, string> = {
  ptg: 'pm', petang: 'pm', pg: 'am', pagi: 'am', পিএম: 'pm', এএম: 'am', পূর্বাহ্ন: 'am', অপরাহ্ন: 'pm', පෙව: 'am', පව: 'pm', sa: 'am', ch: 'pm', sáng: 'am', chiều: 'pm', tối: 'pm',
  صبح: 'am', شام: 'pm', دوپہر: 'pm', قظ: 'am', بظ: 'pm', nasafe: 'am', narana: 'pm', nayamma: 'pm', πμ: 'am', μμ: 'pm',
  بەیانی: 'am', ئێوارە: 'pm', دواینیوەڕۆ: 'pm',
};
/**
 * The Swahili parts of the day, each with the first Western hour it names and the first it no longer does (wrapping
 * past midnight for the night): alfajiri (dawn), asubuhi (morning), mchana (midday), alasiri (afternoon), jioni
 * (evening), usiku (night).
 */
const SWAHILI_DAY_PARTS: Record<string, readonly [number, number]> = {
  alfajiri: [3, 7], asubuhi: [5, 13], mchana: [11, 17], alasiri: [14, 19], jioni: [16, 21], usiku: [18, 6],
};
/**
 * The 24-hour clock's hour of a Swahili hour said with its part of the day (rule "Swahili clock"): the Swahili hour
 * six hours on, in the first half of the day or the second as the part says; the hour as written where that reading
 * falls outside the part, or where it is past 12 and so written on a 24-hour clock.
 */
function swahiliClockHour(hour: number, [from, until]: readonly [number, number]): number {
  if (hour > 12) return hour;
  const western = (hour + 6) % 12;
  const inPart = (candidate: number) => (from < until ? candidate >= from && candidate < until : candidate >= from || candidate < until);
  return [western, western + 12].find(inPart) ?? (inPart(hour % 12 + 12) && !inPart(hour % 12) ? hour % 12 + 12 : hour);
}
/** Hausa "na dare", Urdu "رات" and Sorani "شەو", at night: their meridiem depends on the hour. */
const NIGHT_MARKERS = new Set(['nadare', 'رات', 'شەو']);
const PM_WORDS = new Set(['오후', '午後', '下午', 'شام', 'دوپہر']);
const AM_WORDS = new Set(['오전', '午前', '上午', 'صبح']);
/** How far before the date a clock is looked for when none follows it: "5:42 PM EST, Mon May 5, 2025". */
const CLOCK_BEFORE_DATE_CHARS = 40;
/**
 * A clock written with a dot, as British, German, Nordic, Finnish, Slovenian and Argentine sites do ("23.30 BST",
 * "14.02 Uhr", "kl. 14.02", "klo 14.02", "ob 14.02", "18.05 hs", Dutch "09.15 uur", Thai "18.42 น." with the
 * short form of นาฬิกา, "o'clock"). A dot also separates dates and decimals, so it is a clock only after kl./klo/ob
 * or before Uhr, uur, hs (horas), น., a zone or am/pm. Rule "Italian and Catalan dotted clock": Italian papers write
 * it after "alle" or "ore" ("5 dicembre 2026 alle 18.40", "ore 18.40"), Catalan ones after "a les" or before the hour's
 * "h" ("10.12 h"), as Spanish ones do too; the date was read without its clock, at midnight.
 */
const DOTTED_CLOCK_AFTER_WORD = /(?<!\p{L})(?:kl\.?|klo|kello|ob|alle|ore|a\s+les)\s*(\d{1,2})\.(\d{2})(?!\d)/iu;

interface ClockMatch {
  index: number;
  length: number;
  hour: number;
  minute: number;
  second: number;
  /** "am"/"pm" written after the clock, or an AM/PM word before it. */
  meridiem: string | null;
}

function findClock(text: string): ClockMatch | null {
  const match = CLOCK_TIME.exec(text);
  if (match) {
    const word = match[1];
    const arabic = match[6] ? arabicMeridiem(match[6], Number(match[2])) : null;
    const written = match[5]?.toLowerCase().replace(/[.\s]/g, '');
    const swahiliPart = written ? SWAHILI_DAY_PARTS[written] : undefined;
    if (swahiliPart) return { index: match.index, length: match[0].length, hour: swahiliClockHour(Number(match[2]), swahiliPart), minute: Number(match[3]), second: Number(match[4] ?? 0), meridiem: null };
    const night = NIGHT_MARKERS.has(written ?? word ?? '') ? nightMeridiem(Number(match[2])) : null;
    const meridiem = night ?? (written && (LOCAL_MERIDIEM_MARKERS[written] ?? written)) ?? arabic ?? (word && PM_WORDS.has(word) ? 'pm' : word && AM_WORDS.has(word) ? 'am' : null);
    return { index: match.index, length: match[0].length, hour: Number(match[2]), minute: Number(match[3]), second: Number(match[4] ?? 0), meridiem };
  }
  const dotted = DOTTED_CLOCK_AFTER_WORD.exec(text) ?? DOTTED_CLOCK_BEFORE_ZONE.exec(text);
  if (dotted) {
    const meridiem = dotted[3]?.toLowerCase().replace(/\./g, '') ?? null;
    return { index: dotted.index, length: dotted[0].length, hour: Number(dotted[1]), minute: Number(dotted[2]), second: 0, meridiem };
  }
  const hourOnly = HOUR_WITH_MERIDIEM.exec(text);
  if (hourOnly) return { index: hourOnly.index, length: hourOnly[0].length, hour: Number(hourOnly[1]), minute: 0, second: 0, meridiem: hourOnly[2].toLowerCase() === 'p' ? 'pm' : 'am' };
  const named = NAMED_HOUR.exec(text);
  return named ? { index: named.index, length: named[0].length, hour: named[1].toLowerCase() === 'noon' ? 12 : 0, minute: 0, second: 0, meridiem: null } : null;
}
/**
 * Rule "hour and meridiem": AP style drops ":00" from a full hour ("Nov. 24, 2026 5 p.m. ET", "at 12 p.m."), which
 * only its meridiem marks as a clock. Read, as the other clocks are, only beside a date or in a dateline's part.
 */
const HOUR_WITH_MERIDIEM = /(?<![\d.:,])(1[0-2]|0?[1-9])\s?([ap])\.?\s?m(?:\.|(?!\p{L}))/iu;
/**
 * Rule "noon and midnight": AP style, which American newsrooms follow, writes the two hours "12 p.m." and "12 a.m."
 * would leave in doubt as words ("Published: noon CST November 24, 2026", "Updated midnight ET"). Read as a clock
 * only where a clock is looked for, beside a date or in a dateline's update part.
 */
const NAMED_HOUR = /(?<!\p{L})(noon|midnight)(?!\p{L})/iu;

const DOTTED_CLOCK_BEFORE_ZONE = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.(\\d{2})(?![\\d.])\\s*(?:([aApP]\\.?[mM]\\.?)|(?=(?:Uhr|uur|hs|hrs|h|น\\.|${ZONE_ABBREVIATIONS.join('|')})(?!\\p{L})))`,
  'u',
);
/**
 * Time units of relative dates, by the forms news sites print in each language (singular, plural and the cases a
 * number governs: Russian "1 час", "3 часа", "5 часов"; Polish "godzinę", "godziny", "godzin"), matched as whole
 * words. Short words that are also other words ("an", "ay") are whole forms only. Bulgarian and Macedonian are
 * read apart ({@link BULGARIAN_AGO}): their "години" (years) is Ukrainian for hours.
 */
const RELATIVE_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:seconds?|secs?|sekunden?|secondes?|segundos?|second[io]|seconden|sekund[ayęe]?|sekundami|sekundes|sekunder|sekuntia|sekundit|saniye|секунд[уы]?|секунди|detik|giây|ثانیه|सेकंड|सेकेन्ड|সেকেন্ড|سیکنڈ|שניות|δευτερόλεπτα|secunde|segons|секундын|წამის|վայրկյան)$/iu, 1_000],
  [/^(?:minutes?|mins?|min\.|minuten?|minutos?|minut[ioęauy]?|minutami|minutou|minút(?:ami|ou)?|minutter|minuter|minuuttia|minutit|minučių|minūtēm|minuts|minuta|dakika|dəqiqə|daqiqa|минут[уыа]?|минути|хвилин[уи]?|хвілін[уы]?|menit|minit|phút|دقیقه|मिनट|मिनेट|মিনিট|منٹ|דקות|דקה|λεπτά|λεπτό|mínútum|минутын|წუთის|րոպե)$/iu, 60_000],
  [/^(?:hours?|hrs?|h|stunden?|std\.?|heures?|horas?|hores|or[ae]|oră|uur|godzin[ayęą]?|godzinami|hodin[ayu]?|hodinou|hodinami|hodín|saat|soat|сағат|час(?:а|ов)?|сат[аи]?|sat[ai]?|ur[aoe]|oras|urami|годин[уи]?|гадзін[уы]?|timmar|timme|timer|time|tuntia|tunti|tundi|valand(?:as|ą|ų)|stundām|stundas|ordu|jam|giờ|ساعت|घंटे|घंटा|घण्टा|ঘণ্টা|گھنٹے|گھنٹہ|שעות|שעה|ώρες|ώρα|orë|klukkustundum|цагийн|საათის|ժամ)$/iu, 3_600_000],
  [/^(?:days?|d|tag(?:en)?|jours?|d[ií]as?|dies|giorni|giorno|dag(?:en|ar)?|dage|dager|dni|dniami|dniem|dzień|dny|dnem|dňami|dnevi|dnevom|dana?|zile|gün|kun|күн|дн(?:я|ей|і)|день|днів|дана?|päivää|päeva|dien(?:as|ą|ų)|dienām|egun|hari|araw|adlaw|ngày|روز|दिन|দিন|دن|ימים|ημέρες|μέρες|ditë|өдрийн|დღის|օր)$/iu, 86_400_000],
  [/^(?:weeks?|wochen?|semaines?|semanas?|setmanes|settiman[ae]|we(?:e)?k(?:en)?|tygodni[ea]?|tygodniami|tydzień|týdn[yůe]|týdnem|hafta|недел[юьи]|тижн(?:і|ів|ень)|veckor|vecka|uger|uker|viikkoa|nädalat|savait(?:es|ę)|minggu|linggo|tuần|هفته|हफ्ते|हप्ता|সপ্তাহ|ہفتے|שבועות|שבוע|εβδομάδες|კვირის|շաբաթ)$/iu, 7 * 86_400_000],
  [/^(?:months?|monat(?:en)?|mois|mes(?:es|os)?|mes[ei]|maand(?:en)?|miesi[ąę]c(?:e|y)?|miesięcy|miesiącami|měsíc(?:e|ů|em|i)?|ay|месяц(?:а|ев)?|місяц(?:і|ів|ь)|månader|måneder|kuukautta|kuud|mėnes(?:ius|ių|į)|luni|bulan|buwan|tháng|ماه|महीने|महिना|মাস|مہینے|חודשים|חודש|μήνες|сарын|თვის|ամիս)$/iu, 30 * 86_400_000],
  [/^(?:years?|jahr(?:en)?|ans?|años?|anos?|anys|ann[io]|jaar|lata?|rok|let|roky|rokem|lety|yıl|год(?:а)?|лет|рок(?:и|ів)?|år|vuotta|aastat|met(?:us|ų)|gadiem|ani|tahun|taon|tuig|năm|سال|साल|वर्ष|বছর|שנים|שנה|χρόνια|godin[ae]|године|жилийн|წლის|տարի)$/iu, 365 * 86_400_000],
];
/**
 * The forms above that name one unit, which Slavic and Hebrew pages print without a count: "час назад" (an hour
 * ago), "godzinę temu", "před hodinou", "לפני שעה". A plural without a count ("vor Jahren") names no time.
 */
const ONE_UNIT_WORDS = new Set([
  'час', 'минуту', 'неделю', 'месяц', 'год', 'годину', 'хвилину', 'тиждень', 'місяць', 'рік', 'godzinę', 'minutę', 'tydzień',
  'miesiąc', 'rok', 'hodinou', 'minutou', 'týdnem', 'měsícem', 'rokem', 'minútou', 'שעה', 'דקה', 'שבוע', 'חודש', 'שנה',
]);
/**
 * Hebrew dual nouns mean "two of", as Arabic ones do (arabic-dates.ts): "לפני שעתיים" is two hours ago.
 */
const HEBREW_DUAL_UNITS: Record<string, number> = {
  שעתיים: 2 * 3_600_000, יומיים: 2 * 86_400_000, שבועיים: 2 * 7 * 86_400_000, חודשיים: 2 * 30 * 86_400_000, שנתיים: 2 * 365 * 86_400_000,
};
/**
 * "3 hours ago", "3 ore fa", "3 uur geleden", "3 godziny temu", "3 saat önce", "3 часа назад", "3 jam yang lalu",
 * "3 giờ trước", "3 timmar sedan", "۳ ساعت پیش", "3 घंटे पहले", Nepali "३ घण्टा अगाडि", "3 цагийн өмнө", "3 საათის წინ", "3 ժամ առաջ": the
 * count and unit come first, the word for "ago"
 * after. A number may follow a letter, since bylines lose their spaces when flattened ("Posted by6 years ago"), and
 * an abbreviated unit may follow the number without a space ("3h ago"); a count may be a word ("an hour ago", "una
 * settimana fa"). Rule "Philippine ago": Filipino and Cebuano say "ago" as a clause after the unit, "2 oras ang
 * nakalipas" (Tagalog, "that has passed"), "3 araw na ang nakaraan", "2 ka oras ang milabay" (Cebuano, with the linker
 * "ka" after the count), the islands' portals stamping their stories so. A one-unit form ({@link ONE_UNIT_WORDS}) may open the text without a count. Indic units end in vowel signs, which are
 * marks, not letters.
 */
const AGO_WORD_AFTER = String.raw`(?:ago|fa|geleden|temu|před|önce|назад|тому|таму|(?:yang\s+)?(?:lalu|lepas)|trước|atrás|sitten|sedan|siden|tagasi|پیش|قبل|पहले|अगाडि|अघि|আগে|پہلے|oldin|əvvəl|бұрын|өмнө|წინ|առաջ|më\s+parë|(?:na\s+)?ang\s+(?:nakalipas|nakaraan|milabay))(?![\p{L}\p{M}])`;
const AGO_AFTER = new RegExp(String.raw`(?:((?<!\d)\d+|(?<!\p{L})(?:an?|one|un[ao]?))(?:\s+(?:ka\s+)?|(?<=\d))|^)([\p{L}\p{M}]+\.?)\s+${AGO_WORD_AFTER}`, 'iu');
/**
 * "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "há 3 horas", "před 3 hodinami", "prije 3 sata", "acum 3 ore",
 * "πριν από 3 ώρες", "לפני 3 שעות", "przed 2 godzinami", "há uma hora": the word for "ago" first. Without a count, a one-unit form ({@link ONE_UNIT_WORDS})
 * or a Hebrew dual follows it.
 */
export const AGO_WORD_BEFORE = String.raw`(?<!\p{L})(?:vor|il\s+y\s+a|hace|há|před|przed|pred|prije|pre|пре|acum|prieš|pirms|fa|duela|fyrir|πριν(?:\s+από)?|לפני)`;
const AGO_BEFORE = new RegExp(String.raw`${AGO_WORD_BEFORE}\s+(?:(\d+|einer?|einem|une?|uma?|una?)(?:\s+|(?<=\d)))?([\p{L}\p{M}]+\.?)`, 'iu');
/**
 * The word for "ago" with the space before it (after it), which a match of {@link AGO_AFTER} ({@link AGO_BEFORE})
 * holds: a short search that rules out most texts before the long patterns, whose every start tries a count and a unit.
 */
const AGO_WORD_AFTER_SPACE = new RegExp(String.raw`\s${AGO_WORD_AFTER}`, 'iu');
const AGO_WORD_BEFORE_SPACE = new RegExp(String.raw`${AGO_WORD_BEFORE}\s`, 'iu');
/**
 * Hungarian puts "ago" into the unit as a possessive ending: "3 órája" (3 hours ago), "5 perce", "2 napja".
 */
const HUNGARIAN_AGO = /(?<!\d)(\d+)\s+(másodperce|perce|órája|napja|hete|hónapja|éve)(?!\p{L})/iu;
const HUNGARIAN_AGO_UNIT_MS: Record<string, number> = {
  másodperce: 1_000, perce: 60_000, órája: 3_600_000, napja: 86_400_000, hete: 7 * 86_400_000, hónapja: 30 * 86_400_000, éve: 365 * 86_400_000,
};
/**
 * Bulgarian "преди 3 часа" and Macedonian "пред 3 часа", where "години" is years, and a unit without a count is one
 * ("преди час", an hour ago).
 */
const BULGARIAN_UNIT_MS: Record<string, number> = {
  секунда: 1_000, секунди: 1_000, минута: 60_000, минути: 60_000, час: 3_600_000, часа: 3_600_000, ден: 86_400_000, дни: 86_400_000,
  денови: 86_400_000, седмица: 7 * 86_400_000, седмици: 7 * 86_400_000, недела: 7 * 86_400_000, недели: 7 * 86_400_000,
  месец: 30 * 86_400_000, месеца: 30 * 86_400_000, месеци: 30 * 86_400_000, година: 365 * 86_400_000, години: 365 * 86_400_000,
};
const BULGARIAN_AGO = new RegExp(String.raw`(?<!\p{L})(?:преди|пред)\s+(?:(\d+)\s+)?(${Object.keys(BULGARIAN_UNIT_MS).join('|')})(?!\p{L})`, 'iu');
/**
 * Rule "Albanian ago": beside "3 orë më parë", Albanian puts "ago" first, as "para", with the unit in its ablative
 * ("para 2 orësh", "para 3 ditësh", "para 5 minutash"; one unit in the singular, "para një ore", "para një dite"), and
 * Albanian portals stamp their stories so, the ë often typed as e. Read apart from the other languages' "ago": Spanish
 * and Portuguese "para 3 horas" (for three hours) name no past time, and the ablative forms are Albanian's alone.
 */
const ALBANIAN_UNIT_MS: Record<string, number> = {
  sekondash: 1_000, sekonde: 1_000, minutash: 60_000, minute: 60_000, orësh: 3_600_000, ore: 3_600_000, ditësh: 86_400_000,
  dite: 86_400_000, javësh: 7 * 86_400_000, jave: 7 * 86_400_000, muajsh: 30 * 86_400_000, muaji: 30 * 86_400_000,
  vjetësh: 365 * 86_400_000, vitesh: 365 * 86_400_000, viti: 365 * 86_400_000,
};
/** The units above by their spelling with the ë typed as e, as a match is looked up. */
const ALBANIAN_UNIT_MS_PLAIN = new Map(Object.entries(ALBANIAN_UNIT_MS).map(([unit, ms]) => [unit.replace(/ë/g, 'e'), ms]));
const ALBANIAN_AGO = new RegExp(String.raw`(?<!\p{L})para\s+(\d+|nj[ëe])\s+(${Object.keys(ALBANIAN_UNIT_MS).map((unit) => unit.replace(/ë/g, '[ëe]')).join('|')})(?!\p{L})`, 'iu');
/** Thai writes the unit and "ago" against the count: "3 ชั่วโมงที่แล้ว", "5 นาทีก่อน". */
const THAI_AGO = /(\d+)\s*(วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน)/u;
const THAI_UNIT_MS: Record<string, number> = {
  วินาที: 1_000, นาที: 60_000, ชั่วโมง: 3_600_000, 'ชม.': 3_600_000, วัน: 86_400_000, สัปดาห์: 7 * 86_400_000, เดือน: 30 * 86_400_000, ปี: 365 * 86_400_000,
};
/**
 * Rule "ages of South India and Maharashtra": Tamil, Telugu, Kannada and Malayalam write the unit in the case "ago"
 * governs and the word after it, the Tamil hour in two words ("3 மணி நேரத்திற்கு முன்பு", "5 నిమిషాల క్రితం", "2
 * ಗಂಟೆಗಳ ಹಿಂದೆ", "3 മണിക്കൂർ മുമ്പ്"), and Marathi glues "ago" to the unit ("3 तासांपूर्वी"): no single word is a
 * unit for the general reader.
 */
const INDIC_AGO_UNIT_MS: Record<string, number> = {
  நிமிடங்களுக்கு: 60_000, நிமிடத்திற்கு: 60_000, நிமிடம்: 60_000, 'மணி நேரத்திற்கு': 3_600_000, 'மணி நேரம்': 3_600_000, மணிநேரத்திற்கு: 3_600_000,
  நாட்களுக்கு: 86_400_000, நாள்: 86_400_000, నిమిషాల: 60_000, నిమిషం: 60_000, గంటల: 3_600_000, గంట: 3_600_000, రోజుల: 86_400_000, రోజు: 86_400_000,
  ನಿಮಿಷಗಳ: 60_000, ನಿಮಿಷ: 60_000, ಗಂಟೆಗಳ: 3_600_000, ಗಂಟೆ: 3_600_000, ದಿನಗಳ: 86_400_000, ದಿನ: 86_400_000,
  മിനിറ്റ്: 60_000, മണിക്കൂർ: 3_600_000, ദിവസം: 86_400_000, मिनिटां: 60_000, तासां: 3_600_000, तासा: 3_600_000, दिवसां: 86_400_000,
};
const INDIC_AGO = new RegExp(
  String.raw`(\d+)\s*(${Object.keys(INDIC_AGO_UNIT_MS).sort((a, b) => b.length - a.length).join('|')})\s*(?:முன்பு|முன்|క్రితం|ಹಿಂದೆ|മുമ്പ്|पूर्वी)(?![\p{L}\p{M}])`,
  'u',
);
/** Chinese, Japanese and Korean: "3小时前", "3時間前", "3시간 전". */
const CJK_AGO = /(\d+)\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|个月|個月|ヶ月|か月|年|초|분|시간|일|주|개월|년)\s*(?:前|전)/u;
const CJK_UNIT_MS: Record<string, number> = {
  秒: 1_000, 초: 1_000, 分钟: 60_000, 分鐘: 60_000, 分: 60_000, 분: 60_000, 小时: 3_600_000, 小時: 3_600_000, 時間: 3_600_000,
  시간: 3_600_000, 天: 86_400_000, 日: 86_400_000, 일: 86_400_000, 周: 7 * 86_400_000, 週: 7 * 86_400_000, 주: 7 * 86_400_000,
  个月: 30 * 86_400_000, 個月: 30 * 86_400_000, ヶ月: 30 * 86_400_000, か月: 30 * 86_400_000, 개월: 30 * 86_400_000,
  年: 365 * 86_400_000, 년: 365 * 86_400_000,
};
/**
 * Words for yesterday and today that open a dateline ("Yesterday, 14:02", "Heute, 09:15", "Hoy a las 10:15", "Dün
 * saat 18:40", "אתמול ב-18:40"): the word stands alone or before a comma, a time or a word for "at". Followed by
 * anything else it opens a sentence ("Heute wird …", German "Hier finden Sie …" = "here you find") or a name
 * ("Today’s Paper", "اليوم السابع"). Words that also mean tomorrow (Hindi and Urdu "कल", "کل") are left out.
 * The dateline's label may come first ("Aktualisiert heute, 14:35 Uhr", "Published yesterday at 9:15 am", "Publié
 * hier à 10h12"), as it does before a written date. Galician writes "at" with an acute accent ("onte ás 22:40"),
 * Portuguese with a grave one.
 * Rule "Hungarian today before its clock": Hungarian portals print today's stories "ma 09:15" beside "tegnap 18:42";
 * "ma" is also Italian "but" and Polish "has", so it is today only right before a clock.
 */
const DAY_WORD_LABEL = `(?:${DATE_LABEL}\\s*:?\\s*)?`;
/** The words for "at" a dateline sets between a day word and its clock ("Hoy a las 10:15", "Dün saat 18:40"). */
export const AT_CLOCK_WORDS = String.raw`at|um|à|a\s+las?|alle|ore|às|ás|om|o|ob|u|la|kl\.?|klo|saat|pukul|jam|lúc|στις|ב-?|в|о|у`;
const DAY_WORD_ENDS_DATELINE = String.raw`(?=\s*(?:$|[,:|·•–—-]|\d|(?:${AT_CLOCK_WORDS})\s*\d))`;
const YESTERDAY_WORDS = String.raw`yesterday|gestern|hier|ayer|ieri|ontem|gisteren|wczoraj|včera|včeraj|dün|dünən|kecha|вчера|учора|вчора|ўчора|кеше|өчигдөр|jučer|juče|јуче|tegnap|eilen|igår|i\s+går|í\s+gær|eile|vakar|ahir|onte|atzo|ddoe|inné|dje|kahapon|kemarin|semalam|hôm qua|أمس|امس|دیروز|গতকাল|אתמול|χθες|χτες|เมื่อวาน|გუშინ|երեկ|昨天|昨日|어제`;
const TODAY_WORDS = String.raw`today|heute|aujourd'hui|aujourd’hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|dnes|danes|bugün|bu\s+gün|bugun|сегодня|сьогодні|сёння|бүгін|өнөөдөр|днес|денес|danas|данас|tänään|ma(?=,?\s*\d{1,2}[:.]\d{2}(?![\d.]))|idag|i\s+dag|í\s+dag|täna|šiandien|šodien|azi|astăzi|avui|hoxe|gaur|heddiw|inniu|sot|ngayon|hari ini|hôm nay|اليوم|امروز|আজ|आज|היום|σήμερα|วันนี้|დღეს|այսօր|今天|今日|오늘`;
/** The words for yesterday and today that are one word, which a date row prints as its date ("Вчера, 14:20"). */
export const DAY_WORDS: readonly string[] = `${YESTERDAY_WORDS}|${TODAY_WORDS}`.split('|').filter((word) => /^[\p{L}\p{M}]+$/u.test(word));
const YESTERDAY = new RegExp(String.raw`^${DAY_WORD_LABEL}(?:${YESTERDAY_WORDS})${DAY_WORD_ENDS_DATELINE}`, 'iu');
/**
 * Either day word, read in one run of a pattern as long as both: most texts asked are neither, and only the few
 * that are one are asked which. Before it, the first two characters a label or a day word can have (each alternative
 * opens with a letter of its own).
 */
const DAY_WORD = new RegExp(String.raw`^${DAY_WORD_LABEL}(?:${YESTERDAY_WORDS}|${TODAY_WORDS})${DAY_WORD_ENDS_DATELINE}`, 'iu');
const DAY_WORD_OPENING = openingCharacters([...UPDATE_LEAD_WORDS, ...PUBLISHED_LABELS, ...UPDATE_LABELS, ...YESTERDAY_WORDS.split('|'), ...TODAY_WORDS.split('|')], 'iu');

export interface DateReadingOptions {
  /** Numeric dates whose day and month could be either are read month first (05/06 = May 6), as in the US. */
  monthFirst?: boolean;
  /** The text is a dateline element's own (a `<time>`, an element classed as a date), as rule "short date on its own" needs. */
  dateline?: boolean;
  /** The IANA zone of the page's clock (time-zones.ts), for dates written without an offset. */
  timeZone?: string | null;
  /** The page's language, for the month names two languages give to different months (month-names.ts). */
  language?: string | null;
}

/**
 * The zero of each decimal digit block beyond Arabic (handled in arabic-dates.ts): Devanagari, Bengali, Gurmukhi,
 * Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer and the full-width digits of
 * Japanese and Chinese text ("２０２５年５月５日").
 */
const DIGIT_ZEROS = [0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0x17e0, 0xff10];
const OTHER_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'gu');

export function normalizeOtherDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}

/** Persian and Urdu write the first of the month as the ordinal "یکم" ("یکم دسمبر", "یکم آذر") and other days as numbers. */
const FIRST_DAY_WORD = /(?<!\p{L})یکم(?!\p{L})/gu;

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/**
 * Rule "IST on its own clock": "IST" is read as India's time, where it is by far the most printed, but Irish papers
 * print Irish Standard Time (UTC+1, their summer clock: "Tuesday 14 July 2026 09:15 IST") and Israeli ones Israel
 * Standard Time (UTC+2) under the same letters. On a page whose clock is Ireland's or Israel's, a date read at India's
 * offset from "IST" takes the page's own offset on that day; read as India's, an Irish summer time was 4½ hours early.
 */
function onLocalStandardTime(iso: string, text: string, timeZone: string | null): string {
  if (timeZone === null || !IST_ZONES.has(timeZone) || !iso.endsWith(INDIA_OFFSET) || !IST_LABEL.test(text)) return iso;
  const local = iso.slice(0, DAY_AND_CLOCK_CHARS);
  return withUtcOffset(local, utcOffsetAt(timeZone, local));
}
const IST_ZONES = new Set(['Europe/Dublin', 'Asia/Jerusalem']);
const INDIA_OFFSET = '+05:30';
const IST_LABEL = /(?<!\p{L})IST(?!\p{L})/u;

/** Parses a date string; null when nothing recognisable (or only a Hijri date without its day, or in numbers) is in it. No plausibility check. */
export function parseDate(input: string, now: Date, options: DateReadingOptions = {}): ParsedDate | null {
  const raw = normalizeSpace(input);
  if (!raw || raw.length > MAX_DATE_TEXT_LENGTH) return null;
  const text = withoutNumericHijriDates(normalizedDateText(raw)).replace(FIRST_DAY_WORD, '1');
  // Every calendar date has digits; most texts asked about (bylines, labels) have none and are only tried as relative ages.
  const calendarIso = (/\d/.test(text)
    ? parseSolarHijriDate(text) ?? parseEthiopianIso(text) ?? parseMachineDate(text) ?? parseWrittenDate(text, now, options)
    : null) ?? parseHebrewCalendarIso(text);
  const timeZone = options.timeZone ?? (calendarIso && ARABIC_SCRIPT.test(text) ? maghrebZoneOf(text) : null);
  const relative = calendarIso ? null : parseRelativeDate(text, now, timeZone);
  const iso = calendarIso ?? relative?.iso;
  if (!iso) return null;
  if (relative?.age) return { iso, raw, zoneKnown: true, age: true };
  if (relative?.onUnknownClock) return { iso, raw, zoneKnown: false };
  if (hasUtcOffset(iso)) return { iso: onLocalStandardTime(iso, text, options.timeZone ?? null), raw, zoneKnown: true };
  return { iso: withUtcOffset(iso, timeZone ? utcOffsetAt(timeZone, iso) : 0), raw, zoneKnown: Boolean(timeZone), ...(options.timeZone ? { zoneGuessed: true } : {}) };
}

/**
 * A clock printed with no date of its own ("الساعة 09:15 ص", "Updated 6:40 p.m."), read on the day of a date read
 * before it (`dayIso`, from {@link parseDate}): with the zone written after the clock, or else the day's own offset.
 * Null when the text shows no clock.
 */
export function clockOnDay(input: string, dayIso: string): string | null {
  const found = readClock(normalizedDateText(normalizeSpace(input)));
  if (!found) return null;
  const date = { year: Number(dayIso.slice(0, 4)), month: Number(dayIso.slice(5, 7)), day: Number(dayIso.slice(8, 10)) };
  const offsetMinutes = readZone(found.zoneText, date) ?? namedZoneOffset(found.zoneText, { ...date, ...found.clock }) ?? numericOffsetMinutes(dayIso.slice(DAY_AND_CLOCK_CHARS));
  return toIsoString({ ...date, ...found.clock, offsetMinutes });
}
/** "2024-03-03T17:12:00", before the offset. */
const DAY_AND_CLOCK_CHARS = 19;

/** Whether the text prints a clock ("14:02", "2:02 p.m.", "١٠:٢٥ ص"). */
export function showsClock(input: string): boolean {
  return readClock(normalizedDateText(normalizeSpace(input))) !== null;
}

/** Every digit written as an ASCII one, composed, Malayalam's chillu as one character, as the patterns read it. */
function normalizedDateText(raw: string): string {
  return withRomanMonthsAsNumbers(withAtomicChillu(normalizeOtherDigits(normalizeDigits(raw)).normalize('NFC'))).replace(MYANMAR_COMMA, ',');
}

/**
 * Rule "Myanmar comma": Burmese writes its comma, the little section mark "၊", where English writes one in a date
 * ("ဒီဇင်ဘာ ၇၊ ၂၀၂၆", December 7, 2026) and between the date and the time; it parts the same fields as the comma.
 */
const MYANMAR_COMMA = /\s*၊/gu;

/**
 * Rule "Roman-numeral month": Polish, Czech, Slovak and Hungarian local papers and parish and town sites write the
 * month in Roman numerals, between the day and the year ("3.XII.2026 r.", "3 XII 2026", "3. XII. 2026") or, in
 * Hungarian, after the year ("2026. XII. 3."). The numeral is read as the month's number only in capitals and between
 * a day and a four-digit year, so a king ("Karol XII"), a district ("Praha X") or a list's numbering stays as it is.
 */
function withRomanMonthsAsNumbers(text: string): string {
  if (!ROMAN_MONTH_HINT.test(text)) return text;
  return text
    .replace(ROMAN_MONTH_DAY_FIRST, (_, day: string, month: string, year: string) => `${day}.${ROMAN_MONTHS.indexOf(month) + 1}.${year}`)
    .replace(ROMAN_MONTH_YEAR_FIRST, (_, year: string, month: string, day: string) => `${year}.${ROMAN_MONTHS.indexOf(month) + 1}.${day}.`);
}
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_MONTH = '(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
const ROMAN_MONTH_HINT = /[IVX]/;
const ROMAN_MONTH_DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.\s?|\s)${ROMAN_MONTH}(?:\.\s?|\s)(\d{4})(?!\d)`, 'gu');
const ROMAN_MONTH_YEAR_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{4})\.\s?${ROMAN_MONTH}\.\s?(\d{1,2})\.(?!\d)`, 'gu');

/** True for text that names a Hijri date, whose raw string is kept where no date can be read from it (a month and year, a numeric Hijri date). */
export function isHijriDateText(text: string): boolean {
  return mentionsHijriDate(text);
}

/** Before the machine formats, which would read "1404/02/15" as a Gregorian year 1404. */
function parseSolarHijriDate(text: string): string | null {
  const solar = parsePersianSolarDate(text);
  if (!solar) return null;
  return toIsoString({ ...solar.fields, ...readTime(text, { index: 0, 0: text.slice(0, solar.end) }, solar.fields) });
}

/** Before the written Gregorian dates, whose year an Ethiopian date's "2019" would otherwise be read as. */
function parseEthiopianIso(text: string): string | null {
  const fields = parseEthiopianDate(text);
  return fields ? toIsoString(fields) : null;
}

/** After every other calendar: a Hebrew page that prints a Gregorian date beside the Hebrew one is dated by it. */
function parseHebrewCalendarIso(text: string): string | null {
  const hebrew = parseHebrewDate(text);
  if (!hebrew) return null;
  return toIsoString({ ...hebrew.fields, ...readTime(text, { index: 0, 0: text.slice(0, hebrew.end) }, hebrew.fields) });
}

function parseMachineDate(text: string): string | null {
  const epoch = EPOCH.exec(text.trim());
  if (epoch) {
    const ms = epoch[1].length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    return isoBefore(new Date(ms), 0);
  }
  const compact = COMPACT_DATE.exec(text.trim());
  if (compact) {
    const [, year, month, day, hour = '0', minute = '0', second = '0'] = compact;
    return toIsoString({ year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) });
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    // Thai sites write the Buddhist year in numeric dates too ("2566-03-05").
    const date = { year: commonEraYear(Number(year)), month: Number(month), day: Number(day) };
    if (hour === undefined) return toIsoString({ ...date, ...readTime(text, iso, date) });
    const rest = text.slice(iso.index + iso[0].length, iso.index + iso[0].length + 60);
    const marker = MERIDIEM_AFTER_CLOCK.exec(rest);
    const meridiem = marker ? (marker[1] ? 'am' : marker[2] ? 'pm' : arabicMeridiem(marker[3], Number(hour))) : null;
    const clock = { hour: twentyFourHour(Number(hour), meridiem), minute: Number(minute), second: Number(second ?? 0) };
    const afterClock = rest.replace(MERIDIEM_AFTER_CLOCK, '');
    const offsetMinutes = zone ? parseZone(zone) : readZone(afterClock, date) ?? namedZoneOffset(afterClock, { ...date, ...clock });
    return toIsoString({ ...date, ...clock, ...(offsetMinutes !== undefined ? { offsetMinutes } : {}) });
  }
  const era = text.includes('年') ? ERA_DATE.exec(text) : null;
  if (era) {
    const date = { year: ERA_YEAR_ZERO[era[1]] + (era[2] === '元' ? 1 : Number(era[2])), month: Number(era[3]), day: Number(era[4]) };
    return toIsoString({ ...date, ...readTime(text, era, date) });
  }
  const numbered = CJK_DATE.exec(text) ?? UYGHUR_NUMBERED_DATE.exec(text);
  if (numbered) {
    const date = { year: Number(numbered[1]), month: Number(numbered[2]), day: Number(numbered[3]) };
    return toIsoString({ ...date, ...readTime(text, numbered, date) });
  }
  return null;
}

function parseWrittenDate(text: string, now: Date, { monthFirst = false, dateline = false, language = null }: DateReadingOptions): string | null {
  if (ARABIC_SCRIPT.test(text)) {
    const arabic = parseArabicDate(text) ?? parseArabicYearlessStamp(text, now);
    if (arabic) return toIsoString(arabic);
  }
  const fields = readNamedMonthDate(text, language) ?? readNumericDate(text, monthFirst) ?? readShortYearDate(text, now, monthFirst, dateline, language)
    ?? readWeekdayYearlessDate(text, now) ?? readYearlessStamp(text, now, language) ?? (dateline ? readLoneYearlessDay(text, now, language) : null)
    ?? (ARABIC_SCRIPT.test(text) ? parseHijriDate(text) : null);
  return fields ? toIsoString(fields) : null;
}

/**
 * Rule "year told by the weekday": Japanese and Korean portals print a story's date without its year and with the
 * weekday in brackets ("11/24(火) 15:05配信", "11/24(화) 15:05 송고"), the story being this year's or last year's.
 * The weekday tells which: the one of the two years whose month and day fall on it, and that is not ahead of now.
 * A day on the weekday in neither year is no date this reads. Broadcasters write the month and day in ideographs
 * the same way ("12月7日(月) 10:15"): rule "weekday beside the ideographic day" reads that as the slashed form.
 */
function readWeekdayYearlessDate(text: string, now: Date): CalendarFields | null {
  const match = YEARLESS_WEEKDAY_DATE.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const year = recentYearOf(month, day, now, WEEKDAY_NUMBERS[match[3]]);
  if (year === null) return null;
  const fields = { year, month, day };
  return { ...fields, ...readTime(text, match, fields) };
}
const YEARLESS_WEEKDAY_DATE = /(?<![\d/.年])(\d{1,2})(?:\/|\s*月\s*)(\d{1,2})(?:\s*日)?\s*[(（]([日月火水木金土일월화수목금토])[)）]/u;

/**
 * Rule "this year's stamp": German, English and Romance pages stamp a story of the current year with its day, month
 * and clock and no year ("5. März, 10:12 Uhr", "March 5, 10:12 AM", "5 de marzo, 10:12"), as the year goes without
 * saying. With the clock beside it the day and month are the story's stamp, no date a sentence mentions; the year is
 * now's, or last year's when that day is still ahead of now (a January page's "December 30").
 */
function readYearlessStamp(text: string, now: Date, language: string | null): CalendarFields | null {
  if (FOUR_DIGIT_YEAR.test(text.replace(BRACKETED_COUNT, ' ')) || !findClock(text)) return null;
  const dayFirst = YEARLESS_DAY_MONTH.exec(text);
  const monthFirst = dayFirst ? null : YEARLESS_MONTH_DAY.exec(text);
  const match = dayFirst ?? monthFirst;
  const date = match ? recentDayOf(dayFirst, monthFirst, now, language) : null;
  if (!date) return null;
  const time = readTime(text, match!, date);
  return time.hour === undefined ? null : { ...date, ...time };
}

/**
 * Rule "reads after the yearless stamp": PHP-Nuke's News module stamps a story "Posted by admin on Saturday, December
 * 05 @ 09:30:00 EST (1287 reads)", the year left out and the story's reads counted in brackets after it. A count in
 * brackets with its word is no year, and does not tell the stamp to be a sentence's date.
 */
const BRACKETED_COUNT = /\(\s*\d[\d.,]*\s+\p{L}+\s*\)/gu;

/** The day and month a yearless pattern matched, day first or month first, in the year {@link recentYearOf} gives. */
function recentDayOf(dayFirst: RegExpExecArray | null, monthFirst: RegExpExecArray | null, now: Date, language: string | null): CalendarFields | null {
  const month = monthOfName((dayFirst ? dayFirst[2] : monthFirst![1]).toLowerCase(), language);
  if (month === undefined) return null;
  const day = Number(dayFirst ? dayFirst[1] : monthFirst![2]);
  const year = recentYearOf(month, day, now);
  return year === null ? null : { year, month, day };
}
const YEARLESS_DAY_MONTH = new RegExp(`(?<![\\d.,])(\\d{1,2})${ORDINAL}(?:\\.?\\s*(?:de\\s+|d['’]|of\\s+)?)${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?`, 'iu');
const YEARLESS_MONTH_DAY = new RegExp(`${LETTER_BEFORE}(${MONTH_NAME_ALTERNATION})${LETTER_AFTER}\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\d:])(?!\\.\\d)`, 'iu');

/**
 * Rule "this year's day on its own": blog platforms (Medium, Wix, Substack, Ghost) print the date of a post of the
 * current year as its month and day alone ("Dec 2", "5. Dez.", "2 de diciembre") in the post's meta row, the year
 * going without saying there as it does beside a clock. Read only as the whole text of a dateline element or a field
 * of a meta row ({@link DateReadingOptions.dateline}): in a sentence, or beside other words, the day is any day. The
 * year is now's, or last year's when that day is still ahead of now.
 */
function readLoneYearlessDay(text: string, now: Date, language: string | null): CalendarFields | null {
  const dayFirst = LONE_YEARLESS_DAY_MONTH.exec(text);
  const monthFirst = dayFirst ? null : LONE_YEARLESS_MONTH_DAY.exec(text);
  return dayFirst || monthFirst ? recentDayOf(dayFirst, monthFirst, now, language) : null;
}
const LONE_YEARLESS_DAY_MONTH = new RegExp(`^(\\d{1,2})${ORDINAL}(?:\\.?\\s*(?:de\\s+|d['’]|of\\s+)?)(${MONTH_NAME_ALTERNATION})\\.?$`, 'iu');
const LONE_YEARLESS_MONTH_DAY = new RegExp(`^(${MONTH_NAME_ALTERNATION})\\.?\\s+(\\d{1,2})${ORDINAL}$`, 'iu');

/** The text is a month and a day and nothing else ("Dec 2", "5. Dez."), which rule "this year's day on its own" reads in a dateline. */
export function isLoneYearlessDay(text: string): boolean {
  const trimmed = text.trim();
  return LONE_YEARLESS_DAY_MONTH.test(trimmed) || LONE_YEARLESS_MONTH_DAY.test(trimmed);
}

/**
 * Whether the text holds a date of rule "year told by the weekday" ("12/3(木) 14:05"), whatever year the weekday
 * tells: asked with no clock to hold the weekday against, as whether a box of a meta row is its date.
 */
export function showsWeekdayYearlessDate(text: string): boolean {
  const match = YEARLESS_WEEKDAY_DATE.exec(text);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= 12 && Number(match[2]) >= 1 && Number(match[2]) <= 31;
}
/** The bracketed weekday's number, Sunday 0, in Japanese and in Korean. */
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };

function readNamedMonthDate(text: string, language: string | null): CalendarFields | null {
  // Every pattern but the Thai one holds a year of four digits: a text without one (a clock, an age) skips them.
  const hasYear = FOUR_DIGIT_YEAR.test(text);
  if (hasYear) {
    const dayFirst = DAY_MONTH_YEAR.exec(text);
    if (dayFirst) return withTime(text, dayFirst, Number(dayFirst[3]), dayFirst[2], Number(dayFirst[1]), language);
    const monthFirst = MONTH_DAY_YEAR.exec(text);
    if (monthFirst) return withTime(text, monthFirst, Number(monthFirst[3]), monthFirst[1], Number(monthFirst[2]), language);
    const yearFirst = YEAR_MONTH_DAY.exec(text);
    if (yearFirst) return withTime(text, yearFirst, Number(yearFirst[1]), yearFirst[2], Number(yearFirst[3]), language);
    const yearWordFirst = HAS_YEAR_WORD.test(text) ? YEAR_WORD_DAY_MONTH.exec(text) : null;
    if (yearWordFirst) return withTime(text, yearWordFirst, Number(yearWordFirst[1]), yearWordFirst[3], Number(yearWordFirst[2]), language);
    const separatedDayFirst = SEPARATED_DAY_MONTH_YEAR.exec(text);
    if (separatedDayFirst) return withTime(text, separatedDayFirst, Number(separatedDayFirst[4]), separatedDayFirst[3], Number(separatedDayFirst[1]), language);
    const separatedYearFirst = SEPARATED_YEAR_MONTH_DAY.exec(text);
    if (separatedYearFirst) return withTime(text, separatedYearFirst, Number(separatedYearFirst[1]), separatedYearFirst[3], Number(separatedYearFirst[4]), language);
  }
  const khmer = hasYear && KHMER_SCRIPT.test(text) ? KHMER_DATE.exec(text) : null;
  if (khmer) return withTime(text, khmer, Number(khmer[3]), khmer[2], Number(khmer[1]));
  const thai = /[\u0e01-\u0e4e]/.test(text) ? THAI_SHORT_YEAR_DATE.exec(text) : null;
  if (thai) return withTime(text, thai, BUDDHIST_ERA_CENTURY + Number(thai[3]), thai[2], Number(thai[1]));
  return hasYear ? readNumberedMonthDate(text) : null;
}
const FOUR_DIGIT_YEAR = /\d{4}/;

/** Dates of the languages that name months by their number: Vietnamese and Mongolian. */
function readNumberedMonthDate(text: string): CalendarFields | null {
  const vietnamese = VIETNAMESE_DATE.exec(text);
  if (vietnamese) return withNumberedMonth(text, vietnamese, Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1]));
  const vietnameseMonthFirst = VIETNAMESE_MONTH_FIRST_DATE.exec(text);
  if (vietnameseMonthFirst) {
    return withNumberedMonth(text, vietnameseMonthFirst, Number(vietnameseMonthFirst[3]), Number(vietnameseMonthFirst[1]), Number(vietnameseMonthFirst[2]));
  }
  const mongolian = MONGOLIAN_DATE.exec(text);
  if (mongolian) return withNumberedMonth(text, mongolian, Number(mongolian[1]), Number(mongolian[2]), Number(mongolian[3]));
  return null;
}

function withNumberedMonth(text: string, match: RegExpExecArray, year: number, month: number, day: number): CalendarFields {
  const date = { year, month, day };
  return { ...date, ...readTime(text, match, date) };
}

/**
 * Thai dates count years in the Buddhist Era, 543 ahead of the Common Era (2568 = 2025). No page is dated in
 * these Gregorian years, so a year in this range is read as Buddhist.
 */
const BUDDHIST_ERA_YEARS = { first: 2400, last: 2700, offset: 543 };

function commonEraYear(year: number): number {
  return year >= BUDDHIST_ERA_YEARS.first && year <= BUDDHIST_ERA_YEARS.last ? year - BUDDHIST_ERA_YEARS.offset : year;
}

function withTime(text: string, match: RegExpExecArray, writtenYear: number, monthName: string, day: number, language: string | null = null): CalendarFields | null {
  const year = commonEraYear(writtenYear);
  const month = monthOfName(monthName.toLowerCase(), language);
  if (month === undefined) return null;
  return { year, month, day, ...readTime(text, match, { year, month, day }) };
}

function readNumericDate(text: string, monthFirst: boolean): CalendarFields | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const year = commonEraYear(Number(match[4]));
  const first = Number(match[1]), second = Number(match[3]);
  const date = { year, ...(orderByWeekday(text, match.index, year, first, second) ?? orderDayMonth(first, second, monthFirst)) };
  return { ...date, ...readTime(text, match, date) };
}

/**
 * Rule "weekday settles the order": a numeric date whose day and month could be either is read day first outside the
 * US, yet templates that print the US order run everywhere (Drupal's "Sat, 12/05/2026 - 10:00" is the 5th of
 * December). A weekday written just before the date names the day it fell on, and only one of the two readings may
 * fall on it: that one is the date. Where both or neither do, the weekday settles nothing.
 */
function orderByWeekday(text: string, dateAt: number, year: number, first: number, second: number): Pick<CalendarFields, 'month' | 'day'> | null {
  if (first > 12 || second > 12 || first === second) return null;
  const weekday = WEEKDAY_BEFORE_DATE.exec(text.slice(Math.max(0, dateAt - MAX_WEEKDAY_CHARS), dateAt));
  const named = weekday ? weekdayNumberOf(weekday[1]) : undefined;
  if (named === undefined) return null;
  const fallsOn = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === named;
  const monthFirstFits = fallsOn(first, second), dayFirstFits = fallsOn(second, first);
  if (monthFirstFits === dayFirstFits) return null;
  return monthFirstFits ? { month: first, day: second } : { month: second, day: first };
}
const WEEKDAY_BEFORE_DATE = /(?<![\p{L}\p{M}])([\p{L}\p{M}'-]+)\.?,?\s*$/u;
/** Room for the longest weekday name with its comma and space ("Segunda-feira, "). */
const MAX_WEEKDAY_CHARS = 16;

/**
 * Day-first unless the page's locale writes month first or day-first is impossible: most of the world writes
 * 23.01.2017 or 23/01/2017; a US-style 01/23/2017 is recognised anywhere because 23 cannot be a month.
 */
function orderDayMonth(first: number, second: number, monthFirst: boolean): Pick<CalendarFields, 'month' | 'day'> {
  const readMonthFirst = monthFirst ? !(first > 12 && second <= 12) : second > 12 && first <= 12;
  return readMonthFirst ? { month: first, day: second } : { month: second, day: first };
}

/**
 * Rule "Korean short year first": Korean writes every date year first, the two-digit year too, as the board software
 * most community papers and local portals run on stamps a post ("작성일 26-12-06 09:10", "26.12.05"); read day first,
 * "26-12-06" was 26 December 2006. In a Korean text, or a page in Korean, a short date whose last two parts are a month
 * and a day is year, month, day.
 */
function readShortYearDate(text: string, now: Date, monthFirst: boolean, dateline: boolean, language: string | null): CalendarFields | null {
  const match = SHORT_YEAR_DATE.exec(text);
  if (match && (HANGUL_TEXT.test(text) || language?.toLowerCase().startsWith('ko'))) {
    const [shortYear, month, day] = [Number(match[1] ?? match[4]), Number(match[3] ?? match[6]), Number(match[7])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return withYearFirst(text, match, shortYear, month, day, now);
  }
  if (match) return withShortYear(text, match, Number(match[1] ?? match[4]), Number(match[3] ?? match[6]), Number(match[7]), now, monthFirst);
  const lone = dateline ? LONE_SHORT_DOTTED_DATE.exec(text) : null;
  return lone ? withShortYear(text, lone, Number(lone[1]), Number(lone[2]), Number(lone[3]), now, monthFirst) : null;
}

function withYearFirst(text: string, match: RegExpExecArray, shortYear: number, month: number, day: number, now: Date): CalendarFields {
  const date = { year: fullYear(shortYear, now), month, day };
  return { ...date, ...readTime(text, match, date) };
}

function fullYear(shortYear: number, now: Date): number {
  return (2000 + shortYear > now.getUTCFullYear() + SHORT_YEAR_LEAD_YEARS ? 1900 : 2000) + shortYear;
}

function withShortYear(text: string, match: RegExpExecArray, first: number, second: number, shortYear: number, now: Date, monthFirst: boolean): CalendarFields {
  const year = fullYear(shortYear, now);
  const date = { year, ...(orderByWeekday(text, match.index, year, first, second) ?? orderDayMonth(first, second, monthFirst)) };
  return { ...date, ...readTime(text, match, date) };
}

type TimeFields = Pick<CalendarFields, 'hour' | 'minute' | 'second' | 'offsetMinutes'>;

/**
 * The clock time written after the date, or else just before it ("14:02, 5 мая 2025"), and the zone written
 * after the clock: a numeric offset or a zone abbreviation.
 */
function readTime(text: string, dateMatch: { index: number; 0: string }, date: Pick<CalendarFields, 'year' | 'month' | 'day'>): TimeFields {
  const dateEnd = dateMatch.index + dateMatch[0].length;
  const after = text.slice(dateEnd, dateEnd + 60);
  const before = text.slice(Math.max(0, dateMatch.index - CLOCK_BEFORE_DATE_CHARS), dateMatch.index);
  const found = readClock(after) ?? dottedClockAfterDate(after) ?? readClock(before);
  if (!found) return {};
  const offsetMinutes = readZone(found.zoneText, date) ?? namedZoneOffset(found.zoneText, { ...date, ...found.clock });
  return { ...found.clock, ...(offsetMinutes !== undefined ? { offsetMinutes } : {}) };
}

function readClock(text: string): { clock: Required<Pick<CalendarFields, 'hour' | 'minute' | 'second'>>; zoneText: string } | null {
  const match = findClock(text);
  if (!match) return null;
  let hour = match.hour;
  if (match.meridiem === 'pm' && hour < 12) hour += 12;
  if (match.meridiem === 'am' && hour === 12) hour = 0;
  return { clock: { hour, minute: match.minute, second: match.second }, zoneText: text.slice(match.index + match.length) };
}

/**
 * Rule "dotted clock after the date": Serbian, Croatian, Bosnian and Slovenian pages print the clock with a dot right
 * after the date, the year closed by its own dot ("3. децембар 2026. 14.20", "3. prosinca 2026. u 14.20"). A dot
 * also separates a date's parts and a number's thousands ("5 May 2025 14.02 per cent" is no clock), so the clock
 * counts only at the date's end, after the year's own dot and nothing but a separator or "u"/"у"/"ob" ("at"), with
 * two digits for its minutes and no digit or dot after them.
 */
function dottedClockAfterDate(after: string): ReturnType<typeof readClock> {
  const match = DOTTED_CLOCK_AFTER_DATE.exec(after) ?? DOTTED_CLOCK_CLOSING_STAMP.exec(after);
  if (!match || Number(match[1]) > MAX_HOUR || Number(match[2]) > MAX_MINUTE) return null;
  return { clock: { hour: Number(match[1]), minute: Number(match[2]), second: 0 }, zoneText: after.slice(match[0].length) };
}
const DOTTED_CLOCK_AFTER_DATE = /^\.\s*(?:[,|–-]\s*|(?:u|у|ob)\s+)?(\d{1,2})\.(\d{2})(?![\d.])/u;
/**
 * Rule "dotted clock closing the stamp": Italian pages set the clock after the date behind a comma or a dash, with no
 * word before it ("5 dicembre 2026, 18.40", "05/12/2026 - 18.40"), and behind a space alone where the date and the
 * time are elements of their own in one row ("5 dicembre 2026 18.40"), as Austrian broadcasters' regional pages do
 * ("Publiziert am 05.12.2026 12.45"), and behind the word for "at" in Dutch and Italian ("za 5 dec 2026 om 10.40",
 * "5 dicembre 2026, ore 10.40"). Such a clock ends the stamp: nothing but the end of the text or the next field's
 * separator follows it, where a number in a sentence goes on ("…, 14.02 per cent").
 */
const DOTTED_CLOCK_CLOSING_STAMP = new RegExp(String.raw`^(?:\s*[,–-]\s*|\s+)(?:(?:${AT_CLOCK_WORDS})\s+)?(\d{1,2})\.(\d{2})\s*(?:[|·•]|$)`, 'iu');
const MAX_HOUR = 23;
const MAX_MINUTE = 59;

/** Minutes east of UTC: an abbreviation right after the clock, or a numeric offset soon after it. */
function readZone(text: string, date: Pick<CalendarFields, 'year' | 'month' | 'day'>): number | undefined {
  return abbreviatedZoneOffset(text, date) ?? numericOffsetMinutes(text);
}

/**
 * Rule "Arabic day word after the credit": Arabic meta rows print the dateline's place and agency, then the day word
 * and the clock in one line ("الدوحة - قنا أمس 11:30 م", "غزة - صفا اليوم 09:15 ص"), the day word no longer first. A
 * day word with a clock straight after it dates the row as it does at the start: yesterday (or the day before it,
 * "أول أمس", or today) at that clock, not an age counted from now.
 */
const ARABIC_DAY_WORD_AT_CLOCK = /(?<![\u0621-\u064A])(?:(أول\s+(?:أمس|امس|البارحة))|(اليوم)|أمس|امس|البارحة)\s+(?:الساعة\s+)?\d{1,2}:\d{2}/u;

/**
 * A day word with its clock ("أمس 18:40") is read before the Arabic ages, which know the word but not the clock. A day
 * word dates by the page's clock; an age ("منذ 3 ساعات", "vor 3 Stunden") counts back from now.
 */
function parseRelativeDate(text: string, now: Date, timeZone: string | null): { iso: string; age: boolean; onUnknownClock?: boolean } | null {
  if (DAY_WORD_OPENING.test(text) && DAY_WORD.test(text)) return { ...dayWordDate(text, now, YESTERDAY.test(text) ? 1 : 0, timeZone), age: false };
  const arabicDayWord = ARABIC_SCRIPT.test(text) ? ARABIC_DAY_WORD_AT_CLOCK.exec(text) : null;
  if (arabicDayWord) return { ...dayWordDate(text.slice(arabicDayWord.index), now, arabicDayWord[1] ? 2 : arabicDayWord[2] ? 0 : 1, timeZone), age: false };
  const age = (ARABIC_SCRIPT.test(text) ? parseArabicRelativeAge(text) : null) ?? relativeAge(text);
  return age !== null ? { iso: isoBefore(now, age), age: true } : null;
}

/**
 * "Gestern, 18:30", "Today at 9:15 am": that day on the page's clock, at the time written after the word. In an
 * unknown zone the day and the clock are read as UTC; a clock still ahead of now is then local time east of UTC,
 * where today is already later than in UTC, and now stands for it.
 * Rule "day word on an unknown clock": "вчера в 18:40" with no zone stated or known is a wall-clock time like
 * "5 декабря в 18:40", not an instant: it is marked so (`onUnknownClock`), that the rules which find the newsroom's
 * clock later (its currency, its story's city) move it onto that clock, as they move a calendar date printed with no
 * zone; read as UTC, a Dnipro portal's "вчера в 18:40" stayed two hours late.
 */
function dayWordDate(text: string, now: Date, daysBack: number, timeZone: string | null): { iso: string; onUnknownClock?: boolean } {
  const atNow = isoBefore(now, daysBack * 86_400_000);
  const found = readClock(text) ?? dottedClockAfterDayWord(text);
  if (!found) return { iso: atNow };
  const instant = Date.parse(atNow);
  const shown = new Date(instant + (timeZone ? utcOffsetAtInstant(timeZone, instant) : 0) * 60_000).toISOString();
  const date = { year: Number(shown.slice(0, 4)), month: Number(shown.slice(5, 7)), day: Number(shown.slice(8, 10)) };
  const local = toIsoString({ ...date, ...found.clock });
  if (!local) return { iso: atNow };
  const stated = readZone(found.zoneText, date) ?? namedZoneOffset(found.zoneText, { ...date, ...found.clock });
  const iso = withUtcOffset(local, stated ?? (timeZone ? utcOffsetAt(timeZone, local) : 0));
  if (Date.parse(iso) > now.getTime()) return { iso: atNow };
  return stated === undefined && !timeZone ? { iso, onUnknownClock: true } : { iso };
}

/**
 * Rule "dotted clock after the day word": Dutch, Scandinavian, Finnish and Hungarian pages print today's and
 * yesterday's stories with the clock's parts parted by a dot ("Vandaag, 10.40", "Idag 10.40", "Tänään 10.40", "ma,
 * 10.40"), and the stamp stood at now, hours off. After a day word a dot may as well open a sentence's number ("Heute
 * 3.5 Prozent …"), so the clock counts only as the stamp's end: nothing but the next field's separator follows it.
 */
function dottedClockAfterDayWord(text: string): ReturnType<typeof readClock> {
  const dayWord = DAY_WORD.exec(text);
  const match = dayWord ? DOTTED_CLOCK_AFTER_DAY_WORD.exec(text.slice(dayWord[0].length)) : null;
  if (!match || Number(match[1]) > MAX_HOUR || Number(match[2]) > MAX_MINUTE) return null;
  return { clock: { hour: Number(match[1]), minute: Number(match[2]), second: 0 }, zoneText: '' };
}
const DOTTED_CLOCK_AFTER_DAY_WORD = new RegExp(String.raw`^\s*,?\s*(?:(?:${AT_CLOCK_WORDS})\s*)?(\d{1,2})\.(\d{2})\s*(?:[|·•–—-]|$)`, 'iu');

/**
 * A relative date is a dateline of its own ("vor 3 Stunden", "Updated 2 hours ago"); in longer text it is prose
 * ("Vor 3 Jahren hatte die Stadt ...") that happens to open a paragraph.
 */
const MAX_RELATIVE_DATE_CHARS = 80;

/** Milliseconds before now that a relative date names, or null. A count written as a word ("an hour") is one. */
function relativeAge(text: string): number | null {
  if (text.length > MAX_RELATIVE_DATE_CHARS) return null;
  const cjk = CJK_AGO.exec(text);
  if (cjk) return Number(cjk[1]) * CJK_UNIT_MS[cjk[2]];
  const hungarian = HUNGARIAN_AGO.exec(text);
  if (hungarian) return Number(hungarian[1]) * HUNGARIAN_AGO_UNIT_MS[hungarian[2].toLowerCase()];
  const thai = THAI_AGO.exec(text);
  if (thai) return Number(thai[1]) * THAI_UNIT_MS[thai[2]];
  const indic = INDIC_AGO.exec(text);
  if (indic) return Number(indic[1]) * INDIC_AGO_UNIT_MS[indic[2]];
  const bulgarian = BULGARIAN_AGO.exec(text);
  if (bulgarian) return Number(bulgarian[1] ?? 1) * BULGARIAN_UNIT_MS[bulgarian[2].toLowerCase()];
  const albanian = ALBANIAN_AGO.exec(text);
  if (albanian) return (/^\d+$/.test(albanian[1]) ? Number(albanian[1]) : 1) * ALBANIAN_UNIT_MS_PLAIN.get(albanian[2].toLowerCase().replace(/ë/g, 'e'))!;
  // Each order is tried for an age: "Aktualizováno před 21 minutami" reads to the first as a unit word before "před".
  return (AGO_WORD_AFTER_SPACE.test(text) ? ageOf(AGO_AFTER.exec(text)) : null) ?? (AGO_WORD_BEFORE_SPACE.test(text) ? ageOf(AGO_BEFORE.exec(text)) : null);
}

/**
 * A clock time as Chinese, Japanese and Korean stamps write it: with the hour's and the minute's characters ("10時15分",
 * "오후 3시 15분", "午後3時"), or with the half of the day before the digits ("下午2:30").
 */
const CJK_CLOCK = /(?:오전|오후|午前|午後|上午|下午)\s*\d{1,2}(?::\d{2}|\s*[時时시](?:\s*\d{1,2}\s*[分분])?)?|\d{1,2}\s*[時时시](?:\s*\d{1,2}\s*[分분])?/;
/**
 * A weekday beside a Chinese, Japanese or Korean date: in brackets ("（金）", "(금)", "(金曜)"), or written out ("金曜日",
 * "금요일", "星期五", "週五").
 */
const CJK_WEEKDAY = /[（(]\s*[日月火水木金土일월화수목금토]\s*(?:曜日?|요일)?\s*[)）]|[日月火水木金土]曜日?|[일월화수목금토]요일|(?:星期|禮拜|礼拜|周|週)[一二三四五六日天]/;
/**
 * A month and a day without the year, as a stamp dates a story of this year, with the clock after it ("12月3日
 * 14時05分更新", "5월 3일 오후 3:15"); alone, a day and a month head a timeline's entry as often as they date the page.
 */
const CJK_MONTH_DAY = /\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?=\s*(?:[（(][^)）]{1,4}[)）]\s*)?(?:오전|오후|午前|午後|上午|下午)?\s*\d{1,2}\s*(?::\d{2}|[時时시]))/;
const CJK_DATE_PART = new RegExp([ERA_DATE, CJK_DATE, CJK_MONTH_DAY, CJK_CLOCK, CJK_WEEKDAY].map((pattern) => pattern.source).join('|'), 'gu');

/**
 * The parts of a Chinese, Japanese or Korean date stamp written with characters rather than numbers and separators
 * (the date, the clock time, the weekday), each replaced by `marker` as a word of its own: a stamp has no spaces
 * between them ("2024年5月3日（金）10:15"), so a reader that judges a stamp word by word could not read it otherwise.
 */
export function markCjkDateParts(text: string, marker: string): string {
  return text.replace(CJK_DATE_PART, ` ${marker} `);
}

/**
 * Whether the text is a relative date and nothing more ("3 hours ago", "vor 3 Stunden", "há 5 minutos", "منذ ساعتين",
 * "3小时前"): read by the grammar above, as the whole of the text, since a sentence that ends in one has more words.
 */
export function isRelativeStamp(text: string): boolean {
  if (text.length > MAX_RELATIVE_DATE_CHARS) return false;
  if (ARABIC_SCRIPT.test(text) && isArabicRelativeStamp(text)) return true;
  return WHOLE_AGES.some((pattern) => pattern.test(text)) || ageOf(WHOLE_AGO_AFTER.exec(text)) !== null || ageOf(WHOLE_AGO_BEFORE.exec(text)) !== null;
}

/** The pattern as the whole of a text, a full stop after it allowed. */
function wholeText(pattern: RegExp): RegExp {
  return new RegExp(`^(?:${pattern.source})\\.?$`, pattern.flags);
}
const WHOLE_AGO_AFTER = wholeText(AGO_AFTER);
const WHOLE_AGO_BEFORE = wholeText(AGO_BEFORE);
/** The ages whose pattern names its units itself. */
const WHOLE_AGES = [CJK_AGO, HUNGARIAN_AGO, THAI_AGO, BULGARIAN_AGO, ALBANIAN_AGO].map(wholeText);

function ageOf(match: RegExpExecArray | null): number | null {
  return match ? countedAge(match[1], match[2]) : null;
}

/** `count` is digits, a word for one ("an", "einer"), or absent before a one-unit form or a Hebrew dual. */
function countedAge(count: string | undefined, unitWord: string): number | null {
  if (count === undefined && Object.hasOwn(HEBREW_DUAL_UNITS, unitWord)) return HEBREW_DUAL_UNITS[unitWord];
  if (count === undefined && !ONE_UNIT_WORDS.has(unitWord.toLowerCase())) return null;
  const unit = RELATIVE_UNITS.find(([pattern]) => pattern.test(unitWord));
  if (!unit) return null;
  return (count !== undefined && /^\d+$/.test(count) ? Number(count) : 1) * unit[1];
}

function parseZone(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}
