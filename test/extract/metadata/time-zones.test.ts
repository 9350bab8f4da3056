import { parseDate } from '../../../lambdas/extract/metadata/dates';
import { extract } from '../../../lambdas/extract';
import { russianStoryCountry, storyCountry } from '../../../lambdas/extract/metadata/page-language';
import { agencyHomeZone, stampMarkZone, countryZones, currencyCountryZone, isSupportedZone, pageTimeZone, stateClockInTitle, utcOffsetAt, utcOffsetAtInstant, wallClockIn, ZONE_BY_COUNTRY, ZONE_BY_LANGUAGE } from '../../../lambdas/extract/metadata/time-zones';

const locale = (overrides: Partial<Parameters<typeof pageTimeZone>[0]>) => pageTimeZone({ region: null, language: null, host: null, ...overrides });

describe('pageTimeZone', () => {
  it('reads the country of the address\'s domain first, the United Kingdom\'s .uk included', () => {
    expect(locale({ host: 'www.hamshahri.ir', language: 'fa' })).toBe('Asia/Tehran');
    expect(locale({ host: 'news.example.co.uk', language: 'en' })).toBe('Europe/London');
    expect(locale({ host: 'www.lanacion.com.ar', language: 'es', region: 'ES' })).toBe('America/Argentina/Buenos_Aires');
  });

  it('reads Belarusian on Minsk\'s clock when the address and the region say nothing (rule "Belarusian on Minsk\'s clock")', () => {
    expect(locale({ host: 'nashaslova.example', language: 'be' })).toBe('Europe/Minsk');
    expect(locale({ host: 'nashaslova.example', language: 'be-BY' })).toBe('Europe/Minsk');
  });

  it('reads Dhivehi on the Maldives\' clock when the address and the region say nothing', () => {
    expect(locale({ host: 'news.example.com', language: 'dv' })).toBe('Indian/Maldives');
  });

  it('reads Sindhi on Pakistan\'s clock, and leaves Uyghur and Pashto, each read on two clocks, unzoned', () => {
    expect(locale({ host: 'news.example.com', language: 'sd' })).toBe('Asia/Karachi');
    expect(locale({ host: 'news.example.com', language: 'ug' })).toBeNull();
    expect(locale({ host: 'news.example.com', language: 'ps' })).toBeNull();
  });

  it('reads the Congo on its capital\'s clock, and Côte d\'Ivoire, Cameroon and Mali on their own', () => {
    expect(locale({ host: 'congohorizon.example.cd', language: 'fr' })).toBe('Africa/Kinshasa');
    expect(locale({ host: 'abidjanmatin.example.ci', language: 'fr' })).toBe('Africa/Abidjan');
    expect(locale({ host: 'messager-littoral.example.cm', language: 'fr' })).toBe('Africa/Douala');
    expect(locale({ host: 'echo.example.ml', language: 'fr' })).toBe('Africa/Bamako');
    expect(agencyHomeZone('ACP')).toBe('Africa/Kinshasa');
    expect(agencyHomeZone('AIP')).toBe('Africa/Abidjan');
    expect(agencyHomeZone('ANGOP')).toBe('Africa/Luanda');
    expect(agencyHomeZone('AIM')).toBe('Africa/Maputo');
    expect(agencyHomeZone('AMI')).toBe('Africa/Nouakchott');
  });

  it('reads Kinyarwanda on Kigali\'s clock, Tigrinya on Asmara\'s and Luganda on Kampala\'s (rule "one clock\'s languages of East Africa")', () => {
    expect(ZONE_BY_LANGUAGE.rw).toBe('Africa/Kigali');
    expect(ZONE_BY_LANGUAGE.ti).toBe('Africa/Asmara');
    expect(ZONE_BY_LANGUAGE.lg).toBe('Africa/Kampala');
  });

  it('reads the copy of Bangladesh\'s and Pakistan\'s private agencies and Sri Lanka\'s national one on their countries\' clocks', () => {
    expect(agencyHomeZone('UNB')).toBe('Asia/Dhaka');
    expect(agencyHomeZone('PPI')).toBe('Asia/Karachi');
    expect(agencyHomeZone('Lankapuvath')).toBe('Asia/Colombo');
  });

  it('reads the copy of Ethiopia\'s and Somalia\'s agencies on Addis Ababa\'s and Mogadishu\'s clocks (rule "the Horn\'s agencies")', () => {
    expect(agencyHomeZone('ENA')).toBe('Africa/Addis_Ababa');
    expect(agencyHomeZone('SONNA')).toBe('Africa/Mogadishu');
  });

  it('reads a French page from Canada on Quebec\'s clock, and an English one on none', () => {
    expect(locale({ host: 'lefleuve.example.ca', language: 'fr-CA', region: 'CA' })).toBe('America/Toronto');
    expect(locale({ host: 'nouvelles.example.com', language: 'fr-CA', region: 'CA' })).toBe('America/Toronto');
    expect(locale({ host: 'news.example.ca', language: 'en-CA', region: 'CA' })).toBeNull();
  });

  it('reads a country domain rented out as a word only under a national second level', () => {
    expect(locale({ host: 'news.example.tv' })).toBeNull();
    expect(locale({ host: 'startup.example.io' })).toBeNull();
    expect(locale({ host: 'www.eltiempo.com.co' })).toBe('America/Bogota');
  });

  it('reads Libya\'s rented-out domain as Libya\'s on a page in Arabic (rule "vanity domain in its country\'s tongue")', () => {
    expect(locale({ host: 'wahat-news.example.ly', language: 'ar' })).toBe('Africa/Tripoli');
    expect(locale({ host: 'wahat-news.example.ly', language: 'ar-LY' })).toBe('Africa/Tripoli');
    expect(locale({ host: 'short.example.ly', language: 'en' })).toBeNull();
    expect(locale({ host: 'short.example.ly' })).toBeNull();
    expect(locale({ host: 'noticias.example.co', language: 'es' })).toBeNull();
  });

  it('reads the region the page declares, unless it is the default locale of a language spoken in many countries', () => {
    expect(locale({ language: 'ar-EG', region: 'EG', host: 'www.youm7.example.com' })).toBe('Africa/Cairo');
    expect(locale({ language: 'es', region: 'ES', host: 'www.ultimas.example.com' })).toBeNull();
    expect(locale({ language: 'ar', region: 'AR' })).toBeNull();
    expect(locale({ language: 'en', region: 'US' })).toBeNull();
  });

  it('falls back on a language spoken on one clock, and not on one spoken across many', () => {
    expect(locale({ language: 'ja' })).toBe('Asia/Tokyo');
    expect(locale({ language: 'zh-Hant-TW', region: 'TW' })).toBe('Asia/Taipei');
    // Taiwan, Hong Kong and Singapore keep the mainland's clock, UTC+8.
    expect(locale({ language: 'zh-Hant' })).toBe('Asia/Shanghai');
    expect(locale({ language: 'de-AT' })).toBe('Europe/Berlin');
    // Kazakhstan has kept one clock, UTC+5, since 2024; Sorani Kurdish is the language of Iraq's Kurdistan Region.
    expect(locale({ language: 'kk' })).toBe('Asia/Almaty');
    expect(utcOffsetAt(locale({ language: 'kk' })!, '2026-12-02T10:15:00')).toBe(300);
    expect(locale({ language: 'ckb' })).toBe('Asia/Baghdad');
    expect(locale({ language: 'ckb-IR', region: 'IR' })).toBe('Asia/Tehran');
    // Rule "Kurdish on one clock": Kurdish and Kurmanji pages come from Turkey, Syria and Iraq, all at UTC+3.
    expect(utcOffsetAt(locale({ language: 'ku' })!, '2026-12-05T10:20:00')).toBe(180);
    expect(utcOffsetAt(locale({ language: 'kmr' })!, '2026-07-05T10:20:00')).toBe(180);
    // Rule "Spain's other languages": Catalan, Galician and Basque pages are read on Central European Time.
    expect(locale({ language: 'ca', host: 'www.diaricomarques.example.cat' })).toBe('Europe/Madrid');
    expect(utcOffsetAt(locale({ language: 'gl' })!, '2026-12-05T10:12:00')).toBe(60);
    expect(locale({ language: 'eu' })).toBe('Europe/Madrid');
    for (const language of ['en', 'ar', 'es', 'fr', 'pt', 'ru']) expect(locale({ language })).toBeNull();
  });

  it('reads Europe\'s regional languages on their one clock (rule "Europe\'s regional languages on one clock")', () => {
    expect(locale({ language: 'br', host: 'www.keleier.example.bzh' })).toBe('Europe/Paris');
    expect(utcOffsetAt(locale({ language: 'mt' })!, '2026-12-05T14:20:00')).toBe(60);
    expect(locale({ language: 'fy' })).toBe('Europe/Amsterdam');
    expect(utcOffsetAt(locale({ language: 'cy' })!, '2026-07-05T14:20:00')).toBe(60);
    expect(locale({ language: 'ga-IE' })).toBe('Europe/Dublin');
    expect(locale({ language: 'hsb' })).toBe('Europe/Berlin');
  });

  it('reads Indonesian on Jakarta\'s clock, and a zone printed after the clock before it', () => {
    expect(locale({ language: 'id', host: 'kabar-daerah.example.com' })).toBe('Asia/Jakarta');
    expect(parseDate('3 Desember 2026 14:05', new Date('2026-12-04T12:00:00Z'), { timeZone: 'Asia/Jakarta' })?.iso).toBe('2026-12-03T14:05:00+07:00');
    expect(parseDate('3 Desember 2026 14:05 WITA', new Date('2026-12-04T12:00:00Z'), { timeZone: 'Asia/Jakarta' })?.iso).toBe('2026-12-03T14:05:00+08:00');
  });

  it('reads Brazil and Mexico on the clock nearly all the country keeps (rule "the clock nearly all the country keeps")', () => {
    expect(locale({ host: 'www.folhadointerior.com.br', language: 'pt-BR', region: 'BR' })).toBe('America/Sao_Paulo');
    expect(locale({ language: 'es-MX', region: 'MX', host: 'www.noticias.example.com' })).toBe('America/Mexico_City');
    expect(utcOffsetAt(locale({ language: 'pt-BR', region: 'BR' })!, '2026-12-03T06:32:00')).toBe(-180);
    expect(utcOffsetAt(locale({ host: 'www.elvigia.com.mx' })!, '2026-07-02T21:15:00')).toBe(-360);
  });

  it('reads Russia on Moscow time by its domain or declared region, not by the language alone', () => {
    expect(locale({ host: 'www.vvestnik.ru', language: 'ru' })).toBe('Europe/Moscow');
    expect(locale({ language: 'ru-RU', region: 'RU', host: 'www.example.com' })).toBe('Europe/Moscow');
    expect(locale({ language: 'ru', host: 'www.example.com' })).toBeNull();
    expect(locale({ host: 'stolkurier.by', language: 'ru' })).toBe('Europe/Minsk');
  });

  it('reads a country domain written in the country\'s own script (rule "country domain in its own script")', () => {
    expect(locale({ host: 'xn----8sbcc4adlugdb0bnr.xn--p1ai', language: 'ru' })).toBe('Europe/Moscow');
    expect(locale({ host: 'example.xn--qxam' })).toBe('Europe/Athens');
    expect(locale({ host: 'xn--p1ai' })).toBeNull();
  });
});

describe('countryZones', () => {
  it('lists the zones of a country of several, by its domain or else its declared region (rule "the country\'s own clocks")', () => {
    expect(countryZones({ region: null, language: 'en', host: 'riverinatimes.com.au' })[0]).toBe('Australia/Sydney');
    expect(countryZones({ region: 'US', language: 'en-US', host: 'www.example.com' })).toContain('America/Chicago');
    expect(countryZones({ region: null, language: 'en', host: 'www.example.com' })).toEqual([]);
    expect(countryZones({ region: 'DE', language: 'de', host: null })).toEqual([]);
  });

  it('puts a UTC instant the dateline prints on the next day on the country\'s clock, not the nearest hour', () => {
    const record = extract(`<html lang="en-AU"><head><title>Pool approved</title><meta property="article:published_time" content="2026-11-19T20:30:00+00:00"></head>
      <body><article><h1>Pool approved</h1><p class="date">November 20, 2026</p>${'<p>Councillors voted on Thursday night to approve the new aquatic centre beside the old pool, the biggest building job in a decade.</p>'.repeat(3)}</article></body></html>`,
    { url: 'https://riverinatimes.com.au/news/pool-approved/', now: new Date('2026-12-03T12:00:00Z') });
    expect(record.publishedAt).toBe('2026-11-20T07:30:00+11:00');
  });

  it('puts a UTC instant the dateline prints on the next day on the clock of a country with one zone (rule "the page\'s own clock first")', () => {
    const record = extract(`<html lang="en"><head><title>Library bus stays</title><meta property="article:published_time" content="2026-12-03T22:40:51.000Z"></head>
      <body><article><h1>Library bus stays</h1><time class="byline-meta-date" datetime="2026-12-04">4 Dec 2026</time>${'<p>The mobile library will keep running for at least another three years after councillors voted to pay for a new vehicle.</p>'.repeat(3)}</article></body></html>`,
    { url: 'https://southernledger.example.nz/library-bus-stays/', now: new Date('2026-12-05T12:00:00Z') });
    expect(record.publishedAt).toBe('2026-12-04T11:40:51+13:00');
  });
});

describe('the zone tables', () => {
  it('name only zones this runtime knows, at offsets within UTC-12:00 to UTC+14:00', () => {
    const zones = new Set([...Object.values(ZONE_BY_COUNTRY), ...Object.values(ZONE_BY_LANGUAGE)]);
    for (const zone of zones) {
      expect([zone, isSupportedZone(zone)]).toEqual([zone, true]);
      for (const wallTime of ['2026-01-15T12:00:00', '2026-07-15T12:00:00']) {
        const offset = utcOffsetAt(zone, wallTime);
        expect(Number.isInteger(offset) && offset >= -12 * 60 && offset <= 14 * 60).toBe(true);
      }
    }
  });

  it('reads a zone the runtime does not know as no zone, and its offset as UTC, rather than throw', () => {
    expect(isSupportedZone('Mars/Olympus_Mons')).toBe(false);
    expect(utcOffsetAt('Mars/Olympus_Mons', '2026-01-15T12:00:00')).toBe(0);
  });
});

describe('rule "the currency\'s country"', () => {
  it('reads the clock of the one country whose money a story prices in by its sign', () => {
    expect(currencyCountryZone('A basket that sold for ₦45,000 in July now goes for ₦6,000.')).toBe('Africa/Lagos');
    expect(currencyCountryZone('Fares rose to GH₵12 on the Kasoa route.')).toBe('Africa/Accra');
  });

  it('reads Brasília\'s clock by the real\'s sign (rule "the real\'s sign")', () => {
    expect(currencyCountryZone('O investimento, de R$ 4,3 milhões, vem de um convênio com o governo do estado.')).toBe('America/Sao_Paulo');
    expect(currencyCountryZone('O rendimento médio ficou em R$3.410.')).toBe('America/Sao_Paulo');
  });

  it('reads the money written as a word after the amount, one country\'s alone (rule "the currency\'s word in Latin letters")', () => {
    expect(currencyCountryZone('Le kilo de riz se vend entre 2 800 et 2 950 ariary sur les marchés.')).toBe('Indian/Antananarivo');
    expect(currencyCountryZone('Traders paid 45,000 naira for a basket.')).toBe('Africa/Lagos');
    expect(currencyCountryZone('Le prix est fixé à 305 francs CFA le kilogramme.')).toBeNull();
    expect(currencyCountryZone('The naira fell against the dollar.')).toBeNull();
  });

  it('reads the peso written as a bare "P" only beside a barangay (rule "the peso\'s letter")', () => {
    expect(currencyCountryZone('Households in Barangay Carmen will pay P250 a month, down from P265.')).toBe('Asia/Manila');
    expect(currencyCountryZone('The project in the barangay cost P186 million.')).toBe('Asia/Manila');
    expect(currencyCountryZone('The council raised the levy to P1,500, from P1,200.')).toBeNull();
    expect(currencyCountryZone('Barangay officials said she finished P3 in the race, behind the P40 team.')).toBeNull();
  });

  it('reads the Caribbean\'s and the Pacific\'s dollars by the country\'s letters before the sign (rule "the dollar\'s letters")', () => {
    expect(currencyCountryZone('The total price per ton reached BZ$82.40, the association said.')).toBe('America/Belize');
    expect(currencyCountryZone('Fares rose to J$ 250 on the Portmore route.')).toBe('America/Jamaica');
    expect(currencyCountryZone('The fine is FJ$500.')).toBe('Pacific/Fiji');
    expect(currencyCountryZone('The fund holds EC$40 million, and US$ 2 million more.')).toBeNull();
    expect(currencyCountryZone('A ticket costs B$25.')).toBeNull();
  });

  it('reads no clock from signs of two countries, or from a sign that more than one country\'s money shares', () => {
    expect(currencyCountryZone('Exports worth ₹400 crore were paid for at ₦1.2 billion.')).toBeNull();
    expect(currencyCountryZone('The flat costs ₪2.1 million.')).toBeNull();
    expect(currencyCountryZone('The ticket costs $40.')).toBeNull();
  });

  it('reads a page\'s time printed in no zone on that clock, but not an agency\'s copy', () => {
    const page = (foot: string) => `<html><head><title>Kano farmers lament low prices</title></head><body><article><h1>Kano farmers lament low prices</h1>
      <div class="date">Posted: Friday, December 04, 2026 10:12 AM</div>
      <p>Tomato farmers in Kano State said a basket that sold for ₦45,000 in July now goes for as little as ₦6,000 at the market.</p>
      <p>The farmers said a good harvest across the northern states had flooded the markets at a time when the factories were not buying.</p>${foot}
      </article></body></html>`;
    const now = new Date('2026-12-09T12:00:00Z');
    expect(extract(page(''), { url: 'https://northernstar.example/details.asp?id=1', now }).publishedAt).toBe('2026-12-04T10:12:00+01:00');
    expect(extract(page('<p>(Reuters)</p>'), { url: 'https://northernstar.example/details.asp?id=1', now }).publishedAt).toBe('2026-12-04T10:12:00+00:00');
  });
});

describe('extract() on an Arab site whose address, locale and footer adjective say nothing of its country', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const story = '<p>أعلنت الشركة المشغلة، اليوم الأحد، زيادة عدد الرحلات الأسبوعية بين المدينتين إلى أربع رحلات اعتباراً من الشهر المقبل.</p><p>وقالت الشركة إن الحجوزات مفتوحة عبر موقعها الإلكتروني ومكاتبها.</p>';

  it('reads the clock of the city and country the footer\'s address closes with (rule "the footer\'s address")', () => {
    const page = (foot: string) => `<html lang="ar" dir="rtl"><head><title>زيادة الرحلات الأسبوعية</title><meta property="article:published_time" content="2026-12-06T09:10:00+00:00"></head>
      <body><article><h1>زيادة الرحلات الأسبوعية</h1>${story}</article><footer>جميع الحقوق محفوظة لصحيفة الساحل © 2026${foot}</footer></body></html>`;
    expect(extract(page(' - مسقط، سلطنة عمان'), { url: 'https://sahil.example/a', now }).publishedAt).toBe('2026-12-06T13:10:00+04:00');
    expect(extract(page(''), { url: 'https://sahil.example/a', now }).publishedAt).toBe('2026-12-06T09:10:00+00:00');
  });

  it('reads the clock of the one country the site\'s name holds (rule "the country in the site\'s name")', () => {
    const page = (name: string) => `<html lang="ar" dir="rtl"><head><title>زيادة الرحلات الأسبوعية | ${name}</title><meta property="og:site_name" content="${name}"></head>
      <body><article><h1>زيادة الرحلات الأسبوعية</h1><div class="date">الأحد 6 ديسمبر 2026 - 02:30 م</div>${story}</article></body></html>`;
    expect(extract(page('مصر الآن'), { url: 'https://portal.example/a', now }).publishedAt).toBe('2026-12-06T14:30:00+02:00');
    expect(extract(page('الشرق الآن'), { url: 'https://portal.example/a', now }).publishedAt).toBe('2026-12-06T14:30:00+00:00');
  });
});

describe('utcOffsetAt', () => {
  it('gives the offset in force at the wall-clock time, summer time included', () => {
    expect(utcOffsetAt('Asia/Tehran', '2026-12-01T09:45:00')).toBe(210);
    expect(utcOffsetAt('Europe/Berlin', '2026-01-15T12:00:00')).toBe(60);
    expect(utcOffsetAt('Europe/Berlin', '2026-07-15T12:00:00')).toBe(120);
    expect(utcOffsetAt('America/Santiago', '2026-01-15T12:00:00')).toBe(-180);
  });

  it('reads an hour that summer time skips or repeats with the offset in force before the change', () => {
    // Berlin's clocks went from 02:00 to 03:00 on 29 March 2026, and from 03:00 back to 02:00 on 25 October.
    expect(utcOffsetAt('Europe/Berlin', '2026-03-29T02:30:00')).toBe(60);
    expect(utcOffsetAt('Europe/Berlin', '2026-03-29T03:30:00')).toBe(120);
    expect(utcOffsetAt('Europe/Berlin', '2026-10-25T02:30:00')).toBe(120);
    expect(utcOffsetAt('Europe/Berlin', '2026-10-25T03:30:00')).toBe(60);
  });

  it('gives the offset at an instant', () => {
    expect(utcOffsetAtInstant('Asia/Kathmandu', Date.parse('2026-12-01T00:00:00Z'))).toBe(345);
    expect(utcOffsetAtInstant('Europe/London', Date.parse('2026-07-01T00:00:00Z'))).toBe(60);
  });
});

describe('extract() on a page fetched minutes after it went up', () => {
  const persianPage = `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
    <title>بارش برف در گردنه‌های شمالی - خبرگزاری نمونه</title></head><body>
    <article><h1>بارش برف در گردنه‌های شمالی</h1>
    <div class="date">سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۰۹:۴۵</div>
    <p>پلیس راه اعلام کرد که از صبح امروز بارش برف در گردنه‌های شمالی آغاز شده و رانندگان باید زنجیر چرخ همراه داشته باشند.</p>
    <p>به گفته این مقام، تردد در جاده چالوس با کندی همراه است و احتمال بسته شدن مسیر در ساعات شب وجود دارد.</p>
    </article></body></html>`;
  // 09:45 in Tehran (UTC+03:30) is 06:15 UTC; read as UTC, it lay three and a half hours ahead of now.
  const now = new Date('2026-12-01T06:30:00Z');

  it('reads the dateline on the page\'s clock, with its offset, rather than refusing it as lying in the future', () => {
    const record = extract(persianPage, { url: 'https://www.khabar-nemouneh.ir/news/123', now });
    expect(record.publishedAt).toBe('2026-12-01T09:45:00+03:30');
    expect(record.publishedAtRaw).toBe('سه‌شنبه ۱۰ آذر ۱۴۰۵ - ۰۹:۴۵');
    expect(Date.parse(record.publishedAt!)).toBeLessThan(now.getTime());
  });

  it('keeps the date of a page whose zone it cannot tell, written as UTC, when it lies less than 14 hours ahead', () => {
    const englishPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <title>Snow closes the northern passes - Sample News</title></head><body>
    <article><h1>Snow closes the northern passes</h1>
    <div class="date">December 1, 2026 5:40 pm</div>
    <p>The highway police said snow began falling on the northern passes this morning and drivers must carry chains.</p>
    <p>Traffic on the coastal road is slow, the official said, and the route may be closed overnight.</p>
    </article></body></html>`;
    const record = extract(englishPage, { url: 'https://www.sydney-daily.example.com/news/123', now });
    expect(record.publishedAt).toBe('2026-12-01T17:40:00+00:00');
    expect(extract(englishPage.replace('5:40 pm', '9:40 pm'), { url: 'https://www.sydney-daily.example.com/news/123', now }).publishedAt).toBeNull();
  });
});

describe('extract() on a page that declares no language', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const chinese = (lang: string) => `<!doctype html><html${lang}><head><meta charset="utf-8"><title>上海虹桥站开通市域铁路新线_新闻中心</title></head><body>
    <h1>上海虹桥站开通市域铁路新线</h1><div class="info"><span class="pubtime">2026-03-12 14:30</span></div>
    <div class="content"><p>新线全长六十八公里，设站九座，连接虹桥枢纽与周边新城，预计每日客流量超过十万人次。</p>
    <p>市交通部门表示，新线开通后，沿线居民前往市中心的通勤时间将缩短一半，并将与地铁多条线路实现换乘。</p></div></body></html>`;

  it('puts a printed time on the clock of the language its text is written in, as a declared one would', () => {
    expect(extract(chinese(''), { now }).publishedAt).toBe('2026-03-12T14:30:00+08:00');
    expect(extract(chinese(' lang="zh-CN"'), { now }).publishedAt).toBe('2026-03-12T14:30:00+08:00');
  });

  it('leaves the time in UTC when the text is in a language spoken across many zones', () => {
    const english = `<!doctype html><html><head><title>New rail line opens at the harbour</title></head><body><h1>New rail line opens at the harbour</h1>
      <div class="info"><span class="pubtime">2026-03-12 14:30</span></div><div class="content"><p>The new line is sixty-eight kilometres long and has nine stations, linking the harbour with the towns around it.</p></div></body></html>`;
    expect(extract(english, { now }).publishedAt).toBe('2026-03-12T14:30:00+00:00');
  });
});

describe('rule "the headline overrules the template"', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const persian = (lang: string) => `<!doctype html><html${lang}><head><meta charset="utf-8"><title>بارش برف در گردنه‌های شمالی - خبرگزاری نمونه</title></head>
    <body dir="rtl"><article><h1>بارش برف در گردنه‌های شمالی</h1><div class="date">یکشنبه ۱۵ آذر ۱۴۰۵ - ۱۱:۴۰</div>
    <p>پلیس راه اعلام کرد که از صبح امروز بارش برف در گردنه‌های شمالی آغاز شده و رانندگان باید زنجیر چرخ همراه داشته باشند.</p>
    <p>به گفته این مقام، تردد در جاده چالوس با کندی همراه است و احتمال بسته شدن مسیر در ساعات شب وجود دارد.</p></article></body></html>`;

  it('reads a Persian story a template declares lang="en" on Tehran\'s clock, as one declared Persian', () => {
    expect(extract(persian(' lang="en"'), { url: 'https://www.khabar-nemouneh.example/news/1', now }).publishedAt).toBe('2026-12-06T11:40:00+03:30');
    expect(extract(persian(' lang="fa"'), { url: 'https://www.khabar-nemouneh.example/news/1', now }).publishedAt).toBe('2026-12-06T11:40:00+03:30');
  });

  it('keeps a declared language whose direction the headline shares', () => {
    const english = `<!doctype html><html lang="en"><head><title>New rail line opens at the harbour</title></head><body><h1>New rail line opens at the harbour</h1>
      <div class="info"><span class="pubtime">2026-03-12 14:30</span></div><div class="content"><p>الخط الجديد يربط الميناء بالمدن المحيطة به عبر تسع محطات على امتداد ثمانية وستين كيلومترا.</p></div></body></html>`;
    expect(extract(english, { now }).publishedAt).toBe('2026-03-12T14:30:00+00:00');
  });
});

describe('rule "the national agency\'s paper"', () => {
  it('gives the zone of a national agency\'s country, and none for an international agency', () => {
    expect(agencyHomeZone('SPA')).toBe('Asia/Riyadh');
    expect(agencyHomeZone('MENA')).toBe('Africa/Cairo');
    expect(agencyHomeZone('TAP')).toBe('Africa/Tunis');
    // Algeria's and Senegal's agencies are both "APS"; only Algeria's writes in Arabic.
    expect(agencyHomeZone('APS', 'ar')).toBe('Africa/Algiers');
    expect(agencyHomeZone('APS', 'fr')).toBeNull();
    expect(agencyHomeZone('APS')).toBeNull();
    expect(agencyHomeZone('AFP')).toBeNull();
    expect(agencyHomeZone(null)).toBeNull();
  });

  it('reads a wall-clock time written as UTC on the zone\'s clock', () => {
    expect(wallClockIn('Asia/Riyadh', '2026-12-03T10:20:00+00:00')).toBe('2026-12-03T10:20:00+03:00');
  });

  it('puts an agency story\'s printed time on the agency\'s clock when the page names no zone', () => {
    const html = `<html lang="ar" dir="rtl"><head><title>اجتماع وزراء النقل</title></head><body><article><h1>اجتماع وزراء النقل</h1>
      <div class="date">نشر في: ٣ ديسمبر ٢٠٢٦ | ١٠:٢٠ ص</div>
      <p>الرياض - واس:</p><p>${'تستضيف الرياض الأسبوع المقبل الاجتماع الدوري لوزراء النقل والمواصلات في دول المجلس. '.repeat(4)}</p>
      <p>${'وأوضحت الأمانة العامة أن الاجتماع سيستعرض تقارير اللجان الفنية حول المشروع. '.repeat(4)}</p></article></body></html>`;
    const record = extract(html, { url: 'https://example-news.com/gulf/1', now: new Date('2026-12-04T12:00:00Z') });
    expect(record.wireSource).toBe('SPA');
    expect(record.publishedAt).toBe('2026-12-03T10:20:00+03:00');
  });
});

describe('rule "the writer\'s city"', () => {
  const page = (credit: string) => `<html lang="ar" dir="rtl"><head><title>أرباح شركة الميناء</title></head><body><article><h1>أرباح شركة الميناء</h1>
    <div class="by">${credit}</div><div class="date">الخميس ٣ ديسمبر ٢٠٢٦ - ٠٤:١٠ م</div>
    <p>${'أعلنت شركة الميناء ارتفاع صافي أرباحها للربع الثالث بدعم من نمو الكميات المباعة في السوق المحلية. '.repeat(4)}</p>
    <p>${'وقال المحلل المالي إن النتائج جاءت أعلى من متوسط توقعات المحللين في القطاع. '.repeat(4)}</p></article></body></html>`;
  const publishedAt = (credit: string) => extract(page(credit), { url: 'https://www.example-mal.com/markets/41877', now: new Date('2026-12-04T12:00:00Z') }).publishedAt;

  it('reads an Arabic page\'s printed time on the clock of the city its byline files from, when nothing else names the zone', () => {
    expect(publishedAt('الرياض - فهد القحطاني')).toBe('2026-12-03T16:10:00+03:00');
    expect(publishedAt('القاهرة: أحمد علي حسن')).toBe('2026-12-03T16:10:00+02:00');
    expect(publishedAt('دبي - مريم الشامسي')).toBe('2026-12-03T16:10:00+04:00');
  });

  it('reads the clock of Tunisia from a governorate\'s seat its correspondent files from, and none from a seat whose word names something else (rule "the regions\' seats")', () => {
    expect(publishedAt('جندوبة - مراسل القناة: سامي الهمامي')).toBe('2026-12-03T16:10:00+01:00');
    expect(publishedAt('القيروان - منية الورغي')).toBe('2026-12-03T16:10:00+01:00');
    expect(publishedAt('سوسة - منية الورغي')).toBe('2026-12-03T16:10:00+00:00');
  });

  it('reads no zone from a city whose word names two places, nor from a byline without a city', () => {
    expect(publishedAt('عمان - سالم الحارثي')).toBe('2026-12-03T16:10:00+00:00');
    expect(publishedAt('كتب: فهد القحطاني')).toBe('2026-12-03T16:10:00+00:00');
  });
});

describe('rule "the story\'s country"', () => {
  it('reads the one country a text names, through the letters Arabic joins to a name, and none where it names two', () => {
    expect(storyCountry('قطع المياه عن 12 منطقة بالجيزة لمدة 14 ساعة')).toBe('EG');
    expect(storyCountry('وصل الوفد إلى عمّان ثم توجه للأردن الشمالي')).toBe('JO');
    expect(storyCountry('انقطاع الكهرباء في القاهرة والإسكندرية')).toBe('EG');
    expect(storyCountry('وزير خارجية مصر يزور الرياض')).toBeNull();
    expect(storyCountry('مفاوضات جنيف حول السلام')).toBeNull();
  });

  it('reads a country from its adjective after a noun with the article, not from the adjective that names people', () => {
    expect(storyCountry('البورصة المصرية تربح 14 مليار جنيه')).toBe('EG');
    expect(storyCountry('قررت الحكومة الأردنية رفع الرسوم')).toBe('JO');
    expect(storyCountry('عمال سوريون في البقاع')).toBeNull();
    expect(storyCountry('التقى عاملا لبنانيا')).toBeNull();
  });

  it('reads no country from a name that means something else as well', () => {
    // Oman or Amman, Morocco or the sunset prayer, Qatar or a pipe's diameter.
    expect(storyCountry('وصل إلى عمان أمس')).toBeNull();
    expect(storyCountry('بعد صلاة المغرب')).toBeNull();
    expect(storyCountry('خط مياه بقطر 1000 مم وقطر الأنبوب')).toBeNull();
  });

  const page = (credit: string, headline: string, opening: string) => `<html lang="ar" dir="rtl"><head><title>${headline} | بوابة المدينة</title></head><body>
    <article><h1>${headline}</h1><div class="by">${credit}</div><div class="date">السبت، 05 ديسمبر 2026 04:15 م</div>
    <p>${opening}</p><p>${'وأوضحت الجهة المسؤولة في بيان لها أن الأعمال ستنتهي في موعدها المحدد دون تأخير. '.repeat(4)}</p></article></body></html>`;
  const publishedAt = (credit: string, headline: string, opening: string) =>
    extract(page(credit, headline, opening), { url: 'https://www.example-madina.com/news/9987', now: new Date('2026-12-06T12:00:00Z') }).publishedAt;
  const opening = 'أعلنت شركة مياه الشرب قطع المياه عن اثنتي عشرة منطقة لمدة أربع عشرة ساعة لتنفيذ أعمال ربط خط رئيسي جديد بمحطة الرفع.';

  it('reads an Arabic page\'s time printed in no zone on the clock of the country its headline names, when nothing else names the zone', () => {
    expect(publishedAt('كتب: محمود عبد الرازق', 'قطع المياه عن 12 منطقة بالجيزة غدا', opening)).toBe('2026-12-05T16:15:00+02:00');
    expect(publishedAt('كتب: محمود عبد الرازق', 'قطع المياه عن 12 منطقة غدا', `${opening} وذلك في إربد.`)).toBe('2026-12-05T16:15:00+03:00');
  });

  it('keeps UTC for a correspondent\'s story filed from abroad, and for a story that names two countries or none', () => {
    expect(publishedAt('جنيف: طارق الحمادي', 'مفاوضات جنيف حول اليمن تدخل أسبوعها الثاني', opening)).toBe('2026-12-05T16:15:00+00:00');
    expect(publishedAt('كتب: محمود عبد الرازق', 'وزير خارجية مصر يزور الرياض', opening)).toBe('2026-12-05T16:15:00+00:00');
    expect(publishedAt('كتب: محمود عبد الرازق', 'قطع المياه عن 12 منطقة غدا', opening)).toBe('2026-12-05T16:15:00+00:00');
  });
});

describe('rule "the Maghreb\'s clock" over the story', () => {
  const page = (closing: string) => `<html lang="ar" dir="rtl"><head><title>إيداع 14 قائمة للانتخابات البلدية</title></head><body>
    <table><tr><td><h1>إيداع 14 قائمة للانتخابات البلدية</h1><div class="date">بتاريخ: 2026-12-04 على الساعة 18:30</div>
    <p>${'انتهت مساء أمس آجال إيداع ملفات الترشح للانتخابات البلدية الجزئية المقررة في ثلاث بلديات من الولاية. '.repeat(3)}</p>
    <p>${closing}</p></td></tr></table></body></html>`;
  const publishedAt = (closing: string) => extract(page(closing), { url: 'http://www.example-wilaya.com/news.php?id=5512', now: new Date('2026-12-06T12:00:00Z') }).publishedAt;

  it('reads a time printed in no zone on the Maghreb\'s clock when the story names a month the Maghreb\'s way anywhere', () => {
    expect(publishedAt('ومن المنتظر أن تنطلق الحملة الانتخابية يوم 21 ديسمبر الجاري، فيما حدد يوم الاقتراع في 9 جانفي المقبل.')).toBe('2026-12-04T18:30:00+01:00');
  });

  it('keeps UTC when the story names its months as the Mashriq does', () => {
    expect(publishedAt('ومن المنتظر أن تنطلق الحملة الانتخابية يوم 21 ديسمبر الجاري، فيما حدد يوم الاقتراع في 9 يناير المقبل.')).toBe('2026-12-04T18:30:00+00:00');
  });
});

describe('stateClockInTitle (rule "state after the town")', () => {
  const australian = { region: null, language: 'en', host: 'www.advocate.example.com.au' };
  it('reads the zone of the state an Australian page\'s title closes with', () => {
    expect(stateClockInTitle('Station funded | The Tablelands Advocate | Wallaroo Creek, NSW', australian)).toBe('Australia/Sydney');
    expect(stateClockInTitle('Dam levels rise | The Downs Chronicle | Toowoomba, QLD', australian)).toBe('Australia/Brisbane');
    expect(stateClockInTitle('Harvest begins | The Wheatbelt Times | Merredin, WA', { region: 'AU', language: 'en', host: null })).toBe('Australia/Perth');
  });

  it('reads nothing from a title without the state, or from a page that is not Australian', () => {
    expect(stateClockInTitle('Station funded | The Tablelands Advocate', australian)).toBeNull();
    expect(stateClockInTitle('Station funded | The Courier | Springfield, WA', { region: null, language: 'en', host: 'courier.example.com' })).toBeNull();
  });
});

describe('rule "the masthead\'s city"', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const page = (masthead: string) => `<html><body><table><tr><td class="data-topo"><font size="1">${masthead}</font></td></tr>
    <tr><td><font size="5"><b>Cheia do rio preocupa moradores</b></font><br><font size="1">Publicado em: 05/12/2026 - 09:15</font></td></tr>
    <tr><td><font size="2">${'O nível do rio subiu 1,2 metro ao longo de novembro e já preocupa moradores das áreas de palafitas da orla. '.repeat(3)}</font></td></tr></table></body></html>`;

  it('reads a zoneless time on the clock of the city the masthead\'s date line opens with', () => {
    expect(extract(Buffer.from(page('Manaus, sábado, 5 de dezembro de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-04:00');
    expect(extract(Buffer.from(page('Maputo, Sábado, 05 de Dezembro de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00+02:00');
  });

  it('reads no city out of a line that holds no date, or of a word that names something else', () => {
    expect(extract(Buffer.from(page('Manaus, a capital do Amazonas')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00+00:00');
    expect(extract(Buffer.from(page('Natal, sábado, 5 de dezembro de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00+00:00');
  });

  it('reads the clock of a Spanish-language paper\'s city in Mexico or the United States', () => {
    const spanish = (masthead: string) => `<html lang="es"><body><table><tr><td class="fecha"><font size="1">${masthead}</font></td></tr>
    <tr><td><h2>Abren nuevo centro comunitario en el barrio</h2><font size="2">Publicado el sábado 5 de diciembre de 2026 - 9:15 a.m.</font></td></tr>
    <tr><td><font size="2">${'El centro ofrecerá talleres gratuitos de computación y clases de ciudadanía para los vecinos del barrio. '.repeat(3)}</font></td></tr></table></body></html>`;
    expect(extract(Buffer.from(spanish('Houston, Texas · Sábado 5 de diciembre de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-06:00');
    expect(extract(Buffer.from(spanish('Tijuana, B.C. · Sábado 5 de diciembre de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-08:00');
  });

  it('reads the clock of a paper\'s city in the Andes and the Southern Cone, and not of a city whose name Spain has too', () => {
    const spanish = (masthead: string) => `<html lang="es"><body><table><tr><td class="fecha"><font size="1">${masthead}</font></td></tr>
    <tr><td><h2>Abren nuevo centro comunitario en el barrio</h2><font size="2">Publicado: 05/12/2026 09:15</font></td></tr>
    <tr><td><font size="2">${'El centro ofrecerá talleres gratuitos de computación y clases de apoyo escolar para los vecinos del barrio. '.repeat(3)}</font></td></tr></table></body></html>`;
    expect(extract(Buffer.from(spanish('Lima, sábado 5 de diciembre de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-05:00');
    expect(extract(Buffer.from(spanish('Guayaquil, sábado 5 de diciembre de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-05:00');
    expect(extract(Buffer.from(spanish('Córdoba, sábado 5 de diciembre de 2026')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00+00:00');
  });

  it('reads the city and its country under the logo, with no date after them, and not a city with another country (rule "the masthead\'s city and country")', () => {
    const spanish = (masthead: string) => `<html><body><table><tr><td class="cabecera"><img src="/logo.gif" alt="Diario"><br><font size="1">${masthead}</font></td></tr>
    <tr><td><h1>Abren nuevo centro comunitario en el barrio</h1><font size="2">Publicado: 05/12/2026 09:15</font></td></tr>
    <tr><td><font size="2">${'El centro ofrecerá talleres gratuitos de computación y clases de apoyo escolar para los vecinos del barrio. '.repeat(3)}</font></td></tr></table></body></html>`;
    expect(extract(Buffer.from(spanish('Asunción, Paraguay')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-03:00');
    expect(extract(Buffer.from(spanish('Quito, Ecuador')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00-05:00');
    expect(extract(Buffer.from(spanish('Lima, Chile')), { url: null, now }).publishedAt).toBe('2026-12-05T09:15:00+00:00');
  });
});

describe('rule "hours written hs"', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const page = (stamp: string, lang = 'es') => Buffer.from(`<html lang="${lang}"><body><article><h1>Abren nuevo centro comunitario en el barrio</h1><p class="fecha">${stamp}</p>
    ${'<p>El centro ofrecerá talleres gratuitos de computación y clases de apoyo escolar para los vecinos del barrio durante todo el verano.</p>'.repeat(3)}</article></body></html>`);

  it('reads a Spanish page\'s zoneless time written with "hs" on the River Plate\'s clock', () => {
    expect(stampMarkZone('es', null, '05/12/2026 | 14:20 hs')).toBe('America/Argentina/Buenos_Aires');
    expect(extract(page('Sábado, 5 de diciembre de 2026 · 11:05 hs'), { url: null, now }).publishedAt).toBe('2026-12-05T11:05:00-03:00');
  });

  it('reads nothing from a time written otherwise, or from a page in another language', () => {
    expect(stampMarkZone('es', '05/12/2026 14:20 hrs.')).toBeNull();
    expect(stampMarkZone('en', '05/12/2026 | 14:20 hs')).toBeNull();
    expect(extract(page('Sábado, 5 de diciembre de 2026 · 11:05 h'), { url: null, now }).publishedAt).toBe('2026-12-05T11:05:00+00:00');
  });
});

describe('rule "text without paragraphs"', () => {
  const page = (story: string) => Buffer.from(`<html><head><title>신문 :: 시의회 예산안 통과</title></head><body>
<table><tr><td><font size="2"><a href="/">뉴스홈</a> &gt; <a href="/local">지역</a></font></td></tr>
<tr><td><font size="5"><b>시의회 예산안 통과</b></font><br><font size="2">기사입력 2026-12-05 19:42</font><br><br>
<font size="3">${story}</font></td></tr></table></body></html>`);
  const publishedAt = (story: string) => extract(page(story), { url: 'https://news.example/view?id=1', now: new Date('2026-12-08T12:00:00Z') }).publishedAt;

  it('reads a page that declares no language and sets its text without <p> by the language of its text', () => {
    expect(publishedAt('시의회는 5일 본회의를 열고 내년도 예산안을 원안대로 의결했다.<br><br>시 관계자는 집행을 서두르겠다고 말했다.'))
      .toBe('2026-12-05T19:42:00+09:00');
  });
});

describe('rule "the story\'s city in Russian"', () => {
  it('reads the country of the one city of a one-clock country a Russian headline and opening name, in any case form', () => {
    expect(russianStoryCountry('В Харькове восстановили теплоснабжение\nВ Салтовском районе Харькова вернули отопление')).toBe('UA');
    expect(russianStoryCountry('На Набережной Победы в Днепре демонтируют киоски')).toBe('UA');
    expect(russianStoryCountry('Мэрия Бишкека запретила въезд грузовиков')).toBe('KG');
    expect(russianStoryCountry('В Алматы подорожает проезд')).toBe('KZ');
  });

  it('reads no country from two countries\' cities, from Russia\'s, or from a word the stem only begins', () => {
    expect(russianStoryCountry('Поезд из Киева в Минск пустят с января')).toBeNull();
    expect(russianStoryCountry('В Москве и Новосибирске выпал снег')).toBeNull();
    expect(russianStoryCountry('Киевская область и днепровские пороги')).toBeNull();
  });

  it('reads a Russian page\'s time printed in no zone on that country\'s clock', () => {
    const page = `<html lang="ru"><head><title>В Харькове открыли каток</title></head><body><article><h1>В Харькове открыли каток</h1>
      <div class="date">5 декабря 2026 в 14:20</div>
      <p>В парке Горького в Харькове в субботу открыли новый каток под открытым небом.</p>
      <p>Кататься можно будет ежедневно с десяти утра до девяти вечера, если позволит погода.</p></article></body></html>`;
    expect(extract(page, { url: 'https://portal.example/news/1', now: new Date('2026-12-06T12:00:00Z') }).publishedAt).toBe('2026-12-05T14:20:00+02:00');
  });
});

describe('rule "the currency\'s word in Cyrillic"', () => {
  it('reads the clock of the one country whose money a story names in a word after the amount', () => {
    expect(currencyCountryZone('Стоимость ремонта составляет 186 млн грн.')).toBe('Europe/Kyiv');
    expect(currencyCountryZone('Проезд вырастет со 150 до 200 тенге.')).toBe('Asia/Almaty');
    expect(currencyCountryZone('Водителям грозит штраф в размере 5 000 сомов.')).toBe('Asia/Bishkek');
    expect(currencyCountryZone('Кубометр воды будет стоить 24,5 лея.')).toBe('Europe/Chisinau');
  });

  it('reads the millions and thousands written out in words before the money\'s word', () => {
    expect(currencyCountryZone('Проект стоимостью около 300 миллионов леев финансируется из бюджета.')).toBe('Europe/Chisinau');
    expect(currencyCountryZone('Штраф составит 5 тысяч гривен.')).toBe('Europe/Kyiv');
  });

  it('reads no clock from the words without an amount, or from two countries\' money', () => {
    expect(currencyCountryZone('В реке поймали сома весом с человека.')).toBeNull();
    expect(currencyCountryZone('Лей воду осторожно.')).toBeNull();
    expect(currencyCountryZone('Контракт на 40 млн тенге оплатили в 2 млн грн.')).toBeNull();
  });
});

describe('rule "the euro in French"', () => {
  it('reads a French story that prices in euros on Paris\'s clock', () => {
    expect(currencyCountryZone('L’entreprise a investi 38 millions d’euros dans le projet.', 'fr')).toBe('Europe/Paris');
    expect(currencyCountryZone('Le menu coûte 9,90 € le midi.', 'fr-FR')).toBe('Europe/Paris');
  });

  it('reads no clock from euros in another language, or from a French story priced in no euro', () => {
    expect(currencyCountryZone('The plant cost 38 million euros.', 'en')).toBeNull();
    expect(currencyCountryZone('Le billet coûte 40 dollars.', 'fr')).toBeNull();
  });

  it('reads a French page\'s time printed in no zone on Paris\'s clock', () => {
    const html = `<html lang="fr"><head><title>Un centre de maintenance inauguré</title></head><body><article><h1>Un centre de maintenance inauguré</h1>
      <p class="infos">Publié le 03/12/2026 à 11h45</p>
      <p>Le constructeur a inauguré jeudi son nouveau centre de maintenance des tramways au sud de Lyon, en présence des élus de la Métropole.</p>
      <p>L’entreprise a investi 38 millions d’euros dans le projet, dont 6 millions consacrés à un atelier de peinture moins émetteur de solvants.</p>
      </article></body></html>`;
    expect(extract(html, { url: 'https://communiques.example/c/1', now: new Date('2026-12-09T12:00:00Z') }).publishedAt).toBe('2026-12-03T11:45:00+01:00');
  });
});

describe('rule "the overseas territory in the copyright line"', () => {
  const page = (footer: string) => `<html lang="fr"><head><title>La grève des dockers paralyse le port</title></head><body><article><h1>La grève des dockers paralyse le port</h1>
    <p class="infos">Publié le 04/12/2026 - 18:30</p>
    <p>Aucun navire n’a été déchargé vendredi au terminal à conteneurs. Les dockers, en grève depuis mercredi, réclament une revalorisation de leurs primes de nuit, chiffrée à 40 euros par vacation.</p>
    <p>Une quarantaine de conteneurs de produits frais attendent d’être débarqués, et les importateurs craignent des ruptures avant les fêtes.</p>
    </article><div id="footer">${footer}</div></body></html>`;
  const published = (footer: string) => extract(page(footer), { url: 'https://journal.example/port', now: new Date('2026-12-09T12:00:00Z') }).publishedAt;

  it('reads a French page on the clock of the one territory its copyright line names', () => {
    expect(published('Le Journal © 2026 — Martinique')).toBe('2026-12-04T18:30:00-04:00');
    expect(published('© Le Journal — Nouméa, Nouvelle-Calédonie')).toBe('2026-12-04T18:30:00+11:00');
    expect(published('© 2026 Le Journal, île de La Réunion')).toBe('2026-12-04T18:30:00+04:00');
  });

  it('reads no territory from a footer that lists several, names one without the copyright sign, or means a meeting', () => {
    expect(published('© Le Journal. Nos éditions : Martinique, Guadeloupe, Guyane, La Réunion')).toBe('2026-12-04T18:30:00+01:00');
    expect(published('Nos correspondants en Martinique')).toBe('2026-12-04T18:30:00+01:00');
    expect(published('© Le Journal — compte rendu de la réunion du conseil')).toBe('2026-12-04T18:30:00+01:00');
  });
});

describe('stampMarkZone (rule "Bikram Sambat beside the date")', () => {
  it('reads a date line with a Nepali month, its day and a year of 2070-2099 on Kathmandu\'s clock', () => {
    expect(stampMarkZone(null, 'Published at : Mangsir 20, 2083 · December 5, 2026 19:10')).toBe('Asia/Kathmandu');
    expect(stampMarkZone(null, null, 'शनिबार, मंसिर २०, २०८३')).toBe('Asia/Kathmandu');
  });

  it('reads no clock from a Gregorian date, nor from a Nepali month without its day and year', () => {
    expect(stampMarkZone(null, 'December 5, 2026 19:10')).toBeNull();
    expect(stampMarkZone(null, 'Magh 2026 festival schedule')).toBeNull();
  });
});

describe('rule "Punjabi\'s two scripts"', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const punjabi = (headline: string, paragraph: string) => `<!doctype html><html lang="pa"><head><meta charset="utf-8"><title>${headline}</title></head><body>
    <h1>${headline}</h1><p class="posted">3-12-2026 06:45 PM</p><div class="story"><p>${paragraph}</p><p>${paragraph}</p></div></body></html>`;

  it('reads a Gurmukhi page on India\'s clock and a Shahmukhi one on Pakistan\'s', () => {
    const gurmukhi = punjabi('ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੁੱਲ੍ਹਿਆ', 'ਸ਼ਹਿਰ ਦੇ ਬਾਹਰ ਬਣੇ ਨਵੇਂ ਬੱਸ ਅੱਡੇ ਤੋਂ ਵੀਰਵਾਰ ਨੂੰ ਪਹਿਲੀਆਂ ਬੱਸਾਂ ਰਵਾਨਾ ਹੋਈਆਂ ਅਤੇ ਯਾਤਰੀਆਂ ਨੇ ਨਵੀਆਂ ਸਹੂਲਤਾਂ ਦੀ ਤਾਰੀਫ਼ ਕੀਤੀ।');
    const shahmukhi = punjabi('لہور وچ نواں بس اڈا کھل گیا', 'شہر دے باہر بنے نویں بس اڈے توں جمعرات نوں پہلیاں بساں روانہ ہوئیاں تے مسافراں نے نویاں سہولتاں دی تعریف کیتی۔');
    expect(extract(gurmukhi, { now }).publishedAt).toBe('2026-12-03T18:45:00+05:30');
    expect(extract(shahmukhi, { now }).publishedAt).toBe('2026-12-03T18:45:00+05:00');
  });
});

describe('rule "the stamp in a Philippine language"', () => {
  it('reads a date line written in Filipino or Cebuano words on Manila\'s clock', () => {
    expect(stampMarkZone(null, 'kahapon, 6:45 PM', null)).toBe('Asia/Manila');
    expect(stampMarkZone(null, null, 'Disyembre 5, 2026 - 4:45 PM')).toBe('Asia/Manila');
    expect(stampMarkZone(null, 'gahapon 3:10 PM')).toBe('Asia/Manila');
  });

  it('reads nothing from months Spanish or Catalan also write', () => {
    expect(stampMarkZone(null, '5 de agosto de 2026, 14:20')).toBeNull();
    expect(stampMarkZone(null, '5 de setembre de 2026')).toBeNull();
    expect(stampMarkZone(null, 'Mayo 5, 2026', null)).toBeNull();
  });
});
