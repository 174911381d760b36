import { describe, expect, it } from 'vitest';
import { importHtml, importMarkdown, importText } from '../../../src/shared/import/import';
import { nodeText } from '../../../src/shared/article/text';
import { expectValidBody } from './helpers';

describe('plain-text structure', () => {
  const d = importText(
    [
      'Skip to main content', 'World', 'Share', 'Tweet', '12°C Partly cloudy', 'FTSE 100 7,512.3 +0.4%',
      'Ferry board postpones vote on Skarra crossing',
      'Islanders say a cheaper timetable would cut them off',
      'By Maren Holt',
      'Updated 14 March 2024 09:12',
      'SKARRA — The board put off a decision on Tuesday.',
      'Advertisement',
      'We use cookies to improve your experience. Accept all to continue.',
      'What the numbers show',
      'Winter traffic has fallen by a fifth since 2015.',
      'Sign up for our morning newsletter, delivered free to your inbox',
      'Related stories',
      'More from the coast',
    ].join('\n\n'),
  );

  it('drops clutter before the headline, inside the copy and after the end', () => {
    const text = nodeText(d.body);
    for (const junk of ['Skip to', 'Share', 'Tweet', '°C', 'FTSE', 'Advertisement', 'cookies', 'newsletter', 'Related', 'More from', 'Updated']) {
      expect(text).not.toContain(junk);
    }
    expect(d.warnings.join(' ')).toMatch(/clutter/);
  });

  it('finds headline, dek, byline and section headings', () => {
    expect(d.headline).toBe('Ferry board postpones vote on Skarra crossing');
    expect(d.dek).toBe('Islanders say a cheaper timetable would cut them off');
    expect(d.byline).toBe('Maren Holt');
    expect(d.sections).toEqual(['What the numbers show']);
    expectValidBody(d);
  });

  it('joins hard-wrapped lines into paragraphs and keeps bullet lists', () => {
    const wrapped = importText(
      'Council approves the budget after a long night\n\nCouncillors in Westmere approved a 310 million euro budget shortly\nafter 2 a.m. on Wednesday, ending a session that began the previous\nafternoon and ran for eleven hours.\n\n- libraries stay open\n- bus subsidy cut\n',
    );
    expect(wrapped.body.content?.[0].content?.[0].text).toMatch(/shortly after 2 a\.m\. on Wednesday, ending a session that began the previous afternoon/);
    expect(wrapped.body.content?.[1].type).toBe('bulletList');
    expectValidBody(wrapped);
  });
});

describe('HTML import', () => {
  const d = importHtml(`<html><head><title>T</title><style>p{}</style><script>steal()</script></head><body>
    <nav><a href="/">Home</a></nav>
    <h1 onclick="x()">Dockers strike over automation</h1>
    <p class="standfirst">Cranes at the centre of the dispute</p>
    <p style="color:red" onmouseover="steal()">Traffic <b>halted</b> at <i>Port Salvo</i>, <a href="https://example.org/port" onclick="x()">records</a> show.
      <a href="javascript:alert(1)">bad</a> <a href=" JaVa&#x09;script:alert(1)">worse</a> <a href="data:text/html,<script>x</script>">data</a>
      <img src="https://cdn.example.com/x.jpg" onerror="alert(1)"><img src="data:image/png;base64,AAAA"></p>
    <div class="share-tools"><a href="https://twitter.com">Share</a></div>
    <h2>The authority's case</h2><p>“Every port that automated kept its volumes,” said Eleni Marou, the director.</p>
    <h3>Next</h3><ul><li>one</li><li>two <s>old</s></li></ul><blockquote><p>quoted</p></blockquote>
    <iframe src="https://ads.example.com"></iframe><svg><script>x()</script></svg><form><input value="x"></form>
  </body></html>`);
  const json = JSON.stringify(d.body);

  it('keeps headline, dek, sections, formatting and safe links', () => {
    expect(d.headline).toBe('Dockers strike over automation');
    expect(d.dek).toBe('Cranes at the centre of the dispute');
    expect(d.sections).toEqual(["The authority's case", 'Next']);
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"type":"italic"');
    expect(json).toContain('"type":"strike"');
    expect(json).toContain('"href":"https://example.org/port"');
    expect(json).toContain('"type":"bulletList"');
    expect(json).toContain('"type":"blockquote"');
    expect(d.quotations[0].text).toMatch(/Every port/);
    expectValidBody(d);
  });

  it('lets no script, event handler, inline style, javascript:/data: URL or image through', () => {
    for (const bad of ['script', 'steal', 'onclick', 'onerror', 'onmouseover', 'style', 'color:red', 'javascript', 'data:', 'img', 'cdn.example.com', 'ads.example.com', 'alert']) {
      expect(json.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(d.warnings.join(' ')).toMatch(/2 images/);
  });

  it('survives 100,000 levels of nesting without overflowing the stack', () => {
    const depth = 100_000;
    for (const tag of ['div', 'blockquote', 'ul><li', 'b']) {
      const [open, close] = [`<${tag}>`, `</${tag.split('><').reverse().join('></')}>`];
      const html = `<h1>Deep copy survives</h1>${open.repeat(depth)}<p>“Still here after all that nesting,” said Ana Ruiz.</p>${close.repeat(depth)}`;
      const deep = importHtml(html);
      expect(deep.headline).toBe('Deep copy survives');
      expect(JSON.stringify(deep.body)).toContain('Still here');
      expectValidBody(deep);
    }
  });
});

describe('Markdown import', () => {
  const d = importMarkdown(
    '# Library reopens after restoration\n\n*The ceiling is on view again*\n\nBy Ruth Adeyemi\n\nThe library **reopened** on _Saturday_ with ~~no~~ a queue. [Site](https://example.org) ![img](https://x/y.png) [bad](javascript:alert(1))\n\n## A ceiling rediscovered\n\n1. first\n2. second\n\n> "People tell me they came here as children," said Piet Verhoeven.\n\nSetext section\n--------------\n\nText \\*not italic\\*.\n',
  );

  it('reads headings, dek, byline, emphasis, links, lists and block quotes', () => {
    expect(d.headline).toBe('Library reopens after restoration');
    expect(d.dek).toBe('The ceiling is on view again');
    expect(d.byline).toBe('Ruth Adeyemi');
    expect(d.sections).toEqual(['A ceiling rediscovered', 'Setext section']);
    const json = JSON.stringify(d.body);
    expect(json).toContain('"type":"orderedList"');
    expect(json).toContain('"type":"blockquote"');
    expect(json).toContain('"href":"https://example.org"');
    expect(json).not.toContain('javascript');
    expect(json).not.toContain('x/y.png');
    expect(json).toContain('Text *not italic*.');
    expect(d.quotations[0]).toMatchObject({ text: 'People tell me they came here as children,' });
    expectValidBody(d);
  });
});

describe('limitNesting', () => {
  it('keeps a script deeper than the limit whole, so its source never becomes text', async () => {
    const { limitNesting } = await import('../../../src/shared/import/html');
    const html = `${'<div>'.repeat(5)}<script>if (a < b) steal()</script><p>copy</p>${'</div>'.repeat(5)}`;
    const flat = limitNesting(html, 2);
    expect(flat).toBe('<div><div><script>if (a < b) steal()</script><p>copy</p></div></div>');
    const d = importHtml(`<h1>Deep script stays out of the copy</h1>${'<div>'.repeat(1000)}<script>steal()</script><p>copy</p>`);
    expect(JSON.stringify(d.body)).not.toContain('steal');
  });
});
