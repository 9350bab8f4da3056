/**
 * Names written back in their usual form: a byline set in capitals in name case, and a name written surname first
 * (a `citation_author` tag, a library-style creator field) in reading order.
 */
import { primarySubtag } from '../language';
import { LEGAL_FORMS, ROLE_WORDS } from './byline-vocabulary';
import { agencyNamed } from './wire-agencies';

/**
 * Rule "shouted name": a byline set in capitals ("SVEN MICHAELSEN", "JEAN-PIERRE O'NEILL") is written as names are,
 * each word's first letter capital and the rest small, also after a hyphen, an apostrophe or an initial's dot
 * ("J.R.R. TOLKIEN" → "J.R.R. Tolkien"). A name with any small letter keeps its spelling ("McDonald", "van Dijk").
 */
export function inNameCase(name: string, language: string | null = null): string {
  if (!SHOUTED.test(name)) return name;
  const locale = casingLocale(name, language);
  if (SMALL_LETTER.test(name)) return surnameInNameCase(name, locale);
  return nameCased(name, locale);
}
function nameCased(words: string, locale: string | undefined): string {
  return words.toLocaleLowerCase(locale).replace(WORD_INITIAL, (_, before: string, letter: string) => before + letter.toLocaleUpperCase(locale));
}

/**
 * Rule "Turkic capitals": Turkish and Azerbaijani write two i's, dotted İ/i and dotless I/ı, so their capitals go
 * small by the language's own pairs ("İSMAİL KILIÇ" → "İsmail Kılıç", never "Kiliç"). A name holding the dotted
 * capital İ is written in one of them wherever it stands; any other name is, on a page in one of them.
 */
function casingLocale(name: string, language: string | null): string | undefined {
  if (name.includes('\u0130')) return 'tr';
  return language && TURKIC_CASING.has(primarySubtag(language)) ? primarySubtag(language) : undefined;
}
const TURKIC_CASING: ReadonlySet<string> = new Set(['tr', 'az']);

/**
 * Rule "surname in capitals": agencies and the portals that run their copy set the writer's surname alone in capitals
 * ("Aline MOREAU", "Jean-Luc DA SILVA"), the French style of a credit. Given names written as names are, then words
 * all in capitals of two letters or more, are one name whose surname is written back as names are. A trailing Roman
 * numeral ("John Doe III") is part of the name as written.
 */
function surnameInNameCase(name: string, locale: string | undefined): string {
  const words = name.split(' ');
  const firstShouted = words.findIndex((word) => !NAME_CASED_WORD.test(word));
  if (firstShouted < 1) return name;
  const surname = words.slice(firstShouted);
  if (!surname.every((word) => SHOUTED_WORD.test(word) && !ROMAN_NUMERAL.test(word))) return name;
  return [...words.slice(0, firstShouted), nameCased(surname.join(' '), locale)].join(' ');
}
const NAME_CASED_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*$/u;
const SHOUTED_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;
const ROMAN_NUMERAL = /^[IVX]+$/;
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
 * Rule "one creator per field": a Dublin Core creator field comes from library-minded systems (a university's or a
 * public body's CMS, a repository) that file one person per field, surname first, and write a Spanish or Portuguese
 * writer's two surnames before the given name ("Arranz Ortega, Lucía"), with no initial for rule "surname first" to
 * go by. Read in its usual order when the value is two parts of capitalised words around one comma, one of them a
 * single word (two writers' full names have two words on both sides), neither a role ("Jane Doe, Staff Writer"), a
 * company's legal form ("Example Storage, Inc.") nor an agency. A field that lists several creators parts them with
 * semicolons, as library records do ("Arranz Ortega, Lucía; Pérez Gil, Marta"), and each is read so.
 */
export function creatorName(value: string): string {
  return value.includes(';') ? value.split(';').map((creator) => oneCreatorName(creator.trim())).join('; ') : oneCreatorName(value);
}
function oneCreatorName(value: string): string {
  const parts = value.split(',').map((part) => part.trim().split(/\s+/u));
  if (parts.length !== 2 || Math.min(parts[0].length, parts[1].length) !== 1 || Math.max(parts[0].length, parts[1].length) > 3) return value;
  const [surname, given] = parts.map((words) => words.join(' '));
  if (!parts.flat().every((word) => CAPITALISED_WORD.test(word)) || ROLE_WORDS.test(value) || LEGAL_FORM.test(given) || agencyNamed(surname) || agencyNamed(given)) return value;
  return `${given} ${surname}`;
}
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}\.$/u;
const LEGAL_FORM = new RegExp(String.raw`^(?:${LEGAL_FORMS.join('|')})$`, 'iu');

/**
 * Rule "mailbox with its name": templates built for feeds fill the author field as RSS writes it, an address with
 * the person's name in brackets ("newsroom@example.com (Jane Doe)") or the mail header form ("Jane Doe
 * <jane@example.com>"). The name is the credit; the address names no one.
 */
export function mailboxName(credit: string): string {
  return MAILBOX_WITH_NAME.exec(credit)?.[1] ?? NAME_WITH_MAILBOX.exec(credit)?.[1] ?? credit;
}
const MAILBOX_WITH_NAME = /^\s*[^\s@()<>]+@[^\s@()<>]+\s*\(([^()@]+)\)\s*$/u;
const NAME_WITH_MAILBOX = /^\s*([^<>@]+?)\s*<[^\s@<>]+@[^\s@<>]+>\s*$/u;

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

/**
 * Rule "one name in two scripts": a byline on a page with an edition in another language may spell its writer twice,
 * in the Arabic script and in Latin letters, parted by a slash ("بقلم: كريم بن علي / Karim Benali", "By Samira Ahmadi /
 * سمیرا احمدی"): one writer, named as the byline names them first. The two spell the same name where their consonants
 * agree, each letter read as its usual transliterations write it (ج as "j", "g" or "dj"; ش as "sh" or "ch"; ق as "q" or "k"; the article's ل
 * as "el" or "al", or lost before the letter it doubles), the vowels, the "h", and the letters that write vowels
 * (ا و ي ع ة) left out: a skeleton each, equal or one letter apart. Two writers of one byline, each in a script of
 * their own, do not spell one name.
 */
export function spellSameName(arabicScript: string, latin: string): boolean {
  const arabic = consonantSkeleton([...arabicScript].map((letter) => ARABIC_CONSONANTS[letter] ?? (ARABIC_LETTER_CHAR.test(letter) ? '' : ' ')).join(''));
  const roman = consonantSkeleton(latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(LATIN_DIGRAPHS, (pair) => LATIN_DIGRAPH_CONSONANT[pair] ?? pair)
    .replace(/[a-z]/g, (letter) => LATIN_CONSONANT[letter] ?? '').replace(/G/g, 'g'));
  return arabic.length >= 3 && roman.length >= 3 && Math.abs(arabic.length - roman.length) <= 1 && withinOneEdit(arabic, roman);
}
/** The consonants alone, a doubled one once: "kh" and "k" read alike, and a shadda's doubling is written or not. */
function consonantSkeleton(letters: string): string {
  return letters.replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
}
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
const ARABIC_LETTER_CHAR = /[\u0600-\u06FF]/u;
/** Each consonant as its commonest transliteration's first consonant; ج, گ and Latin "g" all read "j". */
const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'چ': 's', 'خ': 'k', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z', 'ژ': 'z', 'س': 's', 'ش': 's',
  'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ک': 'k', 'گ': 'j', 'ل': 'l', 'م': 'm', 'ن': 'n',
};
const LATIN_DIGRAPHS = /kh|sh|ch|gh|th|dh|dj|ph/g;
/** "gh" is غ's, written as a capital until the single letters are read, which take "g" for ج's. */
const LATIN_DIGRAPH_CONSONANT: Readonly<Record<string, string>> = { kh: 'k', sh: 's', ch: 's', gh: 'G', th: 't', dh: 'd', dj: 'j', ph: 'f' };
const LATIN_CONSONANT: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', t: 't', d: 'd', j: 'j', g: 'j', k: 'k', q: 'k', c: 'k', x: 'k', r: 'r', z: 'z', s: 's', f: 'f', l: 'l', m: 'm', n: 'n',
};
/** A name written in Latin letters throughout. */
export const LATIN_SCRIPT_NAME = /^[\p{Script=Latin}\s.'’-]+$/u;
