import { promises as nodeFs } from 'node:fs';

/** What storage does with an open file: one whole write, fsync, close. Node's FileHandle fits. */
export interface StorageFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StorageStats {
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * The file-system operations storage uses, named and shaped like node:fs/promises so that module
 * itself is the real implementation; tests wrap it to record every operation or to inject faults.
 */
export interface StorageFs {
  open(path: string, flags: 'r' | 'w' | 'wx'): Promise<StorageFileHandle>;
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<StorageStats>;
  /** As stat, but a symbolic link is described itself rather than followed. */
  lstat(path: string): Promise<StorageStats>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

export const realFs: StorageFs = nodeFs;

/** One file-system operation as storage performed it; `handle` ties writes and fsyncs to their open. */
export type StorageOp =
  | { kind: 'open'; path: string; flags: string; handle: number }
  | { kind: 'write'; path: string; handle: number; data: Uint8Array }
  | { kind: 'fsync'; path: string; handle: number }
  | { kind: 'fsync-dir'; path: string; handle: number }
  | { kind: 'close'; path: string; handle: number }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'unlink'; path: string }
  | { kind: 'mkdir'; path: string }
  | { kind: 'readFile'; path: string }
  | { kind: 'readdir'; path: string }
  | { kind: 'stat'; path: string }
  | { kind: 'lstat'; path: string };

export type StorageOpKind = StorageOp['kind'];

/** Decides what happens to one operation: call `perform` to let it through, throw to fail it. */
export type Interceptor = <T>(op: StorageOp, perform: () => Promise<T>) => Promise<T>;

/**
 * A StorageFs that passes every operation, including those on open handles, through an interceptor.
 * Recording and fault injection are both built on it, so they see exactly the same operations.
 */
export class InterceptedFs implements StorageFs {
  #nextHandle = 1;

  constructor(
    private readonly inner: StorageFs,
    private readonly intercept: Interceptor,
  ) {}

  async open(path: string, flags: 'r' | 'w' | 'wx'): Promise<StorageFileHandle> {
    const handle = this.#nextHandle++;
    const fh = await this.intercept({ kind: 'open', path, flags, handle }, () => this.inner.open(path, flags));
    // A read-only handle is how storage fsyncs a directory; knowing which it is lets a test fail "the 2nd directory fsync".
    const isDir = flags === 'r' && (await this.inner.stat(path).then((s) => s.isDirectory(), () => false));
    return {
      writeFile: (data) => {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Uint8Array.from(data);
        return this.intercept({ kind: 'write', path, handle, data: bytes }, () => fh.writeFile(bytes));
      },
      sync: () => this.intercept({ kind: isDir ? 'fsync-dir' : 'fsync', path, handle }, () => fh.sync()),
      close: () => this.intercept({ kind: 'close', path, handle }, () => fh.close()),
    };
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.intercept({ kind: 'readFile', path }, () => this.inner.readFile(path));
  }

  rename(from: string, to: string): Promise<void> {
    return this.intercept({ kind: 'rename', from, to }, () => this.inner.rename(from, to));
  }

  unlink(path: string): Promise<void> {
    return this.intercept({ kind: 'unlink', path }, () => this.inner.unlink(path));
  }

  readdir(path: string): Promise<string[]> {
    return this.intercept({ kind: 'readdir', path }, () => this.inner.readdir(path));
  }

  stat(path: string): Promise<StorageStats> {
    return this.intercept({ kind: 'stat', path }, () => this.inner.stat(path));
  }

  lstat(path: string): Promise<StorageStats> {
    return this.intercept({ kind: 'lstat', path }, () => this.inner.lstat(path));
  }

  mkdir(path: string, options: { recursive: true }): Promise<string | undefined> {
    return this.intercept({ kind: 'mkdir', path }, () => this.inner.mkdir(path, options));
  }
}
