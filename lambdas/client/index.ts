export { ArticlesClient, type ArticleSummary, type ArticlesClientOptions, type ListOptions, type Page, type StoredArticle } from './articles-client';
export { S3BlobStore } from '../adapters/s3/s3-blob-store';
export type { ArticleEventDetail, ChangeEvent, ChangeEventType } from '../pipeline/events';
export type { ArticleRecord, ArticleImage } from '../extract/record';
