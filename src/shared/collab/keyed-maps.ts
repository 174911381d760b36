import * as Y from 'yjs';

/**
 * Records keyed by id (sources, claims, comment threads, suggestions…) in a Y.Map: one Y.Map per
 * entry and one key per field, so concurrent changes merge field by field, last writer winning only
 * on the same field of the same entry. A field named in `nested` (a thread's `replies`) is itself a
 * record keyed by id, kept as a Y.Map of plain values so two replies made at once are both kept.
 * Writers change only what differs: rewriting an equal value would still win over a concurrent edit.
 */
export type Entry = Record<string, unknown>;
export interface EntryShape {
  nested?: readonly string[];
}

/** Where an entry of an ordered list (sources, claims, the hand-off log) stands; not a field of it. */
const POSITION = '@position';

export function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Entry)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Entry)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => equalJson((a as Entry)[k], (b as Entry)[k]));
}

/** Makes a Y.Map of plain values equal `record` (undefined values are absent), leaving the keys in `keep`. */
export function writePlain(map: Y.Map<unknown>, record: Entry, keep: ReadonlySet<string> = new Set([POSITION])): void {
  for (const key of [...map.keys()]) if (record[key] === undefined && !keep.has(key)) map.delete(key);
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (!map.has(key) || !equalJson(map.get(key), value)) map.set(key, value);
  }
}

function writeEntry(map: Y.Map<unknown>, entry: Entry, shape: EntryShape): void {
  const nested = new Set(shape.nested ?? []);
  const plain = Object.fromEntries(Object.entries(entry).filter(([key]) => !nested.has(key)));
  writePlain(map, plain, new Set([POSITION, ...[...nested].filter((k) => entry[k] !== undefined)]));
  for (const key of nested) {
    const value = entry[key] as Record<string, Entry> | undefined;
    if (value === undefined) continue;
    let inner = map.get(key);
    if (!(inner instanceof Y.Map)) {
      inner = new Y.Map<unknown>();
      map.set(key, inner);
    }
    writePlain(inner as Y.Map<unknown>, value);
  }
}

function readEntry(map: Y.Map<unknown>): Entry {
  const out: Entry = {};
  for (const [key, value] of map.entries()) {
    if (key === POSITION) continue;
    out[key] = value instanceof Y.Map ? (value.toJSON() as Entry) : value;
  }
  return out;
}

function entryMap(map: Y.Map<Y.Map<unknown>>, id: string): Y.Map<unknown> {
  let entry = map.get(id);
  if (!(entry instanceof Y.Map)) {
    entry = new Y.Map<unknown>();
    map.set(id, entry);
  }
  return entry;
}

/** Makes `map` hold exactly `entries`, keyed by id. */
export function writeEntries(map: Y.Map<Y.Map<unknown>>, entries: Record<string, Entry>, shape: EntryShape = {}): void {
  for (const id of [...map.keys()]) if (!(id in entries)) map.delete(id);
  for (const [id, entry] of Object.entries(entries)) writeEntry(entryMap(map, id), entry, shape);
}

export function readEntries(map: Y.Map<Y.Map<unknown>>): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const [id, entry] of map.entries()) if (entry instanceof Y.Map) out[id] = readEntry(entry);
  return out;
}

const positionOf = (entry: Y.Map<unknown> | undefined) => {
  const p = entry?.get(POSITION);
  return typeof p === 'number' ? p : 0;
};

/** The ids of an ordered map, in order (ties, from two entries added at once, broken by id). */
function orderedIds(map: Y.Map<Y.Map<unknown>>): string[] {
  return [...map.keys()].sort((a, b) => positionOf(map.get(a)) - positionOf(map.get(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Makes an ordered map hold `list` in its order. Entries that keep their relative order keep their
 * positions, and a new one takes a position between its neighbours, so an entry added by someone
 * else meanwhile keeps its place; only a reordering rewrites positions.
 */
export function writeOrderedEntries(map: Y.Map<Y.Map<unknown>>, list: readonly (Entry & { id: string })[], shape: EntryShape = {}): void {
  const wanted = list.map((e) => e.id);
  const kept = orderedIds(map).filter((id) => wanted.includes(id));
  const sameOrder = equalJson(kept, wanted.filter((id) => map.has(id)));
  writeEntries(map, Object.fromEntries(list.map((e) => [e.id, e])), shape);
  if (!sameOrder) {
    wanted.forEach((id, i) => positionOf(map.get(id)) !== i && map.get(id)!.set(POSITION, i));
    return;
  }
  wanted.forEach((id, i) => {
    const entry = map.get(id)!;
    if (entry.has(POSITION)) return;
    const before = i > 0 ? positionOf(map.get(wanted[i - 1])) : null;
    const nextKept = wanted.slice(i + 1).find((n) => map.get(n)!.has(POSITION));
    const after = nextKept === undefined ? null : positionOf(map.get(nextKept));
    entry.set(POSITION, before === null ? (after === null ? 0 : after - 1) : after === null ? before + 1 : (before + after) / 2);
  });
}

export function readOrderedEntries(map: Y.Map<Y.Map<unknown>>): Entry[] {
  return orderedIds(map).map((id) => readEntry(map.get(id)!));
}
