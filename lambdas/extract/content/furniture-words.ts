/**
 * Furniture words: what an element's class and id words say about it (the readers' discussion, furniture named by a
 * strong or a weak word, or nothing), judged once per token set.
 */
import type { DomElement } from './dom';
import { linkDensity, measureSubtree } from './measure';
import { attributeTokens, firstMatch } from './tokens';
import { BOILERPLATE_TOKENS, COMMENT_TOKENS, CONTENT_TOKENS, DISCUSSION_TOKENS, VERDICT_RATING_TOKENS, WEAK_BOILERPLATE_TOKENS } from './vocabulary';

export type TokenVerdict = 'discussion' | 'furniture' | 'weak-furniture' | 'none';

/**
 * What the class/id words say. A weak word (`header`, `sidebar`, `meta`...) next to a content word is a layout
 * wrapper such as `article-header` or `main-has-sidebar`; a strong word (`share`, `related`, `ads`...) marks
 * furniture unless the block is long running prose, which no share bar or related list is.
 */
export function tokenVerdict(element: DomElement, tokens = attributeTokens(element)): TokenVerdict {
  const verdict = wordsVerdict(tokens);
  if (verdict !== 'content-and-strong') return verdict;
  const own = measureSubtree(element);
  return own.chars < 1500 || linkDensity(own) > 0.3 ? 'furniture' : 'none';
}

/**
 * The verdict of the words alone, by token set. Pages repeat the same class values on many elements, which share
 * one token set, so each set is judged once. The sets live only as long as the page's token cache, and the verdicts
 * are forgotten with them ({@link forgetWordVerdicts}): kept in a WeakMap that let them go on its own, setting each
 * verdict cost more than judging the words.
 */
const verdictByTokens = new Map<ReadonlySet<string>, TokenVerdict | 'content-and-strong'>();

/** Empties the verdicts; the body pass calls it when it is done with a page, as it empties the token cache. */
export function forgetWordVerdicts(): void {
  verdictByTokens.clear();
}

export function wordsVerdict(tokens: ReadonlySet<string>): TokenVerdict | 'content-and-strong' {
  // Most elements carry no class or id: no words say nothing, without a table lookup.
  if (tokens.size === 0) return 'none';
  let verdict = verdictByTokens.get(tokens);
  if (verdict === undefined) {
    verdict = judgeWords(tokens);
    verdictByTokens.set(tokens, verdict);
  }
  return verdict;
}

function judgeWords(tokens: ReadonlySet<string>): TokenVerdict | 'content-and-strong' {
  let weak = false;
  let strong = false;
  const content = firstMatch(tokens, CONTENT_TOKENS) !== null;
  for (const token of tokens) {
    if (isLiveCommentary(tokens, token)) continue;
    // `comment-list` is discussion; a `post` wrapper that merely carries a `comments` modifier is not.
    if (DISCUSSION_TOKENS.has(token) && !content) return 'discussion';
    if (!BOILERPLATE_TOKENS.has(token) || isVerdictRating(tokens, token) || isLetterSignature(tokens, token) || isRecipeFacts(tokens, token)) continue;
    if (WEAK_BOILERPLATE_TOKENS.has(token)) weak = true;
    else strong = true;
  }
  if (!weak && !strong) return 'none';
  if (!content) return strong ? 'furniture' : 'weak-furniture';
  // A content word with a strong word: only the box's own text can tell a long story from a share bar.
  return strong ? 'content-and-strong' : 'none';
}

/**
 * Rule "verdict's rating": a fact-check prints its verdict ("Größtenteils falsch", "Engañoso", "False") in a part its
 * template names as the verdict's rating (`verdict__rating`, `Verdict_rating__8k`), the conclusion of the story, where
 * a star widget's `rating` names the readers' votes. Only the rating written as the verdict's part is the verdict: a
 * box that carries `rating-1` as a modifier beside `verdict-box` is styled by its rating, and says nothing new.
 */
function isVerdictRating(tokens: ReadonlySet<string>, token: string): boolean {
  return token === 'rating' && firstMatch(tokens, VERDICT_RATING_TOKENS) !== null;
}

/**
 * Rule "letter's signature": a letters-to-the-editor page closes each reader's letter with its writer's name and town
 * ("— Margaret Lyle, Port Ewen") in a part its template names as the letter's signature or byline (`letter-signature`,
 * `letters__signature`, `letter-byline`); the signature is the letter's, as a letter's is on paper, where a forum's
 * `signature` is the poster's standing footer under every post and a story's `byline` is the newsroom's credit
 * (a style's `letter-spacing` names no letter).
 */
function isLetterSignature(tokens: ReadonlySet<string>, token: string): boolean {
  return (token === 'signature' || token === 'byline') && (tokens.has('letters') || (tokens.has('letter') && !tokens.has('letter-spacing')));
}

/**
 * Rule "recipe's facts": a recipe card sets its preparation and cooking times, servings and difficulty ("Preparación:
 * 15 min", "Raciones: 4", "Dificultad: Fácil") in a row its template names as the recipe's meta (`recipe-meta`, WP
 * Recipe Maker's `wprm-recipe-meta-container`); they are the recipe's, what the cook reads before the ingredients,
 * where a story's `meta` row is the byline and the date.
 */
function isRecipeFacts(tokens: ReadonlySet<string>, token: string): boolean {
  return token === 'meta' && tokens.has('recipe');
}

/**
 * Live commentary: a sports or news live ticker calls its entries comments (`live-match-comment`, `live-comments`).
 * Next to `live` in the element's own class or id, a comment word names the reporter's running commentary, which is
 * the story itself, not the readers' discussion under it.
 */
function isLiveCommentary(tokens: ReadonlySet<string>, token: string): boolean {
  return COMMENT_TOKENS.has(token) && tokens.has('live');
}
