import type { Browser } from 'playwright-core';
import type { PdfRenderOptions } from '../../shared/export/formats/export-format';
import { PRINT_MARGINS, footerTemplate } from '../../shared/export/print-style';

/** Turns the print HTML into PDF bytes. Chromium through Playwright here; Electron's printToPDF can implement the same. */
export interface PdfEngine {
  render(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Debian's Chromium, unless COPYDESK_CHROMIUM names another build. */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string {
  return env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium for many PDFs: launching costs a second or two, so a batch export starts it once
 * and each article gets a fresh, script-less, offline page.
 */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null;
  private readonly owned: boolean;
  private readonly executablePath: string;

  /** With `browser`, renders in that (caller-owned) browser and leaves it open on close(). */
  constructor(options: { executablePath?: string; browser?: Browser } = {}) {
    this.executablePath = options.executablePath ?? chromiumExecutable();
    this.browser = options.browser ? Promise.resolve(options.browser) : null;
    this.owned = !options.browser;
  }

  private launch(): Promise<Browser> {
    // Loaded on the first PDF, not at start: playwright-core alone takes longer to load than `copydesk --help` may.
    this.browser ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS, headless: true }));
    return this.browser;
  }

  async render(html: string, options: PdfRenderOptions): Promise<Uint8Array> {
    const browser = await this.launch();
    // No script runs in an export, and nothing may be fetched: everything is embedded.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route(/^(?!data:)/, (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      // The page's own scripts are off, but Playwright's evaluation still runs: wait until the fonts are in.
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({
        format: options.pageSize,
        margin: PRINT_MARGINS,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(options.slug, options.footerFonts),
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b && this.owned) await (await b).close();
  }
}
