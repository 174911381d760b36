import type { Article, Claim, DocNode, Source } from '../../../../shared/article/model';
import type { CommentThread, Suggestion } from '../../../../shared/article/review-model';

/** Everything of an article but its body. */
export type ArticleFields = Omit<Article, 'body'>;
/** The fields a person edits directly (text and choices); lists and ids change only through their operations. */
export type FieldKey = Exclude<keyof ArticleFields, 'sources' | 'claims' | 'review' | 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt'>;

/** A review map's entry set (`value`) or removed (`null`), one key at a time, as a shared map would take it. */
export type ReviewOp =
  | { kind: 'review.thread'; id: string; value: CommentThread | null }
  | { kind: 'review.suggestion'; id: string; value: Suggestion | null };

/**
 * Every change to an article's non-body data is one of these operations, never a whole list
 * replaced: plain maps and lists keyed by id, so the same operations can later be applied to a
 * shared (Yjs) document, and each one has an exact inverse for undo.
 */
export type DocumentOp =
  | { kind: 'field'; key: FieldKey; value: ArticleFields[FieldKey] }
  | { kind: 'source.add'; source: Source; index?: number }
  | { kind: 'source.update'; id: string; patch: Partial<Omit<Source, 'id'>> }
  | { kind: 'source.remove'; id: string }
  | { kind: 'claim.add'; claim: Claim; index?: number }
  | { kind: 'claim.update'; id: string; patch: Partial<Omit<Claim, 'id'>> }
  | { kind: 'claim.remove'; id: string }
  | ReviewOp
  /** Bookkeeping that is not the user's edit (the saved time after a save): never undoable, never dirties. */
  | { kind: 'meta'; patch: Partial<Pick<ArticleFields, 'updatedAt'>> };

export type ChangeOrigin = 'edit' | 'undo' | 'redo' | 'load' | 'meta';

/** One change, as every listener sees it. */
export interface DocumentChange {
  origin: ChangeOrigin;
  /** The body changed (the editor reports it). */
  body: boolean;
  ops: DocumentOp[];
  /** Goes up with every change that is an edit (body or data), for work that follows the text. */
  revision: number;
}

/** What the document needs from the editor that holds the body. */
export interface BodyBinding {
  getJSON(): DocNode;
  /** Replaces the body without it counting as an edit (a reload); clears the editor's history. */
  setJSON(body: DocNode): void;
  undo(): boolean;
  redo(): boolean;
  /** Events in the editor's own undo history, to learn whether a body change opened a new step. */
  undoDepth(): number;
  redoDepth(): number;
  /** Ends the editor's current undo step, so the next typing is a step of its own. */
  closeStep(): void;
}

type Entry = { kind: 'body' } | { kind: 'ops'; ops: DocumentOp[]; inverse: DocumentOp[]; key?: string; at: number } | { kind: 'group'; parts: Entry[] };

/** Typing in one field within this long is one undo step, as it is in the body. */
const FIELD_STEP_MS = 1000;
const MAX_UNDO = 500;

function applyOp(data: ArticleFields, op: DocumentOp): { data: ArticleFields; inverse: DocumentOp | null } {
  switch (op.kind) {
    case 'field': {
      const before = data[op.key];
      if (before === op.value) return { data, inverse: null };
      return { data: { ...data, [op.key]: op.value }, inverse: { kind: 'field', key: op.key, value: before } };
    }
    case 'meta':
      return { data: { ...data, ...op.patch }, inverse: null };
    case 'review.thread':
    case 'review.suggestion': {
      const map = op.kind === 'review.thread' ? 'threads' : 'suggestions';
      const entries: Record<string, CommentThread | Suggestion> = data.review[map];
      const before = entries[op.id] ?? null;
      if (before === op.value) return { data, inverse: null };
      const next = { ...entries };
      if (op.value) next[op.id] = op.value;
      else delete next[op.id];
      return { data: { ...data, review: { ...data.review, [map]: next } }, inverse: { ...op, value: before } as ReviewOp };
    }
    case 'source.add':
    case 'claim.add': {
      const list = op.kind === 'source.add' ? data.sources : data.claims;
      const item = op.kind === 'source.add' ? op.source : op.claim;
      const at = list.findIndex((x) => x.id === item.id);
      // Adding what is there already is an update of it (the picker re-adds a source it edited).
      if (at >= 0) return applyOp(data, op.kind === 'source.add' ? { kind: 'source.update', id: item.id, patch: op.source } : { kind: 'claim.update', id: item.id, patch: (op as { claim: Claim }).claim });
      const index = Math.max(0, Math.min(op.index ?? list.length, list.length));
      const next = [...list.slice(0, index), item, ...list.slice(index)];
      const inverse: DocumentOp = op.kind === 'source.add' ? { kind: 'source.remove', id: item.id } : { kind: 'claim.remove', id: item.id };
      return { data: op.kind === 'source.add' ? { ...data, sources: next as Source[] } : { ...data, claims: next as Claim[] }, inverse };
    }
    case 'source.update':
    case 'claim.update': {
      const isSource = op.kind === 'source.update';
      const list: (Source | Claim)[] = isSource ? data.sources : data.claims;
      const at = list.findIndex((x) => x.id === op.id);
      if (at < 0) return { data, inverse: null };
      const current = list[at] as unknown as Record<string, unknown>;
      const patch = op.patch as Record<string, unknown>;
      const changed = Object.keys(patch).filter((k) => current[k] !== patch[k]);
      if (changed.length === 0) return { data, inverse: null };
      const before = Object.fromEntries(changed.map((k) => [k, current[k]]));
      const next = list.map((x, i) => (i === at ? { ...x, ...op.patch } : x));
      const inverse = { kind: op.kind, id: op.id, patch: before } as DocumentOp;
      return { data: isSource ? { ...data, sources: next as Source[] } : { ...data, claims: next as Claim[] }, inverse };
    }
    case 'source.remove':
    case 'claim.remove': {
      const isSource = op.kind === 'source.remove';
      const list: (Source | Claim)[] = isSource ? data.sources : data.claims;
      const at = list.findIndex((x) => x.id === op.id);
      if (at < 0) return { data, inverse: null };
      const next = list.filter((_, i) => i !== at);
      const inverse: DocumentOp = isSource ? { kind: 'source.add', source: list[at] as Source, index: at } : { kind: 'claim.add', claim: list[at] as Claim, index: at };
      return { data: isSource ? { ...data, sources: next as Source[] } : { ...data, claims: next as Claim[] }, inverse };
    }
  }
}

/**
 * The open article as data: its fields, sources and claims (changed only by operations), and its
 * body (held by the editor, reached through a binding). One change stream for everything, and one
 * undo history that interleaves body steps (the editor's own history) with field and list steps in
 * the order they were made. Plain TypeScript: persistence, analysis and React all subscribe.
 */
export class ArticleDocument {
  private data: ArticleFields;
  private bodyBinding: BodyBinding | null = null;
  private detachedBody: DocNode;
  private listeners = new Set<(c: DocumentChange) => void>();
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private knownUndoDepth = 0;
  /** Set while an undo or redo replays a step, so the replay is neither recorded nor clears the redo history. */
  private replaying: 'undo' | 'redo' | null = null;
  private grouping: Entry[] | null = null;
  private rev = 0;

  constructor(
    article: Article,
    private readonly clock: () => number = () => Date.now(),
  ) {
    const { body, ...fields } = article;
    this.data = fields;
    this.detachedBody = body;
  }

  get fields(): ArticleFields {
    return this.data;
  }

  get revision(): number {
    return this.rev;
  }

  /** The body as the article file will hold it. */
  body(): DocNode {
    return this.bodyBinding ? this.bodyBinding.getJSON() : this.detachedBody;
  }

  /** The body this document was opened with (for the editor's first content). */
  initialBody(): DocNode {
    return this.detachedBody;
  }

  article(): Article {
    return { ...this.data, body: this.body() };
  }

  subscribe = (listener: (c: DocumentChange) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The fields, for React (`useWatch(document, f => f.headline)`): a new object after every change to them. */
  getSnapshot = (): ArticleFields => this.data;

  /** The editor attaches itself once it exists; until then the body is the one the document was opened with. */
  attachBody(binding: BodyBinding): () => void {
    this.bodyBinding = binding;
    this.knownUndoDepth = binding.undoDepth();
    return () => {
      if (this.bodyBinding !== binding) return;
      this.detachedBody = binding.getJSON();
      this.bodyBinding = null;
    };
  }

  private emit(change: Omit<DocumentChange, 'revision'>): void {
    if (change.origin !== 'meta' && change.origin !== 'load') this.rev += 1;
    const full = { ...change, revision: this.rev };
    for (const l of this.listeners) l(full);
  }

  private push(entry: Entry): void {
    if (this.grouping) {
      this.grouping.push(entry);
      return;
    }
    this.undoStack.push(entry);
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
  }

  /** Applies operations as the user's edit (undoable) or as bookkeeping. */
  apply(ops: DocumentOp[], opts: { undoable?: boolean } = {}): void {
    const undoable = opts.undoable ?? ops.every((o) => o.kind !== 'meta');
    const inverse: DocumentOp[] = [];
    const applied: DocumentOp[] = [];
    let data = this.data;
    for (const op of ops) {
      const r = applyOp(data, op);
      data = r.data;
      if (r.inverse) inverse.unshift(r.inverse);
      if (r.inverse || op.kind === 'meta') applied.push(op);
    }
    if (applied.length === 0) return;
    this.data = data;
    const isMeta = applied.every((o) => o.kind === 'meta');
    if (undoable && !isMeta && !this.replaying) {
      this.redoStack = [];
      this.recordOps(applied, inverse);
      // The body's next typing must not join the editor's step from before this edit.
      this.bodyBinding?.closeStep();
    }
    this.emit({ origin: this.replaying ?? (isMeta ? 'meta' : 'edit'), body: false, ops: applied });
  }

  private recordOps(ops: DocumentOp[], inverse: DocumentOp[]): void {
    const now = this.clock();
    // Consecutive typing in one field is one step.
    const key = ops.every((o) => o.kind === 'field') ? `field:${ops.map((o) => (o as { key: string }).key).join(',')}` : undefined;
    const last = this.grouping ? undefined : this.undoStack.at(-1);
    if (key && last?.kind === 'ops' && last.key === key && now - last.at < FIELD_STEP_MS) {
      last.ops = [...last.ops, ...ops];
      last.inverse = [...inverse, ...last.inverse];
      last.at = now;
      return;
    }
    this.push({ kind: 'ops', ops, inverse, key, at: now });
  }

  /** Sets one field (a convenience for `apply`). */
  setField<K extends FieldKey>(key: K, value: ArticleFields[K]): void {
    this.apply([{ kind: 'field', key, value }]);
  }

  /**
   * Runs `fn` as one undo step: body changes and operations made inside it are undone together
   * ("Attribute to…" adds a source and marks the words; undo takes back both).
   */
  transact(fn: () => void): void {
    if (this.grouping) return fn();
    this.bodyBinding?.closeStep();
    const parts: Entry[] = [];
    this.grouping = parts;
    try {
      fn();
    } finally {
      this.grouping = null;
      this.bodyBinding?.closeStep();
      if (parts.length === 1) this.push(parts[0]);
      else if (parts.length > 1) this.push({ kind: 'group', parts });
    }
  }

  /** The editor changed the body (typing, a command, the editor's own undo when we asked for it). */
  bodyChanged(): void {
    if (!this.bodyBinding) return;
    const depth = this.bodyBinding.undoDepth();
    if (!this.replaying) {
      if (depth > this.knownUndoDepth) this.push({ kind: 'body' });
      this.redoStack = [];
    }
    this.knownUndoDepth = depth;
    this.emit({ origin: this.replaying ?? 'edit', body: true, ops: [] });
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.replay(entry, 'undo');
    this.redoStack.push(entry);
    return true;
  }

  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.replay(entry, 'redo');
    this.undoStack.push(entry);
    return true;
  }

  private replay(entry: Entry, direction: 'undo' | 'redo'): void {
    this.replaying = direction;
    try {
      this.replayEntry(entry, direction);
    } finally {
      this.replaying = null;
      if (this.bodyBinding) this.knownUndoDepth = this.bodyBinding.undoDepth();
    }
  }

  private replayEntry(entry: Entry, direction: 'undo' | 'redo'): void {
    if (entry.kind === 'body') {
      if (direction === 'undo') this.bodyBinding?.undo();
      else this.bodyBinding?.redo();
    } else if (entry.kind === 'ops') {
      this.apply(direction === 'undo' ? entry.inverse : entry.ops);
    } else {
      const parts = direction === 'undo' ? [...entry.parts].reverse() : entry.parts;
      for (const p of parts) this.replayEntry(p, direction);
    }
  }

  /** Everything replaced by another version (the file on disk): a fresh start, history included. */
  replaceAll(article: Article): void {
    const { body, ...fields } = article;
    this.data = fields;
    this.undoStack = [];
    this.redoStack = [];
    if (this.bodyBinding) {
      this.bodyBinding.setJSON(body);
      this.knownUndoDepth = this.bodyBinding.undoDepth();
    } else this.detachedBody = body;
    this.emit({ origin: 'load', body: true, ops: [] });
  }
}
