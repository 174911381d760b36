import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_HOUSE_STYLE, parseHouseStyle, type ParsedHouseStyle } from '../../shared/style/house-style';

/** Where a newsroom keeps its house style: beside the source book, in the library's `.copydesk/`. */
export function houseStylePath(libraryPath: string): string {
  return join(libraryPath, '.copydesk', 'house-style.json');
}

// A house style is a short list of settings and words; anything this large is not one.
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Reads the library's house style. No file means the defaults, silently; a file that cannot be used
 * means the defaults and a sentence saying what is wrong, so the Style tab can show it. Never throws.
 */
export async function loadHouseStyle(libraryPath: string): Promise<ParsedHouseStyle> {
  const file = houseStylePath(libraryPath);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { style: DEFAULT_HOUSE_STYLE, problem: null };
    return { style: DEFAULT_HOUSE_STYLE, problem: `house-style.json could not be read (${code ?? (e as Error).message}); the default house style applies.` };
  }
  if (bytes.length > MAX_BYTES) return { style: DEFAULT_HOUSE_STYLE, problem: 'house-style.json is larger than 2 MB; the default house style applies.' };
  return parseHouseStyle(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}
