import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker whose entry is `<name>.ts` beside the calling module (`here`, its import.meta.url).
 * Under tsx (browser mode, tests, the bench) the entry is TypeScript, so the worker registers tsx
 * before loading it (Node 20 applies `--import` hooks to a worker only after its entry has loaded);
 * the built app ships it as `<name>.js` next to the main bundle (see electron.vite.config.ts).
 */
export function startModuleWorker(here: string, name: string, options: WorkerOptions = {}): Worker {
  if (!here.endsWith('.ts')) {
    const built = [`./${name}.js`, `../${name}.js`].map((p) => new URL(p, here));
    return new Worker(built.find((u) => existsSync(fileURLToPath(u))) ?? built[0], options);
  }
  const entry = new URL(`./${name}.ts`, here).href;
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
