import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  /** `main` writes main.log, then main.1.log (the previous one) … main.<keep>.log. */
  name?: string;
  maxBytes?: number;
  keep?: number;
}

/**
 * An append-only log file that starts a new file past `maxBytes` and keeps the `keep` previous ones, so
 * the logs never take more than (keep + 1) × maxBytes. Writes are synchronous (a line must be on disk
 * before a crash that follows it) and never throw: a full disk loses log lines, never the app.
 */
export class RotatingLog {
  readonly dir: string;
  readonly file: string;
  private readonly name: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private size = -1;

  constructor(opts: RotatingLogOptions) {
    this.dir = opts.dir;
    this.name = opts.name ?? 'main';
    this.maxBytes = opts.maxBytes ?? 1024 * 1024;
    this.keep = Math.max(0, opts.keep ?? 5);
    this.file = join(this.dir, `${this.name}.log`);
  }

  private older(n: number): string {
    return join(this.dir, `${this.name}.${n}.log`);
  }

  write(text: string): void {
    try {
      if (this.size < 0) {
        mkdirSync(this.dir, { recursive: true });
        try {
          this.size = statSync(this.file).size;
        } catch {
          this.size = 0;
        }
      }
      const bytes = Buffer.byteLength(text);
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      appendFileSync(this.file, text);
      this.size += bytes;
    } catch {
      // Logging must never take the app down (full disk, read-only folder): the line is lost.
      this.size = -1;
    }
  }

  private rotate(): void {
    rmSync(this.older(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      try {
        renameSync(this.older(n), this.older(n + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    if (this.keep > 0) renameSync(this.file, this.older(1));
    else rmSync(this.file, { force: true });
    this.size = 0;
  }
}
