import { resolve } from 'node:path';
import { CollabServer } from '../../main/collab/collab-server';
import { ROLES, Role, UserBook } from '../../main/collab/users';
import type { CliCommand, CliIO } from '../command';

const USAGE = 'server --library DIR --data DIR [--port N] | server add-user NAME --role reporter|editor|admin|read-only --data DIR';

interface Options {
  words: string[];
  library: string;
  data: string;
  port: number;
  role: string;
}

function parseArgs(args: string[], env: NodeJS.ProcessEnv): Options | string {
  const o: Options = { words: [], library: env.COPYDESK_LIBRARY ?? '', data: env.COPYDESK_DATA ?? '', port: 1234, role: '' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (name === '--library') o.library = value();
    else if (name === '--data') o.data = value();
    else if (name === '--role') o.role = value();
    else if (name === '--port') {
      const v = value();
      o.port = Number(v);
      if (!/^\d+$/.test(v) || o.port > 65535) return `--port must be a port number (not "${v}").`;
    } else if (a.startsWith('--')) return `Unknown option ${name}.`;
    else o.words.push(a);
  }
  if (!o.data) return 'Choose the server’s data folder with --data.';
  return { ...o, data: resolve(o.data), library: o.library && resolve(o.library) };
}

async function addUser(o: Options, io: CliIO): Promise<number> {
  const [, name, ...extra] = o.words;
  const role = Role.safeParse(o.role);
  if (!name?.trim() || extra.length) return fail(io, 'Name one user: server add-user NAME --role ROLE.');
  if (!role.success) return fail(io, `--role must be one of ${ROLES.join(', ')}.`);
  const token = await (await UserBook.open(o.data)).add(name.trim(), role.data);
  io.stdout(`${token}\n`);
  io.stderr(`Added ${name.trim()} (${role.data}). Give them this token; it is not shown again.\n`);
  return 0;
}

async function serve(o: Options, io: CliIO): Promise<number> {
  if (!o.library) return fail(io, 'Choose the library folder with --library.');
  const server = new CollabServer({ libraryPath: o.library, dataDir: o.data, port: o.port, log: (line) => io.stderr(`${line}\n`) });
  const { url } = await server.start();
  io.stdout(`Serving ${o.library} at ${url} (Ctrl+C stops)\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.stop();
  return 0;
}

function fail(io: CliIO, message: string): number {
  io.stderr(`copydesk server: ${message}\nUsage: copydesk ${USAGE}\n`);
  return 2;
}

/** `copydesk server`: the newsroom's shared library (issue 15), and its users. */
export const serverCommand: CliCommand = {
  name: 'server',
  summary: 'Share a library for live co-editing (Hocuspocus on SQLite); add-user creates a token',
  usage: USAGE,
  async run(args, io) {
    const o = parseArgs(args, process.env);
    if (typeof o === 'string') return fail(io, o);
    if (o.words[0] === 'add-user') return addUser(o, io);
    if (o.words.length) return fail(io, `Unknown sub-command "${o.words[0]}".`);
    return serve(o, io);
  },
};
