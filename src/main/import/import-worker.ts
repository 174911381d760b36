import { parentPort } from 'node:worker_threads';
import type { ImportResult } from '../../shared/import/draft';
import { importAs, type ImportFormat } from '../../shared/import/import';
import { importNamedBytes } from './import-file';

/** What the import service asks of a worker: one file's bytes, or text whose format is known. */
export type ImportJob = { kind: 'bytes'; fileName: string; bytes: Uint8Array; word: boolean } | { kind: 'text'; fileName: string; text: string; format: ImportFormat };

export type WorkerMessage =
  | { type: 'progress'; stage: 'converting' | 'analysing'; percent: number }
  | { type: 'result'; result: ImportResult };

/**
 * The import engine off the main process's event loop: a long piece of copy takes seconds to
 * analyse, and the services (saving, listing, the browser-mode server) must keep answering meanwhile.
 * One worker runs one job and is then terminated.
 */
async function run(job: ImportJob): Promise<ImportResult> {
  const post = (m: WorkerMessage) => parentPort?.postMessage(m);
  if (job.kind === 'text') {
    post({ type: 'progress', stage: 'analysing', percent: 20 });
    return { ok: true, draft: importAs(job.format, job.text) };
  }
  post({ type: 'progress', stage: job.word ? 'converting' : 'analysing', percent: 20 });
  return importNamedBytes(job.bytes, job.fileName);
}

parentPort?.once('message', (job: ImportJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ type: 'result', result } satisfies WorkerMessage),
    (e: unknown) =>
      parentPort?.postMessage({
        type: 'result',
        result: { ok: false, error: { code: 'unreadable', message: `${job.fileName} could not be imported: ${(e as Error)?.message ?? String(e)}` } },
      } satisfies WorkerMessage),
  );
});
