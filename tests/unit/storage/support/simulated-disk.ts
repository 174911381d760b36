import { basename, dirname } from 'node:path';
import type { StorageOp } from '../../../../src/main/storage/storage-fs';

/**
 * A model of one directory on a disk that can lose power, fed with a recorded operation log.
 *
 * What a power cut may lose (deliberately harsher than ext4 or APFS promise to be):
 * - file data written but not fsynced: the file may hold its last fsynced data, all new data, or half of it;
 * - names created, renamed or removed since the last fsync of the directory: any subset of those
 *   changes may be lost, in any combination (no ordering between them is assumed).
 */
interface Inode {
  data: Uint8Array;
  synced: Uint8Array;
}

type NameChange =
  | { kind: 'create'; name: string; inode: number }
  | { kind: 'rename'; from: string; to: string; inode: number }
  | { kind: 'unlink'; name: string; inode: number };

export type DiskState = Map<string, Uint8Array>;

export class SimulatedDisk {
  readonly #inodes: Inode[] = [];
  #names = new Map<string, number>();
  #durableNames = new Map<string, number>();
  #pending: NameChange[] = [];
  readonly #handles = new Map<number, number | 'dir'>();

  constructor(
    readonly dir: string,
    initial: DiskState,
  ) {
    for (const [name, data] of initial) {
      this.#inodes.push({ data, synced: data });
      this.#names.set(name, this.#inodes.length - 1);
    }
    this.#durableNames = new Map(this.#names);
  }

  apply(op: StorageOp): void {
    switch (op.kind) {
      case 'open': {
        if (op.path === this.dir) {
          this.#handles.set(op.handle, 'dir');
          return;
        }
        const name = this.#nameOf(op.path);
        const existing = this.#names.get(name);
        if (op.flags === 'r') {
          if (existing === undefined) throw new Error(`model: open of missing ${name}`);
          this.#handles.set(op.handle, existing);
          return;
        }
        if (existing !== undefined) {
          if (op.flags === 'wx') throw new Error(`model: 'wx' open of existing ${name}`);
          this.#inodes[existing].data = new Uint8Array();
          this.#handles.set(op.handle, existing);
          return;
        }
        this.#inodes.push({ data: new Uint8Array(), synced: new Uint8Array() });
        const inode = this.#inodes.length - 1;
        this.#change({ kind: 'create', name, inode });
        this.#handles.set(op.handle, inode);
        return;
      }
      case 'write': {
        const inode = this.#fileHandle(op.handle);
        this.#inodes[inode].data = Buffer.concat([this.#inodes[inode].data, op.data]);
        return;
      }
      case 'fsync': {
        const inode = this.#inodes[this.#fileHandle(op.handle)];
        inode.synced = inode.data;
        return;
      }
      case 'fsync-dir':
        if (this.#handles.get(op.handle) !== 'dir') throw new Error('model: fsync-dir on a file handle');
        this.#durableNames = new Map(this.#names);
        this.#pending = [];
        return;
      case 'rename': {
        const from = this.#nameOf(op.from);
        const inode = this.#names.get(from);
        if (inode === undefined) throw new Error(`model: rename of missing ${from}`);
        this.#change({ kind: 'rename', from, to: this.#nameOf(op.to), inode });
        return;
      }
      case 'unlink': {
        const name = this.#nameOf(op.path);
        const inode = this.#names.get(name);
        if (inode === undefined) throw new Error(`model: unlink of missing ${name}`);
        this.#change({ kind: 'unlink', name, inode });
        return;
      }
      case 'mkdir':
        // Only the already existing directory itself is modelled.
        if (op.path !== this.dir) throw new Error(`model: mkdir of ${op.path}`);
        return;
      case 'close':
      case 'readFile':
      case 'readdir':
      case 'stat':
      case 'lstat':
        return;
    }
  }

  /** Every distinct set of files a power cut right now could leave behind. */
  crashStates(): DiskState[] {
    const states = new Map<string, DiskState>();
    for (let mask = 0; mask < 1 << this.#pending.length; mask++) {
      const names = new Map(this.#durableNames);
      this.#pending.forEach((change, i) => {
        if (mask & (1 << i)) applyChange(names, change);
      });
      for (const state of this.#contentChoices([...names])) {
        states.set(stateKey(state), state);
      }
    }
    return [...states.values()];
  }

  *#contentChoices(entries: [string, number][]): Generator<DiskState> {
    if (entries.length === 0) {
      yield new Map();
      return;
    }
    const [[name, inode], ...rest] = entries;
    const { data, synced } = this.#inodes[inode];
    const choices = Buffer.compare(data, synced) === 0 ? [synced] : [synced, data, data.subarray(0, Math.ceil(data.length / 2))];
    for (const tail of this.#contentChoices(rest)) {
      for (const content of choices) yield new Map([[name, content], ...tail]);
    }
  }

  #change(change: NameChange): void {
    applyChange(this.#names, change);
    this.#pending.push(change);
  }

  #fileHandle(handle: number): number {
    const inode = this.#handles.get(handle);
    if (inode === undefined || inode === 'dir') throw new Error(`model: no file open as handle ${handle}`);
    return inode;
  }

  #nameOf(path: string): string {
    if (dirname(path) !== this.dir) throw new Error(`model: ${path} is outside ${this.dir}`);
    return basename(path);
  }
}

function applyChange(names: Map<string, number>, change: NameChange): void {
  if (change.kind === 'create') names.set(change.name, change.inode);
  else if (change.kind === 'unlink') {
    if (names.get(change.name) === change.inode) names.delete(change.name);
  } else {
    if (names.get(change.from) === change.inode) names.delete(change.from);
    names.set(change.to, change.inode);
  }
}

function stateKey(state: DiskState): string {
  return JSON.stringify([...state].sort(([a], [b]) => a.localeCompare(b)).map(([n, d]) => [n, Buffer.from(d).toString('base64')]));
}
