import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { parseArticleBytes, serializeArticle } from '../../shared/article/file-format';
import { isSeeded, readArticle, writeArticle } from '../../shared/collab/article-doc';
import { COLLAB_FORMAT } from '../../shared/collab/doc-layout';
import { ensureDirectory, writeFileAtomic } from '../storage/atomic-write';
import { claimIndex, type IndexOwnership } from '../search/index-owner';
import { CollabStore } from './collab-store';
import { UserBook, type ServerUser } from './users';

export interface CollabServerConfig {
  /** The library folder whose `.article.json` files the server shares and keeps up to date. */
  libraryPath: string;
  /** The server's own folder: its database (`collab.sqlite`) and its users (`users.json`). */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** How long after the last edit the state is folded in the database and the file written back. */
  writeBackMs?: number;
  log?: (line: string) => void;
}

/** What the CLI and the tests use; Hocuspocus stays behind it. */
export interface CollabServerApi {
  start(): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

/** Who is connected, as onAuthenticate found them. */
interface Context {
  user: ServerUser;
}

/** A document is an article file at the top of the library, named as it is there. */
const ARTICLE_NAME = /^[^/\\\0.][^/\\\0]*\.article\.json$/;

/**
 * The Copydesk server (issue 15): Hocuspocus with the shared documents in SQLite. It refuses every
 * connection without a valid token, and older clients; read-only users' edits are refused. A
 * document with no state in the database is seeded from its library file once, here, before any
 * client reads it — never by clients, whose seeds would each add the content again. Each stored
 * state is written back to the article file, atomically, so the files stay the truth people hold.
 */
export class CollabServer implements CollabServerApi {
  private server: Server<Context> | null = null;
  private store: CollabStore | null = null;
  private owner: IndexOwnership | null = null;
  /** What the server last wrote (or read) per file, so unchanged states are not written again. */
  private readonly written = new Map<string, string>();

  constructor(private readonly config: CollabServerConfig) {}

  private log(line: string) {
    (this.config.log ?? ((l: string) => process.stderr.write(`${l}\n`)))(line);
  }

  async start(): Promise<{ url: string; port: number }> {
    const { dataDir, libraryPath } = this.config;
    await ensureDirectory(dataDir);
    const dbPath = join(dataDir, 'collab.sqlite');
    // One server per data folder; a killed one's stale SQLite lock is cleared (see index-owner.ts).
    this.owner = claimIndex(dbPath);
    if (!this.owner) throw new Error(`Another Copydesk server is using ${dataDir}.`);
    const store = (this.store = new CollabStore(dbPath));
    const server = new Server<Context>({
      port: this.config.port ?? 0,
      address: this.config.host ?? '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      debounce: this.config.writeBackMs ?? 2000,
      maxDebounce: (this.config.writeBackMs ?? 2000) * 5,
      extensions: [
        this.access(),
        new Database({
          fetch: async ({ documentName }) => store.fetch(documentName),
          store: async ({ documentName, state }) => store.store(documentName, state),
        }),
        this.library(store, libraryPath),
      ],
    });
    await server.listen();
    this.server = server;
    const port = server.address.port;
    this.log(`Copydesk server on ws://${server.address.address}:${port}, library ${libraryPath}, data ${dataDir}`);
    return { url: `ws://${server.address.address}:${port}`, port };
  }

  async stop(): Promise<void> {
    await this.server?.destroy();
    this.server = null;
    this.store?.close();
    this.store = null;
    this.owner?.release();
    this.owner = null;
  }

  /** Tokens, roles and the client's format, checked before anything is loaded or sent. */
  private access(): Extension {
    return {
      extensionName: 'copydesk-access',
      priority: 1000,
      onAuthenticate: async ({ token, documentName, requestParameters, connectionConfig }) => {
        const user = (await UserBook.open(this.config.dataDir)).authenticate(token);
        if (!user) {
          this.log(`refused: no valid token for ${JSON.stringify(documentName)}`);
          throw new Error('A valid token is needed.');
        }
        if (!ARTICLE_NAME.test(documentName)) throw new Error('No such article.');
        const format = Number(requestParameters.get('format'));
        if (!(format >= COLLAB_FORMAT)) {
          this.log(`refused: ${user.name} with an older Copydesk (format ${requestParameters.get('format')})`);
          throw new Error(`This server shares articles in format ${COLLAB_FORMAT}; update Copydesk to connect.`);
        }
        if (user.role === 'read-only') connectionConfig.readOnly = true;
        this.log(`${user.name} (${user.role}) opened ${documentName}`);
        return { user };
      },
    };
  }

  /** Seeding from the library file, the update log, and writing the file back. */
  private library(store: CollabStore, libraryPath: string): Extension {
    return {
      extensionName: 'copydesk-library',
      // After the database extension (100) has applied the stored state.
      priority: 10,
      onLoadDocument: async ({ document, documentName }) => {
        if (!isSeeded(document)) {
          const bytes = await fs.readFile(join(libraryPath, documentName)).catch(() => null);
          const parsed = bytes ? parseArticleBytes(bytes) : null;
          if (!parsed?.ok) throw new Error(parsed ? parsed.error.message : 'No such article in the library.');
          writeArticle(document, parsed.article, 'seed');
          // Kept at once: edits made on top of this seed must find it after a crash, not a new one.
          store.store(documentName, Y.encodeStateAsUpdate(document));
          this.written.set(documentName, serializeArticle(parsed.article));
          this.log(`seeded ${documentName} from the library`);
        }
        document.on('update', (update: Uint8Array) => store.append(documentName, update));
      },
      onStoreDocument: async ({ document, documentName }) => {
        const read = readArticle(document);
        if (!read.ok) {
          this.log(`not written back: ${documentName}: ${read.error.message}`);
          return;
        }
        const text = serializeArticle(read.article);
        if (this.written.get(documentName) === text) return;
        await writeFileAtomic(join(libraryPath, documentName), text);
        this.written.set(documentName, text);
      },
    };
  }
}
