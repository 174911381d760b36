import { existsSync, promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ARTICLE_FILE_SUFFIX } from '../../shared/article/slug';
import { exportFormat, type ExportFormat } from '../../shared/export/formats';
import type { ExportPreferences, ExportProgressEvent, Input, OpenedArticle, Output, Settings } from '../../shared/ipc/contract';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import { ExportError, Exporter, type ExportProgress } from './exporter';
import type { PdfEngine } from './pdf';
import type { Lifecycle } from '../service-container';

/** What the export service needs from the host: Electron has native dialogs, browser mode has none. */
export interface ExportHostHooks {
  /** A native "choose folder" dialog starting at `current`; null when cancelled. */
  chooseExportFolder?(current: string): Promise<string | null>;
  /** Reveals the file in the system's file manager. */
  showItemInFolder?(path: string): void;
  /** The PDF engine for this host (Electron's printToPDF); Chromium through playwright-core otherwise. */
  createPdfEngine?(): PdfEngine;
}

export interface ExportServiceDeps {
  libraryPath: string;
  library: { open(file: string): Promise<OpenedArticle> };
  settings: { get(): Settings; update(patch: { export: ExportPreferences }): Promise<unknown> };
  emit(progress: ExportProgressEvent): void;
  /** Folders exports may never be written into: the app's own code, its data. */
  protectedDirs: string[];
  host?: ExportHostHooks;
  /** For tests: an Exporter with its own fonts or PDF engine. */
  exporter?: Exporter;
}

/** ExportError codes as the error codes every IPC answer carries; the message is kept. */
const ERROR_CODE: Record<ExportError['code'], ErrorCode> = {
  conflict: 'conflict',
  'image-unavailable': 'bad-file',
  'render-failed': 'internal',
  'write-failed': 'io',
};

/** The folder that holds package.json above `start`: the app's code in a checkout, a build or an asar. */
export function findAppRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!!rel && !rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep));
}

/** The real path of `p`, following links in whatever part of it exists already. */
async function realPathOfMaybeMissing(p: string): Promise<string> {
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return join(await fs.realpath(cur), ...rest.reverse());
    } catch {
      const parent = dirname(cur);
      if (parent === cur) return p;
      rest.push(basename(cur));
      cur = parent;
    }
  }
}

/**
 * Checks a destination folder the UI sent: a full path, without control characters, not inside
 * the app's code or data (also through symbolic links), and not an existing file.
 */
export async function checkDestinationDir(dir: string, protectedDirs: string[]): Promise<string> {
  if (/[\u0000-\u001f\u007f]/.test(dir)) throw new AppError('forbidden', 'The folder name contains characters no folder can have.');
  if (!isAbsolute(dir)) {
    throw new AppError('forbidden', `Give the full path of the folder (for example /home/you/exports); "${dir.slice(0, 200)}" is not one.`);
  }
  const full = resolve(dir);
  const real = await realPathOfMaybeMissing(full);
  for (const p of protectedDirs) {
    const guarded = [resolve(p), await realPathOfMaybeMissing(resolve(p))];
    if (guarded.some((g) => isInside(full, g) || isInside(real, g))) {
      throw new AppError('forbidden', `Copydesk does not export into its own program or data folder (${full}). Choose another folder.`);
    }
  }
  try {
    const st = await fs.stat(full);
    if (!st.isDirectory()) throw new AppError('forbidden', `"${full}" is a file, not a folder.`);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return full;
}

/** The exported file's name: the article file's, with the format's extension (as the CLI names them). */
export function exportFileName(articleFile: string, format: ExportFormat): string {
  const stem = articleFile.endsWith(ARTICLE_FILE_SUFFIX) ? articleFile.slice(0, -ARTICLE_FILE_SUFFIX.length) : articleFile;
  return (stem || 'article') + exportFormat(format).extension;
}

let runs = 0;

/**
 * Exports from the app: reads the article as saved in the library, writes it where the user chose,
 * reports progress on the bus, remembers the choices, and keeps one Exporter (so one PDF engine)
 * for the life of the app.
 */
export class ExportService implements Lifecycle {
  private readonly exporter: Exporter;
  /** Only files this service wrote may be revealed in the file manager. */
  private readonly written = new Set<string>();

  constructor(private readonly deps: ExportServiceDeps) {
    this.exporter = deps.exporter ?? new Exporter(deps.host?.createPdfEngine ? { createPdfEngine: deps.host.createPdfEngine } : {});
  }

  defaultDestination(): string {
    return join(this.deps.libraryPath, 'exports');
  }

  defaults(): Output<'export.defaults'> {
    const prefs = this.deps.settings.get().export;
    return {
      format: prefs.format,
      pageSize: prefs.pageSize,
      sourceAppendix: prefs.sourceAppendix,
      destinationDir: prefs.destinationDir ?? this.defaultDestination(),
      canChooseFolder: !!this.deps.host?.chooseExportFolder,
    };
  }

  async run(input: Omit<Input<'export.run'>, 'overwrite'> & { overwrite?: boolean }): Promise<Output<'export.run'>> {
    const id = input.id ?? `export-${++runs}`;
    const report = (stage: ExportProgressEvent['stage'], message: string, fraction: number) =>
      this.deps.emit({ id, stage, message, fraction });
    try {
      const dir = await checkDestinationDir(input.destinationDir, this.deps.protectedDirs);
      const opened = await this.deps.library.open(input.file);
      if (opened.readOnly) throw new AppError('read-only', `This article cannot be exported: ${opened.readOnly}`);
      const name = exportFileName(opened.file, input.format);
      const kind = exportFormat(input.format).name;
      const onProgress = (p: ExportProgress) => {
        if (p.stage === 'rendering') report('rendering', `Making the ${kind}…`, p.fraction);
        else if (p.stage === 'writing') report('writing', `Writing ${name}…`, p.fraction);
      };
      let path: string;
      try {
        path = await this.exporter.export(
          opened.article,
          input.format,
          { pageSize: input.pageSize, sourceAppendix: input.sourceAppendix, overwrite: input.overwrite ?? false, assetsDir: this.deps.libraryPath },
          join(dir, name),
          onProgress,
        );
      } catch (e) {
        if (e instanceof ExportError) throw new AppError(ERROR_CODE[e.code], e.message);
        throw e;
      }
      this.written.add(path);
      await this.deps.settings.update({
        export: { format: input.format, pageSize: input.pageSize, sourceAppendix: input.sourceAppendix, destinationDir: dir },
      });
      report('done', `Exported to ${path}`, 1);
      return { path };
    } catch (e) {
      report('failed', (e as Error).message, 1);
      throw e;
    }
  }

  async chooseDestination(current: string | undefined): Promise<string | null> {
    const choose = this.deps.host?.chooseExportFolder;
    if (!choose) return null;
    return choose(current && isAbsolute(current) ? current : this.defaults().destinationDir);
  }

  /** Electron opens the file manager at the file; elsewhere the folder is returned for the UI to show. */
  async showInFolder(path: string): Promise<Output<'export.showInFolder'>> {
    const full = resolve(path);
    if (!isAbsolute(path) || !this.written.has(full)) {
      throw new AppError('forbidden', 'Only files exported in this session can be shown in their folder.');
    }
    const reveal = this.deps.host?.showItemInFolder;
    if (reveal) reveal(full);
    return { shown: !!reveal, folder: dirname(full) };
  }

  async start(): Promise<void> {}

  /** Closes the PDF engine (a Chromium, or Electron's hidden print window), if one was started. */
  stop(): Promise<void> {
    return this.exporter.close();
  }
}
