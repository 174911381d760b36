import { SpellClient } from '../../../src/renderer/src/spelling/spell-client';

/**
 * Starts the spelling worker exactly as the editor does, under the app's Content-Security-Policy, and
 * leaves what it answered on `window.spelling` for the test to read.
 */
const worker = new Worker(new URL('../../../src/renderer/src/spelling/spell-worker.ts', import.meta.url), { type: 'module' });
const client = new SpellClient(worker);

async function run() {
  await client.configure('en-US', ['Copydesk'], ['Ana Okonkwo']);
  const us = await client.check([{ key: 'p1', text: 'Okonkwo said the councl uses Copydesk; the colour was wrong.', from: 10 }]);
  const suggestions = await client.suggest('councl');
  await client.setLanguage('en-GB');
  const gb = await client.check([{ key: 'p1', text: 'The colour and the color.', from: 1 }]);
  return { us, suggestions, gb };
}

const w = window as unknown as { spelling?: unknown; spellingError?: string };
run().then(
  (r) => (w.spelling = r),
  (e: Error) => (w.spellingError = e.message),
);
