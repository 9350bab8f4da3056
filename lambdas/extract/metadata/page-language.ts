/**
 * The language a page declares, the region its locale names, and the language of its words where it declares none:
 * the metadata stage reads the zone of printed times and the order of numeric dates by them.
 *
 * ```ts
 * const language = declaredLanguage(page, tags, structured?.inLanguage ?? null); // 'de-AT'
 * const region = localeRegion(page, tags, structured?.inLanguage ?? null); // 'AT'
 * ```
 */
import { detectTextLanguage, isRightToLeft, isWrittenRightToLeft, normalizeLanguageTag, primarySubtag } from '../language';
import type { MetaTags } from './meta-tags';
import type { AnyNode, Element, Text } from 'domhandler';
import { isElement, NON_TEXT_TAGS } from '../dom-walk';
import type { IndexedPage } from './regions';
import { parseDate } from './dates';
import { isSiteLogo } from './site-logo';
import { isCityCountry, MASTHEAD_CITY, mastheadCityZone } from './time-zones';

/**
 * Rule "the clock of the words": a page that declares no language and no locale is still written in one, and the
 * language names the zone its printed times are on as a declared one would (legacy GBK, EUC-KR and Shift_JIS pages
 * seldom carry `lang`). Read from the `<title>` and the opening paragraphs, for the zone only; the record's language
 * is resolved against the body later.
 */
export function undeclaredLanguage(page: IndexedPage, documentTitle: string): string | null {
  let evidence = documentTitle;
  for (const paragraph of page.tagged('p')) {
    if (evidence.length >= LANGUAGE_EVIDENCE_CHARS) break;
    evidence += `\n${page.shortText(paragraph, LANGUAGE_EVIDENCE_CHARS) ?? ''}`;
  }
  return detectTextLanguage(evidence)?.language ?? textWithoutParagraphs(page, documentTitle);
}

/**
 * Rule "text without paragraphs": the table-layout pages that declare no language are also the ones that set their
 * story in `<font>` and `<td>` cells broken by `<br>`, with no `<p>` at all, so the title alone is the evidence and
 * a headline is too short to tell a language by. The page's own text, its menus included, is written in the
 * language of its readers, and tells it as the paragraphs would.
 */
function textWithoutParagraphs(page: IndexedPage, documentTitle: string): string | null {
  const body = page.first('body');
  if (!body) return null;
  let evidence = documentTitle;
  const stack: AnyNode[] = [body];
  while (stack.length > 0 && evidence.length < LANGUAGE_EVIDENCE_CHARS) {
    const node = stack.pop()!;
    if (node.type === 'text') evidence += ` ${(node as Text).data.trim()}`;
    else if (isElement(node) && !NON_TEXT_TAGS.has(node.name)) stack.push(...[...node.children].reverse());
  }
  return detectTextLanguage(evidence)?.language ?? null;
}
/** Enough text for the script and the commonest words to tell the language. */
const LANGUAGE_EVIDENCE_CHARS = 1000;

/**
 * Rule "the CMS's default locale": WordPress and the themes built on it declare "en-US" until the site is told
 * otherwise, and sites that write in a language the CMS does not ship (Hausa, Yoruba, Igbo, Twi) leave it standing, or
 * keep it for the English furniture around a story in their own language. Where the opening paragraphs are in another
 * language, they tell the language and so the zone, and the declared region (New York's clock) is the CMS's, not the
 * newsroom's: read as American, a Katsina story's "3:40 pm" was five hours behind Nigeria's.
 */
const CMS_DEFAULT_LOCALE = 'en-US';

/**
 * The language the page's times are read in. Rule "the headline overrules the template": a declared language whose
 * direction the headline contradicts is the template's, not the story's (Iranian and Arab portals serve their
 * Persian and Arabic stories from a template that says `<html lang="en">`, and their English editions from one that
 * says `lang="ar"`), and the words tell the language, and so the zone, as on a page that declares none: read as
 * English, a Persian portal's "۱۱:۴۰" was on no known clock. Only the headline is read first, and only where the
 * direction differs are the opening paragraphs read.
 */
export function languageOfWords(page: IndexedPage, declared: string | null, documentTitle: string, title: string | null): string | null {
  if (declared === null) return undeclaredLanguage(page, documentTitle);
  if (declared === CMS_DEFAULT_LOCALE) {
    const words = undeclaredLanguage(page, documentTitle);
    if (words !== null && primarySubtag(words) !== primarySubtag(declared)) return words;
  }
  const writtenRightToLeft = title ? isWrittenRightToLeft(title) : null;
  if (writtenRightToLeft === null || writtenRightToLeft === isRightToLeft(declared, title ?? '')) return declared;
  return undeclaredLanguage(page, documentTitle) ?? declared;
}

/** html[lang] is the most deliberate declaration; og:locale and Content-Language are often site-wide defaults. */
export function declaredLanguage(page: IndexedPage, tags: MetaTags, inLanguage: string | null): string | null {
  for (const candidate of declaredLocales(page, tags, inLanguage)) {
    const normalized = normalizeLanguageTag(candidate?.split(',')[0]);
    if (normalized) return normalized;
  }
  return null;
}

/**
 * The region of the first declared locale that names one ("en" on <html> often stands beside og:locale "en_US"):
 * it decides how the page writes numeric dates. Rule "locale of another language": a locale in another language than
 * the first one declared is a content management system's default left in place (WordPress SEO plugins write
 * og:locale "en_US" on Turkish and Russian pages unless told otherwise), and says nothing of the readers' country: read
 * as American, "03.12.2026" on a Turkish page was the 12th of March.
 */
export function localeRegion(page: IndexedPage, tags: MetaTags, inLanguage: string | null): string | null {
  const locales = declaredLocales(page, tags, inLanguage).flatMap((candidate) => normalizeLanguageTag(candidate?.split(',')[0]) ?? []);
  const language = locales[0] ? primarySubtag(locales[0]) : null;
  for (const locale of locales) {
    const region = primarySubtag(locale) === language ? locale.split('-').find((part) => /^[A-Z]{2}$/.test(part)) : undefined;
    if (region) return region;
  }
  return null;
}

function declaredLocales(page: IndexedPage, tags: MetaTags, inLanguage: string | null): Array<string | null | undefined> {
  const html = page.first('html');
  return [
    html?.attribs.lang, html?.attribs['xml:lang'], inLanguage, tags.first('og:locale'),
    tags.first('content-language'), tags.first('language', 'dc.language', 'dcterms.language'),
  ];
}

/**
 * Rule "the site says its country": Arab news sites on ".com" addresses describe themselves in their footer by their
 * country ("المشهد الآن موقع إخباري مصري مستقل", "صحيفة إلكترونية إماراتية", "جريدة يومية كويتية"), and Arabic is read
 * on clocks from UTC+0 to UTC+4, so the country they name is the one clue to the clock their "02:15 م" is on where
 * the address, the locale and the language say nothing. Only an Arabic page's footers are read (its `<footer>`s,
 * else the blocks its id or class names the footer, `<div id="footer">` in older templates), and only a kind of
 * publication followed, after at most three words of its kind ("إخباري", "إلكترونية", "مستقل"), by the country's
 * adjective: a story's "الموقع المصري للأخبار" or "الجريدة الرسمية" names no newsroom. The country's code, or null.
 */
export function statedCountry(page: IndexedPage, language: string | null): string | null {
  if (language === null) return null;
  const primary = primarySubtag(language);
  if (primary !== 'ar' && primary !== 'fr') return null;
  const tagged = page.tagged('footer');
  const footers = tagged.length > 0 ? tagged : footerBlocks(page);
  if (primary === 'fr') return territoryInCopyright(page, footers);
  return countryInFooters(page, footers) ?? addressInFooters(page, footers) ?? governmentBannerCountry(page);
}

/**
 * Rule "the government's banner": a government body's portal opens on the banner that says whose government runs it
 * ("موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", an official government site of the Saudi government), set
 * over the logo by the whole government's rules, where the portal's own address may be a ".com" or a ".net" and its
 * locale the CMS's default; a municipality's news prints its day ("الأحد … الموافق 06 ديسمبر 2026م") on that
 * country's clock. Only a short line among the page's first elements, naming one country by its name.
 */
function governmentBannerCountry(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  for (let index = 0; index < Math.min(elements.length, BANNER_ELEMENTS); index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_BANNER_CHARS) continue;
    const banner = GOVERNMENT_SITE.exec(page.shortTextAt(index, MAX_BANNER_CHARS) ?? '');
    if (banner) return COUNTRY_IN_ADDRESS[banner[1]] ?? null;
  }
  return null;
}
/** How far into the page the banner is looked for, in elements: it tops the page. */
const BANNER_ELEMENTS = 60;
const MAX_BANNER_CHARS = 120;

/**
 * Rule "the overseas territory in the copyright line": France's overseas territories keep their own clocks, from
 * Polynesia's UTC-10 to New Caledonia's UTC+11, and their papers write French under the "fr" locale every CMS
 * declares, on ".com" or ".fr" addresses as often as on their own; the rule "the euro in French" reads their euro
 * prices on Paris's clock. Their footers sign the copyright with the territory ("Madinina Matin © 2026 — Martinique",
 * "© … — Nouméa, Nouvelle-Calédonie"). A footer line with the copyright sign that names one territory alone says the
 * newsroom's clock; a national site's footer lists its overseas editions together, and names none alone.
 */
function territoryInCopyright(page: IndexedPage, footers: readonly Element[]): string | null {
  const named = new Set<string>();
  for (const footer of footers) {
    const text = page.shortText(footer, MAX_FOOTER_CHARS);
    if (!text?.includes('©')) continue;
    for (const [pattern, territory] of OVERSEAS_TERRITORIES) if (pattern.test(text)) named.add(territory);
  }
  return named.size === 1 ? [...named][0] : null;
}
/** The territories' names as written, capitalised: "la réunion" is a meeting, "La Réunion" the island. */
const OVERSEAS_TERRITORIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{L})Martinique(?!\p{L})/u, 'MQ'], [/(?<!\p{L})Guadeloupe(?!\p{L})/u, 'GP'], [/(?<!\p{L})Guyane(?!\p{L})/u, 'GF'],
  [/(?<!\p{L})(?:[Ll]a|[ÎI]le de la) Réunion(?!\p{L})/u, 'RE'], [/(?<!\p{L})Mayotte(?!\p{L})/u, 'YT'],
  [/(?<!\p{L})Nouvelle-Calédonie(?!\p{L})/u, 'NC'], [/(?<!\p{L})(?:Polynésie française|Tahiti)(?!\p{L})/u, 'PF'],
  [/(?<!\p{L})Saint-Pierre-et-Miquelon(?!\p{L})/u, 'PM'], [/(?<!\p{L})Wallis-et-Futuna(?!\p{L})/u, 'WF'],
];
function countryInFooters(page: IndexedPage, footers: readonly Element[]): string | null {
  for (const footer of footers) {
    const text = page.shortText(footer, MAX_FOOTER_CHARS);
    const stated = text && ARABIC_PUBLICATION_WORD.test(text) ? SITE_OF_COUNTRY.exec(text) : null;
    if (stated) return COUNTRY_BY_ADJECTIVE[stated[1]] ?? null;
  }
  return null;
}
/** The blocks an id or a class names the footer, the page's last first: the site's footer closes the page. */
function footerBlocks(page: IndexedPage): Element[] {
  const ids = page.attributeOfAll('id');
  const classes = page.attributeOfAll('class');
  const blocks: Element[] = [];
  for (let index = ids.length - 1; index >= 0 && blocks.length < MAX_FOOTER_BLOCKS; index--) {
    if (FOOTER_NAME.test(ids[index] ?? '') || FOOTER_NAME.test(classes[index] ?? '')) blocks.push(page.walk.elements[index]);
  }
  return blocks;
}
const FOOTER_NAME = /footer/i;
const MAX_FOOTER_BLOCKS = 4;
const MAX_FOOTER_CHARS = 3000;
const ARABIC_PUBLICATION_WORD = /موقع|صحيفة|جريدة|بوابة|شبكة|منصة|مجلة/u;
const COUNTRY_BY_ADJECTIVE: Readonly<Record<string, string>> = {
  مصري: 'EG', سعودي: 'SA', إماراتي: 'AE', اماراتي: 'AE', كويتي: 'KW', قطري: 'QA', بحريني: 'BH', عماني: 'OM', 'عُماني': 'OM',
  أردني: 'JO', اردني: 'JO', لبناني: 'LB', سوري: 'SY', عراقي: 'IQ', يمني: 'YE', سوداني: 'SD', ليبي: 'LY', تونسي: 'TN',
  جزائري: 'DZ', مغربي: 'MA', فلسطيني: 'PS', موريتاني: 'MR',
};

/**
 * Rule "the story's city in Russian": the Russian-language regional portals of Ukraine, Belarus, Moldova and Central
 * Asia sit on ".com" addresses, declare "ru" and print "5 декабря 2026 в 14:20" with no zone, and Russian names no
 * country; but a regional portal's story is its city's, and the headline or the opening names it ("В Харькове
 * восстановили…", "в Салтовском районе Харькова"). Read on that city's country's clock, the time is right, where read
 * as UTC it was two to six hours late. Only a single country counts, as in rule "the story's country", and only the
 * cities of countries on one clock whose names, in every case form, name nothing else: Russia's cities say nothing
 * (its eleven zones, and the neighbours' papers writing of it), "Львов" and "Николаев" are surnames, "Брест" is in
 * France too and "Сумы" a plural of bags. The country's code, or null.
 */
export function russianStoryCountry(text: string): string | null {
  let found: string | null = null;
  for (const [word] of text.matchAll(CYRILLIC_WORD)) {
    const city = CITY_STEM.exec(word.toLowerCase());
    const country = city && CASES_OF_CITY[city[1]].endings.includes(city[2]) ? CASES_OF_CITY[city[1]].country : undefined;
    if (country === undefined || country === found) continue;
    if (found !== null) return null;
    found = country;
  }
  return found;
}
const CYRILLIC_WORD = /[\p{Script=Cyrillic}]+/gu;
/** A city's stem, then one of its case endings ("Харьков", "Харькова", "Харькове", "Харьковом"). */
const MASCULINE = ['', 'а', 'е', 'у', 'ом'];
const FEMININE = ['а', 'ы', 'е', 'у', 'ой'];
const SOFT = ['ь', 'я', 'е', 'ю', 'ем'];
const RUSSIAN_CITIES: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['киев', MASCULINE, 'UA'], ['харьков', MASCULINE, 'UA'], ['одесс', FEMININE, 'UA'], ['днепр', MASCULINE, 'UA'],
  ['запорожь', ['е', 'я', 'ю', 'ем'], 'UA'], ['херсон', MASCULINE, 'UA'], ['полтав', FEMININE, 'UA'], ['чернигов', MASCULINE, 'UA'],
  ['винниц', ['а', 'ы', 'е', 'у', 'ей'], 'UA'], ['житомир', MASCULINE, 'UA'], ['ужгород', MASCULINE, 'UA'], ['мариупол', SOFT, 'UA'],
  ['минск', MASCULINE, 'BY'], ['гомел', SOFT, 'BY'], ['витебск', MASCULINE, 'BY'], ['гродно', [''], 'BY'],
  ['алматы', [''], 'KZ'], ['астан', FEMININE, 'KZ'], ['шымкент', MASCULINE, 'KZ'], ['караганд', FEMININE, 'KZ'],
  ['бишкек', MASCULINE, 'KG'], ['кишинев', MASCULINE, 'MD'], ['кишинёв', MASCULINE, 'MD'], ['тираспол', SOFT, 'MD'],
  ['ташкент', MASCULINE, 'UZ'], ['самарканд', MASCULINE, 'UZ'], ['душанбе', [''], 'TJ'], ['ереван', MASCULINE, 'AM'],
  ['тбилиси', [''], 'GE'], ['баку', [''], 'AZ'],
];
const CASES_OF_CITY: Readonly<Record<string, { endings: readonly string[]; country: string }>> = Object.fromEntries(
  RUSSIAN_CITIES.map(([stem, endings, country]) => [stem, { endings, country }]));
const CITY_STEM = new RegExp(`^(${RUSSIAN_CITIES.map(([stem]) => stem).join('|')})(\\p{L}{0,2})$`, 'u');

/**
 * Rule "the writer's city": an Arab paper's own writer files from its newsroom's city, and its byline says so ("الرياض -
 * فهد القحطاني", "القاهرة: أحمد علي"); where the address, the locale and the footer say nothing of the country, that
 * city's country is the clock a reader reads the page's "04:10 م" on, nearer the truth than UTC, which no Arab
 * newsroom east of the Maghreb keeps. Only cities whose word names nothing else: "عمان" is Amman and Oman, and
 * "طرابلس" Tripoli in Libya and in Lebanon, while the Jordanian capital written with its doubling mark, "عمّان", is
 * Amman's. The country's code, or null.
 */
export function countryOfCity(city: string | null): string | null {
  return city === null ? null : COUNTRY_BY_CITY[city] ?? null;
}
const COUNTRY_BY_CITY: Readonly<Record<string, string>> = {
  الرياض: 'SA', جدة: 'SA', الدمام: 'SA', مكة: 'SA', الطائف: 'SA', أبها: 'SA', تبوك: 'SA', بريدة: 'SA',
  دبي: 'AE', أبوظبي: 'AE', الشارقة: 'AE', عجمان: 'AE', الفجيرة: 'AE', الكويت: 'KW', الدوحة: 'QA', المنامة: 'BH',
  مسقط: 'OM', صلالة: 'OM', القاهرة: 'EG', الإسكندرية: 'EG', الاسكندرية: 'EG', الجيزة: 'EG', أسوان: 'EG', الأقصر: 'EG',
  المنصورة: 'EG', أسيوط: 'EG', 'عمّان': 'JO', إربد: 'JO', بيروت: 'LB', صيدا: 'LB', دمشق: 'SY', حلب: 'SY', حمص: 'SY',
  بغداد: 'IQ', البصرة: 'IQ', أربيل: 'IQ', الموصل: 'IQ', النجف: 'IQ', صنعاء: 'YE', عدن: 'YE', الخرطوم: 'SD', غزة: 'PS',
  نابلس: 'PS', بنغازي: 'LY', تونس: 'TN', صفاقس: 'TN', الجزائر: 'DZ', وهران: 'DZ', الرباط: 'MA', مراكش: 'MA', فاس: 'MA',
  طنجة: 'MA', نواكشوط: 'MR',
  // Rule "the regions' seats": Tunisia's national channels and portals keep correspondents in every governorate and
  // file from its seat ("جندوبة - مراسل القناة: …", "فيضان … في جندوبة"), so the seats tell the country as the capital
  // does. Only the seats whose word names nothing else: "سوسة" is also a weevil, "الكاف" a letter, "قبلي" "before me"
  // and "tribal", "المهدية" the Sudanese Mahdiyya.
  بنزرت: 'TN', نابل: 'TN', زغوان: 'TN', باجة: 'TN', جندوبة: 'TN', سليانة: 'TN', القيروان: 'TN', القصرين: 'TN', قفصة: 'TN',
  توزر: 'TN', قابس: 'TN', مدنين: 'TN', تطاوين: 'TN', المنستير: 'TN', منوبة: 'TN', أريانة: 'TN',
  // Yemen's, Libya's and Sudan's regional portals file from their governorates' and states' seats the same way
  // ("صيادو المكلا …", "سبها: …", "الفاشر - …"). Left out: "البيضاء" (the white, and a seat in both Yemen and Libya),
  // "حجة" (an argument), "عمران" (a given name), "زنجبار" (Zanzibar), "الزاوية" (a corner), "الخمس" (five), "المرج"
  // (a meadow), "سرت" (spread, of a rumour), "الجنينة" (a garden), "الأبيض" (white).
  المكلا: 'YE', تعز: 'YE', الحديدة: 'YE', ذمار: 'YE', سيئون: 'YE', مأرب: 'YE', صعدة: 'YE', الضالع: 'YE', المحويت: 'YE', الغيضة: 'YE',
  مصراتة: 'LY', سبها: 'LY', درنة: 'LY', طبرق: 'LY', غريان: 'LY', زليتن: 'LY', أجدابيا: 'LY', غدامس: 'LY', أوباري: 'LY', الكفرة: 'LY',
  بورتسودان: 'SD', كسلا: 'SD', القضارف: 'SD', الفاشر: 'SD', نيالا: 'SD', عطبرة: 'SD', دنقلا: 'SD', كوستي: 'SD', سنار: 'SD', الدمازين: 'SD',
  زالنجي: 'SD', الضعين: 'SD', كادقلي: 'SD',
};

/**
 * Rule "the story's country": an Arab local portal on a ".com" address that prints "04:15 م" and declares no region
 * still tells its country where the story happens, in its headline and opening ("قطع المياه عن 12 منطقة بالجيزة",
 * "نجوم الغناء في مصر"): a local story is the local paper's, and read on that country's clock its time is right, or an
 * hour off when a paper of the region writes of a neighbour, where read as UTC it was two to four hours late. Only a
 * single country counts: a headline that names two is foreign news, which says nothing of the newsroom. Words are
 * read with the conjunctions and prepositions Arabic joins to them ("والقاهرة", "بالجيزة", "للأردن"), and a country's
 * adjective names it as its name does ("البورصة المصرية"). Names that mean something else as well are left out:
 * "عمان" (Amman and Oman), "المغرب" (Morocco and the sunset prayer), "قطر" (Qatar and a pipe's diameter). The
 * country's code, or null.
 */
export function storyCountry(text: string): string | null {
  let found: string | null = null;
  for (const word of text.match(ARABIC_WORD) ?? []) {
    const country = countryOfPlaceWord(word);
    if (country === null || country === found) continue;
    if (found !== null) return null;
    found = country;
  }
  return found;
}
const ARABIC_WORD = /[\u0621-\u064A\u0651]+/gu;
function countryOfPlaceWord(word: string): string | null {
  const bare = word.length > 3 && (word[0] === 'و' || word[0] === 'ف') ? word.slice(1) : word;
  for (const form of [word, bare]) {
    const place = form.startsWith('لل') ? `ال${form.slice(2)}` : JOINED_PREPOSITION.test(form) ? form.slice(1) : form;
    const country = COUNTRY_BY_CITY[place] ?? COUNTRY_BY_NAME[place] ?? COUNTRY_BY_CITY[form] ?? COUNTRY_BY_NAME[form] ?? countryOfAdjective(place);
    if (country) return country;
  }
  return null;
}
/**
 * "البورصة المصرية", "الحكومة الأردنية", "المنتخب السعودي": the country's adjective after a noun with the article, in
 * the singular, names the country's own institutions and places. Its plural and its bare form name people ("عمال
 * سوريون في البقاع", "عامل لبناني"), who are as often abroad as at home.
 */
function countryOfAdjective(word: string): string | null {
  if (!word.startsWith('ال')) return null;
  const bare = word.slice(2);
  return COUNTRY_BY_ADJECTIVE[bare] ?? (bare.endsWith('ة') ? COUNTRY_BY_ADJECTIVE[bare.slice(0, -1)] ?? null : null);
}
/** "بال…", "كال…": a preposition joined to a name with the article. */
const JOINED_PREPOSITION = /^[بك]ال/u;
const COUNTRY_BY_NAME: Readonly<Record<string, string>> = {
  مصر: 'EG', السعودية: 'SA', الأردن: 'JO', الاردن: 'JO', لبنان: 'LB', سوريا: 'SY', سورية: 'SY', العراق: 'IQ',
  الكويت: 'KW', البحرين: 'BH', الإمارات: 'AE', الامارات: 'AE', اليمن: 'YE', السودان: 'SD', ليبيا: 'LY', تونس: 'TN',
  الجزائر: 'DZ', فلسطين: 'PS', موريتانيا: 'MR',
};

const SITE_OF_COUNTRY = new RegExp(
  `(?<!\\p{L})(?:موقع|صحيفة|جريدة|بوابة|شبكة|منصة|مجلة)(?:\\s+(?:إخباري|اخباري|إلكتروني|الكتروني|يومي|أسبوعي|اسبوعي|مستقل|شامل|رقمي)ة?){0,3}\\s+(${Object.keys(COUNTRY_BY_ADJECTIVE).join('|')})ة?(?!\\p{L})`,
  'u',
);

/**
 * Rule "the footer's address": an Arab paper closes its footer with its newsroom's address, the city and then the
 * country it is in ("جميع الحقوق محفوظة © 2026 - مسقط، سلطنة عمان", "بغداد، العراق"), where it does not call itself
 * by its country's adjective. A city the rule "the writer's city" knows, followed by the name of the same country, is
 * the newsroom's: a story's city is seldom followed by its country's name, and never in the footer. The country's
 * code, or null.
 */
function addressInFooters(page: IndexedPage, footers: readonly Element[]): string | null {
  for (const footer of footers) {
    const text = page.shortText(footer, MAX_FOOTER_CHARS);
    for (const [, city, country] of text?.matchAll(CITY_THEN_COUNTRY) ?? []) {
      const code = COUNTRY_IN_ADDRESS[country];
      if (code && countryOfCity(city) === code) return code;
    }
  }
  return null;
}

/**
 * Rule "the city in the site's name": a local paper is named for its city as often ("أخبار المنامة", "صدى الرياض",
 * "الشارقة 24"), and a city the rule "the writer's city" knows, named alone, places the newsroom as a country's name
 * would; a name that names a country is read by that.
 * Rule "the country in the site's name": a national portal is often named for its country ("مصر الآن", "اليمن
 * اليوم", "السودان نيوز"), and the name it declares says where its newsroom is, as its footer's adjective would. Only
 * an Arabic page's declared name, and only a name that holds one country's name as a word of its own. The country's
 * code, or null.
 */
export function countryOfSiteName(siteName: string | null, language: string | null): string | null {
  if (siteName === null || language === null || primarySubtag(language) !== 'ar') return null;
  const named = new Set([...siteName.matchAll(COUNTRY_WORD)].map((match) => COUNTRY_IN_ADDRESS[match[1]]));
  if (named.size === 0) for (const word of siteName.match(ARABIC_WORD) ?? []) if (COUNTRY_BY_CITY[word]) named.add(COUNTRY_BY_CITY[word]);
  return named.size === 1 ? [...named][0] : null;
}

/**
 * The countries by name as an address writes them: the names the story's words are read by, those a story's words
 * may mean otherwise ("قطر" a diameter, "المغرب" the sunset prayer) but an address does not, and the sultanate's and
 * the kingdoms' full names. Oman's short name is Amman's too, and stays out.
 */
const COUNTRY_IN_ADDRESS: Readonly<Record<string, string>> = {
  ...COUNTRY_BY_NAME, قطر: 'QA', المغرب: 'MA', 'سلطنة عمان': 'OM', 'سلطنة عُمان': 'OM', 'المملكة العربية السعودية': 'SA',
  'الإمارات العربية المتحدة': 'AE', 'المملكة الأردنية الهاشمية': 'JO', 'المملكة المغربية': 'MA',
};
const COUNTRY_NAMES = Object.keys(COUNTRY_IN_ADDRESS).sort((a, b) => b.length - a.length).join('|');
/** A country's name as a word of its own. */
const COUNTRY_WORD = new RegExp(`(?<!\\p{L})(${COUNTRY_NAMES})(?!\\p{L})`, 'gu');
/** "موقع حكومي رسمي تابع لحكومة …", "بوابة رسمية لحكومة …": a site of the government of the country named. */
const GOVERNMENT_SITE = new RegExp(`(?<!\\p{L})(?:موقع|بوابة)\\s+(?:حكومي|رسمي|رسمية|حكومية)(?:\\s+(?:حكومي|رسمي|رسمية|حكومية))?(?:\\s+تابعة?)?\\s+(?:ل|إلى\\s+)حكومة\\s+(${COUNTRY_NAMES})(?!\\p{L})`, 'u');
/** A city, a comma, and a country's name closing the address. */
const CITY_THEN_COUNTRY = new RegExp(`(?<!\\p{L})(\\p{L}+)\\s*[،,]\\s*(${COUNTRY_NAMES})(?!\\p{L})`, 'gu');

/**
 * The zone of the city the masthead's date of the day opens with (rule "the masthead's city", see mastheadCityZone):
 * a short line above the headline, or on a page with no headline (or only the logo's `<h1>`) among its first elements,
 * of the city and a date, or of the city and its country (rule "the masthead's city and country", see isCityCountry).
 */
export function mastheadZone(page: IndexedPage, now: Date): string | null {
  const { elements, position, visibleChars } = page.walk;
  const headline = page.headlineElement();
  const end = Math.min(headline && !isSiteLogo(headline) ? position.get(headline) ?? 0 : MASTHEAD_ELEMENTS, elements.length);
  for (let index = 0; index < end; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_MASTHEAD_STRIP_CHARS) continue;
    const text = visibleChars[index] <= MAX_MASTHEAD_LINE_CHARS ? page.shortTextAt(index, MAX_MASTHEAD_LINE_CHARS) : stripFirstField(page.shortTextAt(index, MAX_MASTHEAD_STRIP_CHARS));
    const city = text ? MASTHEAD_CITY.exec(text) : null;
    const zone = city ? mastheadCityZone(city[1]) : null;
    if (zone && (parseDate(text!.slice(city![0].length), now) !== null || isCityCountry(text!.slice(city![0].length), zone))) return zone;
  }
  return null;
}
/** "Manaus, sábado, 5 de dezembro de 2026": a masthead's date line is short. */
const MAX_MASTHEAD_LINE_CHARS = 70;
/**
 * Rule "the strip's first field": an old table layout sets the city and its country, or the city and the day, as the
 * first field of one strip over the page, bars between it, the slogan and the menu's links ("Mayagüez, Puerto Rico |
 * Semanario del Oeste desde 1987 | Portada | Locales | …"); the field before the first bar is the masthead's line, as
 * it would be on a line of its own. A strip longer than a menu's row is the page's text, no masthead.
 */
function stripFirstField(strip: string | null): string | null {
  const field = strip?.split(STRIP_FIELD_BAR, 1)[0];
  return field !== undefined && field !== strip && field.length <= MAX_MASTHEAD_LINE_CHARS ? field : null;
}
const STRIP_FIELD_BAR = /\s+\|\s+/u;
const MAX_MASTHEAD_STRIP_CHARS = 300;
/** Where a page has no headline, how far into it the masthead is looked for, in elements. */
const MASTHEAD_ELEMENTS = 120;
