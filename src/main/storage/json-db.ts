import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';

/**
 * lowdb adapter that writes through our atomic writer (lowdb's own writer fsyncs nothing).
 * A missing or unreadable file reads as null, so callers rebuild rather than crash.
 */
export class JsonDbAdapter<T> implements Adapter<T> {
  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      await fs.rename(this.path, `${this.path}.corrupt-${Date.now()}`).catch(() => undefined);
      return null;
    }
  }

  async write(data: T): Promise<void> {
    await fs.mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, JSON.stringify(data, null, 2) + '\n', { backup: true });
  }
}
