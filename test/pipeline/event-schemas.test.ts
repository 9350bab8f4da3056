import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { changeEventFor } from '../../lambdas/pipeline/change-events';
import { EVENT_SOURCE, type ChangeEvent } from '../../lambdas/pipeline/events';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { candidate, storedArticle } from '../support/articles';

const schemaFor = (name: string) => JSON.parse(readFileSync(path.join(__dirname, '../../docs/events', `${name}.schema.json`), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
const validators = {
  ArticleCreated: ajv.compile(schemaFor('ArticleCreated')),
  ArticleUpdated: ajv.compile(schemaFor('ArticleUpdated')),
  ArticleWithdrawn: ajv.compile(schemaFor('ArticleWithdrawn')),
};

const stored = (revision: number, changedFields: string[] = []): StoredArticle => storedArticle(revision, candidate().body, { changedFields, contentHash: candidate().contentHash });

/** The shape EventBridge delivers: what the committed schemas describe. */
const envelope = (event: ChangeEvent) => ({ source: EVENT_SOURCE, 'detail-type': event.detailType, detail: event.detail });

describe('change events and their committed JSON Schemas', () => {
  it('makes revision 1 an ArticleCreated that validates against its schema', () => {
    const event = changeEventFor({ previous: null, current: stored(1) })!;
    expect(event.detailType).toBe('ArticleCreated');
    expect(validators.ArticleCreated(envelope(event))).toBe(true);
  });

  it('makes a new revision an ArticleUpdated carrying changedFields that validates against its schema', () => {
    const event = changeEventFor({ previous: stored(1), current: stored(2, ['body', 'title']) })!;
    expect(event).toMatchObject({ detailType: 'ArticleUpdated', detail: { revision: 2, changedFields: ['body', 'title'] } });
    expect(validators.ArticleUpdated(envelope(event))).toBe(true);
  });

  it('makes the withdrawal mark on the same revision an ArticleWithdrawn that validates against its schema', () => {
    const live = stored(3);
    const gone = { ...live, withdrawnAt: '2026-02-01T00:00:00.000Z', withdrawalReason: 'source-deleted' };
    const event = changeEventFor({ previous: live, current: gone })!;
    expect(event).toMatchObject({ detailType: 'ArticleWithdrawn', detail: { revision: 3, withdrawalReason: 'source-deleted', changedFields: [] } });
    expect(validators.ArticleWithdrawn(envelope(event))).toBe(true);
    expect(changeEventFor({ previous: gone, current: gone })).toBeNull();
  });

  it('emits nothing when the latest item is rewritten at the same revision', () => {
    expect(changeEventFor({ previous: stored(2), current: stored(2) })).toBeNull();
  });

  it('rejects events that break the contract, so the schemas are not vacuous', () => {
    const event = changeEventFor({ previous: stored(1), current: stored(2, ['body']) })!;
    expect(validators.ArticleUpdated({ ...envelope(event), detail: { ...event.detail, changedFields: [] } })).toBe(false);
    expect(validators.ArticleUpdated({ ...envelope(event), detail: { ...event.detail, extra: true } })).toBe(false);
    expect(validators.ArticleCreated(envelope(event))).toBe(false);
  });

  it('keeps the examples in docs/EVENTS.md valid against the schemas', () => {
    const doc = readFileSync(path.join(__dirname, '../../docs/EVENTS.md'), 'utf8');
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]) as Record<string, unknown>);
    const types = ['ArticleCreated', 'ArticleUpdated', 'ArticleWithdrawn'] as const;
    // Events, whole or detail only; the rule pattern example has array-valued fields instead.
    const checked = examples.filter((example) => 'schemaVersion' in example || typeof example.source === 'string');
    expect(checked).toHaveLength(3);
    checked.forEach((example, index) => {
      const event = 'detail' in example ? example : { source: EVENT_SOURCE, 'detail-type': types[index], detail: example };
      expect({ type: types[index], valid: validators[types[index]](event), errors: validators[types[index]].errors }).toMatchObject({ valid: true });
    });
  });
});
