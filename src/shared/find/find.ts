import type { Node as PMNode } from '@tiptap/pm/model';
import type { DocNode } from '../article/model';
import { textBlocks } from '../analysis/doc-walk';
import type { TextEdit } from './edits';
import { compileQuery, type FindQuery } from './pattern';

/** One match, in document positions (body) or string offsets (a field such as the headline). */
export interface FindMatch {
  from: number;
  to: number;
  text: string;
  /** Capture groups, for `$1` in a regular-expression replacement. */
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
  /** The text before and after the match in its block, for `` $` `` and `$'`. */
  before: string;
  after: string;
}

/** How much one search may do: the find bar stays responsive and says when it stopped early. */
export interface FindBudget {
  maxMatches?: number;
  maxMs?: number;
  now?: () => number;
}

export type FindResult =
  | { ok: true; matches: FindMatch[]; stopped: null | 'too-many' | 'too-slow' }
  | { ok: false; error: string };

export const DEFAULT_BUDGET = { maxMatches: 10_000, maxMs: 250 } as const;

interface Block {
  contentFrom: number;
  text: string;
}

/** The text blocks of a ProseMirror document, one character per position (a line break is "\n"). */
function pmBlocks(doc: PMNode): Block[] {
  const blocks: Block[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ contentFrom: pos + 1, text: node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '\uFFFC')) });
    return false;
  });
  return blocks;
}

function isPMNode(doc: PMNode | DocNode): doc is PMNode {
  return typeof (doc as PMNode).descendants === 'function';
}

function search(blocks: Block[], q: FindQuery, budget: FindBudget): FindResult {
  const compiled = compileQuery(q);
  if (!compiled.ok) return compiled;
  const { pattern } = compiled;
  const maxMatches = budget.maxMatches ?? DEFAULT_BUDGET.maxMatches;
  const now = budget.now ?? (() => performance.now());
  const deadline = now() + (budget.maxMs ?? DEFAULT_BUDGET.maxMs);
  const matches: FindMatch[] = [];
  // Each block is searched on its own, so a match never spans two paragraphs (or a title and its text).
  for (const block of blocks) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(block.text)) !== null) {
      if (m[0] === '') {
        // An empty match finds nothing to show or replace: step over one character.
        pattern.lastIndex += block.text.codePointAt(m.index)! > 0xffff ? 2 : 1;
        continue;
      }
      matches.push({
        from: block.contentFrom + m.index,
        to: block.contentFrom + m.index + m[0].length,
        text: m[0],
        groups: m.slice(1),
        named: { ...m.groups },
        before: block.text.slice(0, m.index),
        after: block.text.slice(m.index + m[0].length),
      });
      if (matches.length >= maxMatches) return { ok: true, matches, stopped: 'too-many' };
    }
    if (now() > deadline) return { ok: true, matches, stopped: 'too-slow' };
  }
  return { ok: true, matches, stopped: null };
}

/**
 * Every match in the article body (paragraphs, section titles, pull quotes, list items, block quotes),
 * in document positions. Takes the editor's document or its saved JSON.
 */
export function findInDoc(doc: PMNode | DocNode, q: FindQuery, budget: FindBudget = {}): FindResult {
  const blocks = isPMNode(doc) ? pmBlocks(doc) : textBlocks(doc);
  return search(blocks, q, budget);
}

/** The same search on a field's value (headline, dek, byline…), in string offsets. */
export function findInText(value: string, q: FindQuery, budget: FindBudget = {}): FindResult {
  return search([{ contentFrom: 0, text: value }], q, budget);
}

/** What replaces one match: the text as typed, or with $1, $<name>, $&, $`, $' and $$ filled in for a regular expression. */
export function replacementFor(match: FindMatch, replacement: string, q: FindQuery): string {
  if (!q.regex) return replacement;
  return replacement.replace(/\$(\$|&|`|'|<([^>]*)>|(\d{1,2}))/g, (token, what: string, name: string | undefined, digits: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return match.text;
    if (what === '`') return match.before;
    if (what === "'") return match.after;
    if (name !== undefined) return name in match.named ? (match.named[name] ?? '') : token;
    const n = Number(digits);
    // "$12" with one group is $1 then "2", as String.prototype.replace reads it.
    if (n >= 1 && n <= match.groups.length) return match.groups[n - 1] ?? '';
    const one = Number(digits![0]);
    if (digits!.length === 2 && one >= 1 && one <= match.groups.length) return (match.groups[one - 1] ?? '') + digits![1];
    return token;
  });
}

/** The edits that replace these matches, for `editsTransaction` (body) or `applyToText` (a field). */
export function replacementEdits(matches: readonly FindMatch[], replacement: string, q: FindQuery): TextEdit[] {
  return matches.map((m) => ({ from: m.from, to: m.to, text: replacementFor(m, replacement, q) }));
}

/** A field's value with the edits applied (offsets from `findInText`). */
export function applyToText(value: string, edits: readonly TextEdit[]): string {
  let out = value;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
