import { newArticleId } from '../../shared/ids';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { serializeArticle } from '../../shared/article/file-format';
import { ARTICLE_FILE_SUFFIX, articleFileStem } from '../../shared/article/slug';
import type { ImportDraft } from '../../shared/import/draft';
import { draftToArticle } from '../../shared/import/draft-to-article';
import { importFile } from '../../main/import/import-file';
import { writeFileAtomic } from '../../main/storage/atomic-write';
import type { CliCommand, CliIO } from '../command';

const USAGE = 'import <file…> --library DIR';

function parseArgs(args: string[]): { files: string[]; library: string } | string {
  const files: string[] = [];
  let library = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--library' || a.startsWith('--library=')) {
      library = a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[++i] ?? '');
      if (!library) return '--library needs a folder.';
    } else if (a.startsWith('--')) return `Unknown option ${a}.`;
    else files.push(a);
  }
  if (!files.length) return 'Name at least one file to import.';
  if (!library) return 'Choose the library folder with --library.';
  return { files, library };
}

/**
 * Claims `<stem>.article.json`, or `<stem>-2…` when taken, by creating it exclusively: two imports
 * running at once can never pick the same name, and an existing article is never overwritten.
 */
async function claimFile(dir: string, stem: string): Promise<string> {
  for (let n = 1; n < 10000; n++) {
    const path = join(dir, `${n === 1 ? stem : `${stem}-${n}`}${ARTICLE_FILE_SUFFIX}`);
    try {
      await (await fs.open(path, 'wx')).close();
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`every name for "${stem}" is taken`);
}

function describe(draft: ImportDraft): string {
  const lines: string[] = [];
  const byId = new Map(draft.sources.map((s) => [s.id, s]));
  lines.push(`    headline: ${draft.headline || '(none found)'}`);
  if (draft.sections.length) lines.push(`    sections: ${draft.sections.join(' · ')}`);
  lines.push(`    sources (${draft.sources.length}):`);
  for (const s of draft.sources) {
    const who = s.name || `[${s.standing}] ${s.anonymousDescription}`;
    const role = [s.title, s.affiliation].filter(Boolean).join(', ');
    lines.push(`      - ${who}${role ? ` — ${role}` : ''} (${Math.round(s.confidence * 100)}%)`);
  }
  lines.push(`    quotations (${draft.quotations.length}):`);
  for (const q of draft.quotations) {
    const s = q.sourceId ? byId.get(q.sourceId) : undefined;
    const who = s ? s.name || s.anonymousDescription : 'speaker unknown';
    const text = q.text.length > 70 ? `${q.text.slice(0, 67)}…` : q.text;
    lines.push(`      - “${text}” — ${who} (${Math.round(q.confidence * 100)}%)`);
  }
  if (draft.unnamedAttributions.length) {
    lines.push(`    unnamed sources to review (${draft.unnamedAttributions.length}):`);
    for (const u of draft.unnamedAttributions) lines.push(`      - ${u.text}`);
  }
  for (const w of draft.warnings) lines.push(`    note: ${w}`);
  return lines.join('\n') + '\n';
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`copydesk import: ${parsed}\nUsage: copydesk ${USAGE}\n`);
    return 2;
  }
  await fs.mkdir(parsed.library, { recursive: true });
  let failed = 0;
  for (const file of parsed.files) {
    const result = await importFile(file);
    if (!result.ok) {
      failed++;
      io.stderr(`✗ ${file}: ${result.error.message}\n`);
      continue;
    }
    const now = new Date().toISOString();
    const article = draftToArticle(result.draft, { id: newArticleId(), now });
    let target = '';
    try {
      target = await claimFile(parsed.library, articleFileStem(article.slug, article.headline));
      await writeFileAtomic(target, serializeArticle(article));
    } catch (e) {
      failed++;
      // The claimed name must not stay behind as an empty, unreadable article.
      if (target) await fs.unlink(target).catch(() => undefined);
      io.stderr(`✗ ${file}: could not write to the library: ${(e as Error).message}\n`);
      continue;
    }
    io.stdout(`✓ ${file} → ${target}\n${describe(result.draft)}`);
  }
  if (failed) io.stderr(`${failed} of ${parsed.files.length} file${parsed.files.length === 1 ? '' : 's'} could not be imported.\n`);
  return failed ? 1 : 0;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Turn text, Markdown, HTML or Word files into articles in a library, with their sources and quotations found.',
  usage: USAGE,
  run,
};
