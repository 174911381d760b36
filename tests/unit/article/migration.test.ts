import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, salvageArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { ARTICLE_STATUSES, SCHEMA_VERSION } from '../../../src/shared/article/model';
import { STATUS_LABELS } from '../../../src/shared/article/labels';
import { doc, makeArticle, p } from '../helpers/doc-builder';

const RICH_V1 = resolve(import.meta.dirname, '..', '..', 'fixtures', 'export', 'rich.article.json');

function v1(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schemaVersion: 1,
    id: 'old-1',
    headline: 'Written before review existed',
    dek: '',
    byline: 'By Ana Ruiz',
    dateline: '',
    slug: 'old',
    status: 'draft',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-02T00:00:00Z',
    sources: [],
    claims: [],
    body: doc(p('The words of an old file.')),
    ...fields,
  });
}

describe('file format 2 and the version 1 files already on disk', () => {
  it('writes format 2 with the workflow order of statuses and a label for each', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(ARTICLE_STATUSES).toEqual(['draft', 'ready-for-edit', 'in-edit', 'copy-desk', 'ready-to-publish', 'published', 'killed']);
    expect(ARTICLE_STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      'Draft', 'Ready for edit', 'In edit', 'Copy desk', 'Ready to publish', 'Published', 'Killed',
    ]);
  });

  it('maps each of the six version 1 statuses onto the new workflow', () => {
    const expected: Record<string, string> = {
      draft: 'draft', editing: 'in-edit', 'copy-desk': 'copy-desk', ready: 'ready-to-publish', published: 'published', killed: 'killed',
    };
    for (const [old, now] of Object.entries(expected)) {
      const r = parseArticle(v1({ status: old }));
      expect(r.ok, old).toBe(true);
      if (r.ok) expect(r.article.status, old).toBe(now);
    }
  });

  it('opens a version 1 file with every field it had and saves it as version 2', () => {
    const text = readFileSync(RICH_V1, 'utf8');
    const raw = JSON.parse(text);
    const r = parseArticle(text);
    if (!r.ok) throw new Error(r.error.message);
    const a = r.article;
    expect(a.schemaVersion).toBe(2);
    for (const k of ['id', 'headline', 'dek', 'byline', 'dateline', 'slug', 'createdAt', 'updatedAt', 'body'] as const) {
      expect(a[k], k).toEqual(raw[k]);
    }
    expect(a.status).toBe('ready-to-publish');
    expect(a.sources.map((s) => s.id)).toEqual(raw.sources.map((s: { id: string }) => s.id));
    expect(a.sources[0].notes).toBe(raw.sources[0].notes);
    expect(a.claims).toEqual(raw.claims);
    // No desk, no target, no legal read, no log, no review: nothing was invented.
    expect(a).toMatchObject({ desk: '', assignee: '', wordTarget: null, embargo: null, statusLog: [], legal: { state: 'not-needed' } });
    expect(a.review.threads).toEqual({});
    // Its exports always said plain English; the migrated article keeps saying so.
    expect(a.language).toBe('en');

    const saved = JSON.parse(serializeArticle(a));
    expect(saved.schemaVersion).toBe(2);
    const again = parseArticle(serializeArticle(a));
    expect(again).toEqual({ ok: true, article: a });
  });

  it('gives a new article the default language and keeps every new field through a save', () => {
    const a = makeArticle({
      status: 'copy-desk',
      desk: 'Metro',
      assignee: 'Tom Lee',
      language: 'pt-BR',
      wordTarget: 800,
      legal: { state: 'cleared', clearedBy: 'R. Counsel', clearedAt: '2026-02-01T10:00:00Z' },
      embargo: '2026-02-02T06:00:00Z',
      statusLog: [
        {
          id: 'st-1', by: 'Ana Ruiz', at: '2026-02-01T09:00:00Z', from: 'in-edit', to: 'copy-desk', note: 'Over to you',
          overrides: [{ rule: 'word-count', key: '', message: 'The story is 950 words; the target is 800.', reason: 'Runs online only' }],
        },
      ],
    });
    expect(makeArticle().language).toBe('en-US');
    const back = parseArticle(serializeArticle(a));
    expect(back).toEqual({ ok: true, article: a });
  });

  it('refuses a status that neither version knows, with the place it is wrong', () => {
    const r = parseArticle(v1({ status: 'on-hold' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/status/);
  });

  it('shows what a newer file holds of the new fields, read-only', () => {
    const raw = {
      ...JSON.parse(v1()),
      schemaVersion: 3,
      status: 'in-edit',
      desk: 'Business',
      wordTarget: 600,
      legal: { state: 'required', clearedBy: '', clearedAt: null },
      statusLog: [{ id: 'x', by: 'A', at: '2030-01-01T00:00:00Z', from: 'draft', to: 'in-edit', note: '', overrides: [] }, { id: 'y', mystery: true }],
      review: { threads: { t1: { id: 't1', author: 'Ed', at: '2030-01-01T00:00:00Z', body: 'Check this' } } },
    };
    const a = salvageArticle(raw, 'file');
    expect(a).toMatchObject({ status: 'in-edit', desk: 'Business', wordTarget: 600, legal: { state: 'required' } });
    expect(a.statusLog.map((e) => e.id)).toEqual(['x']);
    expect(a.review.threads.t1.body).toBe('Check this');
  });
});
