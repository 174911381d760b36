import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';

/** Each test gets its own browser-mode host on a fresh temporary library. */
export const test = base.extend<{ host: RunningHost; app: Page }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await use(page);
  },
});

export { expect };
