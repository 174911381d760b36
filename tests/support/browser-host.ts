import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/main/export/pdf';
import { freshNodeBuild } from '../../bin/fresh-build.mjs';

export const CHROMIUM_PATH = chromiumExecutable();
export { CHROMIUM_ARGS };

export interface RunningHost {
  url: string;
  origin: string;
  libraryDir: string;
  dataDir: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a killed app: nothing gets to clean up. */
  kill(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Starts the real browser-mode host (`src/main/browser/serve.ts`) on a temporary library and data
 * folder, exactly as `npm run serve` does, and returns the address it printed.
 */
export async function startHost(opts: { libraryDir?: string; dataDir?: string } = {}): Promise<RunningHost> {
  const libraryDir = opts.libraryDir ?? mkdtempSync(join(tmpdir(), 'copydesk-lib-'));
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'copydesk-data-'));
  // The built host (out/node/serve.js) when it is up to date with the sources: it starts in a
  // fraction of the time tsx takes to compile the main process; otherwise the sources through tsx.
  const entry = freshNodeBuild(ROOT) ? [join(ROOT, 'out/node/serve.js')] : ['--import', 'tsx', join(ROOT, 'src/main/browser/serve.ts')];
  const child: ChildProcess = spawn(
    process.execPath,
    [...entry, '--library', libraryDir, '--data', dataDir, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, COPYDESK_TOKEN: '' } },
  );
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`browser host did not start: ${out}`)), 20_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`browser host exited with ${code}: ${out}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    libraryDir,
    dataDir,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!opts.libraryDir) rmSync(libraryDir, { recursive: true, force: true });
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
