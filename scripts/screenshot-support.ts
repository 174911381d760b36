import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startHost } from '../tests/support/browser-host';

/** Where the README's pictures live. */
export const SCREENSHOTS = resolve(import.meta.dirname, '..', 'docs', 'screenshots');

/**
 * Runs a screenshot script against the real app in browser mode on a fresh temporary library:
 * starts the host and Debian's Chromium, opens the app, runs `shoot`, and always cleans up.
 */
export function screenshotScript(viewport: { width: number; height: number }, shoot: (page: Page) => Promise<void>): void {
  const run = async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const host = await startHost();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport });
      await page.goto(host.url);
      await shoot(page);
    } finally {
      await browser.close();
      await host.stop();
    }
  };
  run().catch((e: Error) => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  });
}
