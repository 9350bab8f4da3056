export { ArticlesClient, type ListOptions, type Page, type StoredArticle } from './articles-client';
export type { ArticleEventDetail, ChangeEvent, ChangeEventType } from '../pipeline/events';
export type { ArticleRecord, ArticleImage } from '../extract/record';
