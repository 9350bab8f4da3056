/** The forms in which headline candidates are compared, and the word tests and constants the title modules share. */

export const LETTER = /\p{L}/u;
export const OPENS_IN_LOWER_CASE = /^\s*\p{Ll}/u;
const SPACES_PUNCTUATION_AND_SYMBOLS = /[\s\p{P}\p{S}]+/gu;
const PUNCTUATION_AND_SYMBOLS = /[\p{P}\p{S}]+/gu;

/** A site name is a few words; a longer side of a separator is part of the headline. */
export const MAX_SITE_NAME_WORDS = 4;
/** A headline is a phrase; a word or two is a label (a banner, a section's name). */
export const MIN_HEADLINE_WORDS = 3;

/**
 * A headline is a phrase: three words or more, or in a script written without spaces between words a run of
 * characters as long as three short words: eight ideographs or kana (Chinese, Japanese), twenty letters and marks of
 * an alphabet (Thai, Lao, Khmer, Burmese, whose words take several letters each). Rule "ideographs across the
 * commas": a Japanese or Chinese headline breaks its clauses with an ideographic comma or space and names places in
 * short runs ("北陸新幹線、大雪で一部運休　金沢―敦賀間"), where no run reaches eight; its ideographs and kana counted
 * together are a phrase's, where a section's label ("経済", "社会") has two.
 */
export function isPhrase(text: string): boolean {
  return wordCount(text) >= MIN_HEADLINE_WORDS || UNSPACED_PHRASE.test(text) || countIdeographs(text) >= MIN_PHRASE_IDEOGRAPHS;
}
const MIN_PHRASE_IDEOGRAPHS = 8;
const IDEOGRAPH_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
function countIdeographs(text: string): number {
  return text.match(IDEOGRAPH_OR_KANA)?.length ?? 0;
}
export const UNSPACED_PHRASE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8,}|[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{20,}/u;

/**
 * The forms titles are compared in, by text. Candidates are compared pairwise (each heading with each declared
 * title and each of its segments, site names with every side), so the same few strings are lower-cased,
 * NFKC-normalized and stripped of punctuation over and over; each form is computed once. Emptied when the title
 * is chosen, so no page's strings outlive it; the size bound only guards callers that compare outside a choice.
 */
export const compactForms = new Map<string, string>();
export const normalizedForms = new Map<string, string>();
const MAX_COMPARISON_FORMS = 1000;

function comparisonForm(forms: Map<string, string>, text: string, make: (text: string) => string): string {
  let form = forms.get(text);
  if (form === undefined) {
    if (forms.size >= MAX_COMPARISON_FORMS) forms.clear();
    form = make(text);
    forms.set(text, form);
  }
  return form;
}

export function compact(text: string): string {
  return comparisonForm(compactForms, text, compactUncached);
}

export function normalize(text: string): string {
  return comparisonForm(normalizedForms, text, normalizeUncached);
}

/**
 * Lower case without spaces and punctuation, spelled as a host name spells it: host names are ASCII, so sites write
 * "Löwenseiten" as "loewenseiten" and "Clarín" as "clarin". German umlauts become two letters; other Latin accents
 * are dropped.
 */
function compactUncached(text: string): string {
  const name = text.toLowerCase().normalize('NFKC').replace(/^the\s+/, '').replace(SPACES_PUNCTUATION_AND_SYMBOLS, '');
  return name.replace(/[äöü]/g, (umlaut) => UMLAUT_SPELLING[umlaut]).replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

function normalizeUncached(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/\u0640/g, '').replace(PUNCTUATION_AND_SYMBOLS, ' ').replace(/\s+/g, ' ').trim();
}

export function sameText(a: string, b: string): boolean {
  return a.length > 0 && normalize(a) === normalize(b);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The most content words `text` shares with any one of `others`. A compound shares its head word with the free
 * word (German "Autofinanzierung" / "Finanzierung", Dutch "autoverzekering" / "verzekering"): the compound ends
 * with it. The head must be long enough that a shared ending is rarely chance ("donation" / "nation").
 */
export function sharedContentWords(text: string, others: string[]): number {
  const words = contentWords(text);
  const sameOrCompound = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= MIN_COMPOUND_HEAD && (a.endsWith(b) || b.endsWith(a)));
  return Math.max(0, ...others.map((other) => new Set(contentWords(other).filter((word) => words.some((own) => sameOrCompound(own, word)))).size));
}
const MIN_COMPOUND_HEAD = 7;

/** Words long enough to carry meaning; short ones ("the", "der", "of") match between any two titles. */
function contentWords(normalizedText: string): string[] {
  return normalizedText.split(' ').filter((word) => word.length >= 4);
}
