import { newArticleId } from '../../shared/ids';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Article, type DocNode } from '../../shared/article/model';
import { bodyWordCount } from '../../shared/article/text';
import type { ImportDraft, ImportResult } from '../../shared/import/draft';
import { draftToArticle } from '../../shared/import/draft-to-article';
import { paragraphTexts } from '../../shared/import/structure';
import type { z } from 'zod';
import type { OpenedArticle } from '../../shared/ipc/contract';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
  type ImportDraftInput,
  type ImportPreview,
  type ImportProgressEvent,
  type importChannels,
  tooLargeFileMessage,
  tooMuchTextMessage,
} from '../../shared/ipc/channels/import';
import { AppError } from '../../shared/ipc/result';
import type { Lifecycle } from '../service-container';
import type { ImportJob, WorkerMessage } from './import-worker';

type PreviewInput = z.output<(typeof importChannels)['import.preview']['input']>;
type CreateInput = z.output<(typeof importChannels)['import.create']['input']>;

export interface ImportHostHooks {
  /** A native "open file" dialog (Electron); null when cancelled. The file is read only if its size is acceptable. */
  chooseImportFile?(): Promise<{ fileName: string; size: number; read(): Promise<Uint8Array> } | null>;
}

export interface ImportServiceDeps {
  library: { createFrom(article: Article): Promise<OpenedArticle> };
  emit(progress: ImportProgressEvent): void;
  /** The byline for copy that names no author: the user's own. */
  defaultByline?(): string;
  host?: ImportHostHooks;
  /** A worker still busy after this long is stopped and the import reported as failed. */
  timeoutMs?: number;
}

/** Previews kept for `import.create`; older ones are forgotten (the user imports the file again). */
const KEPT_PREVIEWS = 4;

function isWordDocument(bytes: Uint8Array, fileName: string): boolean {
  const ext = extname(fileName).toLowerCase();
  return ext === '.docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

function tooMuchText(fileName: string, bytes: number): AppError {
  return new AppError('bad-file', tooMuchTextMessage(fileName, bytes));
}

/** tsx's ESM API (the package's `import` export), found from this file. */
function tsxApiUrl(here: string): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  return pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

/**
 * Starts the worker. Under tsx (browser mode, tests) the worker is TypeScript and registers tsx
 * itself before loading, since Node 20 applies `--import` hooks to a worker only after its entry has
 * loaded; the built app (electron-vite) ships it as `import-worker.js` next to the main bundle.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./import-worker.ts', here).href;
    const tsx = tsxApiUrl(here);
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true });
  }
  const candidates = ['./import-worker.js', '../import-worker.js'].map((p) => new URL(p, here));
  return new Worker(candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]);
}

/** Renames the body's top-level sections to the titles the user settled on, in document order. */
export function retitleSections(body: DocNode, titles: string[]): DocNode {
  let i = 0;
  const content = (body.content ?? []).map((node) => {
    if (node.type !== 'section') return node;
    const title = titles[i++];
    if (title === undefined) return node;
    const kids = node.content ?? [];
    const text = title.trim();
    const heading: DocNode = text ? { type: 'sectionTitle', content: [{ type: 'text', text }] } : { type: 'sectionTitle' };
    return { ...node, content: kids[0]?.type === 'sectionTitle' ? [heading, ...kids.slice(1)] : [heading, ...kids] };
  });
  return { ...body, content };
}

/**
 * Import as a new article, for the app: the engine runs in a worker thread with progress events,
 * the draft's body waits here while the user reviews the rest, and the reviewed draft becomes a new
 * file through the library service, which never overwrites one.
 */
export class ImportService implements Lifecycle {
  private previews = new Map<string, ImportDraft>();
  /** Each running import's worker, with how to fail its preview when the app stops it. */
  private workers = new Map<Worker, () => void>();
  private runs = 0;
  private stopped = false;

  constructor(private readonly deps: ImportServiceDeps) {}

  async start(): Promise<void> {}

  /** Imports still running (each in its own worker thread). */
  get running(): number {
    return this.workers.size;
  }

  get canChooseFile(): boolean {
    return !!this.deps.host?.chooseImportFile;
  }

  async preview(input: PreviewInput): Promise<ImportPreview> {
    const id = input.id ?? `import-${++this.runs}`;
    const report = (stage: ImportProgressEvent['stage'], percent: number) => this.deps.emit({ id, stage, percent });
    report('reading', 0);
    try {
      const job = this.jobFor(input);
      const result = await this.runWorker(job, (m) => report(m.stage, m.percent));
      if (!result.ok) throw new AppError('bad-file', result.error.message);
      const draft = result.draft;
      const previewId = newArticleId();
      this.previews.set(previewId, draft);
      while (this.previews.size > KEPT_PREVIEWS) this.previews.delete(this.previews.keys().next().value as string);
      const review: ImportDraftInput = { ...draft, body: undefined };
      report('done', 100);
      return {
        previewId,
        fileName: input.fileName,
        draft: review,
        paragraphs: paragraphTexts(draft.body).filter((t) => t.trim()).length,
        words: bodyWordCount(draft.body),
      };
    } catch (e) {
      report('failed', 100);
      throw e;
    }
  }

  private jobFor(input: PreviewInput): ImportJob {
    if (input.text !== undefined) {
      if (input.text.trim() === '') throw new AppError('bad-file', `${input.fileName} has no text in it.`);
      return { kind: 'text', fileName: input.fileName, text: input.text, format: input.format ?? 'text' };
    }
    const bytes = new Uint8Array(Buffer.from(input.bytes ?? '', 'base64'));
    const word = isWordDocument(bytes, input.fileName);
    if (!word && bytes.length > MAX_IMPORT_TEXT_BYTES) throw tooMuchText(input.fileName, bytes.length);
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new AppError('bad-file', tooLargeFileMessage(input.fileName, bytes.length));
    return { kind: 'bytes', fileName: input.fileName, bytes, word };
  }

  private runWorker(job: ImportJob, onProgress: (m: Extract<WorkerMessage, { type: 'progress' }>) => void): Promise<ImportResult> {
    return new Promise((resolve, reject) => {
      if (this.stopped) {
        reject(new AppError('internal', 'Copydesk is closing; import the file again after it restarts.'));
        return;
      }
      let worker: Worker;
      try {
        worker = startWorker();
      } catch (e) {
        reject(new AppError('internal', `The importer could not start: ${(e as Error).message}`));
        return;
      }
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.workers.delete(worker);
        void worker.terminate();
        fn();
      };
      this.workers.set(worker, () =>
        finish(() => reject(new AppError('internal', `Copydesk closed before ${job.fileName} was imported; import it again after it restarts.`))),
      );
      const timer = setTimeout(
        () => finish(() => reject(new AppError('internal', `${job.fileName} took too long to import and was stopped. Try a shorter piece of copy.`))),
        this.deps.timeoutMs ?? 120_000,
      );
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress(m);
        else finish(() => resolve(m.result));
      });
      worker.on('error', (e) => finish(() => reject(new AppError('internal', `The importer failed on ${job.fileName}: ${e.message}`))));
      worker.on('exit', (code) => finish(() => reject(new AppError('internal', `The importer stopped unexpectedly (exit code ${code}) on ${job.fileName}.`))));
      worker.postMessage(job, job.kind === 'bytes' ? [job.bytes.buffer as ArrayBuffer] : []);
    });
  }

  /** The reviewed draft as a new article: section titles, sources and quotations as the user left them. */
  async create(input: CreateInput): Promise<OpenedArticle> {
    const kept = input.previewId ? this.previews.get(input.previewId) : undefined;
    const body = input.draft.body ?? kept?.body;
    if (!body) throw new AppError('not-found', 'This import is no longer waiting for review (Copydesk may have restarted). Import the file again.');
    const draft: ImportDraft = {
      ...input.draft,
      byline: input.draft.byline.trim() || (this.deps.defaultByline?.() ?? ''),
      body: retitleSections(body, input.draft.sections),
    };
    const built = draftToArticle(draft, { id: newArticleId(), now: new Date().toISOString() });
    const parsed = Article.safeParse(built);
    if (!parsed.success) throw new AppError('invalid-request', `The reviewed import is not a valid article: ${parsed.error.issues[0]?.message ?? ''}`);
    const opened = await this.deps.library.createFrom(parsed.data);
    if (input.previewId) this.previews.delete(input.previewId);
    return opened;
  }

  /** The host's file dialog (Electron); null in browser mode, where the page has its own file input. */
  async chooseFile(): Promise<{ fileName: string; bytes: string } | null> {
    const choose = this.deps.host?.chooseImportFile;
    if (!choose) return null;
    const file = await choose();
    if (!file) return null;
    if (extname(file.fileName).toLowerCase() !== '.docx' && file.size > MAX_IMPORT_TEXT_BYTES) throw tooMuchText(file.fileName, file.size);
    if (file.size > MAX_IMPORT_FILE_BYTES) throw new AppError('bad-file', tooLargeFileMessage(file.fileName, file.size));
    return { fileName: file.fileName, bytes: Buffer.from(await file.read()).toString('base64') };
  }

  /** Stops imports still running (on shutdown): each preview fails with a sentence, and its worker thread ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [worker, cancel] of [...this.workers]) {
      cancel();
      await worker.terminate();
    }
    this.previews.clear();
  }
}
