#!/usr/bin/env node
// Builds the CLI and the browser-mode host to plain JavaScript in out/node/, so `copydesk` and
// `npm run serve` start without compiling TypeScript. Runs in `prepare` (so `npx copydesk` works
// straight after `npm install`) and in `npm run build`. bin/copydesk.mjs uses the build only while
// it is newer than every source file it was made from (out/node/inputs.json), else the sources.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLED = new Set(['zod']);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'node');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Chunk names change with their content: start empty so no old chunk lingers.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/index.ts',
    help: 'src/cli/help.ts',
    serve: 'src/main/browser/serve.ts',
    // Workers load from files beside the module that starts them (see module-worker.ts).
    'import-worker': 'src/main/import/import-worker.ts',
    'index-worker': 'src/main/search/index-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Dependencies stay in node_modules (their own files, data and WebAssembly beside them), but for
  // zod: as hundreds of small modules it takes longer to load than the rest of `copydesk --help`.
  external: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED.has(name)),
  minify: true,
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ inputs }, null, 1)}\n`);

// The command manifest: what `copydesk --help` prints, so the launcher need not load every command to say it.
const { commandManifest } = await import(pathToFileURL(join(outdir, 'cli.js')).href);
writeFileSync(join(outdir, 'commands.json'), `${JSON.stringify(commandManifest(), null, 1)}\n`);
