/**
 * Story grouping: the same wire story carried by several sites (or twice by one site) shares one storyId, and one
 * of its articles is the original the others republish.
 *
 * Pure: finding the candidates (the articles registered under the band keys of the new article's fingerprint, see
 * `storyBandKeys` and `assignStory`) is the caller's job; this module only decides, from the fingerprints the
 * candidates carry.
 */
import { shortDigest } from './digest';
import { registrableDomain } from './registrable-domain';
import {
  decodeStoryFingerprint,
  STORY_MATCH_MIN_SIMILARITY,
  STORY_MATCH_MIN_SIMILARITY_SAME_SITE,
  storySimilarity,
} from './story-fingerprint';

/** An article as story grouping sees it. */
export interface StoryMember {
  articleId: string;
  /** `storyFingerprint` of the body. */
  fingerprint: string;
  /** ISO 8601, or null when the page did not say. */
  publishedAt: string | null;
  /** When the pipeline first ingested the article, ISO 8601. */
  firstSeenAt: string;
  siteHost: string;
}

/** An already grouped article, found through a band key. */
export interface StoryCandidate extends StoryMember {
  storyId: string;
}

export interface StoryAssignment {
  storyId: string;
  /** No candidate matched: `storyId` was minted for this article. */
  isNewStory: boolean;
  /** The most similar matching candidate and its estimated containment (`storySimilarity`); null for a new story. */
  matchedArticleId: string | null;
  similarity: number | null;
  /** The story's original among this article and the matched story's candidates. */
  originalArticleId: string;
  originalSiteHost: string;
  /** This article is the original: true for a new story, or when the dates show it came first. */
  isOriginal: boolean;
}

/**
 * A publication date wins over first-seen order only with a lead of more than this: sites that label local time as
 * UTC are off by whole hours, and a lead smaller than such an error is no evidence.
 */
export const PUBLISHED_AT_SLACK_MS = 60 * 60 * 1000;

/**
 * Assigns a story to a new article. The article joins the story of the most similar candidate at or above
 * STORY_MATCH_MIN_SIMILARITY (STORY_MATCH_MIN_SIMILARITY_SAME_SITE for a candidate of its own site) (ties: the earlier-seen candidate, then the smaller articleId, so the answer does not
 * depend on candidate order); otherwise it founds a new story whose id is derived from its own articleId, so a
 * retried ingest mints the same id. Candidates with the article's own id or a fingerprint of another scheme are
 * ignored; an invalid fingerprint on the article itself throws (use `storyFingerprint`, and skip grouping when it
 * is null).
 */
export function storyIdFor(article: StoryMember, candidates: readonly StoryCandidate[]): StoryAssignment {
  const signature = decodeStoryFingerprint(article.fingerprint);
  if (!signature) throw new Error(`not a story fingerprint: ${article.fingerprint.slice(0, 40)}`);
  const matches = candidates
    .filter((candidate) => candidate.articleId !== article.articleId)
    .flatMap((candidate) => {
      const other = decodeStoryFingerprint(candidate.fingerprint);
      return other ? [{ candidate, similarity: storySimilarity(signature, other) }] : [];
    })
    .filter((match) => match.similarity >= matchThreshold(article, match.candidate))
    .sort((a, b) => b.similarity - a.similarity || compareFirstSeen(a.candidate, b.candidate));
  const nearest = matches[0];
  if (nearest === undefined) {
    return {
      storyId: newStoryId(article.articleId),
      isNewStory: true,
      matchedArticleId: null,
      similarity: null,
      originalArticleId: article.articleId,
      originalSiteHost: article.siteHost,
      isOriginal: true,
    };
  }
  const storyId = nearest.candidate.storyId;
  const storyMembers = candidates.filter((candidate) => candidate.storyId === storyId && candidate.articleId !== article.articleId);
  const original = chooseOriginal([article, ...storyMembers]);
  return {
    storyId,
    isNewStory: false,
    matchedArticleId: nearest.candidate.articleId,
    similarity: nearest.similarity,
    originalArticleId: original.articleId,
    originalSiteHost: original.siteHost,
    isOriginal: original.articleId === article.articleId,
  };
}

/** Same registrable domain; an unknown host (empty) is no evidence of a shared template. */
function matchThreshold(article: StoryMember, candidate: StoryMember): number {
  const sameSite = article.siteHost !== '' && candidate.siteHost !== '' && registrableDomain(article.siteHost) === registrableDomain(candidate.siteHost);
  return sameSite ? STORY_MATCH_MIN_SIMILARITY_SAME_SITE : STORY_MATCH_MIN_SIMILARITY;
}

export function newStoryId(foundingArticleId: string): string {
  return `s${shortDigest(`story:${foundingArticleId}`)}`;
}

/**
 * The original of a story: the first-seen member, unless another member's publication date precedes the
 * first-seen member's by more than PUBLISHED_AT_SLACK_MS (we may simply have crawled the original later); among
 * several such, the earliest published. Members without a usable publication date never override first-seen order.
 */
export function chooseOriginal<T extends StoryMember>(members: readonly [T, ...T[]]): T {
  const byFirstSeen = [...members].sort(compareFirstSeen);
  const firstSeen = byFirstSeen[0]!;
  const firstSeenPublished = instant(firstSeen.publishedAt);
  if (firstSeenPublished === null) return firstSeen;
  let original = firstSeen;
  let originalPublished = firstSeenPublished;
  for (const member of byFirstSeen.slice(1)) {
    const published = instant(member.publishedAt);
    if (published !== null && published < firstSeenPublished - PUBLISHED_AT_SLACK_MS && published < originalPublished) {
      original = member;
      originalPublished = published;
    }
  }
  return original;
}

function compareFirstSeen(a: StoryMember, b: StoryMember): number {
  const difference = (instant(a.firstSeenAt) ?? Infinity) - (instant(b.firstSeenAt) ?? Infinity);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
