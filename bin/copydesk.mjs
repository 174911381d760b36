#!/usr/bin/env node
// The `copydesk` command. Runs the CLI built to JavaScript (out/node/, made by `npm install`'s prepare
// step or `npm run build`) while that build is newer than every source it was made from; otherwise
// the TypeScript sources through tsx, so it works in a checkout being edited too. `--help` is
// answered from the build's command manifest without loading the commands.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { freshNodeBuild } from './fresh-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out', 'node');
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
const argv = process.argv.slice(2);

if (freshNodeBuild(root)) {
  const { helpExit, helpText } = await import(pathToFileURL(join(out, 'help.js')).href);
  const help = helpExit(argv);
  if (help !== null) {
    io.stdout(helpText(JSON.parse(readFileSync(join(out, 'commands.json'), 'utf8'))));
    process.exitCode = help;
  } else {
    const { main } = await import(pathToFileURL(join(out, 'cli.js')).href);
    process.exitCode = await main(argv, io);
  }
} else {
  (await import('tsx/esm/api')).register();
  const { main } = await import(pathToFileURL(join(root, 'src', 'cli', 'index.ts')).href);
  process.exitCode = await main(argv, io);
}
