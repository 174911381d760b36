/**
 * How wide a picture is drawn, as a share of the text column: kept in the article file (the image
 * node's `width`), shown by the editor and honoured by every export that has a page.
 */
export const IMAGE_WIDTHS = [25, 50, 75, 100] as const;
export const MIN_IMAGE_WIDTH = 25;
export const DEFAULT_IMAGE_WIDTH = 100;

/** A stored width as a whole percentage between 25 and 100; anything unreadable is the full column. */
export function imageWidthPercent(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_IMAGE_WIDTH;
  return Math.min(DEFAULT_IMAGE_WIDTH, Math.max(MIN_IMAGE_WIDTH, Math.round(n)));
}
