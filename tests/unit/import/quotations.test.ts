import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/shared/import/import';
import { expectValidBody, speakerOf } from './helpers';

/** A headline line first, so the paragraphs under test are body copy. */
const story = (...paragraphs: string[]) => importText(['Council weighs the ferry timetable for winter', ...paragraphs].join('\n\n'));

describe('quotation → speaker patterns', () => {
  it('“…,” says NAME, TITLE — with title and affiliation from the appositive', () => {
    const d = story('“We will not close the ferry,” says Ana Ruiz, the chair of the Halden Ferry Authority.');
    expect(speakerOf(d, 'We will not close')).toBe('Ana Ruiz');
    expect(d.sources[0]).toMatchObject({ title: 'chair', affiliation: 'Halden Ferry Authority', standing: 'on-record' });
    expectValidBody(d);
  });

  it('“…,” NAME said — and straight quotes alike', () => {
    const d = story('"The numbers do not add up," Tom Hale said.');
    expect(speakerOf(d, 'numbers do not add up')).toBe('Tom Hale');
  });

  it('NAME, TITLE, said: “…”', () => {
    const d = story('Tom Hale, a councillor for the islands, said: “Nobody here trusts the figures.”');
    expect(speakerOf(d, 'Nobody here trusts')).toBe('Tom Hale');
    expect(d.sources[0].title).toBe('councillor for the islands');
  });

  it('“…,” explains Dr. NAME, a professor of …', () => {
    const d = story('“Buds break earlier every year,” explains Dr. Hélène Marchetti, a professor of plant physiology at the University of Dorval.');
    expect(speakerOf(d, 'Buds break')).toBe('Hélène Marchetti');
    expect(d.sources[0]).toMatchObject({ title: 'professor of plant physiology', affiliation: 'University of Dorval' });
  });

  it('a split quotation “…,” said NAME, “…” is one quotation', () => {
    const d = story('“It was expensive,” said Farid Haddad, “but it kept the lights on.”');
    expect(d.quotations).toHaveLength(1);
    expect(d.quotations[0].ranges).toHaveLength(2);
    expect(speakerOf(d, 'kept the lights on')).toBe('Farid Haddad');
  });

  it('a quotation spanning paragraphs (opening mark repeated, first paragraph unclosed) is one quotation', () => {
    const d = story('“I said it at the morning meeting, and I said it to the manager’s face.', '“Two days later they sent another crew in,” said Oskar Lindahl.');
    expect(d.quotations).toHaveLength(1);
    expect(d.quotations[0].ranges.map((r) => r.paragraph)).toEqual([0, 1]);
    expect(speakerOf(d, 'morning meeting')).toBe('Oskar Lindahl');
  });

  it('a quotation with no attribution continues the previous speaker, in the same and the next paragraph', () => {
    const d = story('“We kept every library open,” said Rosa Lindqvist. “The pools too.”', '“Nobody wanted to cut the buses.”');
    expect(speakerOf(d, 'The pools too')).toBe('Rosa Lindqvist');
    expect(speakerOf(d, 'Nobody wanted')).toBe('Rosa Lindqvist');
  });

  it('“…noted on condition of anonymity” is an anonymous source with that description', () => {
    const d = story('“The board has already decided,” one ferry engineer noted on condition of anonymity.');
    expect(d.sources[0]).toMatchObject({ name: '', standing: 'anonymous', anonymousDescription: 'one ferry engineer' });
    expect(d.sources[0].anonymityReason).toMatch(/condition of anonymity/);
  });

  it('“an official who asked not to be named” is an anonymous source, and “the official” refers back to it', () => {
    const d = story('“They want the route gone,” said an official who asked not to be named.', '“Nobody will say so in public,” the official added.');
    expect(speakerOf(d, 'route gone')).toBe('an official who asked not to be named');
    expect(speakerOf(d, 'in public')).toBe('an official who asked not to be named');
    expect(d.sources).toHaveLength(1);
  });

  it('a later surname or title links to the source introduced by full name', () => {
    const d = story(
      '“Fencing works,” said Fisheries Minister Lena Berg.',
      '“I doubt that very much,” notes Okafor.',
      'Chidi Okafor, an economist, disagreed.',
      '“It does not,” the minister said.',
      '“It never has,” Okafor said.',
    );
    expect(speakerOf(d, 'It does not')).toBe('Lena Berg');
    expect(speakerOf(d, 'It never has')).toBe('Chidi Okafor');
    expect(d.sources.find((s) => s.name === 'Lena Berg')?.title).toBe('Fisheries Minister');
  });

  it('two people sharing a surname are told apart by first name', () => {
    const d = story(
      'Luc Dufour runs the estate with his sister, Camille Dufour.',
      '“We lit fires all night,” Luc said.',
      '“The bank does not care,” Camille said.',
    );
    expect(speakerOf(d, 'lit fires')).toBe('Luc Dufour');
    expect(speakerOf(d, 'bank does not care')).toBe('Camille Dufour');
  });

  it('a pronoun refers to the source last named', () => {
    const d = story(
      '“Pups are the proof,” said Sabine Kroll.',
      '“I lost eleven ewes,” said Werner Haas.',
      '“Fencing works,” Kroll said.',
      'Haas was unconvinced. “She should come and try it,” he said.',
    );
    expect(speakerOf(d, 'come and try')).toBe('Werner Haas');
  });

  it('scare quotes of three words or fewer without a speech verb are not speech', () => {
    const d = story('The minister called the figures "unacceptable" and the plan a "fair compromise" at best.');
    expect(d.quotations).toHaveLength(0);
  });

  it('partial quotes inside a paraphrase and quoted titles are not speech', () => {
    const d = story(
      'A ministry spokesman said the request was “under review.”',
      'The report, titled “Ferries and the Future of Island Life,” was published in May.',
    );
    expect(d.quotations).toHaveLength(0);
  });

  it('lists paraphrased unnamed attributions for review', () => {
    const d = story(
      'Sources close to the board said the vote could slip again.',
      'The company planned cuts, according to documents obtained by the Courier.',
    );
    expect(d.unnamedAttributions.map((u) => [u.kind, u.text])).toEqual([
      ['person', 'Sources close to the board said the vote could slip again'],
      ['document', 'documents obtained by the Courier'],
    ]);
  });
});
