import { describe, expect, it } from 'vitest';
import { sectionOutline } from '../../../src/shared/analysis/outline';
import { bodyWordCount } from '../../../src/shared/article/text';
import { articleSchema } from '../../../src/shared/schema';
import { bulletList, doc, image, p, pullQuote, section, title } from '../helpers/doc-builder';

const schema = articleSchema();

describe('sectionOutline', () => {
  const body = doc(
    p('Lede with five words here.'),
    image({ caption: 'A ferry' }),
    section({ id: 'money' }, title('The money'), p('One two three.'), pullQuote('Not counted at all', null)),
    section({ id: 'people' }, title(''), bulletList('Four words in list'), p()),
  );
  const outline = sectionOutline(body);

  it('lists the intro and each section with title, index and word count', () => {
    expect(outline.map((e) => (e.kind === 'intro' ? ['intro', e.words] : [e.index, e.id, e.title, e.words]))).toEqual([
      ['intro', 5],
      [0, 'money', 'The money', 2 + 3],
      [1, 'people', '', 4],
    ]);
  });

  it('adds up to the article word count', () => {
    expect(outline.reduce((n, e) => n + e.words, 0)).toBe(bodyWordCount(body));
  });

  it('gives ranges that cover exactly the intro blocks and each section node', () => {
    const pm = schema.nodeFromJSON(body);
    const [intro, money, people] = outline;
    expect(intro.range).toEqual({ from: 0, to: pm.child(0).nodeSize + pm.child(1).nodeSize });
    expect(pm.nodeAt(money.range.from)?.attrs.id).toBe('money');
    expect(pm.nodeAt(people.range.from)?.attrs.id).toBe('people');
    expect(people.range.to).toBe(pm.content.size);
  });

  it('has no intro entry when the article starts with a section', () => {
    expect(sectionOutline(doc(section('Only', p('x')))).map((e) => e.kind)).toEqual(['section']);
  });
});
