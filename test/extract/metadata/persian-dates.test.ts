import { parseDate } from '../../../lambdas/extract/metadata/dates';
import { extract } from '../../../lambdas/extract';
import { afghanCalendarZone, solarToGregorian } from '../../../lambdas/extract/metadata/persian-dates';

const NOW = new Date('2026-11-29T12:00:00Z');
const iso = (text: string) => parseDate(text, NOW)?.iso ?? null;

describe('solar Hijri dates', () => {
  it('converts to Gregorian around Nowruz, in leap and common years', () => {
    expect(solarToGregorian(1404, 1, 1)).toEqual({ year: 2025, month: 3, day: 21 });
    expect(solarToGregorian(1403, 1, 1)).toEqual({ year: 2024, month: 3, day: 20 });
    expect(solarToGregorian(1403, 12, 30)).toEqual({ year: 2025, month: 3, day: 20 });
    expect(solarToGregorian(1399, 12, 30)).toEqual({ year: 2021, month: 3, day: 20 });
    expect(solarToGregorian(1402, 10, 10)).toEqual({ year: 2023, month: 12, day: 31 });
  });

  it('refuses days a solar month does not have', () => {
    expect(solarToGregorian(1404, 12, 30)).toBeNull();
    expect(solarToGregorian(1404, 7, 31)).toBeNull();
  });

  it('reads the Pashto names of the solar months, day first or year first as Pashto writes it (rule "Pashto solar months")', () => {
    expect(iso('۱۲ لیندۍ ۱۴۰۵')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('۱۲ لیندۍ ۱۴۰۵ - ۱۴:۳۰')).toBe('2026-12-03T14:30:00+00:00');
    expect(iso('د ۱۴۰۵ کال د لیندۍ ۱۲مه')).toBe('2026-12-03T00:00:00+00:00');
    expect(iso('د ۱۴۰۵ لمریز کال د تلې ۲۵مه')).toBe('2026-10-17T00:00:00+00:00');
    expect(iso('۵ غبرگولی ۱۴۰۵')).toBe('2026-05-26T00:00:00+00:00');
  });

  it('reads Persian written and numeric dates, in Persian or ASCII digits, with their clock', () => {
    expect(iso('۱۵ اردیبهشت ۱۴۰۴')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('سه‌شنبه ۱۵ اردیبهشت ۱۴۰۴ ساعت ۱۲:۳۰')).toBe('2025-05-05T12:30:00+00:00');
    expect(iso('۱۴۰۴/۰۲/۱۵')).toBe('2025-05-05T00:00:00+00:00');
    expect(iso('1399/12/30')).toBe('2021-03-20T00:00:00+00:00');
  });

  it('reads the Dari month names Afghan sites date their stories with (rule "Dari solar months")', () => {
    expect(iso('۱۲ قوس ۱۴۰۵ - ۰۹:۵۰')).toBe('2026-12-03T09:50:00+00:00');
    expect(iso('۱ حمل ۱۴۰۵')).toBe('2026-03-21T00:00:00+00:00');
    expect(iso('۲۹ حوت ۱۴۰۴')).toBe('2026-03-20T00:00:00+00:00');
    expect(iso('۱۲ آذر ۱۴۰۵')).toBe(iso('۱۲ قوس ۱۴۰۵'));
  });

  it('reads a month name spelt with the Arabic yeh, as windows-1256 pages write it (rule "Arabic yeh in Persian")', () => {
    expect(iso('تاريخ: 17 شهريور 1405 - ساعت 10:20')).toBe('2026-09-08T10:20:00+00:00');
  });

  it('reads no month in the words the Dari names also are, without a day and a year around them', () => {
    expect(iso('به میزان ۱۴۰۰ تن')).toBeNull();
  });

  it('leaves lunar Hijri years (the 1440s) and Gregorian dates alone', () => {
    expect(iso('1446/11/07')).toBe('1446-11-07T00:00:00+00:00');
    expect(iso('2025/05/05')).toBe('2025-05-05T00:00:00+00:00');
  });
});

describe('rule "Afghan calendar\'s clock"', () => {
  it('puts a date in the Afghan months, or a Pashto page\'s Solar date, on Kabul\'s clock, and an Iranian date on none', () => {
    expect(afghanCalendarZone('د ۱۴۰۵ کال د لیندۍ ۱۵مه، ۱۵:۳۰', 'ps')).toBe('Asia/Kabul');
    expect(afghanCalendarZone('۱۵ قوس ۱۴۰۵ - ۱۴:۲۰', null)).toBe('Asia/Kabul');
    expect(afghanCalendarZone('۱۵ آذر ۱۴۰۵ - ۱۰:۴۰', 'ps')).toBe('Asia/Kabul');
    expect(afghanCalendarZone('۱۵ آذر ۱۴۰۵ - ۱۰:۴۰', 'fa')).toBeNull();
    expect(afghanCalendarZone('December 6, 2026 15:30', 'ps')).toBeNull();
  });

  it('reads a Pashto page dated only in the Solar calendar on Kabul\'s clock', () => {
    const html = '<html lang="ps"><body><article><h1>د زیتونو حاصل دوه چنده شو</h1><span class="when">د ۱۴۰۵ کال د لیندۍ ۱۵مه، ۱۵:۳۰</span>'
      + '<p>د ننګرهار د کرنې ریاست وايي، سږکال په دې ولایت کې د زیتونو حاصل تېر کال ته دوه چنده شوی او له باغونو شاوخوا ۴۲۰۰ ټنه زیتون ټول شوي دي.</p></article></body></html>';
    expect(extract(html, { url: 'https://olives.example/news/1', now: new Date('2026-12-08T12:00:00Z') }).publishedAt).toBe('2026-12-06T15:30:00+04:30');
  });

  it('reads a page declared plain "fa" and dated in the Afghan months on Kabul\'s clock, and keeps the clock an address names (rule "Afghan months over Persian\'s clock")', () => {
    const html = (stamp: string) => '<html lang="fa" dir="rtl"><body><article><h1>بازگشایی سرک کابل - جلال‌آباد پس از ترمیم</h1>'
      + `<div class="meta"><span class="date">${stamp}</span></div>`
      + '<p>وزارت فواید عامه روز شنبه اعلام کرد که بخش آسیب‌دیده سرک کابل - جلال‌آباد پس از سه ماه کار ترمیم دوباره به روی رفت‌وآمد باز شده است.</p></article></body></html>';
    const now = new Date('2026-12-08T12:00:00Z');
    expect(extract(html('۱۵ قوس ۱۴۰۵ - ۱۴:۲۰'), { url: 'https://sarak.example/news/1', now }).publishedAt).toBe('2026-12-06T14:20:00+04:30');
    expect(extract(html('۱۵ آذر ۱۴۰۵ - ۱۴:۲۰'), { url: 'https://sarak.example/news/1', now }).publishedAt).toBe('2026-12-06T14:20:00+03:30');
    expect(extract(html('۱۵ قوس ۱۴۰۵ - ۱۴:۲۰'), { url: 'https://sarak.ir/news/1', now }).publishedAt).toBe('2026-12-06T14:20:00+03:30');
  });
});
