/**
 * The shape of a name, by its words alone: given name and surname, capitalised words with particles between them,
 * and the words that show a phrase or an institution's name instead.
 */

/**
 * Lowercase words that may open a name ("de Jong", "van Dijk", "al-Sayed", "bin Salman"). Any other lowercase
 * first word in a several-word candidate shows a phrase ("der linearen Wirtschaft", "has worked as"). Filipino
 * surnames join the Spanish particles into one word ("dela Cruz", "delos Santos"), and Malay names name a woman's
 * father after "binti" ("Nurul binti Ahmad") as a man's after "bin".
 */
export const NAME_PARTICLE = /^(?:de|da|di|du|del|della|dela|delos|dos|van|von|ten|ter|al|el|bin|binti|ibn|zu|d'|l')(?:$|[-'’])/u;
/**
 * Rule "Balinese name prefixes": a Balinese name opens with "I" (a man) or "Ni" (a woman) before the birth-order or
 * caste name ("I Made Ardika", "Ni Luh Putu Sari", "I Gusti Ngurah Rai"); the prefix is part of the name as the
 * writer signs it, and the same words are Polish and Croatian "and" and the Tagalog byline word "Ni" ("by") elsewhere.
 * Before these names they are never either.
 */
export const BALINESE_NAME_AFTER_PREFIX = '(?:Wayan|Putu|Gede|Luh|Made|Kadek|Nengah|Nyoman|Komang|Ketut|Gusti|Dewa|Desak|Ayu)\\s';
/** "…, and Jane Doe": an Oxford comma leaves the conjunction on the last name. */
export const LEADING_CONJUNCTION = new RegExp(`^(?:and|und|et|y|e|en|og|och|i(?!\\s+${BALINESE_NAME_AFTER_PREFIX}))\\s+`, 'iu');
/** A person's name is short; longer strings are sentences that slipped into a byline element. */
export const MAX_NAME_WORDS = 5;
export const MAX_NAME_LENGTH = 60;
export const STARTS_UPPER_CASE = /^\p{Lu}/u;
/**
 * Rule "Georgian has no capitals in use": Georgian is written in Mkhedruli, which Unicode files as lower case since it
 * added the Mtavruli capitals, but names and sentences alike are written in it ("ნინო ბერიძე"); its letters open a
 * name as a caseless script's do, and no word of it is a lowercase word.
 */
export const STARTS_LOWER_CASE = /^(?![\u10D0-\u10FF])\p{Ll}/u;
/** A name's first letter: a capital, or a letter of a script without case (Bengali, Hebrew, Arabic, CJK, Georgian). */
const STARTS_NAME_LETTER = /^[\p{Lu}\p{Lo}\u10D0-\u10FF]/u;

/** Capitalised words, with name particles between them ("Jane Doe", "Michiel de Jong"). */
export function isNameShaped(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && words.length <= MAX_NAME_WORDS && STARTS_UPPER_CASE.test(words[0]) && STARTS_UPPER_CASE.test(words[words.length - 1])
    && words.every((word) => STARTS_UPPER_CASE.test(word) || isNameParticle(word));
}

/** Given name and surname: at least two words, the first capitalised. */
export function isFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && STARTS_NAME_LETTER.test(words[0]);
}

/**
 * Too many words for a name, or several words led by a lowercase word that is not a name particle. An initial
 * ("e. barreneche") is no word of a phrase: bylines that style their case (upper-case letters drawn by CSS) are
 * sometimes written in lowercase in the markup.
 */
export function isPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > MAX_NAME_WORDS + 1 || ARABIC_PREPOSITION.test(text) || (words.length > 1 && STARTS_LOWER_CASE.test(words[0]) && !NAME_PARTICLE.test(words[0])
    && !LOWERCASE_INITIAL.test(words[0]) && !LEADING_CONJUNCTION.test(text.trim()));
}
const LOWERCASE_INITIAL = /^\p{Ll}\.$/u;
/**
 * Arabic has no capitals to tell a name from a phrase, but its prepositions ("في" in, "من" from, "على" on, "إلى" to,
 * "عن" about, "مع" with, "منذ" since) are words of their own that no name holds: "محرر في قسم المحليات" (an editor in
 * the local desk) is the writer's description in an author box.
 */
const ARABIC_PREPOSITION = /(?:^|\s)(?:في|من|على|إلى|الى|عن|مع|منذ)(?:\s|$)/u;

/**
 * "Landesanstalt für Landwirtschaft", "University of Example", "Course or Type": a lowercase word inside several
 * capitalised ones joins the words of an institution's or a menu's name. Inside a person's name only particles
 * ("Ludwig van Beethoven", "María de la Cruz") are lowercase.
 */
export function isInstitution(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 2 && words.slice(1, -1).some((word) => STARTS_LOWER_CASE.test(word) && !isNameParticle(word));
}

/** A lower-case word a person's name holds between its capitalised ones ("Michiel de Jong", "María de la Cruz"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLE.test(word) || INNER_PARTICLE.test(word);
}
/**
 * Particles found only inside names ("de la Cruz", "van der Berg", "dos Santos e Silva"), the Catalan "i" that joins
 * two surnames among them ("Marta Puig i Ferrer", rule "surnames joined by i or y" in byline-parts.ts).
 */
const INNER_PARTICLE = /^(?:la|le|las|los|der|den|des|y|e|i)$/u;
