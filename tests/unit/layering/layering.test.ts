import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

/** The lint rules that keep dependencies pointing one way really fire (the lint step in `npm test` runs them on the tree). */
describe('one-way layering', () => {
  it('keeps shared code free of Electron, Node, DOM and React', async () => {
    expect(await problems('src/shared/article/x.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
    expect(await problems('src/shared/article/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;")).toHaveLength(1);
    expect(await problems('src/shared/article/x.ts', "import React from 'react';\nexport const a = React;")).toHaveLength(1);
    expect(await problems('src/shared/article/x.ts', 'export const a = () => document.title;')).toHaveLength(1);
    expect(await problems('src/shared/article/x.ts', "import { LibraryService } from '../../main/library/library-service';\nexport const a = LibraryService;")).toHaveLength(1);
    expect(await problems('src/shared/article/x.ts', "import { z } from 'zod';\nexport const a = z;")).toEqual([]);
  });

  it('never lets the renderer import main-process code or Node', async () => {
    expect(await problems('src/renderer/src/x.ts', "import { createServices } from '../../main/services';\nexport const a = createServices;")).toHaveLength(1);
    expect(await problems('src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;")).toHaveLength(1);
    expect(await problems('src/renderer/src/x.ts', "import { slugify } from '../../shared/article/slug';\nexport const a = slugify;")).toEqual([]);
  });

  it('keeps main away from the renderer', async () => {
    expect(await problems('src/main/x.ts', "import { App } from '../renderer/src/App';\nexport const a = App;")).toHaveLength(1);
  });
});
