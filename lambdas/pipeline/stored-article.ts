import type { ArticleRecord } from '../extract/record';
import type { BodyDiff } from './identity/body-diff';

/** Where a revision's bytes came from and where they are archived. */
export interface ArticleProvenance {
  /** Ingest bucket key the bytes arrived under. */
  sourceKey: string;
  /** Archive key of the raw bytes: `raw/<sha256>`. */
  rawKey: string;
  rawSha256: string;
  /** When the bytes were fetched or dropped (S3 event time or fetch metadata), ISO 8601. */
  observedAt: string;
}

/** An article as the store keeps it: the extracted record plus identity and revision bookkeeping. */
export interface StoredArticle extends ArticleRecord {
  articleId: string;
  /** 1 for the first version, +1 for every content change. */
  revision: number;
  /** Hash of the semantic fields only (see identity/content-hash). */
  contentHash: string;
  /** When this article was first ingested, ISO 8601. Carried over across revisions. */
  firstSeenAt: string;
  /** When this revision was written, ISO 8601. */
  revisedAt: string;
  /** Fields whose value differs from the previous revision; empty for revision 1. */
  changedFields: string[];
  provenance: ArticleProvenance;
  /** The story this article tells, shared by every site carrying the same wire story; null for short bodies. */
  storyId: string | null;
  /** The story's original (first seen, unless dates say otherwise); this article's own id when it is the original. */
  originalArticleId: string | null;
  /** Paragraph diff against the previous revision when the body changed; null otherwise. */
  bodyDiff: BodyDiff | null;
  /** Set when the page was deleted from the ingest bucket or answered 404/410 on re-fetch; null while live. */
  withdrawnAt: string | null;
  /** Why it was withdrawn, e.g. `source-deleted`, `http-410`. */
  withdrawalReason: string | null;
  /**
   * Set only on items read without the archive: `body` is then a preview and the full `body` and `bodyHtml` are
   * in the archive bucket under this key (see docs/TABLE.md, "Item size").
   */
  bodyRef?: string;
}
