import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { renderArticleMarkdown } from '../../../src/shared/export/markdown';
import { renderArticleNinjs } from '../../../src/shared/export/ninjs';
import { FIXTURES, loadArticle } from './fixture';

const GOLDEN = resolve(FIXTURES, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Byte-for-byte comparison with the stored file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual, `${name} differs from the golden file; run with UPDATE_GOLDEN=1 if the change is intended`).toBe(
    readFileSync(path, 'utf8'),
  );
}

const renders = {
  'rich.html': () => renderArticleHtml(loadArticle(), { pageSize: 'A4', sourceAppendix: true }),
  'rich.md': () => renderArticleMarkdown(loadArticle()),
  'rich.ninjs.json': () => renderArticleNinjs(loadArticle()),
};

describe('exports of the rich article', () => {
  for (const [name, render] of Object.entries(renders)) {
    it(`${name} matches the golden file`, () => expectGolden(name, render()));
    it(`${name} is the same bytes every time`, () => expect(render()).toBe(render()));
  }

  it('HTML has the newsroom structure a reader sees', () => {
    const html = renders['rich.html']();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h1>Council keeps the late ferry to Skerry Island after a 5–4 vote</h1>');
    expect(html.match(/<section aria-labelledby="section-\d">\n<h2/g)).toHaveLength(3);
    expect(html.match(/<aside class="pull-quote"/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>— Dolores Achterberg, chair, Port Ellis Harbour Council</figcaption>');
    expect(html).toContain('<q class="quotation" title="a council employee who was not authorised to speak publicly"');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="The Skerry Island ferry/);
    expect(html).toContain('<span class="credit">Illustration: Copydesk test fixture</span>');
    // The claim mark is a review aid: its words are published, its id and status are not.
    expect(html).toContain('the late ferry carried 41,000 passengers last year,');
    expect(html).not.toMatch(/claim/i);
  });

  it('the source appendix is optional', () => {
    const without = renderArticleHtml(loadArticle(), { pageSize: 'A4', sourceAppendix: false });
    expect(without).not.toContain('<section class="source-appendix"');
    expect(renders['rich.html']()).toContain('<h2 id="sources">Sources</h2>');
  });

  it('Markdown keeps pull quotes and attributions in the documented form', () => {
    const md = renders['rich.md']();
    expect(md).toContain('> [!PULLQUOTE]\n> When the last boat goes, the island is shut\n> — Dolores Achterberg, chair, Port Ellis Harbour Council');
    expect(md).toContain('shut,”[^1] said Dolores Achterberg');
    expect(md).toContain('[^3]: a council employee who was not authorised to speak publicly (anonymous)');
  });

  it('Letter page size changes only the @page rule', () => {
    const a4 = renderArticleHtml(loadArticle(), { pageSize: 'A4', sourceAppendix: true });
    const letter = renderArticleHtml(loadArticle(), { pageSize: 'Letter', sourceAppendix: true });
    expect(letter.replace('size:Letter', 'size:A4')).toBe(a4);
  });
});
