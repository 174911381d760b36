import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { houseStylePath, loadHouseStyle } from '../../../src/main/style/house-style-file';
import { checkStyle } from '../../../src/shared/style/check-style';
import { DEFAULT_HOUSE_STYLE, DEFAULT_HOUSE_WORDS } from '../../../src/shared/style/house-style';
import { doc, p } from '../helpers/doc-builder';

function library(content?: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-style-'));
  if (content !== undefined) {
    mkdirSync(join(dir, '.copydesk'));
    writeFileSync(houseStylePath(dir), content);
  }
  return dir;
}

describe('the library’s house-style file', () => {
  it('gives the defaults, with no message, when there is none', async () => {
    expect(await loadHouseStyle(library())).toEqual({ style: DEFAULT_HOUSE_STYLE, problem: null });
    expect(DEFAULT_HOUSE_STYLE).toMatchObject({ percent: 'percent', numbers: { spellOutUpTo: 9 }, dates: { style: 'ap' }, words: DEFAULT_HOUSE_WORDS });
  });

  it('keeps the defaults for whatever the newsroom leaves out', async () => {
    const dir = library(`\uFEFF${JSON.stringify({ percent: 'per cent', dates: { style: 'uk' }, rules: { 'straight-quotes': false } })}`);
    const { style, problem } = await loadHouseStyle(dir);
    expect(problem).toBeNull();
    expect(style).toMatchObject({ percent: 'per cent', dates: { style: 'uk' }, numbers: { spellOutUpTo: 9 }, rules: { 'straight-quotes': false } });
    const found = checkStyle(doc(p('Up 5% on "Jan. 5, 2026".')), style).map((f) => [f.code, f.fix?.text]);
    expect(found).toEqual([
      ['percent', '5 per cent'],
      ['dates', '5 January 2026'],
    ]);
  });

  it('says clearly what is wrong with a bad file and uses the defaults', async () => {
    const broken = await loadHouseStyle(library('{ "percent": "percent", '));
    expect(broken.style).toEqual(DEFAULT_HOUSE_STYLE);
    expect(broken.problem).toMatch(/^house-style\.json is not valid JSON \(.+\); the default house style applies\.$/);
    const wrong = await loadHouseStyle(library(JSON.stringify({ numbers: { spellOutUpTo: 'nine' } })));
    expect(wrong.style).toEqual(DEFAULT_HOUSE_STYLE);
    expect(wrong.problem).toMatch(/^house-style\.json: “numbers\.spellOutUpTo” .+; the default house style applies\.$/);
    const notAnObject = await loadHouseStyle(library('[1, 2]'));
    expect(notAnObject.problem).toMatch(/^house-style\.json: the file .+/);
  });

  it('refuses a file too large to be a house style, and a folder where the file should be', async () => {
    expect((await loadHouseStyle(library(Buffer.alloc(3 * 1024 * 1024, 32)))).problem).toMatch(/larger than 2 MB/);
    const dir = library();
    mkdirSync(houseStylePath(dir), { recursive: true });
    expect((await loadHouseStyle(dir)).problem).toMatch(/could not be read \(EISDIR\)/);
  });
});
