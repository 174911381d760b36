import { useRef, useSyncExternalStore } from 'react';

/** Something React can watch: plain TypeScript objects expose these two and nothing React-specific. */
export interface Watchable<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

/**
 * Reads a part of a watchable object; the component re-renders only when that part changes (by
 * `Object.is`, or `equal`), so typing in a long article does not re-render what did not change.
 */
export function useWatch<S, T>(source: Watchable<S>, select: (s: S) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ value: T } | null>(null);
  const read = () => {
    const next = select(source.getSnapshot());
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  return useSyncExternalStore(source.subscribe, read, read);
}

/** A small observable value holder for UI state kept outside React (so commands can read and set it). */
export class Observable<S> implements Watchable<S> {
  private listeners = new Set<() => void>();
  constructor(private state: S) {}
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getSnapshot = (): S => this.state;
  get value(): S {
    return this.state;
  }
  set(patch: Partial<S>): void {
    const next = { ...this.state, ...patch };
    if (Object.keys(patch).every((k) => Object.is((this.state as Record<string, unknown>)[k], (next as Record<string, unknown>)[k]))) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}
