/**
 * The site's name as a reader would say it, from the name the page declares: sites fill the field with their address
 * or follow the name with their slogan.
 *
 * ```ts
 * siteNameOf('https://www.example.com/', null); // 'example.com'
 * siteNameOf('Daily Planet | News you can trust', 'www.dailyplanet.example'); // 'Daily Planet'
 * ```
 */
import { hostOf, siteOf } from '../url';

/** The declared name, read by the rules below; `host` is the article's host, when known. */
export function siteNameOf(declared: string | null, host: string | null): string | null {
  const name = addressAsName(declared);
  return name && host ? withoutTagline(name, host) : name;
}

/**
 * Rule "address as name": a site that fills its name field with its own address ("https://www.example.com/",
 * "www.example.com") is named by its host, as a reader would say it: no scheme, no "www.", no trailing slash.
 */
function addressAsName(siteName: string | null): string | null {
  if (!siteName || !SITE_ADDRESS.test(siteName)) return siteName;
  const host = hostOf(/^https?:/i.test(siteName) ? siteName : `https://${siteName}`);
  return host ? host.replace(/^www\./, '') : siteName;
}
const SITE_ADDRESS = /^(?:https?:\/\/|www\.)[^\s/]+\/?$/i;

/**
 * Rule "name with a slogan": sites set their home page's title as their name, the name and a slogan or a list of
 * topics joined by a separator ("Breaking Australian and World News Headlines - 9News", "Mady Morrison - Yoga
 * Lifestyle", "scinexx | Das Wissensmagazin"). The part that spells the site's domain ("9news", "madymorrison",
 * "scinexx") is its name. Only one part may spell it: when none or several do, or the whole name is the domain
 * ("Osthessen|News" on osthessen-news.de), the declared name stays as it is.
 */
function withoutTagline(siteName: string, host: string): string {
  const parts = siteName.split(NAME_PART_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return siteName;
  const domain = domainSpelling(host);
  if (domain.length < MIN_DOMAIN_CHARS || spelledAsDomain(siteName) === domain) return siteName;
  const naming = parts.filter((part) => {
    const letters = spelledAsDomain(part);
    return letters.length >= MIN_DOMAIN_CHARS && (letters.includes(domain) || domain.includes(letters));
  });
  return naming.length === 1 ? naming[0] : namedBesideKind(parts) ?? siteName;
}

/**
 * Rule "name beside its kind": sites whose name their Latin domain does not spell (Persian and Arabic ones) follow
 * it with what kind of site they are ("آوای شرق | پایگاه خبری تحلیلی", the Avaye Sharq news and analysis site;
 * "… | موقع إخباري مستقل"). Of two parts, one that opens with a word for a news site, agency or paper is the
 * description, and the other is the name, where both are in one script: a name in Arabic letters beside a Latin
 * one ("صحيفة الأيام | Al Ayam") is the name written twice, and stays whole.
 */
function namedBesideKind(parts: string[]): string | null {
  if (parts.length !== 2) return null;
  const kinds = parts.map((part) => SITE_KIND_OPENING.test(part));
  if (kinds[0] === kinds[1] || LATIN_LETTER.test(parts[0]) !== LATIN_LETTER.test(parts[1])) return null;
  return kinds[0] ? parts[1] : parts[0];
}
/** Persian and Arabic words for a news site, portal, agency, paper or network, opening a description of the site. */
export const SITE_KIND_OPENING = /^(?:پایگاه|خبرگزاری|روزنامه|هفته‌?\s?نامه|ماهنامه|سایت|پرتال|شبکه|موقع|بوابة|صحيفة|جريدة|وكالة|شبكة)(?!\p{L})/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const NAME_PART_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/;
/** A shorter domain or part ("tz", "ab") is found inside too many words to tell a name by. */
const MIN_DOMAIN_CHARS = 3;

/**
 * Letters and digits only, lower case and without accents: how a name is spelled in a domain. Rule "letters a
 * domain respells": letters that are no accented form of a Latin letter, and so keep their shape when accents are
 * dropped, are written in a domain as the letters they stand for ("Uludağ Postası" on uludagpostasi.com.tr,
 * "Łódź" as lodz, "Straße" as strasse).
 */
export function spelledAsDomain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(RESPELLED_LETTER, (letter) => RESPELLINGS[letter]).replace(/[^\p{L}\p{N}]/gu, '');
}
const RESPELLINGS: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe' };
const RESPELLED_LETTER = /[ıłđßøæœ]/g;

/** The name a host's domain spells: "harbour24" of `www.harbour24.example`, "bbc" of `news.bbc.co.uk`. */
export function domainSpelling(host: string): string {
  return spelledAsDomain(siteOf(host)?.split('.')[0] ?? '');
}
