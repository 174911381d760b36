import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../src/main/browser/server';
import { createServices } from '../../../src/main/services';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { newArticle } from '../../../src/shared/article/model';
import type { ImportProgressEvent } from '../../../src/shared/ipc/contract';
import { generateCopy } from '../import/generated-copy';
import { tempDirs } from '../helpers/temp-dirs';

/**
 * Shutting down through the container, with the real services on a temporary library: what browser
 * mode does on SIGINT/SIGTERM (close the host) and Electron on quit (stop the services).
 */

const tmp = tempDirs();

const TOKEN = 'shutdown-test-token-0123456789';
const WATCH = { intervalMs: 100, settleMs: 20 };

/** Threads of this process, where Linux tells (a worker thread is one of them while it runs). */
function threadCount(): number | null {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  } catch {
    return null;
  }
}

/** A page's API call, as the browser-mode client makes it; resolves with the status, or the error once the host hangs up. */
function post(port: number, channel: string, body: unknown): Promise<number | Error> {
  return new Promise((ok) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-copydesk-token': TOKEN },
      },
      (res) => {
        res.resume();
        res.on('end', () => ok(res.statusCode ?? 0));
      },
    );
    req.on('error', ok);
    req.end(JSON.stringify(body));
  });
}

function writeExternalArticle(lib: string, name: string, headline: string): void {
  const article = newArticle({ id: `external-${headline.length}-${name}`, now: '2026-03-01T09:00:00.000Z', headline });
  writeFileSync(join(lib, name), serializeArticle(article));
}

describe('shutting down through the container', () => {
  it('closing the browser-mode host stops a running import (its worker ends) and the watcher (nothing more is reported)', async () => {
    const lib = tmp('cd-shutdown-lib-');
    const renderer = tmp('cd-shutdown-renderer-');
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Copydesk</title>');
    const services = await createServices({ libraryPath: lib, dataDir: tmp('cd-shutdown-data-'), watcher: WATCH });
    const host = await startBrowserHost({ services, rendererDir: renderer, token: TOKEN });
    const changes: string[] = [];
    services.bus.subscribe('article.changedOnDisk', (c) => changes.push(c.file));
    const progress: ImportProgressEvent[] = [];
    services.bus.subscribe('import.progress', (p) => progress.push(p));

    // Running: another program's new article is reported.
    writeExternalArticle(lib, 'before.article.json', 'Written before shutdown');
    await expect.poll(() => changes, { timeout: 5000, interval: 25 }).toEqual(['before.article.json']);

    // A long import, started as the page starts one, is still running when the host is told to stop.
    const threadsBefore = threadCount();
    const answer = post(host.port, 'import.preview', { fileName: 'long-wire-copy.txt', text: generateCopy(4 * 1024 * 1024), id: 'long-import' });
    await expect.poll(() => services.imports.running, { timeout: 10_000, interval: 10 }).toBe(1);
    const threadsDuring = threadCount();
    await host.close();

    expect(services.imports.running).toBe(0);
    expect(progress.filter((p) => p.id === 'long-import').at(-1)).toMatchObject({ stage: 'failed' });
    // The page's request was cut off with the connection, not answered as a finished import.
    expect(await answer).toBeInstanceOf(Error);
    if (threadsBefore !== null && threadsDuring !== null) {
      expect(threadsDuring).toBeGreaterThan(threadsBefore);
      expect(threadCount()).toBeLessThan(threadsDuring);
    }

    // Stopped: further changes on disk go unreported, by the timer, by fs.watch or by an explicit check.
    writeExternalArticle(lib, 'after.article.json', 'Written after shutdown');
    writeFileSync(join(lib, 'before.article.json'), readFileSync(join(lib, 'before.article.json'), 'utf8').replace('before', 'BEFORE'));
    await new Promise((r) => setTimeout(r, 10 * WATCH.intervalMs));
    await services.watcher.check(true);
    expect(changes).toEqual(['before.article.json']);
    // Stopping again (a second signal) is harmless.
    await host.close();
    expect(await services.stop()).toEqual([]);
  });

  it('stop() ends imports with a sentence, and a save asked for before it lands whole', async () => {
    const lib = tmp('cd-shutdown-lib-');
    const services = await createServices({ libraryPath: lib, dataDir: tmp('cd-shutdown-data-'), watcher: WATCH });
    const opened = await services.library.create({ headline: 'Saved while quitting' });
    const preview = services.imports.preview({ fileName: 'long.txt', text: generateCopy(4 * 1024 * 1024) }).catch((e: unknown) => e);
    await expect.poll(() => services.imports.running, { timeout: 10_000, interval: 10 }).toBe(1);
    const save = services.library.save(opened.file, { ...opened.article, dek: 'The last words typed.' }, opened.hash, false);
    expect(await services.stop()).toEqual([]);
    expect(await preview).toMatchObject({ code: 'internal', message: expect.stringMatching(/closed before long\.txt was imported/) });
    await expect(save).resolves.toMatchObject({ file: opened.file });
    expect(JSON.parse(readFileSync(join(lib, opened.file), 'utf8')).dek).toBe('The last words typed.');
    expect(services.imports.running).toBe(0);
  });
});
