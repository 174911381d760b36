export { STATUS_LABELS } from '../../../shared/article/labels';

/** "14:05" today, "3 Nov" this year, "3 Nov 2025" otherwise. */
export function shortWhen(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const n = new Date(now);
  if (d.toDateString() === n.toDateString()) return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (d.getFullYear() !== n.getFullYear()) opts.year = 'numeric';
  return d.toLocaleDateString(undefined, opts);
}

export function words(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'word' : 'words'}`;
}
