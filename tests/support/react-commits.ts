/**
 * Counts React commits in a page, in production builds too: React reports each commit to the
 * DevTools hook when one is installed before it loads. Install with `page.addInitScript(installCommitCounter)`,
 * read `window.__copydeskCommits` (commits so far, and the components that rendered in the last ones).
 */
export function installCommitCounter(): void {
  type Fiber = { type: unknown; child: Fiber | null; sibling: Fiber | null; flags: number };
  const w = globalThis as unknown as { __copydeskCommits: { count: number; rendered: string[] }; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  w.__copydeskCommits = { count: 0, rendered: [] };
  let previous = new WeakSet<Fiber>();
  const nameOf = (f: Fiber): string | null => {
    const t = f.type as { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | string | null;
    if (!t || typeof t === 'string') return null;
    return t.displayName ?? t.name ?? t.render?.name ?? t.type?.name ?? null;
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      w.__copydeskCommits.count += 1;
      // A fiber React worked on in this commit is not one of the previous commit's objects (it was
      // cloned); of those, PerformedWork (flag 1) marks the components that actually rendered.
      const names: string[] = [];
      const seen = new WeakSet<Fiber>();
      const walk = (f: Fiber | null) => {
        for (let cur = f; cur; cur = cur.sibling) {
          seen.add(cur);
          const name = nameOf(cur);
          if (name && !previous.has(cur) && (cur.flags & 1) === 1) names.push(name);
          walk(cur.child);
        }
      };
      walk(root.current);
      previous = seen;
      const counts = new Map<string, number>();
      for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
      w.__copydeskCommits.rendered = [...w.__copydeskCommits.rendered, [...counts].map(([n, c]) => (c > 1 ? `${n}×${c}` : n)).join(' ')].slice(-20);
    },
  };
}

/** The counter as an init script; `__name` stands in for the helper tsx adds to named functions. */
export const COMMIT_COUNTER_SCRIPT = `var __name = (f) => f; (${installCommitCounter.toString()})();`;

/** Commits so far in the page, and the components that rendered in the latest ones. */
export interface CommitLog {
  count: number;
  rendered: string[];
}
