// Whether out/node (scripts/build-node.mjs) was built from the sources as they are now: its
// manifest is newer than every source file the bundles were made from (out/node/inputs.json).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} root the repository (or installed package) folder */
export function freshNodeBuild(root) {
  const out = join(root, 'out', 'node');
  try {
    const builtAt = statSync(join(out, 'commands.json')).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8'));
    return inputs.every((f) => statSync(join(root, f)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}
