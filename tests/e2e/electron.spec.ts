import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, test, expect } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Where Electron's own binary is, without requiring the `electron` package (which would try to
 * download it). Null when it is absent, as on machines without access to Electron's downloads.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const p = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(p) ? p : null;
}

const binary = electronBinary();
const SKIP_REASON =
  'SKIPPED: Electron end-to-end test — Electron’s binary is not installed here (node_modules/electron/path.txt is missing and it cannot be downloaded). The same flow runs against browser mode in skeleton.spec.ts.';
if (!binary) console.log(SKIP_REASON);

test('the Electron app creates, saves and reopens an article', async () => {
  test.skip(!binary, SKIP_REASON);
  const lib = mkdtempSync(join(tmpdir(), 'cd-electron-lib-'));
  const data = mkdtempSync(join(tmpdir(), 'cd-electron-data-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(ROOT, 'out', 'main', 'index.js'), '--library', lib, '--data', data],
  });
  try {
    const page = await app.firstWindow();
    // The page is sandboxed: no Node in it.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Electron story');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Written inside the desktop app.');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText('Saved');
    expect(readdirSync(lib)).toContain('electron-story.article.json');
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await expect(page.getByRole('row', { name: /Electron story/ })).toContainText('5 words');
  } finally {
    await app.close();
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
});
