import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { Source } from '../../shared/article/model';
import { AtomicJsonAdapter, type AtomicJsonAdapterOptions } from '../storage/lowdb-adapter';
import type { Lifecycle } from '../service-container';

const SourceBookData = z.object({ version: z.literal(1), sources: z.array(Source) });
type SourceBookData = z.infer<typeof SourceBookData>;

/** Where the book lives: inside the library folder, so it travels with the library. */
export function sourceBookPath(libraryPath: string): string {
  return join(libraryPath, '.copydesk', 'source-book.json');
}

export interface SourceBookApi {
  list(): Source[];
  search(query: string, limit?: number): Source[];
  upsert(source: Source): Promise<Source>;
}

function searchable(s: Source): string {
  return [s.name, s.title, s.affiliation, s.anonymousDescription].join(' ').toLocaleLowerCase();
}

/**
 * The library's source book in lowdb, written through the atomic writer with a backup. A damaged
 * file is set aside by the adapter and the book starts empty: articles keep their own copies.
 */
export class SourceBookService implements SourceBookApi, Lifecycle {
  private readonly adapter: AtomicJsonAdapter<SourceBookData>;
  private readonly db: Low<SourceBookData>;

  constructor(libraryPath: string, adapterOptions: AtomicJsonAdapterOptions<SourceBookData> = {}) {
    const validate = (raw: unknown): raw is SourceBookData => SourceBookData.safeParse(raw).success;
    this.adapter = new AtomicJsonAdapter<SourceBookData>(sourceBookPath(libraryPath), { validate, ...adapterOptions });
    this.db = new Low<SourceBookData>(this.adapter, { version: 1, sources: [] });
  }

  /** Waits for a source being written as the app quits. */
  stop(): Promise<void> {
    return this.adapter.idle();
  }

  async start(): Promise<void> {
    await this.db.read();
    this.db.data = SourceBookData.parse(this.db.data ?? { version: 1, sources: [] });
  }

  list(): Source[] {
    return structuredClone([...this.db.data.sources].sort((a, b) => a.name.localeCompare(b.name)));
  }

  search(query: string, limit = 20): Source[] {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return this.list()
      .filter((s) => words.every((w) => searchable(s).includes(w)))
      .slice(0, limit);
  }

  async upsert(source: Source): Promise<Source> {
    const stored = Source.parse(source);
    const rest = this.db.data.sources.filter((s) => s.id !== stored.id);
    this.db.data = { ...this.db.data, sources: [...rest, stored] };
    await this.db.write();
    return structuredClone(stored);
  }
}
