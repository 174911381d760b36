import { CollabServer } from '../../../../src/main/collab/collab-server';

/** A server in its own process, so a test can SIGKILL it mid-edit. Prints its port, then serves. */
const [libraryPath, dataDir] = process.argv.slice(2);
const server = new CollabServer({ libraryPath, dataDir, writeBackMs: 60_000, log: () => {} });
const { port } = await server.start();
process.stdout.write(`${port}\n`);
