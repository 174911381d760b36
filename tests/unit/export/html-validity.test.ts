import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../../src/main/export/fonts';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { ROOT, articleWith, doc, loadArticle, p, text } from './fixture';

const VNU = resolve(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
}

/** Runs the Nu HTML Checker (Java 17) once over several files; it exits non-zero when it finds errors, so read its JSON either way. */
function vnu(files: string[]): VnuMessage[] {
  let out: string;
  try {
    out = execFileSync('java', ['-jar', VNU, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out) throw e;
  }
  return (JSON.parse(out) as { messages: VnuMessage[] }).messages;
}

describe('exported HTML passes the Nu HTML Checker', () => {
  it('the rich article (with the embedded fonts, as exported), a bare one and a hostile one: 0 errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-vnu-'));
    const files = {
      rich: renderArticleHtml(loadArticle(), { pageSize: 'A4', sourceAppendix: true, fonts: loadBundledFonts() }),
      bare: renderArticleHtml(articleWith({ headline: '', byline: '', body: doc() }), { pageSize: 'Letter', sourceAppendix: true }),
      hostile: renderArticleHtml(
        articleWith({ headline: '<p>\u0001\u0007 &amp; ]]> \uD800', body: doc(p(text('a\u0000b\u000Cc', { type: 'link', attrs: { href: 'https://a b' } }))) }),
        { pageSize: 'A4', sourceAppendix: false },
      ),
    };
    const paths = Object.entries(files).map(([name, html]) => {
      const path = join(dir, `${name}.html`);
      writeFileSync(path, html);
      return path;
    });
    // A broken page in the same run proves the checker really looked.
    const control = join(dir, 'control.html');
    writeFileSync(control, '<!doctype html><html><title></title><p><div></span>');
    const errors = vnu([...paths, control]).filter((m) => m.type === 'error' || m.subType === 'fatal');
    expect(errors.filter((m) => m.url.endsWith('control.html')).length).toBeGreaterThan(0);
    const ours = errors.filter((m) => !m.url.endsWith('control.html'));
    expect(ours, JSON.stringify(ours, null, 2)).toEqual([]);
  }, 60_000);
});
