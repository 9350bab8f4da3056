/**
 * Change events: what downstream services subscribe to on the `gazette` EventBridge bus.
 * The JSON Schemas under docs/events/ describe the same shapes; a test keeps the two in step.
 */
import type { BodyDiff } from './identity/body-diff';

export const EVENT_SOURCE = 'gazette';
export const EVENT_SCHEMA_VERSION = 1;

export type ChangeEventType = 'ArticleCreated' | 'ArticleUpdated' | 'ArticleWithdrawn';

export interface ArticleEventDetail {
  schemaVersion: typeof EVENT_SCHEMA_VERSION;
  articleId: string;
  revision: number;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
  contentHash: string;
  /** The wire story this article tells, shared across sites (see docs/TABLE.md, byStory); null for short bodies. */
  storyId: string | null;
  /** The story's original article; equal to articleId when this article is the original. */
  originalArticleId: string | null;
  /** Record fields that changed since the previous revision; empty for ArticleCreated and ArticleWithdrawn. */
  changedFields: string[];
  /** ArticleUpdated only, when the body changed: paragraphs added, removed and changed, with capped samples. */
  bodyDiff?: BodyDiff;
  /** ArticleWithdrawn only: when and why the page went away. */
  withdrawnAt?: string;
  withdrawalReason?: string;
}

export interface ChangeEvent {
  detailType: ChangeEventType;
  detail: ArticleEventDetail;
  /** When the change was written, ISO 8601. */
  time: string;
}
