import { isPlausiblePublicationDate } from '../../../lambdas/extract/metadata/calendar';
import { clockOnDay, markCjkDateParts, parseDate, showsClock } from '../../../lambdas/extract/metadata/dates';

const NOW = new Date('2026-11-29T12:00:00Z');

/** The day of a parsed date that page-dates would accept as a publication date, else null. */
function publicationDay(text: string): string | null {
  const parsed = parseDate(text, NOW);
  return parsed && isPlausiblePublicationDate(parsed.iso, NOW) ? parsed.iso.slice(0, 10) : null;
}
const iso = (text: string) => parseDate(text, NOW)?.iso ?? null;

describe('parseDate', () => {
  it('keeps the offset of ISO 8601 timestamps', () => {
    expect(iso('2017-01-23T14:05:00+02:00')).toBe('2017-01-23T14:05:00+02:00');
    expect(iso('2017-01-23T14:05:00.123Z')).toBe('2017-01-23T14:05:00+00:00');
    expect(iso('2017-01-23T14:05:00+0530')).toBe('2017-01-23T14:05:00+05:30');
    expect(iso('2017-01-23')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('2017-01-23 14:05')).toBe('2017-01-23T14:05:00+00:00');
  });

  it('reads written dates in several languages', () => {
    expect(iso('January 23, 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('Jan. 23, 2017 at 3:04 pm')).toBe('2017-01-23T15:04:00+00:00');
    expect(iso('Monday 23rd January 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('Wed, 04 May 2022 00:25:56 GMT')).toBe('2022-05-04T00:25:56+00:00');
    expect(iso('23. Januar 2017, 14:30 Uhr')).toBe('2017-01-23T14:30:00+00:00');
    expect(iso('23 janvier 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('23 de enero de 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('23 stycznia 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('23. ledna 2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('23 января 2017')).toBe('2017-01-23T00:00:00+00:00');
  });

  it('reads month names of Ukrainian, Slavic, Baltic, Finnish, Romanian, Indonesian, Malay, Hebrew and Persian', () => {
    expect(iso('5 травня 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('05 жовтня 2025, 14:02')).toBe('2025-10-05T14:02:00+00:00');
    expect(iso('5 септември 2025')).toBe('2025-09-05T00:00:00+00:00');
    expect(iso('5. mája 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5. svibnja 2025.')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5. toukokuuta 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('2025 m. gegužės 5 d.')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5 mai 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5 noiembrie 2025')).toBe('2025-11-05T00:00:00+00:00');
    expect(iso('Senin, 05 Agustus 2025')).toBe('2025-08-05T00:00:00+00:00');
    expect(iso('5 Agt 2025')).toBe('2025-08-05T00:00:00+00:00');
    expect(iso('Isnin, 5 Disember 2025')).toBe('2025-12-05T00:00:00+00:00');
    expect(iso('5 במאי 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('05 דצמבר 2025')).toBe('2025-12-05T00:00:00+00:00');
    expect(iso('۵ مه ۲۰۲۵')).toBe('2025-05-05T00:00:00+00:00');
  });

  it('reads the clock before the date when none follows it, and CJK clocks and AM/PM words', () => {
    expect(iso('14:02, 5 мая 2025')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('2025年5月5日 14時02分')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('입력 2025.05.05 오후 2:02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('2025年5月5日 下午2:02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5 mai 2025 à 14h02')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('reads the Arabic AM/PM markers after the clock of a numeric date, and not a word that starts with one', () => {
    expect(iso('5/5/2025 02:02 مساءً')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('05/05/2025 - 02:02 م')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('05/05/2025 12:05 ص')).toBe('2025-05-05T00:05:00+00:00');
    expect(iso('05/05/2025 10:30 صباحاً')).toBe('2025-05-05T10:30:00+00:00');
    expect(iso('05/05/2025 02:02 مكة المكرمة')).toBe('2025-05-05T02:02:00+00:00');
  });

  it('reads the Urdu and Persian words for morning, afternoon and evening after the clock, and the ordinal first day', () => {
    expect(iso('یکم دسمبر 2025، 11:20 صبح')).toBe('2025-12-01T11:20:00+00:00');
    expect(iso('30 نومبر 2025، 04:15 شام')).toBe('2025-11-30T16:15:00+00:00');
    expect(iso('30 نومبر 2025 2:30 دوپہر')).toBe('2025-11-30T14:30:00+00:00');
    // 1 Azar 1404 is 22 November 2025; "ب.ظ" is after noon, "ق.ظ" before it.
    expect(iso('یکم آذر ۱۴۰۴ - ۰۴:۱۵ ب.ظ')).toBe('2025-11-22T16:15:00+00:00');
    expect(iso('۱۰ آذر ۱۴۰۴ ساعت ۰۹:۳۰ ق.ظ')).toBe('2025-12-01T09:30:00+00:00');
    expect(iso('30 نومبر 2025، 04:15 شامل')).toBe('2025-11-30T04:15:00+00:00');
  });

  it('reads the Urdu part of the day before the clock, and the night after or before it by the hour', () => {
    expect(iso('03 دسمبر 2026 شام 5:40')).toBe('2026-12-03T17:40:00+00:00');
    expect(iso('03 دسمبر 2026 صبح 10:15')).toBe('2026-12-03T10:15:00+00:00');
    expect(iso('03 دسمبر 2026 دوپہر 1:30')).toBe('2026-12-03T13:30:00+00:00');
    expect(iso('03 دسمبر 2026 رات 11:30')).toBe('2026-12-03T23:30:00+00:00');
    expect(iso('03 دسمبر 2026، 2:15 رات')).toBe('2026-12-03T02:15:00+00:00');
    // A word that only ends in one of them is another word ("الشام", the Levant).
    expect(iso('03 ديسمبر 2026 الشام 5:40')).toBe('2026-12-03T05:40:00+00:00');
  });

  it('reads the Kinyarwanda month names of Rwandan papers\' dates', () => {
    expect(iso('Ku wa 5 Ukuboza 2026 saa 14:10')).toBe('2026-12-05T14:10:00+00:00');
    expect(iso('12 Werurwe 2026')).toBe('2026-03-12T00:00:00+00:00');
  });

  it('reads the Hausa part of the day after the clock, and not "na" before another word', () => {
    expect(iso('3 Disamba 2026 | 4:15 na yamma')).toBe('2026-12-03T16:15:00+00:00');
    expect(iso('3 Disamba 2026 | 1:05 na rana')).toBe('2026-12-03T13:05:00+00:00');
    expect(iso('3 Disamba 2026 | 11:20 na safe')).toBe('2026-12-03T11:20:00+00:00');
    expect(iso('3 Disamba 2026 | 4:15 na yammacin Afirka')).toBe('2026-12-03T04:15:00+00:00');
    // The night runs past midnight: its late hours are the evening's, its small ones the morning's.
    expect(iso('3 Disamba 2026 | 9:30 na dare')).toBe('2026-12-03T21:30:00+00:00');
    expect(iso('3 Disamba 2026 | 2:10 na dare')).toBe('2026-12-03T02:10:00+00:00');
    expect(iso('3 Disamba 2026 | 12:40 na dare')).toBe('2026-12-03T00:40:00+00:00');
  });

  it('reads the Swahili clock, six hours after the Western one, by its part of the day (rule "Swahili clock")', () => {
    expect(iso('Jumapili, Desemba 6, 2026 saa 4:15 asubuhi')).toBe('2026-12-06T10:15:00+00:00');
    expect(iso('Desemba 6, 2026 saa 12:30 asubuhi')).toBe('2026-12-06T06:30:00+00:00');
    expect(iso('Desemba 6, 2026 saa 9:05 alasiri')).toBe('2026-12-06T15:05:00+00:00');
    expect(iso('Desemba 6, 2026 saa 11:40 jioni')).toBe('2026-12-06T17:40:00+00:00');
    expect(iso('Desemba 6, 2026 saa 2:00 usiku')).toBe('2026-12-06T20:00:00+00:00');
    expect(iso('Desemba 6, 2026 saa 6:20 usiku')).toBe('2026-12-06T00:20:00+00:00');
    // A Western clock with the Swahili part of the day: its Swahili reading falls outside the part.
    expect(iso('Desemba 6, 2026 saa 10:15 asubuhi')).toBe('2026-12-06T10:15:00+00:00');
    expect(iso('Desemba 6, 2026 saa 3:30 alasiri')).toBe('2026-12-06T15:30:00+00:00');
    expect(iso('Desemba 6, 2026 saa 16:30 jioni')).toBe('2026-12-06T16:30:00+00:00');
  });

  it('reads zone abbreviations and GMT/UTC offsets written after the clock', () => {
    expect(iso('Published 5:42 PM EST, Mon May 5, 2025')).toBe('2025-05-05T17:42:00-05:00');
    expect(iso('5 May 2025 | 14:02 BST')).toBe('2025-05-05T14:02:00+01:00');
    expect(iso('Montag, 5. Mai 2025 um 14:02 Uhr MESZ')).toBe('2025-05-05T14:02:00+02:00');
    expect(iso('05.05.2025, 14:02 Uhr CET')).toBe('2025-05-05T14:02:00+01:00');
    expect(iso('Senin, 5 Mei 2025 14:02 WIB')).toBe('2025-05-05T14:02:00+07:00');
    expect(iso('05 May, 2025 02:02 PM IST')).toBe('2025-05-05T14:02:00+05:30');
    expect(iso('2025/05/05 14:02 JST')).toBe('2025-05-05T14:02:00+09:00');
    expect(iso('2025.05.05 14:02 KST')).toBe('2025-05-05T14:02:00+09:00');
    expect(iso('Thứ hai, 5/5/2025, 14:02 (GMT+7)')).toBe('2025-05-05T14:02:00+07:00');
    expect(iso('May 5, 2025 14:02 UTC+02:00')).toBe('2025-05-05T14:02:00+02:00');
    expect(iso('5 May 2025 14:02 GMT')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('reads a summer label a template prints all year as its zone\'s offset on the day (rule "summer label out of season")', () => {
    expect(iso('Published 23rd Nov 2026, 06:00 BST')).toBe('2026-11-23T06:00:00+00:00');
    expect(iso('Montag, 12. Januar 2026 um 14:02 Uhr MESZ')).toBe('2026-01-12T14:02:00+01:00');
    expect(iso('Jan. 12, 2026 9:41 a.m. EDT')).toBe('2026-01-12T09:41:00-05:00');
    expect(iso('Jul. 12, 2026 9:41 a.m. EDT')).toBe('2026-07-12T09:41:00-04:00');
  });

  it('reads a clock written with a dot only after kl./klo or before a zone or am/pm', () => {
    expect(iso('Sun 4 May 2025 23.30 BST')).toBe('2025-05-04T23:30:00+01:00');
    expect(iso('5 maj 2025 kl. 14.02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5.5.2025 klo 14.02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('May 5, 2025 2.02 p.m.')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5 May 2025 14.02 per cent')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5 Mai 2025 um 14.02 Uhr')).toBe('2025-05-05T14:02:00+00:00');
    // Rule "Italian and Catalan dotted clock".
    expect(iso('5 maggio 2025 alle 14.02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('05 Maggio 2025 | Ore 14.02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5 de maig de 2025, 14.02 h')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5 de maig de 2025 a les 14.02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('5 maggio 2025, 14.02 per cento')).toBe('2025-05-05T00:00:00+00:00');
  });

  it('resolves US zones named without standard or daylight time from the date', () => {
    expect(iso('May 5, 2025 at 2:02 p.m. ET')).toBe('2025-05-05T14:02:00-04:00');
    expect(iso('Jan. 5, 2025 at 2:02 p.m. ET')).toBe('2025-01-05T14:02:00-05:00');
    expect(iso('March 8, 2025, 9:00 AM PT')).toBe('2025-03-08T09:00:00-08:00');
    expect(iso('March 9, 2025, 9:00 AM PT')).toBe('2025-03-09T09:00:00-07:00');
    expect(iso('November 1, 2025, 9:00 AM CT')).toBe('2025-11-01T09:00:00-05:00');
    expect(iso('November 2, 2025, 9:00 AM CT')).toBe('2025-11-02T09:00:00-06:00');
  });

  it('reads month names between hyphens or slashes', () => {
    expect(iso('05-May-2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5-may-2025 14:02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('05/Mai/2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('2025-May-05')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('Fashion 29 / Dezember / 2022')).toBe('2022-12-29T00:00:00+00:00');
  });

  it('reads am and pm after the clock of a numeric date, which machine dates never write', () => {
    expect(iso('Fama: 2022/04/28 05:03pm')).toBe('2022-04-28T17:03:00+00:00');
    expect(iso('2022-04-28 12:10 a.m.')).toBe('2022-04-28T00:10:00+00:00');
    expect(iso('2022-04-28 05:03 PMT')).toBe('2022-04-28T05:03:00+00:00');
    expect(iso('2022 / May / 05')).toBe('2022-05-05T00:00:00+00:00');
  });

  it('reads the Arabic and Persian meridiem after the clock of a numeric date', () => {
    expect(iso('2024/11/03 09:15 م')).toBe('2024-11-03T21:15:00+00:00');
    expect(iso('2024-11-03 09:15 مساءً')).toBe('2024-11-03T21:15:00+00:00');
    expect(iso('2024/11/03 12:40 ص')).toBe('2024-11-03T00:40:00+00:00');
    expect(iso('2024/11/03 09:15 ب.ظ')).toBe('2024-11-03T21:15:00+00:00');
    expect(iso('2024/11/03 09:15 ق.ظ')).toBe('2024-11-03T09:15:00+00:00');
    expect(iso('1403/08/13 09:15 ب.ظ')).toBe('2024-11-03T21:15:00+00:00');
    expect(iso('2024/11/03 09:15 مكتب بغداد')).toBe('2024-11-03T09:15:00+00:00');
  });

  it('reads Turkish abbreviations and dotless spellings', () => {
    expect(iso('5 Ağu 2025')).toBe('2025-08-05T00:00:00+00:00');
    expect(iso('5 Eki 2025')).toBe('2025-10-05T00:00:00+00:00');
    expect(iso('05 Mayis 2025 Pazartesi 14:02')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('reads Hindi, Bengali and Thai dates in their own digits, and Thai Buddhist-Era years', () => {
    expect(iso('५ मई २०२५')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('15 नवंबर 2024, 10:30 AM IST')).toBe('2024-11-15T10:30:00+05:30');
    expect(iso('৫ জানুয়ারি ২০২৫')).toBe('2025-01-05T00:00:00+00:00');
    expect(iso('5 พฤษภาคม 2568')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5 พ.ค. 2568')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('05/05/2568 14:02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('2568-05-05')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('2568-05-05 14:02')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('reads the Thai era marker between the month and the year', () => {
    expect(iso('วันอาทิตย์ที่ 5 มีนาคม พ.ศ. 2566')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 มีนาคม ค.ศ. 2023')).toBe('2023-03-05T00:00:00+00:00');
  });

  it('reads Japanese era years, the first year written 元, and Taiwan\'s Minguo years', () => {
    expect(iso('令和5年3月5日 14時30分')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('令和元年5月1日')).toBe('2019-05-01T00:00:00+00:00');
    expect(iso('民國112年3月5日 下午2:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('民国112年3月5日')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('平成31年4月30日')).toBe('2019-04-30T00:00:00+00:00');
  });

  it('reads Greek abbreviations, nominatives and names written in capitals without accents', () => {
    expect(iso('05 Μαρ 2023 14:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('5 Σεπτ. 2023')).toBe('2023-09-05T00:00:00+00:00');
    expect(iso('5 ΜΑΪΟΥ 2023')).toBe('2023-05-05T00:00:00+00:00');
    expect(iso('Μάιος 5, 2023')).toBe('2023-05-05T00:00:00+00:00');
  });

  it('reads the short month names of Russian and Ukrainian tickers', () => {
    expect(iso('5 мар. 2023, 14:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('5 сент 2023')).toBe('2023-09-05T00:00:00+00:00');
    expect(iso('5 бер. 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 груд. 2023')).toBe('2023-12-05T00:00:00+00:00');
  });

  it('reads Hungarian dotted abbreviations in year-first dates', () => {
    expect(iso('2023. márc. 5. 14:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('2023. szept. 5.')).toBe('2023-09-05T00:00:00+00:00');
  });

  it('reads Tamil and Swahili month names', () => {
    expect(iso('5 மார்ச் 2023, 14:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('டிசம்பர் 5, 2023')).toBe('2023-12-05T00:00:00+00:00');
    expect(iso('Jumapili, Machi 5, 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 Agosti 2023')).toBe('2023-08-05T00:00:00+00:00');
  });

  it('reads a Malayalam month typed with the old chillu (rule "old Malayalam chillu")', () => {
    expect(iso('വ്യാഴം ഡിസംബര്\u200D 03, 2026, 09:15 PM')).toBe('2026-12-03T21:15:00+00:00');
  });

  it('reads the Tamil portals\' short month names (rule "Tamil short months"), and not "ஆக" ("as") with no date around it', () => {
    expect(iso('டிச 03, 2026 21:15')).toBe('2026-12-03T21:15:00+00:00');
    expect(iso('பதிவு செய்த நாள்: ஆக 14, 2026 06:10')).toBe('2026-08-14T06:10:00+00:00');
    expect(iso('5 செப் 2026')).toBe('2026-09-05T00:00:00+00:00');
    expect(iso('விலை 14 ஆக உயர்ந்தது')).toBeNull();
  });

  it('reads the Marathi, Gujarati and Kannada portals\' short month names, with a stop or without (rule "India\'s short months")', () => {
    expect(iso('ಡಿಸೆಂ 04, 2026 - 6:20 pm')).toBe('2026-12-04T18:20:00+00:00');
    expect(iso('પ્રકાશિત: ૦૩ ડિસે. ૨૦૨૬, ૦૧:૦૫ PM')).toBe('2026-12-03T13:05:00+00:00');
    expect(iso('१२ सप्टें. २०२६')).toBe('2026-09-12T00:00:00+00:00');
    expect(iso('ಅಕ್ಟೋ 9, 2026')).toBe('2026-10-09T00:00:00+00:00');
  });

  it('reads Marathi, Gujarati, Punjabi, Telugu, Kannada and Malayalam month names, with their own digits', () => {
    expect(iso('५ मार्च २०२३')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 ઑગસ્ટ 2023')).toBe('2023-08-05T00:00:00+00:00');
    expect(iso('੫ ਮਾਰਚ ੨੦੨੩')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 మార్చి 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 ಮಾರ್ಚ್ 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('2023 മാർച്ച് 5')).toBe('2023-03-05T00:00:00+00:00');
  });

  it('reads Estonian, Latvian (also year first, "2023. gada 5. martā"), Catalan, Filipino, Georgian and Armenian month names', () => {
    expect(iso('5. märts 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5. martā 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('2023. gada 5. martā, 14:30')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('5 de març de 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso("5 d'abril de 2023")).toBe('2023-04-05T00:00:00+00:00');
    expect(iso('Marso 5, 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 მარტი 2023')).toBe('2023-03-05T00:00:00+00:00');
    expect(iso('5 Մարտի 2023')).toBe('2023-03-05T00:00:00+00:00');
  });

  it('reads the two-digit Buddhist-Era year after a Thai month, and no such year after another language\'s month', () => {
    expect(iso('5 ก.พ. 66 14:30 น.')).toBe('2023-02-05T14:30:00+00:00');
    expect(iso('5 May 23')).toBeNull();
  });

  it('reads the Malay and Bengali afternoon markers after the clock', () => {
    expect(iso('Ahad, 05 Mac 2023 2:30 PTG')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('5 Mac 2023, 2:30 petang')).toBe('2023-03-05T14:30:00+00:00');
    expect(iso('5 Mac 2023, 10:15 pagi')).toBe('2023-03-05T10:15:00+00:00');
    expect(iso('প্রকাশ: ০৫ মার্চ ২০২৩, ০২:৩০ পিএম')).toBe('2023-03-05T14:30:00+00:00');
  });

  it('reads Moscow time written in Cyrillic, in capitals or lower case, and Turkey\'s TSİ', () => {
    expect(iso('5 марта 2023, 14:30 МСК')).toBe('2023-03-05T14:30:00+03:00');
    expect(iso('5 марта 2023, 14:30 мск')).toBe('2023-03-05T14:30:00+03:00');
    expect(iso('5 Mart 2023 14:30 TSİ')).toBe('2023-03-05T14:30:00+03:00');
  });

  it('reads a zone named in words after the clock, with its summer time on the date (rule "zone named in words")', () => {
    expect(iso('3 декабря 2026 года, 14:25 по московскому времени')).toBe('2026-12-03T14:25:00+03:00');
    expect(iso('3 de dezembro de 2026, 15:40 (horário de Brasília)')).toBe('2026-12-03T15:40:00-03:00');
    expect(iso('3 de diciembre de 2026, 15:40 (hora del centro de México)')).toBe('2026-12-03T15:40:00-06:00');
    expect(iso('3 de julio de 2026, 15:40 hora peninsular')).toBe('2026-07-03T15:40:00+02:00');
    expect(iso('5 de diciembre de 2026, 10:12 (hora canaria)')).toBe('2026-12-05T10:12:00+00:00');
    expect(iso('3 de julio de 2026, 15:40 hora de Canarias')).toBe('2026-07-03T15:40:00+01:00');
    expect(iso('5 de dezembro de 2026, 09:40 (hora dos Açores)')).toBe('2026-12-05T09:40:00-01:00');
    expect(iso('3 de diciembre de 2026, 15:40 hora local')).toBe('2026-12-03T15:40:00+00:00');
  });

  it('reads the Gulf zone and the half- and three-quarter-hour zones of Iran, Afghanistan, Nepal and Myanmar', () => {
    expect(iso('March 5, 2023 2:30 PM GST')).toBe('2023-03-05T14:30:00+04:00');
    expect(iso('5 March 2023 14:30 IRST')).toBe('2023-03-05T14:30:00+03:30');
    expect(iso('5 March 2023 14:30 AFT')).toBe('2023-03-05T14:30:00+04:30');
    expect(iso('5 March 2023 14:30 NPT')).toBe('2023-03-05T14:30:00+05:45');
    expect(iso('5 March 2023 14:30 MMT')).toBe('2023-03-05T14:30:00+06:30');
  });

  it('reads full-width digits of Japanese and Chinese text', () => {
    expect(iso('２０２５年５月５日 １４:０２')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('does not read a month name that only begins a longer Indic word', () => {
    expect(iso('5 मईं 2025')).toBeNull();
  });

  it('reads Vietnamese dates, whose months are numbered', () => {
    expect(iso('5 tháng 5, 2025')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('ngày 5 tháng 12 năm 2025')).toBe('2025-12-05T00:00:00+00:00');
    expect(iso('Thứ Ba, 5/3/2024, 08:15 (GMT+7)')).toBe('2024-03-05T08:15:00+07:00');
    expect(iso('05 tháng 03, 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('Tháng 3 5, 2024')).toBe('2024-03-05T00:00:00+00:00');
  });

  it('reads Vietnamese month names in words, but not "tháng năm", which also means "months of the year"', () => {
    expect(iso('Thứ Ba, 5 Tháng Ba, 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('Tháng Mười Một 5, 2024')).toBe('2024-11-05T00:00:00+00:00');
    expect(iso('5 tháng mười 2024')).toBe('2024-10-05T00:00:00+00:00');
    expect(iso('trong 5 tháng năm 2024')).toBeNull();
  });

  it('reads the Vietnamese meridiem after the clock as a word of its own', () => {
    expect(iso('3:15 chiều 05/03/2024')).toBe('2024-03-05T15:15:00+00:00');
    expect(iso('05/03/2024 8:15 tối')).toBe('2024-03-05T20:15:00+00:00');
    expect(iso('05/03/2024 3:15 CH')).toBe('2024-03-05T15:15:00+00:00');
    expect(iso('05/03/2024 12:15 SA')).toBe('2024-03-05T00:15:00+00:00');
    expect(iso('08:15 Chủ nhật, 5/3/2024')).toBe('2024-03-05T08:15:00+00:00');
  });

  it('reads Mongolian dates, year first with the month numbered', () => {
    expect(iso('2024 оны 3 сарын 5')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('2024 оны 3-р сарын 5, 08:15')).toBe('2024-03-05T08:15:00+00:00');
    expect(iso('2024 оны 11 дүгээр сарын 5')).toBe('2024-11-05T00:00:00+00:00');
  });

  it('reads Slovenian, Albanian, Macedonian, Belarusian and Icelandic month names', () => {
    expect(iso('5. marec 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('torek, 5. februarja 2024 ob 8.15')).toBe('2024-02-05T08:15:00+00:00');
    expect(iso('5. avgusta 2024')).toBe('2024-08-05T00:00:00+00:00');
    expect(iso('E martë, 5 shkurt 2024, 08:15')).toBe('2024-02-05T08:15:00+00:00');
    expect(iso('5 nëntor 2024')).toBe('2024-11-05T00:00:00+00:00');
    expect(iso('5 nentor 2024')).toBe('2024-11-05T00:00:00+00:00');
    expect(iso('5 јуни 2024')).toBe('2024-06-05T00:00:00+00:00');
    expect(iso('вторник, 5 јануари 2024 08:15')).toBe('2024-01-05T08:15:00+00:00');
    expect(iso('5 сакавіка 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('5 кастрычніка 2024, 08:15')).toBe('2024-10-05T08:15:00+00:00');
    expect(iso('5. febrúar 2024 kl. 08.15')).toBe('2024-02-05T08:15:00+00:00');
    expect(iso('5. ágúst 2024')).toBe('2024-08-05T00:00:00+00:00');
  });

  it('reads Serbian and Bosnian dates, whose month is in the genitive, in Cyrillic and Latin letters', () => {
    expect(iso('2. децембра 2026. 10:15')).toBe('2026-12-02T10:15:00+00:00');
    expect(iso('5. јуна 2024.')).toBe('2024-06-05T00:00:00+00:00');
    expect(iso('1. децембар 2024.')).toBe('2024-12-01T00:00:00+00:00');
    expect(iso('2. decembra 2026. u 10:15')).toBe('2026-12-02T10:15:00+00:00');
    expect(iso('12. marta 2025.')).toBe('2025-03-12T00:00:00+00:00');
    expect(iso('5. augusta 2025.')).toBe('2025-08-05T00:00:00+00:00');
  });

  it('reads the dotted clock right after a date that closes with its year\'s dot (rule "dotted clock after the date")', () => {
    expect(iso('3. децембар 2026. 14.20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('3. prosinca 2026. u 14.20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('3. децембар 2026. - 09.05')).toBe('2026-12-03T09:05:00+00:00');
    // A number after the date is no clock: thousands, or no hour of the day.
    expect(iso('3. децембар 2026. 10.000 људи')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('3. децембар 2026. 25.30')).toBe('2026-12-03T00:00:00+00:00');
  });

  it('reads the dotted clock that closes a stamp after a comma, a dash or a space, and no number a sentence goes on after (rule "dotted clock closing the stamp")', () => {
    expect(iso('5 dicembre 2026, 18.40')).toBe('2026-12-05T18:40:00+00:00');
    expect(iso('5 dicembre 2026 18.40')).toBe('2026-12-05T18:40:00+00:00');
    expect(iso('5 May 2025 14.02 per cent')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('05/12/2026 - 18.40')).toBe('2026-12-05T18:40:00+00:00');
    expect(iso('05/12/2026 - 18.40 | Cronaca')).toBe('2026-12-05T18:40:00+00:00');
    expect(iso('5 May 2025, 14.02 per cent')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('5 dicembre 2026, 25.40')).toBe('2026-12-05T00:00:00+00:00');
    expect(iso('5 dicembre 2026, 3.5')).toBe('2026-12-05T00:00:00+00:00');
    expect(iso('Publiziert am 05.12.2026 12.45')).toBe('2026-12-05T12:45:00+00:00');
    expect(iso('05.12.2026 12.45 Prozent')).toBe('2026-12-05T00:00:00+00:00');
    // The word for "at" may come before it, as Dutch and Italian stamps set it.
    expect(iso('za 5 dec 2026 om 10.40')).toBe('2026-12-05T10:40:00+00:00');
    expect(iso('5 dicembre 2026, ore 10.40')).toBe('2026-12-05T10:40:00+00:00');
    expect(iso('5 December 2026 at 10.40 per cent')).toBe('2026-12-05T00:00:00+00:00');
  });

  it('reads the Luxembourgish names of March and April', () => {
    expect(iso('Publizéiert de 5. Abrëll 2026 um 17:40 Auer')).toBe('2026-04-05T17:40:00+00:00');
    expect(iso('12. Mäerz 2026')).toBe('2026-03-12T00:00:00+00:00');
  });

  it('reads the Flemish clock with the "u" of uur between hour and minute (rule "Flemish u for uur")', () => {
    expect(iso('za 05/12/2026 - 14u05')).toBe('2026-12-05T14:05:00+00:00');
    expect(iso('05/12/2026 om 9u30')).toBe('2026-12-05T09:30:00+00:00');
    expect(iso('3. prosinca 2026. u 14.20')).toBe('2026-12-03T14:20:00+00:00');
  });

  it('reads Sorani Kurdish dates, the day and the month tied by the ezafe ی, in Arabic-Indic digits too', () => {
    expect(iso('٢ی کانوونی یەکەمی ٢٠٢٦ - ١٠:١٥')).toBe('2026-12-02T10:15:00+00:00');
    expect(iso('15ی تشرینی دووەمی 2025')).toBe('2025-11-15T00:00:00+00:00');
    expect(iso('٥ی ئازار ٢٠٢٥')).toBe('2025-03-05T00:00:00+00:00');
    expect(iso('2ی ئەیلولی 2024')).toBe('2024-09-02T00:00:00+00:00');
  });

  it('reads the Dari names of the Gregorian months that Afghan sites print beside the solar date', () => {
    expect(iso('۱۴ سپتمبر ۲۰۲۶ - ۲۳ سنبله ۱۴۰۵')).toBe('2026-09-14T00:00:00+00:00');
    expect(iso('۱۴ فبروری ۲۰۲۶')).toBe('2026-02-14T00:00:00+00:00');
    expect(iso('۱۴ جولای ۲۰۲۶')).toBe('2026-07-14T00:00:00+00:00');
    expect(iso('۱۴ آگست ۲۰۲۶')).toBe('2026-08-14T00:00:00+00:00');
  });

  it('reads Kurmanji dates in each of the three sets of month names, typed with their circumflexes or without', () => {
    expect(iso('5 Berfanbar 2026 - 10:20')).toBe('2026-12-05T10:20:00+00:00');
    expect(iso('05 Kanûn 2026 10:20')).toBe('2026-12-05T10:20:00+00:00');
    expect(iso('5 Kanûna Pêşîn 2026')).toBe('2026-12-05T00:00:00+00:00');
    expect(iso('12 Çiriya Paşîn 2026')).toBe('2026-11-12T00:00:00+00:00');
    expect(iso('3 Ilon 2025')).toBe('2025-09-03T00:00:00+00:00');
    expect(iso('3 Hezîran 2025')).toBe('2025-06-03T00:00:00+00:00');
    // Typed without its circumflex, "Kanûn" is the Turkish "kanun", a law.
    expect(iso('Meclis 5 kanun 2026 bütçesiyle görüştü')).toBeNull();
  });

  it('reads Azerbaijani, Uzbek and Kazakh dates, the Uzbek day joined by a hyphen and the year-first forms with a word for "year"', () => {
    expect(iso('5 fevral 2024, 08:15')).toBe('2024-02-05T08:15:00+00:00');
    expect(iso('5 avqust 2024-cü il')).toBe('2024-08-05T00:00:00+00:00');
    expect(iso('5-mart, 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('08:15 / 5-sentabr, 2024')).toBe('2024-09-05T08:15:00+00:00');
    expect(iso('2024-yil 5-mart')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('2024 йил 5 декабр')).toBe('2024-12-05T00:00:00+00:00');
    expect(iso('5 наурыз 2024, 08:15')).toBe('2024-03-05T08:15:00+00:00');
    expect(iso('2024 жылғы 5 қыркүйек')).toBe('2024-09-05T00:00:00+00:00');
    expect(iso('2024 ж. 5 желтоқсан')).toBe('2024-12-05T00:00:00+00:00');
  });

  it('reads Kyrgyz year-first dates, the year in the genitive and the month with its possessive ending', () => {
    expect(iso('2026-жылдын 3-декабры, 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('2025-жылдын 9-майы')).toBe('2025-05-09T00:00:00+00:00');
    expect(iso('2025-жылдын 12-июну')).toBe('2025-06-12T00:00:00+00:00');
  });

  it('reads Dhivehi month names in Thaana', () => {
    expect(iso('3 ޑިސެމްބަރު 2026, 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('15 އޯގަސްޓު 2025')).toBe('2025-08-15T00:00:00+00:00');
  });

  it('reads Georgian months in the dative and the genitive, as stories are dated', () => {
    expect(iso('2026 წლის 3 დეკემბერს, 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('3 დეკემბრის 2026')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('15 აგვისტოს 2025, 09:05')).toBe('2025-08-15T09:05:00+00:00');
  });

  it('reads the three-letter Armenian months that Armenian locales print in a post\'s date', () => {
    expect(iso('Դեկ 7, 2026')).toBe('2026-12-07T00:00:00+00:00');
    expect(iso('Մրտ 15, 2025')).toBe('2025-03-15T00:00:00+00:00');
  });

  it('reads Basque year-first dates with the year\'s suffix, Galician, Irish and Welsh month names', () => {
    expect(iso('2024ko martxoaren 5a')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('2021eko urriaren 5ean, 08:15')).toBe('2021-10-05T08:15:00+00:00');
    expect(iso('5 de xuño de 2024')).toBe('2024-06-05T00:00:00+00:00');
    expect(iso('5 de xaneiro do 2024')).toBe('2024-01-05T00:00:00+00:00');
    expect(iso('5 Márta 2024')).toBe('2024-03-05T00:00:00+00:00');
    expect(iso('5 Meán Fómhair 2024 08:15')).toBe('2024-09-05T08:15:00+00:00');
    expect(iso('Dydd Mawrth, 5 Chwefror 2024')).toBe('2024-02-05T00:00:00+00:00');
  });

  it('reads Maltese dates with "ta\'", and Breton, Frisian, Scottish Gaelic and Occitan month names (rules "Maltese day of the month", "Europe\'s regional languages\' months")', () => {
    expect(iso("il-5 ta' Diċembru 2026, 14:20")).toBe('2026-12-05T14:20:00+00:00');
    expect(iso('is-17 ta’ Ġunju 2025')).toBe('2025-06-17T00:00:00+00:00');
    expect(iso('Sadorn 5 Kerzu 2026')).toBe('2026-12-05T00:00:00+00:00');
    expect(iso("12 C'hwevrer 2026")).toBe('2026-02-12T00:00:00+00:00');
    expect(iso('snein 6 desimber 2026, 08:15')).toBe('2026-12-06T08:15:00+00:00');
    expect(iso('5 Dùbhlachd 2026')).toBe('2026-12-05T00:00:00+00:00');
    expect(iso('5 de decembre de 2026')).toBe('2026-12-05T00:00:00+00:00');
    // Breton's November, "Du", is French's "of the": the day of a month in French prose is no date.
    expect(iso('le 5 du 2026')).toBeNull();
  });

  it('reads numeric dates day-first unless the day cannot be a month', () => {
    expect(iso('23.01.2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('05/01/2017')).toBe('2017-01-05T00:00:00+00:00');
    expect(iso('01/23/2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('10/05/2022 05:22 pm')).toBe('2022-05-10T17:22:00+00:00');
  });

  it('reads ambiguous numeric dates month first when the locale writes them so, unless the month is impossible', () => {
    const monthFirst = (text: string) => parseDate(text, NOW, { monthFirst: true })?.iso ?? null;
    expect(monthFirst('05/06/2025')).toBe('2025-05-06T00:00:00+00:00');
    expect(monthFirst('23/01/2017')).toBe('2017-01-23T00:00:00+00:00');
    expect(monthFirst('3/09/15 8:12am')).toBe('2015-03-09T08:12:00+00:00');
    expect(monthFirst('2025-05-06')).toBe('2025-05-06T00:00:00+00:00');
  });

  it('reads two-digit years, in this century unless that lies ahead', () => {
    expect(iso('05.05.25')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('Von: Redaktion | 31.10.23')).toBe('2023-10-31T00:00:00+00:00');
    expect(iso('05/05/25 14:02')).toBe('2025-05-05T14:02:00+00:00');
    expect(iso('12/31/99')).toBe('1999-12-31T00:00:00+00:00');
  });

  it('reads a Korean two-digit-year date year first (rule "Korean short year first")', () => {
    expect(iso('작성일 26-12-06 09:10')).toBe('2026-12-06T09:10:00+00:00');
    expect(parseDate('26.12.05', NOW, { language: 'ko' })?.iso).toBe('2026-12-05T00:00:00+00:00');
    // Not Korean, the same shape is day first.
    expect(iso('26-12-06')).toBe('2006-12-26T00:00:00+00:00');
  });

  it('reads a two-digit-year date whose parts a middle dot sets apart, and the clock after its bar (rule "middle-dot date")', () => {
    expect(iso('03·12·25 | 17:20')).toBe('2025-12-03T17:20:00+00:00');
    // A run of more dotted numbers is no date.
    expect(iso('Ref. 03·12·25·7')).toBeNull();
  });

  it('does not read version numbers, addresses or longer numeric runs as two-digit-year dates', () => {
    expect(iso('Version 1.2.10')).toBeNull();
    expect(iso('Server 10.12.10.4')).toBeNull();
    expect(iso('Preis 10.12.10,5')).toBeNull();
  });

  it('reads a short dotted date with one-digit day or month as the whole text of a dateline, a clock after it allowed', () => {
    const dateline = (text: string) => parseDate(text, NOW, { dateline: true })?.iso ?? null;
    expect(dateline('25.4.24')).toBe('2024-04-25T00:00:00+00:00');
    expect(dateline('7.3.26, 08:15')).toBe('2026-03-07T08:15:00+00:00');
    expect(dateline('7.3.26 8.15 Uhr')).toBe('2026-03-07T08:15:00+00:00');
    expect(iso('25.4.24')).toBeNull();
  });

  it('does not read versions, scores, prices or phone numbers as short dotted dates, not even in a dateline', () => {
    const dateline = (text: string) => parseDate(text, NOW, { dateline: true })?.iso ?? null;
    expect(dateline('Version 4.2.11')).toBeNull();
    expect(dateline('Firefox 3.6.28 erschienen')).toBeNull();
    expect(dateline('Endstand 3.1.')).toBeNull();
    expect(dateline('3.1.24 Punkte')).toBeNull();
    expect(dateline('1.299.00 €')).toBeNull();
    expect(dateline('Tel. 0 30 / 4.12.88')).toBeNull();
    expect(dateline('0.800.22')).toBeNull();
  });

  it('reads Korean dotted dates', () => {
    expect(iso('2025. 5. 5. 14:02')).toBe('2025-05-05T14:02:00+00:00');
  });

  it('reads CJK dates', () => {
    expect(iso('2018年6月20日（水）')).toBe('2018-06-20T00:00:00+00:00');
    expect(iso('2017년 1월 23일')).toBe('2017-01-23T00:00:00+00:00');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(iso('1485180300')).toBe('2017-01-23T14:05:00+00:00');
    expect(iso('1485180300000')).toBe('2017-01-23T14:05:00+00:00');
  });

  it('reads a date written as one run of digits, year first, and no other run of eight digits', () => {
    expect(iso('20170123')).toBe('2017-01-23T00:00:00+00:00');
    expect(iso('201701231405')).toBe('2017-01-23T14:05:00+00:00');
    expect(iso('20170123140530')).toBe('2017-01-23T14:05:30+00:00');
    expect(iso('20171323')).toBeNull();
    expect(iso('12345678')).toBeNull();
  });

  it('reads English relative dates from now', () => {
    expect(iso('3 hours ago')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('an hour ago')).toBe('2026-11-29T11:00:00+00:00');
    expect(iso('Yesterday')).toBe('2026-11-28T12:00:00+00:00');
  });

  it('reads relative dates in other languages, the word for "ago" before or after the count', () => {
    expect(iso('vor 3 Stunden')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('vor einer Stunde')).toBe('2026-11-29T11:00:00+00:00');
    expect(iso('il y a 2 jours')).toBe('2026-11-27T12:00:00+00:00');
    expect(iso('hace 3 horas')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('há 3 horas')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3 ore fa')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3 uur geleden')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3 godziny temu')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3 saat önce')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3 часа назад')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('2 jam yang lalu')).toBe('2026-11-29T10:00:00+00:00');
    expect(iso('3 giờ trước')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3小时前')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3時間前')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('3시간 전')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('před 3 hodinami')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('Posted by6 years ago')).toBe('2020-11-30T12:00:00+00:00');
    expect(iso('Gestern, 14:02')).toBe('2026-11-28T14:02:00+00:00');
    expect(iso('Gestern')).toBe('2026-11-28T12:00:00+00:00');
  });

  it('reads no Spanish or Portuguese "para" (for) as the Albanian "ago" (rule "Albanian ago")', () => {
    expect(iso('para 3 horas')).toBeNull();
    expect(iso('para 2 días')).toBeNull();
  });

  it('reads Filipino and Cebuano relative dates, "ago" a clause after the unit (rule "Philippine ago")', () => {
    expect(iso('2 oras ang nakalipas')).toBe('2026-11-29T10:00:00+00:00');
    expect(iso('3 araw na ang nakaraan')).toBe('2026-11-26T12:00:00+00:00');
    expect(iso('2 ka oras ang milabay')).toBe('2026-11-29T10:00:00+00:00');
    expect(iso('1 linggo ang nakalipas')).toBe('2026-11-22T12:00:00+00:00');
  });

  it('reads the ages of South India and Maharashtra, whose unit takes the case "ago" governs (rule "ages of South India and Maharashtra")', () => {
    expect(iso('3 மணி நேரத்திற்கு முன்பு')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('௫ நிமிடங்களுக்கு முன்பு')).toBe('2026-11-29T11:55:00+00:00');
    expect(iso('3 గంటల క్రితం')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('2 ಗಂಟೆಗಳ ಹಿಂದೆ')).toBe('2026-11-29T10:00:00+00:00');
    expect(iso('3 മണിക്കൂർ മുമ്പ്')).toBe('2026-11-29T09:00:00+00:00');
    expect(iso('2 दिवसांपूर्वी')).toBe('2026-11-27T12:00:00+00:00');
    expect(iso('இந்த ஆண்டு 3 மணி நேரத்திற்கு முன்பு இந்த ஆண்டு 3 மணி நேரத்திற்கு முன்பு இந்த ஆண்டு 3 மணி நேரத்திற்கு முன்பு')).toBeNull();
  });

  it.each([
    // The cases a count governs: Russian, Ukrainian, Polish, Czech and Slovak singular, few and many.
    ['1 час назад', '2026-11-29T11:00:00+00:00'], ['5 часов назад', '2026-11-29T07:00:00+00:00'], ['21 минуту назад', '2026-11-29T11:39:00+00:00'],
    ['2 дні тому', '2026-11-27T12:00:00+00:00'], ['5 годин тому', '2026-11-29T07:00:00+00:00'], ['1 godzinę temu', '2026-11-29T11:00:00+00:00'],
    ['5 godzin temu', '2026-11-29T07:00:00+00:00'], ['před 2 dny', '2026-11-27T12:00:00+00:00'], ['pred 5 minútami', '2026-11-29T11:55:00+00:00'],
    ['prije 3 sata', '2026-11-29T09:00:00+00:00'], ['пре 3 сата', '2026-11-29T09:00:00+00:00'], ['pred 3 urami', '2026-11-29T09:00:00+00:00'],
    ['3 гадзіны таму', '2026-11-29T09:00:00+00:00'],
    // Turkic, Persian, Urdu, Indic and Malay "ago" after the unit, in their own digits too.
    ['5 dakika önce', '2026-11-29T11:55:00+00:00'], ['3 saat əvvəl', '2026-11-29T09:00:00+00:00'], ['3 soat oldin', '2026-11-29T09:00:00+00:00'],
    ['3 сағат бұрын', '2026-11-29T09:00:00+00:00'], ['۳ ساعت پیش', '2026-11-29T09:00:00+00:00'], ['۲ روز قبل', '2026-11-27T12:00:00+00:00'],
    ['3 گھنٹے پہلے', '2026-11-29T09:00:00+00:00'], ['3 घंटे पहले', '2026-11-29T09:00:00+00:00'], ['३ घंटे पहले', '2026-11-29T09:00:00+00:00'],
    ['২ দিন আগে', '2026-11-27T12:00:00+00:00'], ['3 jam lalu', '2026-11-29T09:00:00+00:00'], ['3 jam yang lepas', '2026-11-29T09:00:00+00:00'],
    // Nordic, Finnic, Baltic, Romance and Greek forms, and Albanian "më parë".
    ['3 timmar sedan', '2026-11-29T09:00:00+00:00'], ['for 3 timer siden', '2026-11-29T09:00:00+00:00'], ['2 päivää sitten', '2026-11-27T12:00:00+00:00'],
    ['5 minutit tagasi', '2026-11-29T11:55:00+00:00'], ['prieš 3 valandas', '2026-11-29T09:00:00+00:00'], ['pirms 3 stundām', '2026-11-29T09:00:00+00:00'],
    ['acum 2 zile', '2026-11-27T12:00:00+00:00'], ['fa 3 hores', '2026-11-29T09:00:00+00:00'], ['πριν από 3 ώρες', '2026-11-29T09:00:00+00:00'],
    ['3 orë më parë', '2026-11-29T09:00:00+00:00'], ['לפני 5 דקות', '2026-11-29T11:55:00+00:00'],
    // Albanian "para" with the unit's ablative, and one unit in the singular (rule "Albanian ago").
    ['para 2 orësh', '2026-11-29T10:00:00+00:00'], ['para 3 ditesh', '2026-11-26T12:00:00+00:00'], ['para një ore', '2026-11-29T11:00:00+00:00'],
    ['para 15 minutash', '2026-11-29T11:45:00+00:00'],
    // Hungarian writes "ago" as the unit's ending.
    ['3 órája', '2026-11-29T09:00:00+00:00'], ['2 napja', '2026-11-27T12:00:00+00:00'],
    // One unit without a count, and the Hebrew dual.
    ['час назад', '2026-11-29T11:00:00+00:00'], ['минуту назад', '2026-11-29T11:59:00+00:00'], ['годину тому', '2026-11-29T11:00:00+00:00'],
    ['godzinę temu', '2026-11-29T11:00:00+00:00'], ['před hodinou', '2026-11-29T11:00:00+00:00'], ['לפני שעה', '2026-11-29T11:00:00+00:00'],
    ['לפני שעתיים', '2026-11-29T10:00:00+00:00'], ['לפני יומיים', '2026-11-27T12:00:00+00:00'],
    // Bulgarian and Macedonian, whose "години" is years; Serbian and Croatian years; Thai, Mongolian, Georgian, Armenian.
    ['преди 3 часа', '2026-11-29T09:00:00+00:00'], ['преди час', '2026-11-29T11:00:00+00:00'], ['преди 3 години', '2023-11-30T12:00:00+00:00'],
    ['пред 5 минути', '2026-11-29T11:55:00+00:00'], ['prije 2 godine', '2024-11-29T12:00:00+00:00'], ['пре 3 године', '2023-11-30T12:00:00+00:00'],
    ['3 ชั่วโมงที่แล้ว', '2026-11-29T09:00:00+00:00'], ['3 ชม.ที่แล้ว', '2026-11-29T09:00:00+00:00'], ['3 цагийн өмнө', '2026-11-29T09:00:00+00:00'],
    ['2 დღის წინ', '2026-11-27T12:00:00+00:00'], ['3 ժամ առաջ', '2026-11-29T09:00:00+00:00'],
    // A label before the word for "ago" is no unit: the count after that word is read.
    ['Aktualizováno před 5 minutami', '2026-11-29T11:55:00+00:00'],
  ])('reads the relative date %j from now', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    // Abbreviated units, a count run into its unit, and counts written as a word.
    ['3h ago', '2026-11-29T09:00:00+00:00'], ['2 d ago', '2026-11-27T12:00:00+00:00'], ['vor 25 Min.', '2026-11-29T11:35:00+00:00'],
    ['hace 2 h', '2026-11-29T10:00:00+00:00'], ['una settimana fa', '2026-11-22T12:00:00+00:00'], ['há uma hora', '2026-11-29T11:00:00+00:00'],
    // Polish "przed" with the instrumental case, and an Arabic count run into its unit.
    ['przed 2 godzinami', '2026-11-29T10:00:00+00:00'], ['przed 3 dniami', '2026-11-26T12:00:00+00:00'], ['منذ 3ساعات', '2026-11-29T09:00:00+00:00'],
  ])('reads the relative stamp %j from now', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads no time from a plural unit without a count', () => {
    expect(iso('vor Jahren')).toBeNull();
    expect(iso('несколько часов назад')).toBeNull();
    expect(iso('Two hours ago the minister said the bridge would open')).toBeNull();
    expect(iso('пред изборите')).toBeNull();
  });

  it('reads Ukrainian "години" after a count as hours, not as the Bulgarian years', () => {
    expect(iso('3 години тому')).toBe('2026-11-29T09:00:00+00:00');
  });

  it.each([
    ['Dün 18:40', '2026-11-28T18:40:00+00:00'], ['Dün saat 18:40', '2026-11-28T18:40:00+00:00'], ['Вчера, 18:40', '2026-11-28T18:40:00+00:00'],
    ['Учора о 18:40', '2026-11-28T18:40:00+00:00'], ['昨天 18:40', '2026-11-28T18:40:00+00:00'], ['Hôm nay 08:15', '2026-11-29T08:15:00+00:00'],
    ['اليوم 08:15', '2026-11-29T08:15:00+00:00'], ['أمس 18:40', '2026-11-28T18:40:00+00:00'], ['دیروز ۱۸:۴۰', '2026-11-28T18:40:00+00:00'],
    ['אתמול ב-18:40', '2026-11-28T18:40:00+00:00'], ['Χθες, 18:40', '2026-11-28T18:40:00+00:00'], ['Tegnap, 18:40', '2026-11-28T18:40:00+00:00'],
    ['I går 18:40', '2026-11-28T18:40:00+00:00'], ['Eilen klo 18.40', '2026-11-28T18:40:00+00:00'], ['Jučer u 18:40', '2026-11-28T18:40:00+00:00'],
    ['Hari ini pukul 08:15', '2026-11-29T08:15:00+00:00'], ['आज 08:15', '2026-11-29T08:15:00+00:00'], ['Danas, 08:15', '2026-11-29T08:15:00+00:00'],
    ['Í gær', '2026-11-28T12:00:00+00:00'],
  ])('reads the day-word dateline %j at its clock', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('leaves a day word that opens a sentence or a name alone', () => {
    expect(iso('Dün akşam belediye meclisi toplandı')).toBeNull();
    expect(iso('Danas je u Zagrebu otvoren novi most')).toBeNull();
    expect(iso('היום השלישי של הפסטיבל')).toBeNull();
  });

  it('leaves relative ages in prose alone, and units it does not know', () => {
    expect(iso('Vor 3 Jahren hatte die Stadt beschlossen, das alte Rathaus abzureißen und an seiner Stelle einen Park anzulegen.')).toBeNull();
    expect(iso('vor 3 Bäumen')).toBeNull();
  });

  it('reads a word for today or yesterday as a dateline only alone or before a comma or a time', () => {
    expect(iso('Heute, 09:15')).toBe('2026-11-29T09:15:00+00:00');
    expect(iso('Hoy a las 10:15')).toBe('2026-11-29T10:15:00+00:00');
    expect(iso('onte ás 10:15')).toBe('2026-11-28T10:15:00+00:00');
    expect(iso('Yesterday, 11:40 pm EST')).toBe('2026-11-28T23:40:00-05:00');
    // Ahead of now on today's date: local time east of UTC, where now stands for it.
    expect(iso('Heute, 13:05')).toBe('2026-11-29T12:00:00+00:00');
    expect(iso('Today’s Paper')).toBeNull();
    expect(iso('Heute wird Wasserstoff als Ausgangsstoff genutzt')).toBeNull();
    expect(iso('Hier finden Sie unsere Produkte')).toBeNull();
  });

  it('reads Hungarian "ma" as today only right before a clock (rule "Hungarian today before its clock")', () => {
    expect(iso('ma 09:15')).toBe('2026-11-29T09:15:00+00:00');
    expect(iso('Ma, 10:40')).toBe('2026-11-29T10:40:00+00:00');
    expect(iso('Ma')).toBeNull();
    expect(iso('Ma 3 giorni dopo il sindaco ha firmato')).toBeNull();
    expect(iso('ma, 10.40')).toBe('2026-11-29T10:40:00+00:00');
  });

  it.each([
    ['Vandaag, 10.40', '2026-11-29T10:40:00+00:00'], ['Idag 10.40', '2026-11-29T10:40:00+00:00'], ['Tänään 10.40', '2026-11-29T10:40:00+00:00'],
    ['Gisteren om 18.40', '2026-11-28T18:40:00+00:00'], ['I går 18.40 | Oppdatert', '2026-11-28T18:40:00+00:00'],
  ])('reads the dotted clock after the day word %j (rule "dotted clock after the day word")', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads no dotted clock after a day word where the number goes on, as a sentence\'s does', () => {
    expect(iso('Heute 3.50 Euro mehr')).toBe('2026-11-29T12:00:00+00:00');
    expect(iso('Idag 10.40 procent')).toBe('2026-11-29T12:00:00+00:00');
  });

  it('reads a word for today or yesterday after the dateline\'s label', () => {
    expect(iso('Aktualisiert heute, 09:15 Uhr')).toBe('2026-11-29T09:15:00+00:00');
    expect(iso('Published yesterday at 9:15 am')).toBe('2026-11-28T09:15:00+00:00');
    expect(iso('Publié hier à 10h12')).toBe('2026-11-28T10:12:00+00:00');
    expect(iso('Online seit gestern, 10.12 Uhr')).toBe('2026-11-28T10:12:00+00:00');
    expect(iso('Veröffentlicht heute wird nichts')).toBeNull();
  });

  describe('in the page\'s time zone', () => {
    const inZone = (text: string, timeZone: string | null, now = NOW) => parseDate(text, now, { timeZone });

    it('gives a time written without an offset the offset of the page\'s zone on that date, summer time included', () => {
      expect(inZone('سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۰۹:۴۵', 'Asia/Tehran')).toMatchObject({ iso: '2026-12-01T09:45:00+03:30', zoneKnown: true });
      expect(inZone('23. Januar 2017, 14:30 Uhr', 'Europe/Berlin')?.iso).toBe('2017-01-23T14:30:00+01:00');
      expect(inZone('23. Juli 2017, 14:30 Uhr', 'Europe/Berlin')?.iso).toBe('2017-07-23T14:30:00+02:00');
      expect(inZone('2017-01-23', 'Asia/Tokyo')?.iso).toBe('2017-01-23T00:00:00+09:00');
      expect(inZone('23 de enero de 2017 10:15', 'America/Argentina/Buenos_Aires')?.iso).toBe('2017-01-23T10:15:00-03:00');
    });

    it('reads "IST" as Irish or Israel Standard Time on a page on that clock, and as India\'s elsewhere (rule "IST on its own clock")', () => {
      expect(inZone('Tuesday 14 July 2026 09:15 IST', 'Europe/Dublin')?.iso).toBe('2026-07-14T09:15:00+01:00');
      expect(inZone('5 December 2026 09:15 IST', 'Asia/Jerusalem')?.iso).toBe('2026-12-05T09:15:00+02:00');
      expect(inZone('Tuesday 14 July 2026 09:15 IST', 'Asia/Kolkata')?.iso).toBe('2026-07-14T09:15:00+05:30');
      expect(inZone('Tuesday 14 July 2026 09:15 IST', null)?.iso).toBe('2026-07-14T09:15:00+05:30');
      expect(inZone('2026-07-14T09:15:00+05:30', 'Europe/Dublin')?.iso).toBe('2026-07-14T09:15:00+05:30');
    });

    it('keeps an offset the text states, and instants, whatever the page\'s zone', () => {
      expect(inZone('2017-01-23T14:05:00+02:00', 'Asia/Tokyo')?.iso).toBe('2017-01-23T14:05:00+02:00');
      expect(inZone('2017-01-23T14:05:00Z', 'Asia/Tokyo')?.iso).toBe('2017-01-23T14:05:00+00:00');
      expect(inZone('Yesterday, 11:40 pm EST', 'Asia/Tokyo')?.iso).toBe('2026-11-28T23:40:00-05:00');
      expect(inZone('vor 3 Stunden', 'Europe/Berlin')).toMatchObject({ iso: '2026-11-29T09:00:00+00:00', zoneKnown: true });
    });

    it('writes a wall-clock time in an unknown zone as UTC, and says the zone is unknown', () => {
      expect(inZone('23. Januar 2017, 14:30 Uhr', null)).toMatchObject({ iso: '2017-01-23T14:30:00+00:00', zoneKnown: false });
      expect(inZone('2017-01-23T14:05:00+02:00', null)?.zoneKnown).toBe(true);
    });

    it('reads today and yesterday as days on the page\'s clock', () => {
      // 12:00 UTC on 29 November is 21:00 in Tokyo, the same day; 01:00 UTC on 30 November is 10:00 there.
      expect(inZone('Today, 09:15', 'Asia/Tokyo')?.iso).toBe('2026-11-29T09:15:00+09:00');
      expect(inZone('Today, 09:15', 'Asia/Tokyo', new Date('2026-11-30T01:00:00Z'))?.iso).toBe('2026-11-30T09:15:00+09:00');
      expect(inZone('Yesterday, 23:50', 'Asia/Tokyo', new Date('2026-11-30T01:00:00Z'))?.iso).toBe('2026-11-29T23:50:00+09:00');
      // Still ahead of now on the page's clock: now stands for it, as in an unknown zone.
      expect(inZone('Today, 11:15', 'Asia/Tokyo', new Date('2026-11-30T01:00:00Z'))?.iso).toBe('2026-11-30T01:00:00+00:00');
    });

    it('says a day word\'s clock in an unknown zone is on no known clock (rule "day word on an unknown clock")', () => {
      expect(inZone('вчера в 18:40', null)).toMatchObject({ iso: '2026-11-28T18:40:00+00:00', zoneKnown: false });
      expect(inZone('Yesterday, 11:40 pm EST', null)).toMatchObject({ iso: '2026-11-28T23:40:00-05:00', zoneKnown: true });
      expect(inZone('вчера в 18:40', 'Europe/Kyiv')).toMatchObject({ iso: '2026-11-28T18:40:00+02:00', zoneKnown: true });
    });
  });

  it('returns null for text without a date, impossible dates and long prose', () => {
    expect(iso('no date here')).toBeNull();
    expect(iso('2017-02-30')).toBeNull();
    expect(iso('31.04.2017')).toBeNull();
    expect(iso(`${'word '.repeat(100)} January 23, 2017`)).toBeNull();
  });
});

describe('a clock printed without its date', () => {
  it('is read on the given day, in the zone written after it or else the day\'s own offset', () => {
    expect(clockOnDay('الساعة 09:15 ص', '2024-01-17T00:00:00+00:00')).toBe('2024-01-17T09:15:00+00:00');
    expect(clockOnDay('الساعة ٠٣:٤٠ م', '2024-01-17T00:00:00+03:00')).toBe('2024-01-17T15:40:00+03:00');
    expect(clockOnDay('Updated 6:40 p.m.', '2024-03-03T17:12:00-05:00')).toBe('2024-03-03T18:40:00-05:00');
    expect(clockOnDay('Updated 11:05 p.m. ET', '2024-03-13T17:12:00+00:00')).toBe('2024-03-13T23:05:00-04:00');
    expect(clockOnDay('عدد المشاهدات: 845', '2024-01-17T00:00:00+00:00')).toBeNull();
  });

  it('is told from a text without one', () => {
    expect(showsClock('17 يناير 2024 - ١٠:٢٥ ص')).toBe(true);
    expect(showsClock('March 3, 2024 5:12 p.m. ET')).toBe(true);
    expect(showsClock('الأربعاء 6 رجب 1445 هـ - 17 يناير 2024 م')).toBe(false);
    expect(showsClock('17.01.2024')).toBe(false);
  });
});

describe('publication-date plausibility', () => {
  it('accepts the past and now, refuses the future beyond a small skew', () => {
    expect(publicationDay('2026-11-29T12:05:00Z')).not.toBeNull();
    expect(publicationDay('2026-11-29T13:00:00Z')).toBeNull();
    expect(publicationDay('2031-01-01')).toBeNull();
  });

  it('refuses dates before 1900 and absurd years', () => {
    expect(publicationDay('1899-12-31')).toBeNull();
    expect(publicationDay('99999-01-01')).toBeNull();
    expect(publicationDay('January 23, 99999')).toBeNull();
  });
});

describe('rule "noon and midnight"', () => {
  it('reads the AP style\'s words for twelve o\'clock as the clock beside a date', () => {
    expect(iso('Published: noon CST November 24, 2026')).toBe('2026-11-24T12:00:00-06:00');
    expect(iso('Nov. 24, 2026, midnight ET')).toBe('2026-11-24T00:00:00-05:00');
    expect(clockOnDay('Updated noon', '2026-11-24T09:15:00-06:00')).toBe('2026-11-24T12:00:00-06:00');
    expect(showsClock('Nov. 24, 2026')).toBe(false);
    expect(iso('Afternoon edition, Nov. 24, 2026')).toBe('2026-11-24T00:00:00+00:00');
  });
});

describe('clocks as Latin American and AP-style datelines print them', () => {
  it('reads the spaced meridiem of the Spanish academies, "p. m."', () => {
    expect(iso('24 de noviembre de 2026 - 2:05 p. m.')).toBe('2026-11-24T14:05:00+00:00');
    expect(iso('2026-11-24 12:05 a. m.')).toBe('2026-11-24T00:05:00+00:00');
  });

  it('reads a month name as the page\'s language gives it (rule "the page\'s own month names")', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(parseDate('15. listopada 2026. u 9:30', now, { language: 'hr' })?.iso).toBe('2026-10-15T09:30:00+00:00');
    expect(parseDate('15. listopada 2026. u 9:30', now, { language: 'hr-HR' })?.iso).toBe('2026-10-15T09:30:00+00:00');
    expect(parseDate('15 listopada 2026, 09:30', now, { language: 'pl' })?.iso).toBe('2026-11-15T09:30:00+00:00');
    expect(parseDate('15 listopada 2026, 09:30', now)?.iso).toBe('2026-11-15T09:30:00+00:00');
    expect(parseDate('15. prosinca 2026. u 9:30', now, { language: 'hr' })?.iso).toBe('2026-12-15T09:30:00+00:00');
  });

  it('reads a month written in Roman numerals between the day and the year (rule "Roman-numeral month")', () => {
    expect(iso('Opublikowano: 3.XII.2026 r., godz. 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('3 XII 2026')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('3. XII. 2026 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('12 IV 2026')).toBe('2026-04-12T00:00:00+00:00');
    expect(iso('2026. XII. 3. 14:20')).toBe('2026-12-03T14:20:00+00:00');
    // A king's or a district's numeral before a year is no month.
    expect(iso('Karol XII 2026')).toBeNull();
    expect(iso('Praha X 2026')).toBeNull();
  });

  it('reads the Sorani part of the day after a 12-hour clock, tied by the ezafe or apart (rule "Sorani part of the day")', () => {
    expect(iso('٦ی کانوونی یەکەمی ٢٠٢٦ کاتژمێر ٤:١٥ی ئێوارە')).toBe('2026-12-06T16:15:00+00:00');
    expect(iso('٦ی کانوونی یەکەمی ٢٠٢٦ ٧:٠٥ ئێوارە')).toBe('2026-12-06T19:05:00+00:00');
    expect(iso('٦ی کانوونی یەکەمی ٢٠٢٦ کاتژمێر ٩:٣٠ی بەیانی')).toBe('2026-12-06T09:30:00+00:00');
    expect(iso('٦ی کانوونی یەکەمی ٢٠٢٦ ١١:٢٠ی شەو')).toBe('2026-12-06T23:20:00+00:00');
    expect(iso('٦ی کانوونی یەکەمی ٢٠٢٦ ١٠:٣٠')).toBe('2026-12-06T10:30:00+00:00');
  });

  it('reads the Greek meridiem, "π.μ." and "μ.μ.", with or without its dots (rule "Greek meridiem")', () => {
    expect(iso('Πέμπτη, 03 Δεκεμβρίου 2026, 2:20 μ.μ.')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('03/12/2026 12:05 ΠΜ')).toBe('2026-12-03T00:05:00+00:00');
    expect(iso('03 Δεκεμβρίου 2026, 9:15 μμ')).toBe('2026-12-03T21:15:00+00:00');
    expect(iso('03 Δεκεμβρίου 2026, 9:15 μέχρι')).toBe('2026-12-03T09:15:00+00:00');
  });

  it('reads the month first with "de" before the year, as Colombian papers print it', () => {
    expect(iso('Noviembre 24 de 2026, 12:05 a. m.')).toBe('2026-11-24T00:05:00+00:00');
  });

  it('reads a dotted clock before "hs", as Argentine papers print it', () => {
    expect(iso('24 de noviembre de 2026 | 18.05 hs')).toBe('2026-11-24T18:05:00+00:00');
  });

  it('reads a full hour that only its meridiem marks as a clock (rule "hour and meridiem")', () => {
    expect(iso('Nov. 24, 2026 5 p.m. ET')).toBe('2026-11-24T17:00:00-05:00');
    expect(iso('November 24, 2026 at 12 p.m.')).toBe('2026-11-24T12:00:00+00:00');
    expect(iso('Nov. 24, 2026 · 4 min read')).toBe('2026-11-24T00:00:00+00:00');
    expect(iso('Nov. 24, 2026 · 5 amendments')).toBe('2026-11-24T00:00:00+00:00');
  });
});

describe('rule "this year\'s stamp"', () => {
  const at = (text: string) => parseDate(text, new Date('2026-12-03T12:00:00Z'))?.iso ?? null;

  it('dates a day and month stamped with a clock and no year in this year, or the last when the day is still ahead', () => {
    expect(at('5. März, 10:12 Uhr')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('March 5, 10:12 AM')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('5 de marzo, 10:12')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('Dec. 30, 8:15 p.m.')).toBe('2025-12-30T20:15:00+00:00');
    expect(at('الثلاثاء 5 مارس - 10:12 ص')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('5 марта, 10:12')).toBe('2026-03-05T10:12:00+00:00');
  });

  it('dates an Arabic stamp without a year in any of the month names, the Levantine and the dual forms too', () => {
    expect(at('5 آذار 10:12')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('الثلاثاء 5 آذار/مارس - 10:12 ص')).toBe('2026-03-05T10:12:00+00:00');
    expect(at('30 كانون الأول، 8:15 م')).toBe('2025-12-30T20:15:00+00:00');
    expect(at('5 آذار')).toBeNull();
  });

  it('reads no date from a day and month without a clock, or from a day that no month has', () => {
    expect(at('5. März')).toBeNull();
    expect(at('Concert on March 5')).toBeNull();
    expect(at('31. Februar, 10:12 Uhr')).toBeNull();
  });
});

describe('rule "this year\'s day on its own"', () => {
  const inDateline = (text: string) => parseDate(text, new Date('2026-12-03T12:00:00Z'), { dateline: true })?.iso ?? null;

  it('dates a month and day that are a dateline\'s whole text in this year, or the last when the day is still ahead', () => {
    expect(inDateline('Dec 2')).toBe('2026-12-02T00:00:00+00:00');
    expect(inDateline('1. Dez.')).toBe('2026-12-01T00:00:00+00:00');
    expect(inDateline('2 de diciembre')).toBe('2026-12-02T00:00:00+00:00');
    expect(inDateline('Dec 25')).toBe('2025-12-25T00:00:00+00:00');
  });

  it('reads no such day beside other words, or outside a dateline', () => {
    expect(inDateline('Concert on Dec 2')).toBeNull();
    expect(parseDate('Dec 2', new Date('2026-12-03T12:00:00Z'))).toBeNull();
  });
});

describe('rule "weekday settles the order"', () => {
  const at = (text: string) => parseDate(text, new Date('2026-12-06T12:00:00Z'))?.iso ?? null;

  it('reads a numeric date in the order whose day falls on the weekday written before it', () => {
    expect(at('Sat, 12/05/2026 - 10:00')).toBe('2026-12-05T10:00:00+00:00');
    expect(at('Tue, 12/05/2026')).toBe('2026-05-12T00:00:00+00:00');
    expect(at('Saturday 12/05/26')).toBe('2026-12-05T00:00:00+00:00');
    expect(at('السبت 12/05/2026')).toBe('2026-12-05T00:00:00+00:00');
    expect(at('Sábado, 12/05/2026')).toBe('2026-12-05T00:00:00+00:00');
  });

  it('keeps the locale\'s order where the weekday fits neither reading, or no weekday is written', () => {
    expect(at('Mon, 12/05/2026')).toBe('2026-05-12T00:00:00+00:00');
    expect(at('12/05/2026')).toBe('2026-05-12T00:00:00+00:00');
    expect(parseDate('Mon, 12/05/2026', new Date('2026-12-06T12:00:00Z'), { monthFirst: true })?.iso).toBe('2026-12-05T00:00:00+00:00');
  });
});

describe('rule "year told by the weekday"', () => {
  const at = (text: string) => parseDate(text, new Date('2026-12-03T12:00:00Z'))?.iso ?? null;

  it('dates a year-less day in the year, this one or the last, whose day falls on the bracketed weekday', () => {
    expect(at('11/24(火) 15:05配信')).toBe('2026-11-24T15:05:00+00:00');
    expect(at('12/24(水) 9:30配信')).toBe('2025-12-24T09:30:00+00:00');
    expect(at('11/24(화) 15:05')).toBe('2026-11-24T15:05:00+00:00');
  });

  it('reads no date where the weekday fits neither year, or no weekday is given', () => {
    expect(at('11/24(水) 15:05配信')).toBeNull();
    expect(at('11/24 15:05配信')).toBeNull();
  });
});

describe('CJK date parts', () => {
  it.each([
    ['2031年5月3日 10時15分', '# #'],
    ['2031年5月3日（土）10:15', '# # 10:15'],
    ['令和13年5月3日', '#'],
    ['2031년 5월 3일 (토) 오후 3시 15분', '# # #'],
    ['星期六 2031年5月3日 下午2:30', '# # #'],
  ])('marks the date, the clock and the weekday of %s', (stamp, marked) => {
    expect(markCjkDateParts(stamp, '#').replace(/\s+/g, ' ').trim()).toBe(marked);
  });

  it('leaves the rest of a sentence that dates something', () => {
    expect(markCjkDateParts('2031年5月3日に町が発表した', '#')).toBe(' # に町が発表した');
  });
});

describe('Sindhi and Uyghur dates', () => {
  it('reads the Sindhi month names, in the letters Urdu does not write', () => {
    expect(iso('3 ڊسمبر، 2026')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('15 آڪٽوبر 2026 تي')).toBe('2026-10-15T00:00:00+00:00');
  });

  it('reads the Uyghur month names after a hyphenated day, and the year first with its word for "year"', () => {
    expect(iso('3-دېكابىر 2026-يىلى')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('2026-يىلى 3-دېكابىر 14:20')).toBe('2026-12-03T14:20:00+00:00');
    expect(iso('2026-يىل 12-ئاۋغۇست')).toBe('2026-08-12T00:00:00+00:00');
    expect(iso('2026-يىلى 12-ئاينىڭ 3-كۈنى 10:20')).toBe('2026-12-03T10:20:00+00:00');
  });
});

describe('Hebrew-calendar dates', () => {
  it('converts a date in Hebrew numerals to the Gregorian day, with or without "ב" before the month and "ה" before the year', () => {
    expect(iso('ג\' בכסלו תשפ"ז')).toBe('2026-11-13T00:00:00+00:00');
    expect(iso('כ"ב כסלו תשפ"ז')).toBe('2026-12-02T00:00:00+00:00');
    expect(iso('ד׳ בטבת התשפ״ז')).toBe('2026-12-14T00:00:00+00:00');
    expect(iso('יום ה\', ג\' בכסלו תשפ"ז 14:05')).toBe('2026-11-13T14:05:00+00:00');
  });

  it('reads plain Adar as the second Adar of a leap year, and the first when the page says so', () => {
    expect(iso('י"ד באדר תשפ"ז')).toBe('2027-03-23T00:00:00+00:00');
    expect(iso('י"ד אדר א\' תשפ"ז')).toBe('2027-02-21T00:00:00+00:00');
    expect(iso('י"ד באדר תשפ"ו')).toBe('2026-03-03T00:00:00+00:00');
  });

  it('prefers the Gregorian date a page prints beside the Hebrew one, and reads no date from Hebrew words alone', () => {
    expect(iso('3 בדצמבר 2026 | כ"ב בכסלו תשפ"ז')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('שלום לכם')).toBeNull();
  });
});

describe('Ethiopian calendar and clock', () => {
  it('converts an Ethiopian date to the Gregorian day, with no clock when the page names no part of the day', () => {
    expect(iso('ኅዳር 24 ቀን 2019 ዓ.ም')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('ኅዳር 24/2019 3:00')).toBe('2026-12-03T00:00:00+00:00');
  });

  it('reads the hours counted from dawn by the part of the day named before them (rule "Ethiopian clock")', () => {
    const clock = (text: string) => iso(`ኅዳር 24 ቀን 2019 ዓ.ም ${text}`)?.slice(11, 16);
    expect(clock('ከጠዋቱ 3:00 ሰዓት')).toBe('09:00');
    expect(clock('ከጠዋቱ 12:15')).toBe('06:15');
    expect(clock('ከቀኑ 6:00')).toBe('12:00');
    expect(clock('ከሰዓት በኋላ 8:30')).toBe('14:30');
    expect(clock('ከምሽቱ 2:30')).toBe('20:30');
    expect(clock('ከሌሊቱ 7:00')).toBe('01:00');
    expect(clock('ከሌሊቱ 4:00')).toBe('22:00');
  });
});

describe('rule "Myanmar comma"', () => {
  it('reads the Burmese section mark as the comma of a date and between the date and the time', () => {
    expect(iso('ဒီဇင်ဘာ ၇၊ ၂၀၂၆')?.slice(0, 10)).toBe('2026-12-07');
    expect(iso('ဒီဇင်ဘာ ၇၊ ၂၀၂၆ ၊ နံနက် ၀၈:၃၀')?.slice(0, 16)).toBe('2026-12-07T08:30');
  });
});
