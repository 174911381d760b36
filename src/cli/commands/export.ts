import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { parseArticle } from '../../shared/article/file-format';
import { ARTICLE_FILE_SUFFIX } from '../../shared/article/slug';
import { EXPORT_FORMAT_LIST, EXPORT_FORMATS, exportFormat, isExportFormat, type ExportFormat } from '../../shared/export/formats';
import type { PageSize } from '../../shared/export/print-style';
import { Exporter } from '../../main/export/exporter';
import type { CliCommand, CliIO } from '../command';

interface ExportArgs {
  inputs: string[];
  to: ExportFormat;
  out: string;
  force: boolean;
  pageSize: PageSize;
  sources: boolean;
}

const USAGE = `export <file-or-folder…> --to ${EXPORT_FORMATS.join('|')} --out DIR [--force] [--page-size A4|Letter] [--sources]`;

/** One line per format, from the registry: what each --to writes. */
const FORMATS_HELP = [
  'Formats:',
  ...EXPORT_FORMAT_LIST.map((f) => `  ${f.id.padEnd(6)} ${f.label}, ${f.extension}: ${f.hint}${f.hasPages ? ' A4 or Letter pages.' : ''}`),
].join('\n');

function listOfNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}

function parseArgs(args: string[]): ExportArgs | string {
  const r: Partial<ExportArgs> & { inputs: string[] } = { inputs: [], force: false, pageSize: 'A4', sources: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    const flag = a.split('=')[0];
    if (flag === '--to') {
      const v = value();
      if (!v || !isExportFormat(v)) return `--to must be one of ${EXPORT_FORMATS.join(', ')}.`;
      r.to = v;
    } else if (flag === '--out') {
      const v = value();
      if (!v) return '--out needs a folder.';
      r.out = v;
    } else if (flag === '--page-size') {
      const v = value()?.toLowerCase();
      if (v !== 'a4' && v !== 'letter') return '--page-size must be A4 or Letter.';
      r.pageSize = v === 'a4' ? 'A4' : 'Letter';
    } else if (a === '--force') r.force = true;
    else if (a === '--sources') r.sources = true;
    else if (a.startsWith('--')) return `Unknown option ${a}.`;
    else r.inputs.push(a);
  }
  if (!r.inputs.length) return 'Name at least one article file or folder.';
  if (!r.to) return 'Choose a format with --to.';
  if (!r.out) return 'Choose a destination folder with --out.';
  return r as ExportArgs;
}

/** Every article file named, folders expanded to their *.article.json files in name order. */
export async function collectFiles(inputs: string[]): Promise<{ file: string; missing?: string }[]> {
  const out: { file: string; missing?: string }[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push({ file: input, missing: 'no such file or folder' });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ file: input });
      continue;
    }
    const names = (await fs.readdir(input)).filter((n) => n.endsWith(ARTICLE_FILE_SUFFIX)).sort();
    out.push(...names.map((n) => ({ file: join(input, n) })));
  }
  return out;
}

function outputStem(file: string): string {
  const name = basename(file);
  if (name.endsWith(ARTICLE_FILE_SUFFIX)) return name.slice(0, -ARTICLE_FILE_SUFFIX.length);
  return name.replace(/\.json$/i, '') || 'article';
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`copydesk export: ${parsed}\nUsage: copydesk ${USAGE}\n${FORMATS_HELP}\n`);
    return 2;
  }
  const format = exportFormat(parsed.to);
  if (parsed.sources && !format.hasSourceAppendix) io.stderr(`copydesk export: ${format.name} has no source appendix; --sources changes nothing.\n`);
  const files = await collectFiles(parsed.inputs);
  if (!files.length) {
    io.stderr('copydesk export: no article files (*.article.json) found.\n');
    return 1;
  }
  const exporter = new Exporter();
  let failed = 0;
  try {
    for (const [i, { file, missing }] of files.entries()) {
      const tag = `[${i + 1}/${files.length}] ${basename(file)}`;
      const fail = (reason: string) => {
        failed++;
        io.stderr(`${tag}: not exported: ${reason}\n`);
      };
      if (missing) {
        fail(missing);
        continue;
      }
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (e) {
        fail(`could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      const result = parseArticle(text);
      if (!result.ok) {
        fail(result.error.message);
        continue;
      }
      const dest = join(parsed.out, outputStem(file) + format.extension);
      try {
        const written = await exporter.export(
          result.article,
          parsed.to,
          { pageSize: parsed.pageSize, sourceAppendix: parsed.sources, overwrite: parsed.force, assetsDir: dirname(file) },
          dest,
        );
        io.stdout(`${tag} → ${shown(written)}\n`);
      } catch (e) {
        const hint = (e as { code?: string }).code === 'conflict' ? ' (use --force to replace it)' : '';
        fail(`${(e as Error).message}${hint}`);
      }
    }
  } finally {
    await exporter.close();
  }
  const done = files.length - failed;
  io.stdout(`Exported ${done} of ${files.length} article${files.length === 1 ? '' : 's'}${failed ? `; ${failed} failed` : ''}.\n`);
  return failed ? 1 : 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: `Export articles (files, or every *.article.json in a folder) to ${listOfNames(EXPORT_FORMAT_LIST.map((f) => f.name))}.`,
  usage: USAGE,
  run,
};
