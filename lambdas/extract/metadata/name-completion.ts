/**
 * Names written in full: a name the metadata shortens to a login ("jane.doe") or a given name ("Nils") is completed
 * from the page's texts where they credit the person.
 */
import type { AuthorContext } from './author-context';
import { cleanName } from './name-cleaning';
import { STARTS_UPPER_CASE } from './name-shapes';
import { escapeRegExp } from './text';

/** The cleaned name, written in full when the candidate is a given name or a login the page completes. */
export function fullName(part: string, context: AuthorContext): string | null {
  const name = cleanName(part, context);
  const shortened = name === null ? LOGIN_NAME_PARTS.test(part.trim()) : GIVEN_NAME_ONLY.test(name);
  const completed = shortened && context.pageTexts ? completeName(name ?? part.trim(), context.pageTexts()) : null;
  return (completed && cleanName(completed, context)) ?? name;
}

/**
 * A name the metadata shortens to the login it was made from ("jane.doe") or to a given name ("Nils") is written
 * in full where the page credits the person ("(Jane P. Doe)", "Eine Kolumne von Nils Pickert"). A login names both
 * parts, so any mention of them together in the text is the person. A given name is followed by any capitalised
 * word where a sentence or the next block starts ("von Nils" + "Auch …"), so only a short line that ends in a
 * credit with a byline word ("… von Nils Pickert") counts. The full name is taken only when the page holds exactly
 * one: a given name shared by two people completes to neither.
 */
function completeName(shortName: string, page: { text: string; lines: string[] }): string | null {
  const login = LOGIN_NAME_PARTS.exec(shortName);
  const found = new Set<string>();
  const collect = (text: string, name: string, rest: FollowingPart) => {
    for (const match of followedMatches(text, name, rest)) {
      const words = match.split(/\s+/);
      // Parts are matched in any case; the name the page writes has its words capitalised, and a surname of its own.
      if (words.every((word) => STARTS_UPPER_CASE.test(word)) && words[words.length - 1] !== words[0]) found.add(words.join(' '));
    }
  };
  if (login) {
    const surname = new RegExp(escapeRegExp(login[2]), 'yiu');
    collect(page.text, login[1], (text, start, end) => {
      if (!atPosition(WORD_START, text, start)) return -1;
      const gap = stickyMatchEnd(INITIAL_AND_GAP, text, end);
      const surnameEnd = gap < 0 ? -1 : stickyMatchEnd(surname, text, gap);
      return surnameEnd >= 0 && atPosition(WORD_END, text, surnameEnd) ? surnameEnd : -1;
    });
  } else {
    for (const line of page.lines) {
      collect(line, shortName, (text, start, end) => (atPosition(AFTER_CREDIT, text, start) ? stickyMatchEnd(CREDITED_SURNAME, text, end) : -1));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
/** The byline words a full name follows in a credit ("by", "von", "par", "por", "door", "di", "av", "af"). */
const CREDIT_WORD = '(?:by|von|par|por|door|di|av|af)';
/** "jane.doe", "jane_doe", "jane-doe": a login made of a given name and a surname. */
const LOGIN_NAME_PARTS = /^(\p{Ll}{2,})[._-](\p{Ll}{2,})$/u;
/** One capitalised word: how a CMS shows an account named by its owner's given name. */
const GIVEN_NAME_ONLY = /^\p{Lu}\p{Ll}+$/u;

/*
 * The parts of completeName's patterns around the name, compiled once: a letter class matched in any case takes
 * about a millisecond to compile, too much to pay per name. All are sticky, matched at one position.
 */
/** A credit word right before the position ("von |Nils"). */
const AFTER_CREDIT = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])${CREDIT_WORD}\s+)`, 'yiu');
/** The surname after a given name, an initial between them ("Nils| P. Pickert"), ending a line or a list item. */
const CREDITED_SURNAME = /(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?=\s*(?:$|[,;|/·•]))/yiu;
/** What stands between the parts of a login's name ("jane| P. |doe"). */
const INITIAL_AND_GAP = /(?:\s+\p{Lu}\.)?\s+/yiu;
const WORD_START = /(?<![\p{L}\p{N}])/yiu;
const WORD_END = /(?![\p{L}\p{N}])/yiu;

/** Given where a name starts and ends in the text, where the rest of the match ends; -1 when it does not match. */
type FollowingPart = (text: string, start: number, end: number) => number;

/**
 * The texts that `name` (in any case) followed by what `rest` accepts spans, left to right without overlaps, as
 * one global pattern of both would match them. Only the name, a literal, is compiled per call.
 */
function followedMatches(text: string, name: string, rest: FollowingPart): string[] {
  const matches: string[] = [];
  const occurrence = new RegExp(escapeRegExp(name), 'giu');
  for (let found = occurrence.exec(text); found; found = occurrence.exec(text)) {
    const end = rest(text, found.index, found.index + found[0].length);
    if (end >= 0) {
      matches.push(text.slice(found.index, end));
      occurrence.lastIndex = end;
    } else {
      occurrence.lastIndex = found.index + (text.codePointAt(found.index)! > 0xFFFF ? 2 : 1);
    }
  }
  return matches;
}

/** True when the zero-width sticky pattern holds at the position. */
function atPosition(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where the sticky pattern's match from the position ends, -1 when it does not match there. */
function stickyMatchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
