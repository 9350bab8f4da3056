/**
 * Authors: people only. Raw bylines ("By Jane Doe and John Roe, Staff Writer", "بقلم: فلان", "Follow @jane")
 * are split into names; emails, URLs, UI words, role suffixes, the site's own name and generic desks are dropped;
 * news agencies are set aside as the wire source instead.
 */
import { agenciesIn, agencyNamed } from './wire-agencies';

export interface AuthorResult {
  authors: string[];
  /** First agency found among the bylines, if any. */
  wireSource: string | null;
}

/** Byline lead-ins in the languages of the corpus and Arabic ("بقلم" = "by the pen of", "كتب" = "wrote"). */
const BYLINE_PREFIX = /^(?:(?:written|posted|published|reported|text|words|story|photos?)\s+by|by|von|vom|par|por|door|av|af|від|от|автор|autor(?:in)?|author|text|texte|redakteur(?:in)?|بقلم|كتب(?:ت)?|كتبه|إعداد|اعداد|تقرير|حاوره)(?:\s*[:：]\s*|\s+)/iu;
/** Separators between several names; " و " is Arabic "and". */
const NAME_SEPARATOR = /\s*(?:[,;|&/·•،\n]|\s(?:and|und|et|y|e|en|i|og|och|a|și|ve|и|و)\s)\s*/iu;
/** Job titles and desk words that follow or replace a name. */
const ROLE_WORDS = /\b(?:staff|writer|reporter|correspondent|editor|editors|editorial|contributor|columnist|journalist|redaktion|redaktor|redakteur|korrespondent|autor|photographer|fotograf|team|desk|newsroom|bureau|senior|chief|political|business|news|online|agencies|agency|guest|author|freelance|analyst|director|head|producer)\b|مراسل|محرر|المحرر|فريق|هيئة التحرير|قسم|وكالات|خاص/iu;
/** Interface words that end up inside byline elements. */
const UI_NOISE = /^(?:follow|folgen|suivre|seguir|share|more|mehr|view|profile|email|e-mail|twitter|facebook|instagram|linkedin|contact|read more|all posts|posts|articles|comments?|updated|published|admin|administrator|anonymous|unknown|guest|staff|user|null|undefined|none|n\/a|متابعة|تابع)$/iu;
/** A person's name is short; longer strings are sentences that slipped into a byline element. */
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 60;

export interface AuthorContext {
  siteName: string | null;
  publisher: string | null;
  host: string | null;
}

/**
 * Cleans author candidates from one source. Returns the names in order, without repeats, plus the first agency
 * seen. A candidate that is itself a list ("A, B and C") is split.
 */
export function cleanAuthors(candidates: string[], context: AuthorContext): AuthorResult {
  const authors: string[] = [];
  let wireSource: string | null = null;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    for (const part of splitByline(candidate)) {
      const agency = agencyNamed(part) ?? agenciesIn(part)[0] ?? null;
      if (agency) {
        wireSource ??= agency;
        continue;
      }
      const name = cleanName(part, context);
      if (!name) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      authors.push(name);
    }
  }
  return { authors, wireSource };
}

function splitByline(byline: string): string[] {
  const withoutUrls = byline
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
    .replace(/\s*\((?:[^()]*)\)\s*/g, ' ');
  return withoutUrls.split(NAME_SEPARATOR).map((part) => part.trim()).filter(Boolean);
}

function cleanName(part: string, context: AuthorContext): string | null {
  let name = part.replace(/\s+/g, ' ').replace(/^[\s\-–—:|@•·]+|[\s\-–—:|•·,.]+$/g, '');
  for (let pass = 0; pass < 2; pass++) name = name.replace(BYLINE_PREFIX, '').trim();
  name = stripRoleSuffix(name);
  if (!name || name.length > MAX_NAME_LENGTH) return null;
  if (UI_NOISE.test(name) || /^follow\b/i.test(name)) return null;
  if (!/\p{L}/u.test(name) || /\d{2,}|[@<>{}=]|www\.|\.\w{2,3}$/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (isSiteName(name, context)) return null;
  return name;
}

/** "Jane Doe, Senior Writer" and "Jane Doe - Reporter" keep only the name. */
function stripRoleSuffix(name: string): string {
  const dashed = /^(.+?)\s+[-–—|]\s+(.+)$/.exec(name);
  if (dashed && ROLE_WORDS.test(dashed[2])) return dashed[1].trim();
  return name;
}

function isSiteName(name: string, context: AuthorContext): boolean {
  const compact = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/[\s\p{P}\p{S}]+/gu, '');
  const candidate = compact(name);
  const site = [context.siteName, context.publisher, context.host?.replace(/^www\./, '')]
    .filter((value): value is string => Boolean(value)).map(compact);
  return site.some((value) => value.length > 0 && (candidate === value || value.startsWith(candidate) && candidate.length >= 4 || candidate.startsWith(value)));
}
