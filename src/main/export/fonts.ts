import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedFont } from '../../shared/export/print-style';

/** Unicode ranges of the bundled subsets (as published with the font), so each file serves only its characters. */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

/**
 * The bundled fonts folder. The source tree and the built app sit at different depths below the
 * repository, so walk up from this module until resources/fonts is found.
 */
export function findFontsDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('The bundled fonts (resources/fonts) were not found next to the application.');
}

const cache = new Map<string, EmbeddedFont[]>();

/** Source Serif 4 (SIL OFL) as data: URLs, read once per folder. */
export function loadBundledFonts(fontsDir = findFontsDir()): EmbeddedFont[] {
  const hit = cache.get(fontsDir);
  if (hit) return hit;
  const fonts: EmbeddedFont[] = [];
  for (const [subset, unicodeRange] of Object.entries(SUBSETS)) {
    for (const weight of [400, 700] as const) {
      for (const style of ['normal', 'italic'] as const) {
        const bytes = readFileSync(join(fontsDir, `source-serif-4-${subset}-${weight}-${style}.woff2`));
        fonts.push({ weight, style, unicodeRange, url: `data:font/woff2;base64,${bytes.toString('base64')}` });
      }
    }
  }
  cache.set(fontsDir, fonts);
  return fonts;
}
