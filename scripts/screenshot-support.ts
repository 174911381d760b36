import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
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

/**
 * Takes `<name>.png` in the light theme and `<name>-dark.png` in the dark one (the app follows the
 * system's choice until the user picks a theme), of the page or of `target`, then goes back to light.
 */
export async function shoot(page: Page, name: string, target?: Locator | { clip: { x: number; y: number; width: number; height: number } }): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Two frames: the theme's styles apply, then paint.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const path = join(SCREENSHOTS, scheme === 'light' ? `${name}.png` : `${name}-dark.png`);
    if (target && 'clip' in target) await page.screenshot({ path, clip: target.clip });
    else if (target) await target.screenshot({ path });
    else await page.screenshot({ path });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
