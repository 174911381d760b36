import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article, DocNode } from '../../shared/article/model';
import { isSafeRelativePath } from '../../shared/export/escape';
import { exportFormat, type ExportFormat } from '../../shared/export/formats';
import type { ExportOptions, ExportRenderContext } from '../../shared/export/formats/export-format';
import { writeFileAtomic } from '../storage/atomic-write';
import { readStoredImage, StoredImageError } from '../assets/stored-image';
import { loadBundledFonts } from './fonts';
import { ChromiumPdfEngine, type PdfEngine } from './pdf';

export type ExportErrorCode = 'conflict' | 'image-unavailable' | 'render-failed' | 'write-failed';

/** A failed export; `code` is what the dialog and the CLI turn into a sentence. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ExportProgress {
  stage: 'preparing' | 'rendering' | 'writing' | 'done';
  /** 0…1, for a progress bar. */
  fraction: number;
}

export interface ExportRequest extends ExportOptions {
  /** Replace a file already at the destination; without it the export fails with code 'conflict'. */
  overwrite?: boolean;
  /** The article's folder: relative image paths are read from here and embedded. */
  assetsDir?: string;
}

export interface ExporterDeps {
  /** Created on the first PDF only, so exports of other formats never start Chromium. */
  createPdfEngine?: () => PdfEngine;
  fontsDir?: string;
}

/**
 * Makes every export self-contained: a relative image path becomes a data: URL, read (and checked)
 * by `readStoredImage`, so only whole pictures inside the article's folder ever reach an export.
 */
export async function embedImages(body: DocNode, assetsDir: string): Promise<DocNode> {
  const root = await fs.realpath(assetsDir);
  const walk = async (n: DocNode): Promise<DocNode> => {
    const src = n.type === 'image' ? n.attrs?.src : undefined;
    if (typeof src === 'string' && isSafeRelativePath(src)) {
      return { ...n, attrs: { ...n.attrs, src: await readImageAsDataUrl(root, src) } };
    }
    return n.content ? { ...n, content: await Promise.all(n.content.map(walk)) } : n;
  };
  return walk(body);
}

async function readImageAsDataUrl(root: string, src: string): Promise<string> {
  try {
    const image = await readStoredImage(root, src);
    return `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`;
  } catch (e) {
    if (!(e instanceof StoredImageError)) throw e;
    throw new ExportError('image-unavailable', `The image "${src}" could not be embedded: ${e.problem}.`);
  }
}

/**
 * Exports articles to files. One instance serves the app (and the CLI's batch), keeping one
 * Chromium for PDFs until `close()`.
 */
export class Exporter {
  private pdf: PdfEngine | null = null;
  /** What the formats' pure render functions get from this process: the bundled fonts and a PDF printer. */
  private readonly context: ExportRenderContext = {
    fonts: () => loadBundledFonts(this.deps.fontsDir),
    printPdf: (html, options) => {
      this.pdf ??= (this.deps.createPdfEngine ?? (() => new ChromiumPdfEngine()))();
      return this.pdf.render(html, options);
    },
  };

  constructor(private readonly deps: ExporterDeps = {}) {}

  /** The export's bytes (or text), without writing anything. */
  async render(article: Article, format: ExportFormat, request: ExportRequest): Promise<string | Uint8Array> {
    const a = request.assetsDir ? { ...article, body: await embedImages(article.body, request.assetsDir) } : article;
    const { pageSize, sourceAppendix, language, ninjsVersion } = request;
    return exportFormat(format).render(a, { pageSize, sourceAppendix, language, ninjsVersion }, this.context);
  }

  /** Renders and writes atomically to `destinationPath`; returns the path written. */
  async export(
    article: Article,
    format: ExportFormat,
    request: ExportRequest,
    destinationPath: string,
    onProgress?: (p: ExportProgress) => void,
  ): Promise<string> {
    const path = resolve(destinationPath);
    onProgress?.({ stage: 'preparing', fraction: 0 });
    if (!request.overwrite && (await exists(path))) {
      throw new ExportError('conflict', `A file named "${path}" already exists. Choose another name or allow replacing it.`);
    }
    onProgress?.({ stage: 'rendering', fraction: 0.1 });
    let data: string | Uint8Array;
    try {
      data = await this.render(article, format, request);
    } catch (e) {
      if (e instanceof ExportError) throw e;
      throw new ExportError('render-failed', `The ${exportFormat(format).name} could not be made: ${(e as Error).message}`);
    }
    onProgress?.({ stage: 'writing', fraction: 0.9 });
    try {
      await fs.mkdir(dirname(path), { recursive: true });
      // Checked again right before writing: a PDF takes long enough for another export to land there.
      if (!request.overwrite && (await exists(path))) {
        throw new ExportError('conflict', `A file named "${path}" appeared while exporting; it was not replaced.`);
      }
      await writeFileAtomic(path, data);
    } catch (e) {
      if (e instanceof ExportError) throw e;
      throw new ExportError('write-failed', `The file "${path}" could not be written: ${(e as Error).message}`);
    }
    onProgress?.({ stage: 'done', fraction: 1 });
    return path;
  }

  async close(): Promise<void> {
    const engine = this.pdf;
    this.pdf = null;
    await engine?.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
