import { EVENT_SCHEMA_VERSION, type ChangeEvent } from './events';
import type { EventSink } from './ports';
import type { StoredArticle } from './stored-article';

/** The latest item before and after one write, as a DynamoDB stream record (or the local store) reports it. */
export interface LatestItemChange {
  previous: StoredArticle | null;
  current: StoredArticle;
}

/**
 * The event one change of the latest item stands for: a new revision is ArticleCreated or ArticleUpdated, the
 * withdrawal mark appearing on the same revision is ArticleWithdrawn, and anything else (a replayed stream record,
 * a helping writer rewriting the same revision) is nothing.
 */
export function changeEventFor({ previous, current }: LatestItemChange): ChangeEvent | null {
  if (previous && previous.revision >= current.revision) {
    const newlyWithdrawn = previous.revision === current.revision && !previous.withdrawnAt && current.withdrawnAt;
    return newlyWithdrawn ? withdrawalEvent(current) : null;
  }
  return {
    detailType: previous || current.revision > 1 ? 'ArticleUpdated' : 'ArticleCreated',
    time: current.revisedAt,
    detail: eventDetail(current),
  };
}

/** ArticleWithdrawn for an article whose latest item carries a withdrawal mark. */
export function withdrawalEvent(current: StoredArticle): ChangeEvent {
  return {
    detailType: 'ArticleWithdrawn',
    time: current.withdrawnAt ?? current.revisedAt,
    detail: {
      ...withoutBodyDiff(eventDetail(current)),
      changedFields: [],
      withdrawnAt: current.withdrawnAt ?? current.revisedAt,
      withdrawalReason: current.withdrawalReason ?? 'unknown',
    },
  };
}

function withoutBodyDiff({ bodyDiff: _bodyDiff, ...detail }: ChangeEvent['detail']): ChangeEvent['detail'] {
  return detail;
}

function eventDetail(current: StoredArticle): ChangeEvent['detail'] {
  return {
    schemaVersion: EVENT_SCHEMA_VERSION,
    articleId: current.articleId,
    revision: current.revision,
    url: current.url,
    canonicalUrl: current.canonicalUrl,
    title: current.title,
    language: current.language,
    publishedAt: current.publishedAt,
    contentHash: current.contentHash,
    storyId: current.storyId,
    originalArticleId: current.originalArticleId,
    changedFields: current.changedFields,
    ...(current.bodyDiff ? { bodyDiff: current.bodyDiff } : {}),
  };
}

/** The publisher: turns latest-item changes into events on the sink. Shared by the stream Lambda and local runtime. */
export async function publishChanges(changes: LatestItemChange[], sink: EventSink): Promise<ChangeEvent[]> {
  const events = changes.map(changeEventFor).filter((event): event is ChangeEvent => event !== null);
  if (events.length > 0) await sink.publish(events);
  return events;
}
