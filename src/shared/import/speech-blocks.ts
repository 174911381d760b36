import { isTranscript, turnLabel } from './turns';

/**
 * Direct speech printed without quotation marks: the turns of a transcript or an interview, each
 * opened by its speaker's label, and a press release's block quotation, the paragraphs under
 * "…, the minister said:". Each block is one quotation of its speaker.
 */

export type BlockSpeaker =
  | { kind: 'label'; label: string; name: string; honorific: string; title: string }
  | { kind: 'role'; label: string; role: string; standing: 'on-record' | 'background' }
  | { kind: 'interviewer'; label: string }
  | { kind: 'phrase'; phrase: string };

export interface SpeechBlock {
  speaker: BlockSpeaker;
  /** One range per paragraph, in paragraph offsets. */
  ranges: { paragraph: number; from: number; to: number }[];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);
/** Words of a job title printed before a name in a label: "SECRETARY OF DEFENSE ASHTON CARTER". */
const TITLE_WORDS = new Set(
  (
    'sec secretary under deputy assistant acting general gen admiral adm ambassador amb senator sen representative rep governor gov ' +
    'president vice prime minister premier chairman chairwoman chair spokesperson spokesman spokeswoman press commissioner director ' +
    'chief senior administration official officials staff moderator operator lt lieutenant colonel col captain capt major sergeant ' +
    'sgt of the for and defense defence state national security council coordinator adviser advisor judge justice mayor hon ' +
    'honourable honorable attorney treasurer speaker leader member affairs journalist reporter interviewer host presenter ' +
    'participant caller audience questioner panelist panellist'
  ).split(' '),
);
const SMALL = new Set(['of', 'for', 'and', 'the', 'to', 'in', 'on', 'at']);
/** Roles whose holders speak on background, not on the record. */
const BACKGROUND_ROLE = /\b(?:official|officials|source|sources|aide|diplomat)\b/i;
/** A role a briefing keeps unnamed on purpose: "SENIOR ADMINISTRATION OFFICIAL", "SECOND SENIOR STATE DEPARTMENT OFFICIAL". */
export function isBackgroundRole(role: string): boolean {
  return BACKGROUND_ROLE.test(role);
}

export function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())))
    .join('');
}

function labelSpeaker(label: string, question: boolean): BlockSpeaker {
  if (question) return { kind: 'interviewer', label };
  const [head, ...rest] = label.split(',');
  const tokens = head.trim().split(/\s+/);
  const word = (t: string) => t.toLowerCase().replace(/\.$/, '');
  let k = 0;
  while (k < tokens.length && (TITLE_WORDS.has(word(tokens[k])) || HONORIFICS.has(word(tokens[k])))) k++;
  // "SECRETARY OF TRANSPORT LENA BERG": the word after the title's last "of" or "for" is the title's too.
  const lastOf = tokens.slice(0, -1).reduce((at, t, i) => (i < tokens.length - 2 && /^(?:of|for)$/.test(word(t)) ? i : at), -1);
  if (lastOf >= 0 && lastOf < k + 1 && lastOf + 2 > k) k = Math.min(tokens.length - 1, lastOf + 2);
  while (k < tokens.length - 1 && TITLE_WORDS.has(word(tokens[k]))) k++;
  const nameTokens = tokens.slice(k);
  const before = tokens.slice(0, k).filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));
  const honorific = tokens.slice(0, k).find((t) => HONORIFICS.has(t.toLowerCase().replace(/\.$/, ''))) ?? '';
  const title = rest.join(',').trim() ? titleCase(rest.join(',').trim()) : before.length ? titleCase(before.join(' ')) : '';
  if (!nameTokens.length) {
    const role = titleCase(head.trim());
    return { kind: 'role', label, role, standing: isBackgroundRole(role) ? 'background' : 'on-record' };
  }
  return { kind: 'label', label, name: titleCase(nameTokens.join(' ')), honorific: honorific ? titleCase(honorific) : '', title };
}

const COLON_ATTRIBUTION = /^(.{2,250}?),?\s+(?:said|says|added|adds|commented|comments|explained|explains|stated|states|declared|declares|noted|notes|remarked|told \S+(?: \S+)?)\s*:\s*$/u;
const OPENS_WITH_MARK = /^\s*["“„«‘']/;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|we've|we’ve|our|ours|us)\b/i;

/** Speech blocks of the body's paragraphs; `sectionStarts` holds the paragraph indices where sections begin. */
export function findSpeechBlocks(paragraphs: readonly string[], sectionStarts: ReadonlySet<number>): SpeechBlock[] {
  const blocks: SpeechBlock[] = [];
  const range = (p: number, from: number) => ({ paragraph: p, from, to: paragraphs[p].replace(/\s+$/, '').length });
  if (isTranscript(paragraphs)) {
    let current: SpeechBlock | null = null;
    paragraphs.forEach((text, p) => {
      const t = turnLabel(text, true);
      if (t) {
        current = { speaker: labelSpeaker(t.label, t.question), ranges: [range(p, t.textStart)] };
        blocks.push(current);
      } else if (current && text.trim() && !sectionStarts.has(p)) current.ranges.push(range(p, text.length - text.trimStart().length));
      else if (sectionStarts.has(p)) current = null;
    });
    return blocks.filter((b) => b.ranges.some((r) => r.to > r.from));
  }
  for (let p = 0; p < paragraphs.length - 1; p++) {
    const m = COLON_ATTRIBUTION.exec(paragraphs[p].trim());
    if (!m || OPENS_WITH_MARK.test(paragraphs[p + 1]) || sectionStarts.has(p + 1)) continue;
    const block: SpeechBlock = { speaker: { kind: 'phrase', phrase: m[1] }, ranges: [] };
    // The paragraphs under the colon, while they speak in the first person and no new section starts.
    for (let q = p + 1; q < paragraphs.length; q++) {
      const text = paragraphs[q];
      if (q > p + 1 && (sectionStarts.has(q) || !FIRST_PERSON.test(text) || COLON_ATTRIBUTION.test(text.trim()) || OPENS_WITH_MARK.test(text))) break;
      if (text.trim()) block.ranges.push(range(q, text.length - text.trimStart().length));
    }
    if (block.ranges.length) {
      blocks.push(block);
      p = block.ranges[block.ranges.length - 1].paragraph;
    }
  }
  return blocks;
}
