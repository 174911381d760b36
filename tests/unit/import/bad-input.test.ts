import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, importHtml, importMarkdown, importText } from '../../../src/shared/import/import';
import { draftToArticle } from '../../../src/shared/import/draft-to-article';
import { articleSchema } from '../../../src/shared/schema';
import { generateCopy } from './generated-copy';

const utf8 = (s: string) => new TextEncoder().encode(s);
const schema = articleSchema();

describe('importBytes refuses what is not text, with a reason', () => {
  it.each([
    ['empty', new Uint8Array(), 'empty', /is empty/],
    ['whitespace', utf8('  \n\n '), 'empty', /no text/],
    ['binary (NUL bytes)', new Uint8Array([0x41, 0, 0x42, 0x43]), 'binary', /binary data/],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff]), 'invalid-utf8', /not valid UTF-8.*Windows-1252/],
    ['a ZIP or DOCX under a text name', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'unsupported', /compressed file/],
    ['a PDF', utf8('%PDF-1.7\n...'), 'unsupported', /PDF/],
  ])('%s', (_, bytes, code, message) => {
    const r = importBytes(bytes, 'copy.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  it('honours byte order marks and picks the importer by name and content', () => {
    const bom = importBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Council weighs the ferry timetable\n\nText.')]), 'a.txt');
    expect(bom.ok && bom.draft.headline).toBe('Council weighs the ferry timetable');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('Ferry vote delayed again today').flatMap((c) => [c.charCodeAt(0), 0])]);
    const r16 = importBytes(le, 'a.txt');
    expect(r16.ok && r16.draft.headline).toBe('Ferry vote delayed again today');
    const html = importBytes(utf8('<!doctype html><h1>From a web page</h1><p>Body.</p>'), 'page');
    expect(html.ok && html.draft.headline).toBe('From a web page');
    const md = importBytes(utf8('# Markdown headline here\n\nBody.'), 'notes.md');
    expect(md.ok && md.draft.headline).toBe('Markdown headline here');
  });
});

describe('importers never throw', () => {
  const check = (text: string) => {
    for (const importer of [importText, importMarkdown, importHtml]) {
      const d = importer(text);
      expect(d.warnings.join(' ')).not.toMatch(/could not work out the structure/);
      schema.nodeFromJSON(d.body).check();
      schema.nodeFromJSON(draftToArticle(d, { id: 'a', now: 'now' }).body).check();
    }
  };

  it('on random strings, and on strings built from the characters the importers care about', () => {
    const pieces = fc.constantFrom('“', '”', '"', '„', '«', '»', ',', '.', ' said ', ' says Ana Ruiz', ', the chair,', 'Dr. ', '\n', '\n\n', '# ', '## ', '- ', '1. ', '> ', '*', '**', '_', '~~', '[a](', ')', '<p>', '</p>', '<h1>', '<b>', '<ul><li>', '</li>', '<script>', '<!--', '-->', '\u0000', '\ud800', 'Ana', 'Ruiz', '—', ':', 'who asked not to be named', 'Advertisement');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')), check), { numRuns: 300 });
  });

  it('on a single 5 MB line with an unclosed quotation and no sentence ends', () => {
    const text = `“${'word '.repeat(1_000_000)}`;
    const d = importText(text);
    expect(d.quotations.length).toBeLessThanOrEqual(1);
  });
});

describe('long copy', () => {
  it('imports in time that grows about linearly with length (1 MB vs 8 MB)', () => {
    const time = (bytes: number) => {
      const text = generateCopy(bytes);
      const t = performance.now();
      importText(text);
      return performance.now() - t;
    };
    time(256 * 1024); // warm up the JIT so the small run is not dominated by compilation
    const small = time(1024 * 1024);
    const large = time(8 * 1024 * 1024);
    console.log(`import: 1 MB ${small.toFixed(0)} ms, 8 MB ${large.toFixed(0)} ms`);
    expect(large / small).toBeLessThan(8 * 3);
  }, 120_000);
});
