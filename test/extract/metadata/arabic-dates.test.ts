import { isPlausiblePublicationDate } from '../../../lambdas/extract/metadata/calendar';
import { parseDate, isHijriDateText } from '../../../lambdas/extract/metadata/dates';
import { foldArabic, normalizeDigits, printsHijriYearOnly } from '../../../lambdas/extract/metadata/arabic-dates';

const NOW = new Date('2026-11-29T12:00:00Z');

/** The day of a parsed date that page-dates would accept as a publication date, else null. */
function publicationDay(text: string): string | null {
  const parsed = parseDate(text, NOW);
  return parsed && isPlausiblePublicationDate(parsed.iso, NOW) ? parsed.iso.slice(0, 10) : null;
}
const day = (text: string) => parseDate(text, NOW)?.iso.slice(0, 10) ?? null;

describe('Arabic Gregorian month names', () => {
  const levantine: Array<[string, string]> = [
    ['23 كانون الثاني 2017', '2017-01-23'],
    ['5 شباط 2018', '2018-02-05'],
    ['1 آذار 2019', '2019-03-01'],
    ['14 نيسان 2020', '2020-04-14'],
    ['9 أيار 2021', '2021-05-09'],
    ['30 حزيران 2022', '2022-06-30'],
    ['4 تموز 2016', '2016-07-04'],
    ['15 آب 2015', '2015-08-15'],
    ['11 أيلول 2014', '2014-09-11'],
    ['6 تشرين الأول 2013', '2013-10-06'],
    ['2 تشرين الثاني 2012', '2012-11-02'],
    ['25 كانون الأول 2011', '2011-12-25'],
  ];
  const egyptianGulf: Array<[string, string]> = [
    ['23 يناير 2017', '2017-01-23'],
    ['5 فبراير 2018', '2018-02-05'],
    ['1 مارس 2019', '2019-03-01'],
    ['14 أبريل 2020', '2020-04-14'],
    ['14 إبريل 2020', '2020-04-14'],
    ['14 ابريل 2020', '2020-04-14'],
    ['9 مايو 2021', '2021-05-09'],
    ['30 يونيو 2022', '2022-06-30'],
    ['30 يونيه 2022', '2022-06-30'],
    ['4 يوليو 2016', '2016-07-04'],
    ['4 يوليه 2016', '2016-07-04'],
    ['15 أغسطس 2015', '2015-08-15'],
    ['15 اغسطس 2015', '2015-08-15'],
    ['11 سبتمبر 2014', '2014-09-11'],
    ['6 أكتوبر 2013', '2013-10-06'],
    ['2 نوفمبر 2012', '2012-11-02'],
    ['25 ديسمبر 2011', '2011-12-25'],
  ];
  const maghreb: Array<[string, string]> = [
    ['23 جانفي 2017', '2017-01-23'],
    ['5 فيفري 2018', '2018-02-05'],
    ['1 مارس 2019', '2019-03-01'],
    ['14 أفريل 2020', '2020-04-14'],
    ['9 ماي 2021', '2021-05-09'],
    ['30 جوان 2022', '2022-06-30'],
    ['4 جويلية 2016', '2016-07-04'],
    ['15 أوت 2015', '2015-08-15'],
    ['11 سبتمبر 2014', '2014-09-11'],
    ['6 أكتوبر 2013', '2013-10-06'],
    ['2 نوفمبر 2012', '2012-11-02'],
    ['25 ديسمبر 2011', '2011-12-25'],
  ];

  it.each(levantine)('reads the Levantine date %s', (text, expected) => expect(day(text)).toBe(expected));
  it.each(egyptianGulf)('reads the Egyptian/Gulf date %s', (text, expected) => expect(day(text)).toBe(expected));
  it.each(maghreb)('reads the Maghreb date %s', (text, expected) => expect(day(text)).toBe(expected));
});

describe('Arabic date decorations', () => {
  const forms: Array<[string, string, string]> = [
    ['dual Levantine/Egyptian name', 'الإثنين 23 كانون الثاني/يناير 2017', '2017-01-23'],
    ['dual name with spaces and dash', '23 شباط - فبراير 2017', '2017-02-23'],
    ['dual name in parentheses', '23 نيسان (أبريل) 2017', '2017-04-23'],
    ['Arabic-Indic digits', '٢٣ يناير ٢٠١٧', '2017-01-23'],
    ['Persian digits', '۲۳ يناير ۲۰۱۷', '2017-01-23'],
    ['weekday and comma', 'الخميس، 5 يناير، 2017', '2017-01-05'],
    ['weekday with يوم', 'يوم السبت 7 جانفي 2017', '2017-01-07'],
    ['month first', 'يناير 23، 2017', '2017-01-23'],
    ['tatweel in the month name', '23 ينـاير 2017', '2017-01-23'],
    ['numeric date with Arabic-Indic digits', '٢٣/٠١/٢٠١٧', '2017-01-23'],
  ];
  it.each(forms)('reads the %s form', (_, text, expected) => expect(day(text)).toBe(expected));

  it('reads the clock time after الساعة with ص/م markers', () => {
    expect(parseDate('23 يناير 2017 الساعة 10:30 م', NOW)?.iso).toBe('2017-01-23T22:30:00+00:00');
    expect(parseDate('23 يناير 2017 - 12:15 ص', NOW)?.iso).toBe('2017-01-23T00:15:00+00:00');
    expect(parseDate('الاثنين ٢٣ كانون الثاني ٢٠١٧ الساعة ٠٩:٠٥ صباحا', NOW)?.iso).toBe('2017-01-23T09:05:00+00:00');
  });

  it('reads the part of the day written in words after the clock (rule "Arabic part of the day")', () => {
    const iso = (text: string) => parseDate(text, NOW)?.iso;
    expect(iso('الخميس ١٦ تموز ٢٠٢٥ - ٢:٣٥ بعد الظهر')).toBe('2025-07-16T14:35:00+00:00');
    expect(iso('16 يوليو 2025 10:05 قبل الظهر')).toBe('2025-07-16T10:05:00+00:00');
    expect(iso('16 يوليو 2025 4:10 عصراً')).toBe('2025-07-16T16:10:00+00:00');
    expect(iso('16 يوليو 2025 5:40 فجراً')).toBe('2025-07-16T05:40:00+00:00');
    // Noon and night span both meridiems.
    expect(iso('16 يوليو 2025 1:15 ظهراً')).toBe('2025-07-16T13:15:00+00:00');
    expect(iso('16 يوليو 2025 11:45 ظهرا')).toBe('2025-07-16T11:45:00+00:00');
    expect(iso('16 يوليو 2025 10:00 ليلاً')).toBe('2025-07-16T22:00:00+00:00');
    expect(iso('16 يوليو 2025 12:20 ليلا')).toBe('2025-07-16T00:20:00+00:00');
    expect(iso('16 يوليو 2025 1:30 ليلا')).toBe('2025-07-16T01:30:00+00:00');
    // After a numeric date and after a clock of its own, as after a month name.
    expect(iso('2025/07/16 02:35 بعد الظهر')).toBe('2025-07-16T14:35:00+00:00');
    expect(parseDate('أمس 9:20 مساءً', NOW)?.iso).toBe('2026-11-28T21:20:00+00:00');
  });

  it("reads a clock beside a month named as in Algeria, Tunisia or Morocco on those countries' clock, and a Mashriq name's as written", () => {
    const iso = (text: string, timeZone: string | null = null) => parseDate(text, NOW, { timeZone })?.iso;
    expect(iso('الأربعاء 17 جانفي 2024 - 14:30')).toBe('2024-01-17T14:30:00+01:00');
    expect(iso('نشر في 3 جويلية 2023 على الساعة 09:10')).toBe('2023-07-03T09:10:00+01:00');
    expect(iso('الخميس 10 غشت 2023 - 18:45')).toBe('2023-08-10T18:45:00+01:00');
    expect(iso('17 يناير 2024 - 14:30')).toBe('2024-01-17T14:30:00+00:00');
    expect(iso('17 كانون الثاني 2024 - 14:30')).toBe('2024-01-17T14:30:00+00:00');
    // A zone the page declares, its domain's or its locale's, comes first.
    expect(iso('17 جانفي 2024 - 14:30', 'Asia/Riyadh')).toBe('2024-01-17T14:30:00+03:00');
  });

  it('reads the Algerian clock written with the first letters of hour and minute (rule "hours and minutes abbreviated")', () => {
    const iso = (text: string) => parseDate(text, NOW, { timeZone: 'Africa/Algiers' })?.iso;
    expect(iso('06 ديسمبر 2023 - 10سا17د')).toBe('2023-12-06T10:17:00+01:00');
    expect(iso('06 ديسمبر 2023 على 18 سا 30')).toBe('2023-12-06T18:30:00+01:00');
    expect(iso('06 ديسمبر 2023 - 10:17')).toBe('2023-12-06T10:17:00+01:00');
  });

  it('reads the clock a bilingual Maghreb site prints with the French "h" in its Arabic rows (rule "the French clock in Arabic")', () => {
    const iso = (text: string) => parseDate(text, NOW, { timeZone: 'Africa/Casablanca' })?.iso;
    expect(iso('05 دجنبر 2026 - 22h30')).toBe('2026-12-05T22:30:00+01:00');
    expect(iso('الأحد 12 يوليوز 2026 على الساعة 14H35')).toBe('2026-07-12T14:35:00+01:00');
    // An hour count with no minutes after its "h" is a duration, and no clock.
    expect(iso('05 دجنبر 2026 - مدة 3h')).toBe('2026-12-05T00:00:00+01:00');
  });

  it('reads the clock said in words after "الساعة", its minutes joined by "و", and no such duration without it (rule "minutes in words")', () => {
    const iso = (text: string) => parseDate(text, NOW, { timeZone: 'Africa/Algiers' })?.iso;
    expect(iso('06 ديسمبر 2023 على الساعة 11 و30 دقيقة')).toBe('2023-12-06T11:30:00+01:00');
    expect(iso('28 ماي 2023 على الساعة 18 و 5 دقائق')).toBe('2023-05-28T18:05:00+01:00');
    expect(iso('06 ديسمبر 2023 على الساعة 9 و15 دقيقة مساء')).toBe('2023-12-06T21:15:00+01:00');
    expect(iso('06 ديسمبر 2023 - 11 و30 دقيقة')).toBe('2023-12-06T00:00:00+01:00');
  });

  it('reads the zone written after the clock: a numeric offset, Greenwich time or Mecca time', () => {
    const iso = (text: string) => parseDate(text, NOW)?.iso;
    expect(iso('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)')).toBe('2013-08-28T14:00:00+04:00');
    expect(iso('23 يناير 2017 - ١٤:٠٥ بتوقيت غرينتش')).toBe('2017-01-23T14:05:00+00:00');
    expect(iso('الإثنين 23 كانون الثاني/يناير 2017 الساعة 10:30 صباحا بتوقيت مكة المكرمة')).toBe('2017-01-23T10:30:00+03:00');
  });

  it('reads a Latin zone abbreviation after the clock and its day part (rule "Latin zone after an Arabic clock")', () => {
    const iso = (text: string) => parseDate(text, NOW)?.iso;
    expect(iso('نشر في: 06 ديسمبر ,2026: 08:15 ص GST')).toBe('2026-12-06T08:15:00+04:00');
    expect(iso('06 ديسمبر 2026 - 09:10 م GMT')).toBe('2026-12-06T21:10:00+00:00');
    expect(iso('23 يوليو 2017 الساعة 14:05 BST')).toBe('2017-07-23T14:05:00+01:00');
  });

  it('reads a city or country named as the zone with its summer time on that date', () => {
    const iso = (text: string) => parseDate(text, NOW)?.iso;
    expect(iso('23 يناير 2017 الساعة 14:05 بتوقيت القدس')).toBe('2017-01-23T14:05:00+02:00');
    expect(iso('23 يوليو 2017 الساعة 14:05 بتوقيت القدس')).toBe('2017-07-23T14:05:00+03:00');
    expect(iso('3 ديسمبر 2026 الساعة 14:25 بتوقيت تركيا')).toBe('2026-12-03T14:25:00+03:00');
    expect(iso('الأحد 23 تموز/يوليو 2017 - 10:30 بتوقيت الإمارات')).toBe('2017-07-23T10:30:00+04:00');
    expect(iso('1 فيفري 2017 على الساعة 18:20 بتوقيت الجزائر')).toBe('2017-02-01T18:20:00+01:00');
  });

  it('reads a named zone after the clock of numeric dates too', () => {
    const iso = (text: string) => parseDate(text, NOW)?.iso;
    expect(iso('آخر تحديث: الثلاثاء 01/12/2026 الساعة 09:30 صباحاً بتوقيت مكة')).toBe('2026-12-01T09:30:00+03:00');
    // Egypt kept no summer time from 2017 to 2022, and has again since 2023.
    expect(iso('2017-07-23 14:05 بتوقيت القاهرة')).toBe('2017-07-23T14:05:00+02:00');
    expect(iso('2024-07-23 14:05 بتوقيت القاهرة')).toBe('2024-07-23T14:05:00+03:00');
    expect(iso('2017-07-23 14:05 بتوقيت غرينتش')).toBe('2017-07-23T14:05:00+00:00');
    expect(iso('أمس 18:40 بتوقيت مكة')).toBe('2026-11-28T18:40:00+03:00');
  });

  it('leaves the offset unknown for a clock with no zone', () => {
    expect(parseDate('23 يناير 2017 الساعة 14:05', NOW)).toMatchObject({ iso: '2017-01-23T14:05:00+00:00', zoneKnown: false });
  });
});

describe('Arabic relative dates', () => {
  const relative: Array<[string, string]> = [
    ['منذ 3 ساعات', '2026-11-29T09:00:00+00:00'],
    ['منذ ٣ ساعات', '2026-11-29T09:00:00+00:00'],
    ['منذ ساعة', '2026-11-29T11:00:00+00:00'],
    ['منذ ساعتين', '2026-11-29T10:00:00+00:00'],
    ['منذ يومين', '2026-11-27T12:00:00+00:00'],
    ['منذ 5 أيام', '2026-11-24T12:00:00+00:00'],
    ['قبل 10 دقائق', '2026-11-29T11:50:00+00:00'],
    ['منذ أسبوعين', '2026-11-15T12:00:00+00:00'],
    ['أمس', '2026-11-28T12:00:00+00:00'],
    ['أول أمس', '2026-11-27T12:00:00+00:00'],
    // Rule "hours and minutes ago": the smaller unit after "و" is taken in.
    ['منذ ساعة و 20 دقيقة', '2026-11-29T10:40:00+00:00'],
    ['قبل يومين و3 ساعات', '2026-11-27T09:00:00+00:00'],
  ];
  it.each(relative)('reads %s relative to now', (text, expected) => expect(parseDate(text, NOW)?.iso).toBe(expected));

  it.each(['منذ سنوات طويلة', 'منذ أيام', 'قبل شهور', 'منذ ساعات'])('reads no date from %s, which gives no count', (text) => {
    expect(parseDate(text, NOW)).toBeNull();
  });

  it('reads a day word with its clock after the dateline\'s place and agency (rule "Arabic day word after the credit")', () => {
    const iso = (text: string) => parseDate(text, NOW, { timeZone: 'Asia/Qatar' })?.iso;
    expect(iso('الدوحة - قنا أمس 11:30 م')).toBe('2026-11-28T23:30:00+03:00');
    expect(iso('الدوحة - قنا أول أمس الساعة 09:10 ص')).toBe('2026-11-27T09:10:00+03:00');
    expect(iso('الدوحة - قنا اليوم 08:05 ص')).toBe('2026-11-29T08:05:00+03:00');
    // Without a clock straight after it, the word is still an age counted from now.
    expect(parseDate('الدوحة - قنا أمس', NOW)?.iso).toBe('2026-11-28T12:00:00+00:00');
  });

  it('still reads a singular unit as one, and a counted plural', () => {
    expect(parseDate('منذ سنة', NOW)?.iso.slice(0, 10)).toBe('2025-11-29');
    expect(parseDate('منذ 3 سنوات', NOW)?.iso.slice(0, 10)).toBe('2023-11-30');
  });
});

describe('Arabic day, month and year with their joins', () => {
  it('reads the Levantine numbered short months, a year after "لعام", and hyphens between the parts', () => {
    expect(day('الخميس, 26 تشرين2 2026 - 10:40')).toBe('2026-11-26');
    expect(day('٢٦ ت٢ ٢٠٢٦')).toBe('2026-11-26');
    expect(day('3 ك1 2026')).toBe('2026-12-03');
    expect(day('5 كانون 2 2027')).toBe('2027-01-05');
    expect(day('الخميس 26 من نوفمبر لعام 2026')).toBe('2026-11-26');
    expect(day('26 - نوفمبر - 2026')).toBe('2026-11-26');
    expect(day('26-نوفمبر-2026')).toBe('2026-11-26');
  });

  it('reads a month name set between slashes as a numeric date\'s parts are (rule "slashed month name")', () => {
    expect(parseDate('السبت 05/ديسمبر/2026 - 10:40 م', NOW)?.iso).toBe('2026-12-05T22:40:00+00:00');
    expect(day('5/يناير/2027')).toBe('2027-01-05');
    expect(day('23 كانون الثاني/يناير 2017')).toBe('2017-01-23');
  });
});

describe('Hijri dates', () => {
  it('converts a Hijri-only date to the Gregorian day of the Umm al-Qura calendar (rule "Hijri date alone")', () => {
    expect(day('15 رجب 1438 هـ')).toBe('2017-04-12');
    expect(day('الأحد 5 جمادى الآخرة 1448هـ')).toBe('2026-11-15');
    expect(day('١٢ ربيع الأول ١٤٤٦هـ')).toBe('2024-09-15');
    expect(parseDate('29 ذو الحجة 1447 هـ الساعة 10:30 ص', NOW)?.iso).toBe('2026-06-15T10:30:00+00:00');
    expect(isHijriDateText('15 رجب 1438 هـ')).toBe(true);
  });

  it('reads the last months named in the genitive, after "من" too (rule "month\'s name in the genitive")', () => {
    expect(day('الأحد ١٦ ذي القعدة ١٤٤٧هـ')).toBe('2026-05-03');
    expect(day('الأربعاء 10 من ذي الحجة 1447هـ')).toBe('2026-05-27');
    expect(parseDate('الأحد ١٦ ذي القعدة ١٤٤٧هـ الساعة ٠٩:١٥ ص', NOW)?.iso).toBe('2026-05-03T09:15:00+00:00');
  });

  it('reads the months\' everyday names (rule "months\' everyday names")', () => {
    expect(day('الخميس 23 جمادى الثاني 1448هـ')).toBe('2026-12-03');
    expect(day('5 جمادى الأول 1448هـ')).toBe('2026-10-16');
    expect(day('12 ربيع أول 1448هـ')).toBe('2026-08-25');
    expect(day('12 ربيع ثاني 1448هـ')).toBe('2026-09-23');
    expect(isHijriDateText('جمادى الثاني 1448هـ')).toBe(true);
  });

  it('reads a month named with its epithet (rule "month\'s epithet")', () => {
    expect(day('الخميس 2 رمضان المبارك 1447هـ')).toBe('2026-02-19');
    expect(day('15 شعبان المعظم 1447 هـ')).toBe('2026-02-03');
    expect(parseDate('رمضان المبارك 1447 هـ', NOW)).toBeNull();
  });

  it('does not read a Hijri month and year without a day as a date', () => {
    expect(parseDate('رمضان 1447 هـ', NOW)).toBeNull();
  });

  it('reads the Gregorian date after a numeric Hijri one marked with its era (rule "numeric Hijri date")', () => {
    expect(day('الأحد 1448/06/05 هـ - 2026/11/15 م')).toBe('2026-11-15');
    expect(day('05/06/1448هـ الموافق 15/11/2026م')).toBe('2026-11-15');
    expect(parseDate('الأحد 1448/06/05 هـ', NOW)).toBeNull();
  });

  it('knows a numeric Hijri date, year first, for the raw string it keeps (rule "numeric Hijri date kept")', () => {
    expect(isHijriDateText('١٤٤٨/٠٦/٢٤هـ')).toBe(true);
    expect(isHijriDateText('1448-6-24 هـ')).toBe(true);
    expect(parseDate('١٤٤٨/٠٦/٢٤هـ', NOW)).toBeNull();
    expect(isHijriDateText('2026/12/06')).toBe(false);
  });

  it('takes a year marked هـ with no month for no date (rule "year alone is no date")', () => {
    expect(isHijriDateText('جميع الحقوق محفوظة © ١٤٤٨هـ')).toBe(false);
    expect(isHijriDateText('العدد 6120 - 1448هـ')).toBe(false);
    expect(isHijriDateText('رمضان 1447 هـ')).toBe(true);
    expect(isHijriDateText('05/06/1448هـ')).toBe(true);
  });

  it('tells a date printed in the Hijri calendar alone', () => {
    expect(printsHijriYearOnly('الأحد ٢٦ جمادى الآخرة ١٤٤٨ هـ')).toBe(true);
    expect(printsHijriYearOnly('الأحد 26 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م')).toBe(false);
    expect(printsHijriYearOnly('6 ديسمبر 2026')).toBe(false);
  });

  it('prefers the Gregorian date when both calendars are given', () => {
    expect(day('الاثنين 25 ربيع الآخر 1438 هـ الموافق 23 يناير 2017 م')).toBe('2017-01-23');
  });
});

describe('plausibility', () => {
  it('refuses future, pre-1900 and absurd dates as publication dates', () => {
    expect(publicationDay('23 يناير 2027')).toBeNull();
    expect(publicationDay('23 يناير 1850')).toBeNull();
    expect(publicationDay('23 يناير 99999')).toBeNull();
    expect(publicationDay('23 يناير 2017')).toBe('2017-01-23');
  });
});

describe('text folding', () => {
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });

  it('folds alef, yeh and teh marbuta variants and drops tatweel and diacritics', () => {
    expect(foldArabic('إبريل')).toBe(foldArabic('ابريل'));
    expect(foldArabic('جويلية')).toBe('جويليه');
    expect(foldArabic('ينـــاير')).toBe('يناير');
    expect(foldArabic('شُبَاط')).toBe('شباط');
  });

  it('reads Arabic months typed with a Persian keyboard\'s yeh and kaf (rule "Persian keyboard letters")', () => {
    expect(day('05 دیسمبر 2026')).toBe('2026-12-05');
    expect(day('5 کانون الأول 2026')).toBe('2026-12-05');
    expect(day('الأحد 6 دیسمبر 2026')).toBe('2026-12-06');
  });
});
