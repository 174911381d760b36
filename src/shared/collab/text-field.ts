import type * as Y from 'yjs';

/**
 * Changes a Y.Text to `value` by replacing only the middle that differs (common prefix and suffix
 * kept), so two people typing in one headline at once both keep their words instead of one whole
 * value overwriting the other.
 */
export function setText(text: Y.Text, value: string): void {
  const old = text.toString();
  if (old === value) return;
  let start = 0;
  const max = Math.min(old.length, value.length);
  while (start < max && old.charCodeAt(start) === value.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && old.charCodeAt(old.length - 1 - end) === value.charCodeAt(value.length - 1 - end)) end++;
  // Never split a surrogate pair: widen the changed middle to whole characters.
  const isLow = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]);
  while (start > 0 && (isLow(old, start) || isLow(value, start))) start--;
  while (end > 0 && (isLow(old, old.length - end) || isLow(value, value.length - end))) end--;
  const doc = text.doc;
  const apply = () => {
    if (old.length - start - end > 0) text.delete(start, old.length - start - end);
    if (value.length - start - end > 0) text.insert(start, value.slice(start, value.length - end));
  };
  if (doc) doc.transact(apply);
  else apply();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every string in `value` with lone surrogates replaced by U+FFFD. Yjs sends text as UTF-8, which
 * cannot carry a lone surrogate: the writer's copy would keep it while every other copy read U+FFFD,
 * two "synced" documents differing. Writing U+FFFD at once keeps all copies the same.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormed(v)])) as T;
  return value;
}
