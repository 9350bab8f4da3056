/**
 * The language a page declares, the region its locale names, and the language of its words where it declares none:
 * the metadata stage reads the zone of printed times and the order of numeric dates by them.
 *
 * ```ts
 * const language = declaredLanguage(page, tags, structured?.inLanguage ?? null); // 'de-AT'
 * const region = localeRegion(page, tags, structured?.inLanguage ?? null); // 'AT'
 * ```
 */
import { detectTextLanguage, normalizeLanguageTag, primarySubtag } from '../language';
import type { MetaTags } from './meta-tags';
import type { IndexedPage } from './regions';

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
  return detectTextLanguage(evidence)?.language ?? null;
}
/** Enough text for the script and the commonest words to tell the language. */
const LANGUAGE_EVIDENCE_CHARS = 1000;

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
