import { session as electronSession, type BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRINT_MARGINS, footerTemplate } from '../../shared/export/print-style';
import type { PdfRenderOptions } from '../../shared/export/formats/export-format';
import type { PdfEngine } from '../export/pdf';
import { createSecureWindow } from './window';

/**
 * PDFs in the Electron app: the same print HTML the CLI and browser mode give to Chromium, printed
 * by `webContents.printToPDF` in a hidden window, so no second browser is started.
 *
 * Type-checked only: Electron's binary cannot run on the machine this was written on, so this file
 * has not been exercised; browser mode and the CLI use ChromiumPdfEngine, which the tests run.
 */

/** A private, in-memory session: nothing of the app's own session (cookies, cache) is visible to the print page. */
const PARTITION = 'copydesk-pdf';

/** "20mm" → inches, the unit printToPDF's margins take. */
export function cssLengthToInches(v: string): number {
  const m = /^([\d.]+)(mm|cm|in|pt|px)$/.exec(v.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  const perInch: Record<string, number> = { mm: 25.4, cm: 2.54, in: 1, pt: 72, px: 96 };
  return n / perInch[m[2]];
}

export class ElectronPdfEngine implements PdfEngine {
  private window: BrowserWindow | null = null;
  /** printToPDF prints one page at a time per window: renders wait their turn. */
  private queue: Promise<unknown> = Promise.resolve();
  private configured = false;
  private pending = 0;

  private getWindow(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const ses = electronSession.fromPartition(PARTITION);
    if (!this.configured) {
      this.configured = true;
      // The page is a local file with everything embedded: nothing else may load, and it may ask for nothing.
      ses.webRequest.onBeforeRequest((details, callback) => {
        const ok = details.url.startsWith('data:') || (details.url.startsWith('file://') && details.url.includes('/copydesk-print-'));
        callback({ cancel: !ok });
      });
      ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      ses.setPermissionCheckHandler(() => false);
    }
    // Through the one window factory, in the private session; exports carry no script and none runs.
    const win = createSecureWindow({ session: ses, javascript: false, show: false, bounds: { width: 900, height: 1200 } });
    this.window = win;
    return win;
  }

  render(html: string, options: PdfRenderOptions): Promise<Uint8Array> {
    this.pending++;
    const job = this.queue.then(() => this.renderNow(html, options)).finally(() => {
      // A hidden window would keep 'window-all-closed' from firing and the app from quitting: it goes when idle.
      if (--this.pending === 0) void this.close();
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async renderNow(html: string, options: PdfRenderOptions): Promise<Uint8Array> {
    // A file rather than a data: URL, whose length Chromium limits below what embedded fonts and pictures need.
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-print-'));
    const file = join(dir, 'article.html');
    try {
      await writeFile(file, html, 'utf8');
      const win = this.getWindow();
      // With scripts off, the load event is the signal: it waits for the embedded (data: URL) fonts in use.
      await win.webContents.loadURL(pathToFileURL(file).href);
      const pdf = await win.webContents.printToPDF({
        pageSize: options.pageSize,
        margins: {
          top: cssLengthToInches(PRINT_MARGINS.top),
          right: cssLengthToInches(PRINT_MARGINS.right),
          bottom: cssLengthToInches(PRINT_MARGINS.bottom),
          left: cssLengthToInches(PRINT_MARGINS.left),
        },
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(options.slug, options.footerFonts),
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    const win = this.window;
    this.window = null;
    if (win && !win.isDestroyed()) win.destroy();
  }
}
