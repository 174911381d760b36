import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { Article } from '../../../src/shared/article/model';
import { SearchRequest, type SearchRequest as Request } from '../../../src/shared/ipc/channels/search';
import { LibraryIndex } from '../../../src/main/search/library-index';
import { doc, makeArticle, p, pullQuote, quotation, section } from '../helpers/doc-builder';

/** A real library folder and data folder, removed when the test ends. */
export function tempLibrary(label = 'search'): { root: string; data: string; dbPath: string } {
  const base = mkdtempSync(join(tmpdir(), `copydesk-${label}-`));
  onTestFinished(() => rmSync(base, { recursive: true, force: true }));
  const root = join(base, 'library');
  const data = join(base, 'data');
  mkdirSync(root);
  mkdirSync(data);
  return { root, data, dbPath: join(data, 'search', 'index.sqlite') };
}

export function writeArticle(root: string, file: string, article: Article): void {
  writeFileSync(join(root, file), serializeArticle(article));
}

/** An index built to the end over `root`, closed when the test ends. */
export function builtIndex(root: string, dbPath: string): LibraryIndex {
  const index = new LibraryIndex(root, dbPath);
  index.open();
  index.finish();
  onTestFinished(() => index.close());
  return index;
}

export function ask(index: LibraryIndex, req: Request | string) {
  return index.query(SearchRequest.parse(typeof req === 'string' ? { text: req } : req));
}

/** The files a search finds, in rank order. */
export function filesFor(index: LibraryIndex, req: Request | string): string[] {
  return ask(index, req).hits.map((h) => h.file);
}

/** Three articles of a small newsroom: a ferry story, a budget story quoting the same person under another id, a court story. */
export function newsroom(root: string): void {
  writeArticle(
    root,
    'ferry-vote.article.json',
    makeArticle({
      id: 'ferry',
      headline: 'Council keeps the late ferry',
      dek: 'Islanders had campaigned for a year',
      byline: 'By Jo Reporter',
      status: 'in-edit',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      body: doc(
        p('The council voted on Tuesday to keep the 23:40 sailing.'),
        section('Reaction', p('Ana Martínez said ', quotation('“the island breathes again”', 'src-ana', 'q-ana-1'), ' after the vote.')),
        pullQuote('the island breathes again', 'src-ana'),
      ),
      sources: [
        { id: 'src-ana', name: 'Ana Martínez', title: 'chair', affiliation: 'Harbour Users Group', contact: '+44 7700 900123', notes: 'Prefers calls after six; sister works at the council' },
      ],
    }),
  );
  writeArticle(
    root,
    'budget.article.json',
    makeArticle({
      id: 'budget',
      headline: 'Budget gap widens',
      byline: 'By Sam Editor',
      status: 'draft',
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-02-10T09:00:00.000Z',
      body: doc(p('Dr Ana Martinez warned that ', quotation('“ferries will be next”', 'ana-2', 'q-ana-2'), '. The late budget is a ferry problem too.')),
      sources: [{ id: 'ana-2', name: 'Dr Ana Martinez', title: 'economist' }],
    }),
  );
  writeArticle(
    root,
    'court.article.json',
    makeArticle({
      id: 'court',
      headline: 'Court hears harbour case',
      byline: 'By Jo Reporter',
      status: 'published',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-06T09:00:00.000Z',
      body: doc(p('The harbour authority denied the claims.')),
    }),
  );
}
