import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTICLE_STATUSES } from '../../shared/article/model';
import { SearchRequest, type SearchAnswer, type SearchHit } from '../../shared/ipc/channels/search';
import { parseQuery } from '../../shared/search/query';
import { claimIndex } from '../../main/search/index-owner';
import { LibraryIndex } from '../../main/search/library-index';
import type { CliCommand, CliIO } from '../command';

const USAGE = 'search QUERY --library DIR [--json] [--status S[,S…]] [--limit N] [--data DIR]';

interface Options {
  query: string;
  library: string;
  data: string;
  json: boolean;
  status: string[];
  limit: number;
}

function parseArgs(args: string[], env: NodeJS.ProcessEnv): Options | string {
  const words: string[] = [];
  const o = { library: env.COPYDESK_LIBRARY ?? '', data: env.COPYDESK_DATA ?? '', json: false, status: [] as string[], limit: 20 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (a === '--') {
      words.push(...args.slice(i + 1)); // Everything after -- is the query, even "--json".
      break;
    }
    if (name === '--json') o.json = true;
    else if (name === '--library') o.library = value();
    else if (name === '--data') o.data = value();
    else if (name === '--status') o.status.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (name === '--limit') {
      const v = value();
      o.limit = Number(v);
      if (!/^\d+$/.test(v) || o.limit < 1 || o.limit > 200) return `--limit must be a whole number from 1 to 200 (not "${v}").`;
    } else if (a.startsWith('--')) return `Unknown option ${name}.`;
    else words.push(a);
  }
  if (!o.library) return 'Choose the library folder with --library.';
  const unknown = o.status.filter((s) => !(ARTICLE_STATUSES as readonly string[]).includes(s));
  if (unknown.length) return `Unknown status ${unknown.join(', ')}: use ${ARTICLE_STATUSES.join(', ')}.`;
  const query = words.join(' ').trim();
  if (!query && !o.status.length) return 'Say what to search for.';
  return { ...o, query, library: resolve(o.library), data: resolve(o.data || join(homedir(), '.config', 'Copydesk')) };
}

/** The CLI's own index of a library, kept between runs in the data folder (the app's index is another file, used by the app alone). */
function cachedIndexPath(data: string, library: string): string {
  return join(data, 'search', 'cli', `${createHash('sha256').update(library).digest('hex').slice(0, 16)}.sqlite`);
}

// An article file can carry any characters; escape sequences must not reach the terminal as commands.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const printable = (s: string) => s.replace(CONTROL, '\uFFFD');

function marked(text: string, highlights: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += text.slice(at, h.start) + '«' + text.slice(h.start, h.end) + '»';
    at = h.end;
  }
  return printable((out + text.slice(at)).replace(/\s*\n\s*/g, ' · '));
}

function formatHit(h: SearchHit, n: number): string {
  const lines = [`${n}. ${marked(h.headline || '(no headline)', h.headlineHighlights)}`];
  lines.push(`   ${printable(h.file)} · ${h.status} · updated ${h.updatedAt.slice(0, 10) || 'never'} · ${h.words.toLocaleString('en')} words`);
  if (h.snippet && h.snippet.text.trim()) lines.push(`   ${h.snippet.field}: ${marked(h.snippet.text, h.snippet.highlights)}`);
  return lines.join('\n');
}

export function formatAnswer(answer: SearchAnswer, query: string): string {
  const shown = answer.hits.length;
  const what = query ? ` “${printable(query)}”` : '';
  const head =
    answer.total === 0
      ? `No articles match${what}.`
      : `${answer.total.toLocaleString('en')} article${answer.total === 1 ? '' : 's'} match${answer.total === 1 ? 'es' : ''}${what}${shown < answer.total ? ` (showing ${shown})` : ''}.`;
  const notes = [...answer.notices, ...(answer.index.unreadable ? [answer.index.message] : [])].map((n) => `Note: ${n}`);
  return [head, ...notes, '', ...answer.hits.map((h, i) => formatHit(h, answer.offset + i + 1) + '\n')].join('\n').trimEnd() + '\n';
}

async function run(args: string[], io: CliIO): Promise<number> {
  const o = parseArgs(args, process.env);
  if (typeof o === 'string') {
    io.stderr(`copydesk search: ${o}\nUsage: copydesk ${USAGE}\n`);
    return 2;
  }
  const parsed = parseQuery(o.query);
  if (o.query && !parsed.match && !parsed.exclude) {
    io.stderr(`copydesk search: there are no words to search for in "${printable(o.query)}": type letters or digits.\n`);
    return 2;
  }
  try {
    if (!statSync(o.library).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`copydesk search: ${o.library}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'is not a folder' : (e as Error).message}.\n`);
    return 1;
  }

  // Another search of the same library running now holds the cached index: use a throwaway one.
  let dbPath = cachedIndexPath(o.data, o.library);
  let owner = claimIndex(dbPath);
  let scratch: string | null = null;
  if (!owner) {
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-search-'));
    dbPath = join(scratch, 'index.sqlite');
    owner = claimIndex(dbPath);
  }
  const index = new LibraryIndex(o.library, dbPath);
  try {
    index.open();
    const status = index.status();
    if (status.state === 'failed') throw new Error(status.message);
    if (status.state === 'rebuilding' && status.total && status.total > 200) {
      io.stderr(`Indexing ${status.total.toLocaleString('en')} files in ${o.library} (later searches reuse the index)…\n`);
    }
    index.finish();
    const answer = index.query(SearchRequest.parse({ text: o.query, filters: o.status.length ? { status: o.status } : {}, limit: o.limit, facets: o.json }));
    io.stdout(o.json ? JSON.stringify(answer, null, 2) + '\n' : formatAnswer(answer, o.query));
    return 0;
  } catch (e) {
    io.stderr(`copydesk search: ${(e as Error).message}\n`);
    return 1;
  } finally {
    index.close();
    owner?.release();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary:
    'Search a library’s articles: words, "phrases", prefix*, -exclusions, OR, and headline:/dek:/byline:/body:/section:/source:/claim: fields. ' +
    'Keeps an index under the data folder (--data, COPYDESK_DATA, default ~/.config/Copydesk) that later searches update.',
  usage: USAGE,
  run,
};
