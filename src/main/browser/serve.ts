import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataDirFrom, flag, libraryPathFrom } from '../config';
import { createServices } from '../services';
import { startBrowserHost } from './server';
import { createLogger } from '../logging/logger';
import { findAppRoot } from '../export/export-service';

/** `npm run serve`: Copydesk in a browser, with the same services the Electron app uses. */
// A failed background job is logged, never allowed to end the server holding open work.
process.on('unhandledRejection', (e) => process.stderr.write(`Copydesk: background task failed: ${(e as Error)?.message ?? e}\n`));

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const libraryPath = libraryPathFrom(argv, process.env);
  const dataDir = dataDirFrom(argv, process.env, join(homedir(), '.config', 'Copydesk'));
  // The repository root holds out/renderer, whether this runs from src/main/browser (tsx) or out/node (built).
  const rendererDir = resolve(flag(argv, 'renderer') ?? join(findAppRoot(import.meta.dirname), 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`The app is not built (no ${rendererDir}/index.html). Run "npm run build" first.\n`);
    process.exit(1);
  }
  // Browser mode logs to the terminal, and to a rotated file in the data folder as Electron does.
  const log = createLogger({ file: { dir: join(dataDir, 'logs') }, terminal: process.stderr });
  const services = await createServices({ libraryPath, dataDir }, { closeReady: () => undefined, logger: log });
  // A fixed token is for scripted use only; by default every launch gets a new secret.
  const token = process.env.COPYDESK_TOKEN || randomBytes(24).toString('base64url');
  const port = Number(flag(argv, 'port') ?? process.env.COPYDESK_PORT ?? 0);
  const host = await startBrowserHost({ services, rendererDir, token, port }).catch(async (e: Error) => {
    await services.stop();
    throw e;
  });
  process.stdout.write(`Copydesk library: ${libraryPath}\nCopydesk is running in browser mode at ${host.url}\n`);
  log.info(`Browser mode started on ${new URL(host.url).origin} for the library ${libraryPath}`);
  // As quitting the Electron app does: imports, the watcher, the PDF engine and pending writes stop with the server.
  const stop = () => void host.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`Copydesk could not start: ${e.message}\n`);
  process.exit(1);
});
