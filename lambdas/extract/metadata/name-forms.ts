/**
 * Names written back in their usual form: a byline set in capitals in name case, and a name written surname first
 * (a `citation_author` tag, a library-style creator field) in reading order.
 */
import { agencyNamed } from './wire-agencies';

/**
 * Rule "shouted name": a byline set in capitals ("SVEN MICHAELSEN", "JEAN-PIERRE O'NEILL") is written as names are,
 * each word's first letter capital and the rest small, also after a hyphen, an apostrophe or an initial's dot
 * ("J.R.R. TOLKIEN" → "J.R.R. Tolkien"). A name with any small letter keeps its spelling ("McDonald", "van Dijk");
 * so does one with a Turkish dotted capital İ, whose small form depends on the language.
 */
export function inNameCase(name: string): string {
  if (!SHOUTED.test(name) || SMALL_LETTER.test(name) || name.includes('\u0130')) return name;
  return name.toLowerCase().replace(WORD_INITIAL, (_, before: string, letter: string) => before + letter.toUpperCase());
}
const SHOUTED = /\p{Lu}[^]*\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;
const WORD_INITIAL = /(^|[\s\-'’.(])(\p{Ll})/gu;

/**
 * Rule "one cited author": each `citation_author` tag (the convention scholarly indexes read) names one person,
 * usually surname first ("Holt, Mia"), so its one comma joins the parts of a name and never two writers. The name is
 * read in its usual order; a value with more commas or with digits is left for the list reading to judge.
 */
export function citedAuthorName(value: string): string {
  const parts = value.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] && !/\d/.test(value) ? `${parts[1]} ${parts[0]}` : value;
}

/**
 * Rule "surname first": library-style creator fields (Dublin Core, citation_author) write one person as "Surname,
 * Given names": "Kooman, F.", "Doe, Jane A.", "Jong, Michiel de" (the particle after the given name). The comma
 * there joins the parts of one name, not two writers: the name is read in its usual order ("Michiel de Jong"). Only
 * in declared metadata, and only when the part after the comma ends in an initial or a particle, which no second
 * writer's name does, and the part before it is no agency ("Reuters, J.").
 */
const SURNAME_FIRST = /^\s*(\p{Lu}[\p{L}'’-]+)\s*,\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+)*?(?:\p{Lu}\.|(?:de|da|di|du|del|dos|van|von|ten|ter)(?:\s+(?:der|den|la|le))?))\s*$/u;

export function inReadingOrder(credit: string): string {
  const parts = SURNAME_FIRST.exec(credit);
  return parts && !agencyNamed(parts[1]) ? `${parts[2]} ${parts[1]}` : credit;
}
