import { z } from 'zod';

/** A newsroom's word list: the form a writer typed → the form the house prefers. */
export const DEFAULT_HOUSE_WORDS: Record<string, string> = {
  'e-mail': 'email',
  'web site': 'website',
  'on-line': 'online',
  Internet: 'internet',
  alright: 'all right',
  irregardless: 'regardless',
  'cell phone': 'cellphone',
};

export const PERCENT_STYLES = ['percent', 'per cent', '%'] as const;
/** `ap`: Jan. 5, 2026 · `us`: January 5, 2026 · `uk`: 5 January 2026. */
export const DATE_STYLES = ['ap', 'us', 'uk'] as const;

/**
 * The house-style file (`.copydesk/house-style.json` in the library). Every key is optional: what is left
 * out keeps its default, so a newsroom writes only where it differs. Rules are switched by id.
 */
export const HouseStyle = z.object({
  /** Rule id → on or off; rules not named are on. */
  rules: z.record(z.string().max(100), z.boolean()).default({}),
  numbers: z
    .object({
      /** Whole numbers up to this are spelled out (AP: one to nine). */
      spellOutUpTo: z.number().int().min(0).max(99).default(9),
    })
    .prefault({}),
  percent: z.enum(PERCENT_STYLES).default('percent'),
  dates: z.object({ style: z.enum(DATE_STYLES).default('ap') }).prefault({}),
  /** Replaces the default word list entirely; an entry mapping to itself only stops a default. */
  words: z.record(z.string().min(1).max(200), z.string().max(200)).default(DEFAULT_HOUSE_WORDS),
  /** Words that may legitimately be doubled ("had had", "that that"). */
  doubledWordsAllowed: z.array(z.string().max(100)).max(1000).default(['had', 'that']),
});
export type HouseStyle = z.infer<typeof HouseStyle>;
export type HouseStyleInput = z.input<typeof HouseStyle>;

export const DEFAULT_HOUSE_STYLE: HouseStyle = HouseStyle.parse({});

export interface ParsedHouseStyle {
  style: HouseStyle;
  /** Set when the file could not be used: a sentence naming what is wrong. The defaults apply meanwhile. */
  problem: string | null;
}

/** Reads a house-style file's text; a bad file gives the defaults and says why, never an exception. */
export function parseHouseStyle(text: string, fileName = 'house-style.json'): ParsedHouseStyle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { style: DEFAULT_HOUSE_STYLE, problem: `${fileName} is not valid JSON (${(e as Error).message}); the default house style applies.` };
  }
  const parsed = HouseStyle.safeParse(json);
  if (parsed.success) return { style: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `“${issue.path.join('.')}”` : 'the file';
  return { style: DEFAULT_HOUSE_STYLE, problem: `${fileName}: ${where} ${issue?.message ?? 'is not valid'}; the default house style applies.` };
}
