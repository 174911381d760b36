import { promises as fs } from 'node:fs';
import { parseArticle } from '../../shared/article/file-format';
import { STANDING_LABELS, sourceName } from '../../shared/article/labels';
import { analyseAttribution, type AttributionAnalysis } from '../../shared/analysis/attribution';
import type { CliCommand, CliIO } from '../command';

const USAGE = 'sources FILE [--json]';


// An article file can carry any characters; escape sequences must not reach the terminal as commands.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const printable = (s: string) => s.replace(CONTROL, '\uFFFD');
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s);
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The panel as a plain-text table: one row per source, then the totals and every warning. */
export function formatSourcesTable(analysis: AttributionAnalysis, headline: string): string {
  const rows: string[][] = analysis.sources.map((s) => [
    clip(printable(sourceName(s.source, s.source.id)), 40),
    STANDING_LABELS[s.source.standing].toLowerCase(),
    String(s.quotationCount),
    String(s.quotedWords),
    percent(s.share),
  ]);
  const orphans = analysis.orphanQuotations;
  if (orphans.length) {
    // Shown so the shares visibly add up: these words are quoted but their source is missing.
    const words = orphans.reduce((n, q) => n + q.words, 0);
    const share = analysis.totals.quotedWords ? words / analysis.totals.quotedWords : 0;
    rows.push(['(no source in article)', '', String(orphans.length), String(words), percent(share)]);
  }
  const header = ['Source', 'Standing', 'Quotations', 'Quoted words', 'Share'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();

  const t = analysis.totals;
  const out: string[] = [];
  if (headline.trim()) out.push(printable(headline.trim()), '');
  if (rows.length) out.push(line(header), ...rows.map(line));
  else out.push('No sources in this article.');
  out.push(
    '',
    `${t.sources} source${t.sources === 1 ? '' : 's'}: ${t.onRecord} on the record, ${t.background} on background, ${t.anonymous} anonymous. ` +
      `${t.quotations} quotation${t.quotations === 1 ? '' : 's'}, ${t.quotedWords} quoted word${t.quotedWords === 1 ? '' : 's'}.`,
    '',
  );
  const n = analysis.warnings.length;
  if (!n) out.push('No warnings.');
  else out.push(`${n} warning${n === 1 ? '' : 's'}:`, ...analysis.warnings.map((w) => `  - ${printable(w.message)} [${w.code}]`));
  return out.join('\n') + '\n';
}

async function readArticleFile(file: string, io: CliIO) {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not an article file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    io.stderr(`copydesk sources: ${file}: ${why}.\n`);
    return null;
  }
  const parsed = parseArticle(text);
  if (!parsed.ok) {
    io.stderr(`copydesk sources: ${file}: ${parsed.error.message}\n`);
    return null;
  }
  return parsed.article;
}

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'Print the source attribution panel of an article: sources, standing, quotations, quoted words, share and warnings.',
  usage: USAGE,
  async run(args, io) {
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
    const files = args.filter((a) => !a.startsWith('-'));
    if (unknown || files.length !== 1) {
      const why = unknown ? `unknown option ${unknown}` : files.length ? 'name one article file' : 'name the article file to check';
      io.stderr(`copydesk sources: ${why}.\nUsage: copydesk ${USAGE}\n`);
      return 2;
    }
    const article = await readArticleFile(files[0], io);
    if (!article) return 1;
    const analysis = analyseAttribution(article);
    io.stdout(json ? JSON.stringify(analysis, null, 2) + '\n' : formatSourcesTable(analysis, article.headline));
    return 0;
  },
};
