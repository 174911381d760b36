import { describe, expect, it } from 'vitest';
import { nodeText } from '../../../src/shared/article/text';
import { importHtml, importMarkdown, importText } from '../../../src/shared/import/import';
import { expectValidBody, speakerOf } from './helpers';

/**
 * The failure classes seen on real copy (issue 13), each with examples written for this test: none
 * of these sentences comes from a labelled article.
 */
const story = (...paragraphs: string[]) => importText(['Council weighs the ferry timetable for winter', ...paragraphs].join('\n\n'));
const source = (d: ReturnType<typeof importText>, fragment: string) => d.sources.find((s) => s.id === d.quotations.find((q) => q.text.includes(fragment))?.sourceId);
const checkOf = (d: ReturnType<typeof importText>, fragment: string) => d.quotations.find((q) => q.text.includes(fragment))?.check;

describe('1. site chrome above the headline', () => {
  const d = importText(
    [
      'Accessibility links', 'Breaking News', 'Weather', '14°C Showers', 'Markets', 'FTSE 100 7,512.3 +0.4%', 'Live',
      'Photo: the ferry leaving Skarra at dawn',
      'Ferry board delays winter vote as fuel costs climb',
      'Islanders will wait another month to learn whether the crossing survives',
      'By Maren Holt',
      'SKARRA — The board that runs the ferry put off its decision on Tuesday for the third time this year.',
    ].join('\n\n'),
  );

  it('takes the line that reads like a headline, not the first line', () => {
    expect(d.headline).toBe('Ferry board delays winter vote as fuel costs climb');
    expect(d.dek).toBe('Islanders will wait another month to learn whether the crossing survives');
    expect(d.byline).toBe('Maren Holt');
  });

  it('drops the chrome into the clutter note, not into the article', () => {
    const text = nodeText(d.body);
    for (const chrome of ['Accessibility', 'Breaking', 'Weather', 'Showers', 'FTSE', 'Photo:']) expect(text).not.toContain(chrome);
    expect(d.warnings.join(' ')).toMatch(/clutter/);
    expectValidBody(d);
  });

  it('finds no headline rather than a banner when the copy has none', () => {
    const t = importText(
      ['Secure .gov websites use HTTPS', '2:16 p.m. EDT', 'MR. OKAFOR: Good afternoon. I have two things at the top today.', 'QUESTION: Thanks. Can we start with the ferry?'].join('\n\n'),
    );
    expect(t.headline).toBe('');
  });

  it('skips a masthead and a line of metadata between the chrome and the headline', () => {
    const t = importText(['Ministry of Harbours and Fisheries', 'Category: Press releases', 'Harbour dues frozen for a second year', 'The ministry froze harbour dues on Monday, citing the price of fuel.'].join('\n\n'));
    expect(t.headline).toBe('Harbour dues frozen for a second year');
  });
});

describe('2. an unnamed person named later in the sentence', () => {
  const d = story(
    '“We will not pay for it,” said Ana Ruiz, the island’s mayor.',
    '“They will fold by Friday,” an aide to the governor said, speaking on condition of anonymity.',
    '“It is settled,” said a spokesperson who was not authorised to speak publicly.',
    '“The numbers were agreed in June,” said an official familiar with the talks.',
    '“Nobody asked us,” one resident, who declined to give her name, said.',
  );

  it('is a new anonymous source with that description, not the last named speaker', () => {
    expect(source(d, 'fold by Friday')).toMatchObject({ name: '', standing: 'anonymous', anonymousDescription: 'an aide to the governor' });
    expect(source(d, 'It is settled')).toMatchObject({ name: '', standing: 'anonymous' });
    expect(source(d, 'agreed in June')).toMatchObject({ name: '', standing: 'anonymous', anonymousDescription: 'an official familiar with the talks' });
    expect(source(d, 'Nobody asked us')).toMatchObject({ name: '', standing: 'anonymous' });
  });

  it('is flagged for the review when it overrides the last named speaker', () => {
    expect(checkOf(d, 'fold by Friday')).toMatch(/not to Ana Ruiz/);
    expect(checkOf(d, 'We will not pay')).toBeUndefined();
  });
});

describe('3. a follow-on quotation with no attribution verb', () => {
  it('continues the previous speaker when nothing changes the subject', () => {
    const d = story('“We kept every library open,” said Rosa Lindqvist.', '“The pools too, and the night buses.”');
    expect(speakerOf(d, 'The pools too')).toBe('Rosa Lindqvist');
    expect(checkOf(d, 'The pools too')).toBeUndefined();
  });

  it('does not after someone new is introduced, even as "the board’s auditor" of a board the last speaker chairs', () => {
    const d = story('“We are not here to close anything,” said Ingrid Sæther, the chair of the harbour board.', 'The board’s auditor, Piet Verhoeven, published his own figures on Monday.', '“The numbers do not add up.”');
    expect(speakerOf(d, 'do not add up')).toBe('Piet Verhoeven');
    expect(checkOf(d, 'do not add up')).toMatch(/not to Ingrid Sæther/i);
  });

  it('goes to the person the paragraph before introduces, flagged for the review, and so do the ones after it', () => {
    const d = story(
      '“We kept every library open,” said Rosa Lindqvist.',
      'Tomas Ekberg, 63, has borrowed books from the Nordvik branch since it opened.',
      '“I would have nowhere warm to sit in January.”',
      '“The staff know my name.”',
    );
    expect(speakerOf(d, 'nowhere warm')).toBe('Tomas Ekberg');
    expect(checkOf(d, 'nowhere warm')).toMatch(/Credited to Tomas Ekberg, introduced just before it, not to Rosa Lindqvist/);
    expect(speakerOf(d, 'know my name')).toBe('Tomas Ekberg');
    expect(checkOf(d, 'know my name')).toBeUndefined();
  });
});

describe('a pronoun that replies', () => {
  it('credits "…,” she replied" after the other person’s quotation to the one answering, flagged', () => {
    const d = story(
      '“I signed nothing,” said Greta Holm, the harbour director.',
      'The inquiry’s counsel, Ravi Mehta, put the letter in front of her. “Your name is on page two,” Mehta said.',
      '“Then someone else wrote it,” she replied.',
    );
    expect(speakerOf(d, 'someone else wrote it')).toBe('Greta Holm');
    expect(checkOf(d, 'someone else wrote it')).toMatch(/a reply to Ravi Mehta/);
  });

  it('does not when the person replying was only just asked, in paraphrase', () => {
    const d = story('“I signed nothing,” said Greta Holm.', 'Ravi Mehta asked again about the letter. “No,” he replied.');
    expect(speakerOf(d, 'No')).toBe('Ravi Mehta');
  });
});

describe('speakers’ titles from a header line', () => {
  it('takes "Name, Secretary of X" as the title a transcript label shortens', () => {
    const d = importText(['Remarks on the fisheries accord', 'Adaeze Obi, Secretary of Fisheries', 'SECRETARY OBI: Good morning. The accord is signed.', 'QUESTION: When does it start?', 'SECRETARY OBI: In June.'].join('\n\n'));
    expect(source(d, 'accord is signed')).toMatchObject({ name: 'Adaeze Obi' });
    const s = source(d, 'accord is signed');
    expect(`${s?.title} ${s?.affiliation}`.trim()).toMatch(/^Secretary( of)? Fisheries$/);
  });
});

describe('4. section titles', () => {
  it('reads a quoted fragment on its own line as a section title, not a quotation', () => {
    const d = story('The ferry runs twice a day in winter and the council wants to cut it.', '“A lifeline, not a luxury”', 'Islanders packed the hall on Tuesday night to say so.');
    expect(d.sections).toEqual(['“A lifeline, not a luxury”']);
    expect(d.quotations).toHaveLength(0);
  });

  it('makes a title-like line under the headline the dek when no other section follows', () => {
    const d = importText(['Ferry board delays winter vote', 'Costs climb for the third year running', 'The board met on Tuesday and put off its decision again.'].join('\n\n'));
    expect(d.dek).toBe('Costs climb for the third year running');
    expect(nodeText(d.body)).toContain('The board met on Tuesday');
  });

  it('makes it the first section when more sections follow, and never loses it', () => {
    const d = importText(
      ['Ferry board delays winter vote', 'Islanders are angry about the delay', 'What the board said', 'The board met on Tuesday and put off its decision again.', 'What comes next', 'A new vote is due in March, the board said.'].join('\n\n'),
    );
    expect(d.dek).toBe('Islanders are angry about the delay');
    expect(d.sections).toEqual(['What the board said', 'What comes next']);
  });

  it('drops the "[edit]" a wiki prints beside its headings', () => {
    const d = story('The board met on Tuesday.', 'Background[edit]', 'The ferry has run since 1958.');
    expect(d.sections).toEqual(['Background']);
  });
});

describe('5. headlines printed twice or wrapped', () => {
  it('takes a reprint site’s label and bracketed date off, and reads the repeat as one headline', () => {
    const d = importText(['PRESS RELEASE : Harbour dues frozen for a second year [March 2024]', 'PRESS RELEASE : Harbour dues frozen for a second year [March 2024]', 'The ministry froze harbour dues on Monday.'].join('\n\n'));
    expect(d.headline).toBe('Harbour dues frozen for a second year');
    expect(nodeText(d.body)).not.toContain('PRESS RELEASE');
  });

  it('drops a video title printed twice and the headline repeated as a caption', () => {
    const d = importText(
      ['Ferry board delays winter vote', 'The board met on Tuesday and put off its decision again.', 'Watch the meeting', 'Watch the meeting', 'Ferry board delays winter vote', 'A new vote is due in March.'].join('\n\n'),
    );
    expect(d.sections).toEqual([]);
    const text = nodeText(d.body);
    expect(text).not.toContain('Watch the meeting');
    expect(text).not.toContain('Ferry board delays');
  });
});

describe('5. a reprint site’s own label', () => {
  it('takes "Reprinted from …:" and a numeric bracketed date off the headline', () => {
    const d = importText(['Republished from the Valley Echo: Quarry hours cut after dust complaints [04/11/2023]', 'Quarry hours cut after dust complaints', 'The quarry will close at four on weekdays.'].join('\n\n'));
    expect(d.headline).toBe('Quarry hours cut after dust complaints');
    expect(nodeText(d.body)).not.toContain('Valley Echo');
  });
});

describe('1. a government page’s banner and metadata', () => {
  it('drops cookie prompts, a label on its own line and the value under it, and finds the sentence-case headline', () => {
    const d = importText(
      [
        'Cookies on the Harbour Authority website', 'Accept additional cookies', 'View cookies', 'Press release',
        'New berth fees will apply to visiting yachts from April',
        'Fees for short stays will fall, and fees for long stays will rise.',
        'From:', 'Harbour Authority and The Hon Ana Lowe MP', 'Published', '2 February 2025', 'Print this page',
        'The Harbour Authority has set new fees for visiting yachts, the first change in six years.',
        'Fees and exemptions',
        'Boats under eight metres will pay half the standard fee for stays of up to three nights.',
      ].join('\n\n'),
    );
    expect(d.headline).toBe('New berth fees will apply to visiting yachts from April');
    expect(d.sections).toEqual(['Fees and exemptions']);
    expect(nodeText(d.body)).not.toMatch(/cookies|Published|Ana Lowe MP|Print/);
  });
});

describe('1. in Markdown', () => {
  it('reads the h1 as the headline after a menu, a live tag and a section label, and drops them', () => {
    const d = importMarkdown(['* Home', '* Local', '* Sport', '', 'LIVE', '', 'Coast', '', '# Sea wall repairs start a month early at Penhallow', '', 'Contractors arrived on Monday to shore up the wall before the spring tides.'].join('\n'));
    expect(d.headline).toBe('Sea wall repairs start a month early at Penhallow');
    expect(d.sections).toEqual([]);
    expect(nodeText(d.body)).not.toMatch(/Coast|Sport/);
  });

  it('keeps a real paragraph written above the h1', () => {
    const d = importMarkdown(['The council published these figures late on Friday evening, after the markets closed.', '', '# Sea wall repairs start a month early'].join('\n'));
    expect(nodeText(d.body)).toContain('published these figures');
  });
});

describe('5. in HTML', () => {
  it('reads a heading above the h1 as chrome and the wrapped h1 as the headline', () => {
    const d = importHtml(
      '<p>Category: News</p><h2><a href="/x">STATEMENT: Harbour dues frozen for a second year [March 2024]</a></h2><h1>STATEMENT: Harbour dues frozen for a second year [March 2024]</h1><p>The ministry froze harbour dues on Monday.</p><h2>Harbour dues frozen for a second year</h2><p>Video</p>',
    );
    expect(d.headline).toBe('Harbour dues frozen for a second year');
    expect(d.sections).toEqual([]);
  });

  it('takes the first heading as the headline when the page has no h1, and the title without the site name otherwise', () => {
    expect(importHtml('<h2>Harbour dues frozen for a second year</h2><p>The ministry froze harbour dues on Monday.</p>').headline).toBe('Harbour dues frozen for a second year');
    expect(importHtml('<title>Harbour dues frozen for a second year | The Harbour Gazette</title><p>The ministry froze harbour dues on Monday.</p>').headline).toBe('Harbour dues frozen for a second year');
  });
});

describe('6. straight quotes', () => {
  it('attributes a whole article in straight quotes, single quotes inside them included', () => {
    const d = story('"We said \'no\' twice, and we meant it," said Tom Hale, a councillor.', '"The timetable is final," Hale said. "There is no more money."');
    expect(speakerOf(d, "We said 'no' twice")).toBe('Tom Hale');
    expect(speakerOf(d, 'timetable is final')).toBe('Tom Hale');
    expect(speakerOf(d, 'no more money')).toBe('Tom Hale');
    expect(d.quotations).toHaveLength(3);
  });
});

describe('7. British and Commonwealth style', () => {
  it('reads single outer marks, punctuation outside the closing mark, and honorifics that change', () => {
    const d = story(
      'Ana Ruiz, the chair of the authority, said the vote would wait.',
      '‘We will not close the ferry’, Ms Ruiz said.',
      '‘It is not on the table,’ Mrs Ruiz added. ‘Not this year.’',
    );
    expect(speakerOf(d, 'We will not close')).toBe('Ana Ruiz');
    expect(speakerOf(d, 'not on the table')).toBe('Ana Ruiz');
    expect(speakerOf(d, 'Not this year')).toBe('Ana Ruiz');
  });

  it('links "Lord Offord" to the minister named in full earlier', () => {
    const d = story('Trade Minister Malcolm Offord praised the figures on Friday.', '‘This is fantastic news for our exporters,’ Lord Offord said.');
    expect(speakerOf(d, 'fantastic news')).toBe('Malcolm Offord');
  });
});

describe('8. quotations without quotation marks', () => {
  it('reads a press release’s paragraphs under "…, the minister said:" as the minister’s', () => {
    const d = story(
      'The minister for transport, Jane Doe, said:',
      'We are delighted to open the line to our island.',
      'This is a great day for our region and we thank everyone who made it happen.',
      'The line opens to passengers in May.',
    );
    expect(d.quotations).toHaveLength(1);
    expect(d.quotations[0].ranges).toHaveLength(2);
    expect(speakerOf(d, 'We are delighted')).toBe('Jane Doe');
    expect(source(d, 'We are delighted')?.title).toBe('minister for transport');
    expect(d.quotations[0].text).not.toContain('opens to passengers');
  });

  it('reads a briefing transcript turn by turn, questions to the questioner', () => {
    const d = importText(
      [
        'Press briefing on the ferry budget',
        '2:02 p.m. EST',
        'SECRETARY OF TRANSPORT LENA BERG: Good afternoon. I have one thing at the top.',
        'The ferry budget is final for this year.',
        'Q: Thank you. Is the winter service safe?',
        'SECRETARY BERG: It is safe for this winter.',
        'SENIOR ADMINISTRATION OFFICIAL: We expect the vote in March.',
        'MS. JONES: Last question, please.',
      ].join('\n\n'),
    );
    expect(speakerOf(d, 'I have one thing')).toBe('Lena Berg');
    expect(d.quotations.find((q) => q.text.includes('I have one thing'))?.ranges).toHaveLength(2);
    expect(source(d, 'I have one thing')?.title).toBe('Secretary of Transport');
    expect(speakerOf(d, 'safe for this winter')).toBe('Lena Berg');
    expect(source(d, 'Is the winter service safe')).toMatchObject({ name: '' });
    expect(source(d, 'Is the winter service safe')?.id).not.toBe(source(d, 'safe for this winter')?.id);
    expect(source(d, 'vote in March')).toMatchObject({ name: '', standing: 'background', title: 'Senior Administration Official' });
    expect(speakerOf(d, 'Last question')).toBe('Jones');
    expect(d.headline).toBe('Press briefing on the ferry budget');
    expectValidBody(d);
  });

  it('keeps a second unnamed official of a background call unnamed, and reads "Question:" as the questioner', () => {
    const d = importText(
      [
        'Background call on the fisheries accord',
        'SENIOR ADMINISTRATION OFFICIAL: The accord is signed on Friday.',
        'Question: Who pays for the patrols?',
        'SECOND SENIOR ADMINISTRATION OFFICIAL: The fund does, from next year.',
      ].join('\n\n'),
    );
    expect(source(d, 'fund does')).toMatchObject({ name: '', standing: 'background' });
    expect(source(d, 'fund does')?.id).not.toBe(source(d, 'signed on Friday')?.id);
    expect(source(d, 'Who pays')).toMatchObject({ name: '', anonymousDescription: 'the interviewer' });
  });

  it('credits "…, the Minister said:" to the minister an earlier sentence names with "Hon."', () => {
    const d = story(
      'The Minister for Fisheries, Hon. Tevita Lolo, today opened the new wharf at Neiafu.',
      'Speaking at the opening, the Minister said:',
      'This wharf will let our fishing families land their catch in any weather.',
    );
    expect(speakerOf(d, 'This wharf will let')).toBe('Tevita Lolo');
    expect(source(d, 'This wharf will let')).toMatchObject({ title: 'Minister for Fisheries' });
  });

  it('reads "Q    …" questions in pasted text, and a JOURNALIST: turn as a role, not a person called Journalist', () => {
    const d = importText(
      [
        'Doorstop interview – Harbour Point',
        'Prime Minister of Samoa',
        'Subjects: Wharf repairs; fuel prices.',
        'PRIME MINISTER: The wharf reopens on Monday.',
        'Q    Will fuel prices fall?',
        'PRIME MINISTER: Not this month.',
        'JOURNALIST: And the ferry?',
        'PRIME MINISTER: The ferry runs from Tuesday.',
      ].join('\n'),
    );
    expect(d.headline).toBe('Doorstop interview – Harbour Point');
    expect(nodeText(d.body)).not.toMatch(/Subjects|of Samoa/);
    expect(source(d, 'Will fuel prices fall')).toMatchObject({ name: '', anonymousDescription: 'the interviewer' });
    expect(source(d, 'And the ferry')).toMatchObject({ name: '', title: 'Journalist' });
    expect(source(d, 'Not this month')).toMatchObject({ name: '', title: 'Prime Minister' });
  });

  it('reads "Q " with one space as a question inside an HTML transcript, where the page’s spaces collapse', () => {
    const d = importHtml('<h1>Press gaggle aboard the ferry</h1><p>MR. ORTEGA: Welcome aboard, everyone.</p><p>Q Is the strike over?</p><p>MR. ORTEGA: Not yet.</p>');
    expect(source(d, 'Is the strike over')).toMatchObject({ name: '', anonymousDescription: 'the interviewer' });
    expect(d.quotations.find((q) => q.text.includes('Welcome aboard'))?.text).not.toContain('strike');
  });

  it('does not read a paragraph ending in a colon without a speech verb as a block quotation', () => {
    const d = story('A copy of the statement is here:', 'The board will meet again in March.');
    expect(d.quotations).toHaveLength(0);
  });
});

describe('4. bold subheadings', () => {
  const body = ['The council approved four new cycle lanes on Tuesday after a year of consultation.', 'What changes', 'The lanes will run along Mill Street and the Quay, kept apart from traffic by kerbs.'];
  it('reads a short wholly bold paragraph after the body has begun as a section title, in HTML and Markdown', () => {
    const html = importHtml(`<h1>Cycle lanes approved</h1><p>${body[0]}</p><p><strong>${body[1]}</strong></p><p>${body[2]}</p>`);
    const md = importMarkdown(`# Cycle lanes approved\n\n${body[0]}\n\n**${body[1]}**\n\n${body[2]}\n`);
    expect(html.sections).toEqual(['What changes']);
    expect(md.sections).toEqual(['What changes']);
  });

  it('leaves bold name and place lines above the first sentence alone, and bold sentences too', () => {
    const d = importMarkdown(`# Remarks on the accord\n\n**Adaeze Obi, Secretary of Fisheries**\n\nHarbor Hall\n\n${body[0]}\n\n**This is a bold sentence of the body.**\n\n${body[2]}\n`);
    expect(d.sections).toEqual([]);
  });
});

describe('4. a wiki’s trailing section', () => {
  it('keeps "Sources[edit]" and its entries, and does not credit a quoted source title to the last speaker', () => {
    const d = story('The ferry company will cut sailings to Skarra from November, it said on Monday, blaming fuel costs.', '“We will run a reduced timetable,” said Mara Tilsen.', 'Sources[edit]', '"Ferry timetable cut for winter" — Island Post, 3 May 2025');
    expect(d.sections).toEqual(['Sources']);
    expect(nodeText(d.body)).toContain('Island Post');
    expect(speakerOf(d, 'Ferry timetable cut')).toBeNull();
  });
});

describe('speakers’ titles and affiliations', () => {
  it('leaves what the person was doing out of the title', () => {
    const d = story('“I would rather have a driver,” said Anouk Brand, a nurse waiting for a replacement bus.');
    expect(source(d, 'rather have a driver')).toMatchObject({ title: 'nurse' });
  });

  it('reads "of the …" after a name as the affiliation, and drops "its" from a title', () => {
    const d = story(
      '“The gates went up within a year,” said Mrs Hana Lowe of the Open Paths Trust.',
      'The council opened a rest centre. Its duty manager, Ravi Patel, said 30 people had arrived.',
      '“We have blankets for everyone,” Patel said.',
    );
    expect(source(d, 'gates went up')).toMatchObject({ name: 'Hana Lowe', affiliation: 'Open Paths Trust' });
    expect(source(d, 'blankets for everyone')).toMatchObject({ name: 'Ravi Patel', title: 'duty manager' });
  });
});

describe('9. organisations and verbs of another person', () => {
  it('credits an organisation quoting itself', () => {
    const d = story('“We are cooperating fully with the inquiry,” the police force said in a statement.');
    expect(source(d, 'cooperating fully')).toMatchObject({ kind: 'organisation' });
  });

  it('credits “…,” the statement said to whoever issued the statement', () => {
    const d = story('Harbour Ferries said in a statement that no sailings would be cut.', '“Every crossing runs as planned this winter,” the statement said.');
    expect(speakerOf(d, 'Every crossing runs')).toBe('Harbour Ferries');
  });

  it('credits a body named by its name, and "the force" after it, on the record', () => {
    const d = story('“Roads were closed for nine hours,” Police Scotland said in a statement.', 'Transport Scotland inspected the bridge overnight.', '“Officers stayed at the scene throughout,” the force added.');
    expect(source(d, 'Roads were closed')).toMatchObject({ name: 'Police Scotland', kind: 'organisation', standing: 'on-record' });
    expect(speakerOf(d, 'Officers stayed')).toBe('Police Scotland');
  });

  it('names a body without the article that opens its sentence', () => {
    const d = story('The Department of Harbour Affairs said it had opened six shelters.', '“Our teams are in every district,” the department said in a statement.');
    expect(speakerOf(d, 'Our teams are')).toBe('Department of Harbour Affairs');
  });

  it('credits "X called the plan “…”" with no article before the quotation', () => {
    const d = story('Councillor Ida Morrow called the plan “a gift to developers who will never live here.”');
    expect(speakerOf(d, 'gift to developers')).toBe('Ida Morrow');
  });

  it('credits "X called the offer an “…”" to X, after a sentence naming someone else', () => {
    const d = story('Lena Berg met Tom Hale on Tuesday. Hale called the offer an “insult to every family on the island.”');
    expect(speakerOf(d, 'insult to every family')).toMatch(/Hale/);
  });
});

describe('an imported body never opens with a blank paragraph', () => {
  it.each([
    ['HTML', () => importHtml('<h1>Ferry board delays the vote again</h1><p>\u200b</p><p>&nbsp;</p><h2>Costs</h2><p>The board met.</p>')],
    ['Markdown', () => importMarkdown('# Ferry board delays the vote again\n\n\u200b\n\n## Costs\n\nThe board met.')],
    ['text', () => importText('Ferry board delays the vote again\n\n\ufeff\u200b\n\nCosts\n\nThe board met on Tuesday.\n\nNext steps\n\nA new vote is due in March.')],
  ])('%s', (_, run) => {
    const d = run();
    expect(d.sections[0]).toBe('Costs');
    expect(d.body.content?.[0].type).toBe('section');
    expectValidBody(d);
  });
});
