import type { DetectedQuotation, DetectedSource, TextRange, UnnamedAttribution } from './draft';
import { countWords } from '../article/text';
import { quotedRuns, type QuotedSpan } from '../article/quotation-marks';
import { SourceBook, type NameMention, type Resolved } from './source-book';
import { NAME_RE, readName, readNameOfBody, readSpeaker, readTitledName, splitAppositive, type NamedSpeaker, type Speaker } from './speakers';
import { findSpeechBlocks, isBackgroundRole, type SpeechBlock } from './speech-blocks';
import { findUnnamedAttributions } from './unnamed';

const VERBS =
  'said|says|say|told|tells|added|adds|commented|comments|explained|explains|noted|notes|argued|argues|stated|states|asked|asks|warned|warns|insisted|insists|recalled|recalls|wrote|writes|acknowledged|acknowledges|admitted|admits|continued|continues|replied|replies|responded|responds|countered|counters|observed|observes|remarked|remarks|claimed|claims|conceded|concedes|declared|declares|announced|announces|suggested|suggests|agreed|agrees|complained|complains|cautioned|cautions|predicted|predicts|maintained|maintains|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|joked|jokes|laughed|sighed|whispered|shouted|recounted|recounts|mused|muses|pointed out|points out|went on|goes on|tweeted|posted|testified|testifies|confirmed|confirms|denied|denies|promised|promises|vowed|vows|urged|urges|quipped|quips|boasted|lamented|laments|wondered|wonders|conceded|put it|puts it';
/** "told" after the quotation names the listener ("…,” told Ruiz" is not English), so it cannot invert. */
const INVERTIBLE = VERBS.replace(/\|?told\|tells/, '');
const AUX = '(?:(?:has|have|had|would|will|also|later|then|once|previously|repeatedly|simply|only|\\p{Ll}+ly)\\s+)';
const AFTER_NORMAL = new RegExp(`^(.{1,160}?)\\s+${AUX}{0,2}(?:${VERBS})\\b(.*)$`, 'u');
const AFTER_INVERTED = new RegExp(`^(?:${INVERTIBLE})\\s+(.+)$`, 'u');
const BEFORE_NORMAL = new RegExp(`^(.{1,200}?)\\s+${AUX}{0,2}(?:${VERBS})\\b(.{0,200})$`, 'u');
const BEFORE_LAST = new RegExp(`^(.{1,200})\\s+${AUX}{0,2}(?:${VERBS})$`, 'u');
const BEFORE_ACCORDING = /^(?:according to|in the words of)\s+(.+)$/i;
const BEFORE_AS = new RegExp(`^as\\s+(.+?)\\s+(?:${VERBS})$`, 'iu');
const NAMING = /\b(?:titled|entitled|called|named|dubbed|headlined|labelled|labeled|known as|so-called|the words?|the phrase|the term|the slogan|the motto|reading|read|marked|stamped)\s*$/i;

const CALLED = /^(?:.*[.;]\s+)?(\p{Lu}[^.;]{0,80}?)\s+(?:called|described|branded|labelled|labeled|dubbed)\s+(?:it|(?:the|his|her|their|its|this|that)(?:\s+[\p{L}'’-]+){1,3})(?:\s+(?:an?|the|as(?:\s+an?|\s+the)?))?$/u;

const REPLY = /\b(?:replied|replies|responded|responds|retorted|retorts|countered|counters|shot back|answered|answers)\b/;
const CALLING = /\b(?:called|described|branded|labell?ed|dubbed)\b/;
const STATEMENT = /^(?:the|its|their|his|her)\s+(?:written\s+|joint\s+)?(?:statement|press release|release|announcement|communiqu[eé])$/i;

const ABBREVIATIONS = new Set(
  'dr mr mrs ms mx prof hon st sen rep gov gen col lt sgt capt jr sr inc ltd co corp no vs etc mt ft rev fr u.s u.k a.m p.m e.g i.e jan feb aug sept oct nov dec'.split(' '),
);

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '’', '‛', "'"]);
const isLetterAt = (text: string, i: number) => i >= 0 && /\p{L}/u.test(text[i]);
function isCloseMark(c: string): boolean {
  return c === '”' || c === '»' || c === '’' || c === "'";
}

/** True when the character at `i` ends a sentence (not "Dr." or an initial). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && !isCloseMark(next) && next !== '"' && next !== ')' && next !== '’') return false;
  if (c !== '.') return true;
  let j = i - 1;
  while (j >= 0 && i - j < 12 && /[\p{L}.]/u.test(text[j])) j--;
  const word = text.slice(j + 1, i);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return !/^\p{Lu}$/u.test(word);
}

/** Quoted words in one paragraph; the last may be unclosed (a quotation running into the next paragraph). */
interface Span {
  paragraph: number;
  open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  close: number;
  closed: boolean;
}

function toSpan(paragraph: number, q: QuotedSpan): Span {
  return { paragraph, open: q.open, close: q.end, closed: q.closed };
}

function innerText(text: string, s: Span): string {
  return text.slice(s.open + 1, s.close).trim();
}

/** One quotation: a single span, or spans chained across paragraphs by a repeated opening mark. */
interface Chain {
  spans: Span[];
  head: string;
  tail: string;
  /** The tail ran up to the next quotation and ends in a comma: “…,” said Ruiz, “…”. */
  tailLeadsOn: boolean;
  speaker: Speaker | null;
  context: string;
  /** False for the second part of a split quotation, merged into the first. */
  live: boolean;
  resolved: Resolved | null;
  evidence: string;
  speech: boolean;
  /** Why the review should look again at this speaker (rules that override the simpler reading). */
  check?: string;
}

/** Text after a quotation up to the end of its sentence or the next quotation. */
function tailOf(text: string, s: Span, nextOpen: number): { tail: string; leadsOn: boolean } {
  const start = s.close + 1;
  const limit = Math.min(text.length, nextOpen, start + 300);
  for (let i = start; i < limit; i++) if (endsSentence(text, i)) return { tail: text.slice(start, i), leadsOn: false };
  const tail = text.slice(start, limit);
  return { tail, leadsOn: limit === nextOpen && /,\s*$/.test(tail) };
}

/** Text before a quotation back to the start of its sentence or the previous quotation. */
function headOf(text: string, s: Span, prevClose: number): string {
  const stop = Math.max(prevClose + 1, s.open - 300, 0);
  for (let i = s.open - 1; i >= stop; i--) if (endsSentence(text, i)) return text.slice(i + 1, s.open);
  return text.slice(stop, s.open);
}

function speakerAfter(tail: string, inner: string): { speaker: Speaker; context: string } | null {
  const t = tail.replace(/^[\s,;—–-]+/, '').trim();
  if (!t || /^[.!?]/.test(t)) return null;
  const inv = AFTER_INVERTED.exec(t);
  if (inv) {
    const rest = inv[1];
    const comma = rest.indexOf(',');
    const titled = readTitledName(comma >= 0 ? rest.slice(0, comma) : rest);
    if (titled) {
      const appositive = comma >= 0 ? rest.slice(comma + 1).split(/,\s*(?:who|which|and|but|adding|as|saying)\b/)[0] : '';
      const { title, affiliation } = splitAppositive(appositive);
      return { speaker: { ...titled, title: titled.title || title, affiliation }, context: rest };
    }
    const ofBody = readNameOfBody(rest.split(',')[0]);
    if (ofBody) return { speaker: ofBody, context: rest };
    const nameFirst = new RegExp(`^(${NAME_RE.source})(.*)$`, 'u').exec(rest);
    if (nameFirst) {
      const n = readName(nameFirst[1]);
      if (n) {
        const after = nameFirst[2];
        if (after.startsWith(',')) {
          const appositive = after.slice(1).split(/,\s*(?:who|which|and|but|adding|as|saying)\b/)[0];
          const { title, affiliation } = splitAppositive(appositive);
          return { speaker: { ...n, title: n.title || title, affiliation }, context: after };
        }
        return { speaker: n, context: after };
      }
    }
    const sp = readSpeaker(rest.split(/,\s*(?:adding|saying)\b/)[0], rest);
    if (sp) return { speaker: sp, context: rest };
  }
  const normal = AFTER_NORMAL.exec(t);
  if (normal) {
    // After a quotation that ends its own sentence, only a bare "Ruiz said." belongs to it.
    if (/[.]$/.test(inner) && countWords(normal[2]) > 6) return null;
    const sp = readSpeaker(normal[1], normal[2]);
    if (sp) return { speaker: sp, context: normal[2] };
  }
  return null;
}

function speakerBefore(head: string): { speaker: Speaker; context: string; partial: boolean } | null {
  const h = head.trim();
  if (!h) return null;
  const introduces = /[:,—–]$/.test(h);
  const bare = h.replace(/[\s:,—–-]+$/, '');
  const acc = BEFORE_ACCORDING.exec(bare) ?? BEFORE_AS.exec(bare);
  if (acc) {
    const sp = readSpeaker(acc[1]);
    return sp ? { speaker: sp, context: '', partial: false } : null;
  }
  // "…, saying, “…”": the subject is the person last named in the sentence.
  if (/\bsaying,?$/.test(bare) && introduces) {
    const named = lastNamed(bare);
    if (named) return { speaker: named, context: '', partial: false };
  }
  const m = BEFORE_NORMAL.exec(bare);
  if (m && countWords(m[2].trim()) <= 14) {
    const after = m[2].trim();
    const sp = readSpeaker(m[1], after);
    if (sp) return { speaker: sp, context: after, partial: after !== '' && !introduces };
  }
  // "When asked about the talks he commented, “…”": the verb nearest the quotation, its subject at the end of the clause.
  const last = introduces && endsWithVerb(bare) ? BEFORE_LAST.exec(bare) : null;
  if (last) {
    const subject = last[1].split(/,\s*/).pop() ?? '';
    const pronoun = /\b(he|she|they)$/i.exec(subject);
    const sp = pronoun ? readSpeaker(pronoun[1]) : readSpeaker(subject) ?? lastNamed(subject);
    if (sp) return { speaker: sp, context: '', partial: false };
  }
  return null;
}

const VERB_SET = new Set(VERBS.split('|'));
/** Whether a phrase ends with an attribution verb, checked on its last words so no long regex runs. */
function endsWithVerb(phrase: string): boolean {
  const words = phrase.slice(-40).split(/\s+/);
  const one = words[words.length - 1] ?? '';
  const two = words.slice(-2).join(' ');
  return VERB_SET.has(one) || VERB_SET.has(two) || /^emphasi[sz]e[sd]$/.test(one);
}

/** The subject named in a clause: the first name followed by a verb and not by a preposition ("Ambassador Burns addressed…"). */
function lastNamed(phrase: string): Speaker | null {
  const re = new RegExp(NAME_RE.source, 'gu');
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    const before = phrase.slice(Math.max(0, m.index - 12), m.index);
    const after = phrase.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/\b(?:in|to|of|about|from|with|for|at|on|by|into|against|over)\s+$/i.test(before) || !/^\s+\p{Ll}/u.test(after)) continue;
    const n = readTitledName(m[0]) ?? readName(m[0]);
    if (n) return n;
  }
  return null;
}

function isTitleCase(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => w.length > 3);
  if (ws.length < 2 || /[.!?,]$/.test(s)) return false;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.7;
}

/** A lower-case job title just before a name: "National Security Council spokesman Gordon Johndroe", "State Department official James Jeffrey". */
const TITLE_BEFORE = /((?:(?:the\s+)?[\p{Lu}][\p{L}.'’&-]*\s+){1,6}(?:spokesman|spokeswoman|spokesperson|official|minister|secretary|chairman|chairwoman|chair|director|adviser|advisor|envoy|ambassador|commissioner|president|head|chief)|(?:the\s+)?(?:Minister|Secretary|Director|Commissioner|Chair|Chairman|Chief Executive)\s+(?:of|for)(?:\s+(?:the|and|&)?\s*[\p{Lu}][\p{L}'’&-]*){1,5},(?:\s+Hon\.?)?)\s+$/u;

/** A capitalised title opening an appositive: "Adaeze Okonkwo, Secretary of Commerce". */
const CAPITAL_TITLE = '(?:(?:Deputy|Assistant|Under|Acting|Vice)\\s+)?(?:Secretary|Minister|Director|Chair|Chairman|Chairwoman|President|Ambassador|Commissioner|Chief|Governor|Mayor|Premier|Spokesperson|Spokesman|Spokeswoman)';

/** Full names written anywhere, with the appositive of their first mention, to expand a later bare surname. */
function nameMentions(paragraphs: string[]): NameMention[] {
  const seen = new Map<string, NameMention>();
  const re = new RegExp(`(${NAME_RE.source})(?:\\s*,\\s*((?:\\d{1,3}, )?(?:a|an|the|who|${CAPITAL_TITLE})\\b[^,.;"“”]{1,120})(?:,|\\s*$))?`, 'gmu');
  for (const text of paragraphs) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = readName(m[1]);
      if (!n || n.name.split(' ').length < 2) continue;
      const k = n.name.toLowerCase();
      if (seen.has(k)) continue;
      const { title, affiliation } = m[2] ? splitAppositive(m[2]) : { title: n.title, affiliation: '' };
      const before = TITLE_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index));
      seen.set(k, { name: n.name, title: n.title || title || (before ? before[1].replace(/^the\s+/i, '').replace(/,(?:\s+Hon\.?)?$/, '') : ''), affiliation });
      if (seen.size > 5000) return [...seen.values()];
    }
  }
  return [...seen.values()];
}

/** Starts of the sentences of a paragraph that lie outside quotations. */
function sentenceStarts(text: string, spans: Span[]): number[] {
  const starts = [0];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    while (k < spans.length && spans[k].close < i) k++;
    if (k < spans.length && i >= spans[k].open && i <= spans[k].close) {
      i = spans[k].close;
      continue;
    }
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < text.length && text[j] === ' ') j++;
      if (j < text.length) starts.push(j);
    }
  }
  return starts;
}

/** The sentence starting at `start`, up to its end or the next quotation mark. */
function sentenceAt(text: string, start: number): string {
  const limit = Math.min(text.length, start + 300);
  let i = start;
  for (; i < limit; i++) {
    const c = text[i];
    if (QUOTE_CHARS.has(c) && !isLetterAt(text, i - 1)) break;
    if (endsSentence(text, i)) break;
  }
  return text.slice(start, i);
}

/** Capitalised names outside quotations: candidates for mentions of sources already known. */
function mentionsOutside(text: string, spans: Span[]): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  const re = new RegExp(NAME_RE.source, 'gu');
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (k < spans.length && spans[k].close < m.index) k++;
    if (k < spans.length && m.index >= spans[k].open) continue;
    out.push({ at: m.index, name: m[0] });
  }
  return out;
}

interface Attribution {
  at: number;
  resolved: Resolved;
}

export interface QuotationFindings {
  sources: DetectedSource[];
  quotations: DetectedQuotation[];
  unnamedAttributions: UnnamedAttribution[];
}

/**
 * Finds direct quotations and who said them, reading the paragraphs in order like an editor would:
 * an attribution beside the quotation first, then the speaker of the same or the previous paragraph.
 */
export interface QuotationContext {
  /** Paragraph indices where sections begin: a block quotation or a transcript turn ends there. */
  sectionStarts?: ReadonlySet<number>;
  /** Headline and dek: the names there are people of the story too. */
  context?: string[];
}

export function findQuotations(paragraphs: string[], opts: QuotationContext = {}): QuotationFindings {
  const book = new SourceBook(nameMentions([...(opts.context ?? []).filter(Boolean), ...paragraphs]));
  const blocks = findSpeechBlocks(paragraphs, opts.sectionStarts ?? new Set());
  const covered = new Set<number>();
  const blockAt = new Map<number, SpeechBlock>();
  for (const b of blocks) {
    for (const r of b.ranges) covered.add(r.paragraph);
    blockAt.set(b.ranges[0].paragraph, b);
  }
  // One reader of quotation marks for the whole app (article/quotation-marks): runs already chain
  // a quotation that repeats its opening mark at each paragraph.
  const spansBy: Span[][] = paragraphs.map(() => []);
  const chainsBy: Chain[][] = paragraphs.map(() => []);
  for (const run of quotedRuns(paragraphs)) {
    // Quotation marks inside a turn or a block quotation are the speaker quoting someone, not a new quotation.
    if (covered.has(run.pieces[0].index)) continue;
    const spans = run.pieces.map(({ index, span }) => toSpan(index, span));
    for (const s of spans) spansBy[s.paragraph].push(s);
    chainsBy[spans[0].paragraph].push({ spans, head: '', tail: '', tailLeadsOn: false, speaker: null, context: '', live: false, resolved: null, evidence: '', speech: false });
  }
  for (const list of spansBy) list.sort((x, y) => x.open - y.open);

  const quotations: DetectedQuotation[] = [];
  const anonymousDescriptions = new Set<string>();
  const paragraphSpeaker: (Attribution | null)[] = paragraphs.map(() => null);
  /** A person a paragraph introduces who has not spoken yet: a follow-on quotation after it is not the last speaker's. */
  const introduces: (NamedSpeaker | null)[] = paragraphs.map(() => null);
  let lastIntroduced: { name: NamedSpeaker; at: number } | null = null;
  let lastSpeaker: Attribution | null = null;
  /** The person spoken of before the last one: who "she replied" answers is not who asked. */
  let previousSpeaker = null as DetectedSource | null;
  /** Who the last attributed quotation was by, and in which paragraph. */
  let lastQuoted = null as { source: DetectedSource; p: number } | null;

  const speakerOfBlock = (b: SpeechBlock, at: number): Resolved | null => {
    const sp = b.speaker;
    if (sp.kind === 'interviewer') return book.unnamed('the interviewer', '', 'on-record', at);
    if (sp.kind === 'role') return book.unnamed(sp.role.toLowerCase(), sp.role, sp.standing, at);
    if (sp.kind === 'label') {
      const n = readName(sp.name);
      if (n) return book.resolveName({ ...n, honorific: sp.honorific || n.honorific, title: sp.title || n.title }, at);
      // Not a name after all ("SECOND SENIOR ADMINISTRATION OFFICIAL"): a role, as unnamed as its words say.
      return book.unnamed(sp.name.toLowerCase(), sp.title || sp.name, isBackgroundRole(sp.name) ? 'background' : 'on-record', at);
    }
    const s = readSpeaker(sp.phrase);
    if (s?.kind === 'name') return book.resolveName(s, at);
    if (s?.kind === 'description') return book.resolveDescription(s, '', at);
    return s?.kind === 'pronoun' && lastSpeaker ? { ...lastSpeaker.resolved, confidence: 0.8 } : null;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const block = blockAt.get(p);
    if (block) {
      const r = speakerOfBlock(block, p * 1e9);
      const label = block.speaker.kind === 'phrase' ? `under “${block.speaker.phrase.slice(0, 60)} said:”` : `the turn of “${block.speaker.label}”`;
      quotations.push({
        id: `quotation-${quotations.length + 1}`,
        text: block.ranges.map((x) => paragraphs[x.paragraph].slice(x.from, x.to)).join(' '),
        sourceId: r ? r.source.id : null,
        confidence: r ? Math.round(Math.min(r.confidence, 0.9) * 100) / 100 : 0,
        ranges: block.ranges.filter((x) => x.to > x.from),
        evidence: r ? `speech without quotation marks, ${label}; ${r.how}` : `speech without quotation marks, ${label}; no speaker found`,
      });
      if (r) {
        lastSpeaker = { at: p * 1e9, resolved: r };
        for (const x of block.ranges) paragraphSpeaker[x.paragraph] = { at: 0, resolved: r };
      }
    }
    let chains = chainsBy[p];
    const spans = spansBy[p];
    const attributions: Attribution[] = [];
    const base = p * 1e9;

    // Explicit attributions: the words right after or right before each quotation.
    for (const c of chains) {
      const first = c.spans[0];
      const last = c.spans[c.spans.length - 1];
      const lastText = paragraphs[last.paragraph];
      const lastSpans = spansBy[last.paragraph];
      const after = lastSpans[lastSpans.indexOf(last) + 1];
      const before = spans[spans.indexOf(first) - 1];
      const { tail, leadsOn } = last.closed ? tailOf(lastText, last, after ? after.open : Infinity) : { tail: '', leadsOn: false };
      c.tail = tail;
      c.tailLeadsOn = leadsOn;
      c.head = headOf(text, first, before ? before.close : -1);
      const inner = c.spans.map((s) => innerText(paragraphs[s.paragraph], s)).join(' ');
      const a = speakerAfter(tail, inner);
      const previous = chains[chains.indexOf(c) - 1];
      if (!a && previous?.tailLeadsOn && previous.speaker) {
        // “…,” said Ruiz, “…”: one quotation in two parts, attributed in the middle.
        previous.spans.push(...c.spans);
        previous.tailLeadsOn = false;
        continue;
      }
      const b = a ? null : speakerBefore(c.head);
      const words = countWords(inner);
      // "Hale called the offer an “insult to every family”": the speaker is who calls it so.
      const called = !a && !b && words > 3 && CALLING.test(c.head) ? CALLED.exec(c.head.trim()) : null;
      const caller = called ? readSpeaker(called[1]) : null;
      if (caller && caller.kind !== 'pronoun') {
        c.speaker = caller;
        c.evidence = 'named by the verb before the quotation';
      }
      if (a) {
        c.speaker = a.speaker;
        c.context = a.context;
        c.evidence = 'attributed after the quotation';
      } else if (b && !b.partial) {
        c.speaker = b.speaker;
        c.context = b.context;
        c.evidence = 'attributed before the quotation';
      }
      // Three words or fewer without a speech verb are scare quotes, unless they stand as a sentence of
      // their own (“Never.”); a fragment inside someone's paraphrase is a partial quote. Neither is speech.
      const utterance = c.head.trim() === '' && /[.!?…]$/.test(inner);
      c.speech = c.speaker !== null || (!b?.partial && (words > 3 || utterance) && !isTitleCase(inner) && !NAMING.test(c.head));
      c.live = true;
    }
    chains = chains.filter((c) => c.live);

    // Resolve in reading order. Between quotations, attributed paraphrase ("Ruiz said the vote was
    // close") and plain mentions of known sources move "the last person spoken of", which is who a
    // pronoun or an unattributed quotation most often refers to.
    const note = (at: number, r: Resolved): void => {
      if (lastSpeaker && lastSpeaker.resolved.source !== r.source) previousSpeaker = lastSpeaker.resolved.source;
      lastSpeaker = { at: base + at, resolved: r };
      attributions.push({ at, resolved: r });
    };
    const events: { at: number; chain?: Chain; start?: number; mention?: string }[] = [
      ...chains.map((c) => ({ at: c.spans[0].open, chain: c })),
      ...sentenceStarts(text, spans).map((s) => ({ at: s, start: s })),
      ...mentionsOutside(text, spans).map((m) => ({ at: m.at, mention: m.name })),
    ].sort((x, y) => x.at - y.at);
    for (const ev of events) {
      if (ev.chain) {
        const c = ev.chain;
        if (!c.speaker) continue;
        let r: Resolved | null = null;
        if (c.speaker.kind === 'name') r = book.resolveName(c.speaker, base + ev.at);
        else if (c.speaker.kind === 'description' && STATEMENT.test(c.speaker.text) && lastSpeaker) {
          // "“…,” the statement said": the words of whoever just issued the statement.
          r = { source: lastSpeaker.resolved.source, confidence: 0.8, how: `${c.speaker.text} is ${lastSpeaker.resolved.source.name || lastSpeaker.resolved.source.anonymousDescription}’s` };
        } else if (c.speaker.kind === 'description') {
          r = book.resolveDescription(c.speaker, c.context, base + ev.at);
          if (c.speaker.anonymous) anonymousDescriptions.add(c.speaker.text.toLowerCase());
          const before = lastSpeaker?.resolved.source;
          if (r && before?.name && before !== r.source && !c.speaker.definite && c.evidence === 'attributed after the quotation') {
            c.check = `Credited to ${c.speaker.text}, named after the quotation, not to ${before.name || before.anonymousDescription || 'the speaker before'}: check the speaker.`;
          }
        } else if (lastIntroduced && (!lastSpeaker || lastIntroduced.at > lastSpeaker.at)) {
          const n = lastIntroduced.name;
          r = { ...book.resolveName(n, base + ev.at), confidence: 0.75 };
          r.how = `"${c.speaker.word}" refers to ${r.source.name}, named just before`;
        } else if (lastSpeaker && previousSpeaker && REPLY.test(c.tail) && c.head.trim() === '' && lastQuoted?.p === p - 1 && lastQuoted.source === lastSpeaker.resolved.source) {
          c.check = `Credited to ${previousSpeaker.name || previousSpeaker.anonymousDescription}: a reply to ${lastSpeaker.resolved.source.name || 'the last speaker'}, who spoke just before. Check the speaker.`;
          // "“…,” Sandhu said. / “…,” she replied.": a reply is the other person's.
          r = { source: previousSpeaker, confidence: 0.7, how: `"${c.speaker.word} replied" answers ${lastSpeaker.resolved.source.name || 'the last speaker'}: ${previousSpeaker.name || previousSpeaker.anonymousDescription}` };
        } else if (lastSpeaker) r = { source: lastSpeaker.resolved.source, confidence: 0.8, how: `"${c.speaker.word}" refers to the last person named` };
        if (r) {
          c.resolved = { ...r, how: `${c.evidence}; ${r.how}` };
          note(ev.at, r);
          lastQuoted = { source: r.source, p: c.spans[c.spans.length - 1].paragraph };
        }
        continue;
      }
      if (ev.mention !== undefined) {
        const n = readName(ev.mention);
        const r = n ? book.peekName(n, base + ev.at) : null;
        if (r) note(ev.at, { ...r, confidence: 0.7, how: `${r.source.name} was the last person named` });
        else if (n && n.name.includes(' ') && !/\b(?:in|to|of|about|from|with|for|at|on|by|into|against|over|the)\s+$/i.test(text.slice(Math.max(0, ev.at - 12), ev.at))) {
          introduces[p] = n;
          lastIntroduced = { name: n, at: base + ev.at };
        }
        continue;
      }
      const sentence = sentenceAt(text, ev.start ?? 0);
      if (!sentence) continue;
      const para = AFTER_NORMAL.exec(sentence);
      const sp = para ? readSpeaker(para[1], para[2]) : null;
      if (sp?.kind === 'name') note(ev.at, { ...book.resolveName(sp, base + ev.at), how: 'speaker of an attributed paraphrase' });
      else if (sp?.kind === 'description') {
        const r = sp.definite && !sp.anonymous ? book.peekDescription(sp, base + ev.at) : book.resolveDescription(sp, para?.[2] ?? '', base + ev.at);
        if (sp.anonymous) anonymousDescriptions.add(sp.text.toLowerCase());
        if (r) note(ev.at, { ...r, how: 'speaker of an attributed paraphrase' });
      } else if (!sp) {
        // "The minister was unmoved." — a known source as the subject of the sentence.
        // Not "The board’s auditor": a possessive names whose, not who.
        const np = /^(?:The|Her|His|Their|Its)\s+([\p{Ll}-]+)(?![’'])(?:\s+([\p{Ll}-]+)(?![’']))?(?:\s+([\p{Ll}-]+)(?![’']))?/u.exec(sentence);
        for (let k = 1; np && k <= 3 && np[k]; k++) {
          const text = `the ${np.slice(1, k + 1).join(' ')}`;
          const r = book.peekDescription({ kind: 'description', text, definite: true, anonymous: false, organisation: false }, base + ev.at);
          if (r) {
            note(ev.at, { ...r, confidence: 0.7, how: `${text} is the subject of the sentence before` });
            break;
          }
        }
      }
    }

    // Quotations with no attribution of their own continue a speaker nearby.
    for (const c of chains) {
      if (!c.resolved && c.speech) {
        const startsSentence = c.head.trim() === '' || /:\s*$/.test(c.head);
        const at = c.spans[0].open;
        const earlier = attributions.filter((a) => a.at < at).pop();
        const later = attributions.find((a) => a.at > at);
        // A paragraph that introduces someone new between two quotations changes the subject: the
        // previous paragraph's speaker is no longer the one to continue.
        const newcomer = introduces[p - 1];
        // A section title between them changes the subject too.
        const prevAttr = opts.sectionStarts?.has(p) ? null : (paragraphSpeaker[p - 1] ?? null);
        const prev = prevAttr && !(newcomer && prevAttr.resolved.source.name !== newcomer.name) ? prevAttr : null;
        const pick = !startsSentence ? null : earlier ? earlier.resolved : later ? later.resolved : prev ? prev.resolved : null;
        if (pick) {
          const r = { source: pick.source, confidence: Math.min(pick.confidence, earlier || later ? 0.75 : 0.7), how: 'continues the speaker nearby' };
          c.resolved = r;
          attributions.push({ at, resolved: r });
          attributions.sort((x, y) => x.at - y.at);
          lastSpeaker = { at: base + at, resolved: r };
        } else if (!startsSentence) c.speech = false;
        else if (newcomer) {
          // The paragraph before introduces someone who has not spoken yet: a quotation standing on
          // its own after it is most often theirs, but nothing says so, so the review asks.
          const was = lastSpeaker?.resolved.source;
          const r = { ...book.resolveName(newcomer, base + at), confidence: 0.6, how: `follows the paragraph that introduces ${newcomer.name}` };
          c.resolved = r;
          attributions.push({ at, resolved: r });
          attributions.sort((x, y) => x.at - y.at);
          lastSpeaker = { at: base + at, resolved: r };
          c.check = `Credited to ${newcomer.name}, introduced just before it${was ? `, not to ${was.name || was.anonymousDescription || 'the last speaker'}` : ''}: check the speaker.`;
        }
      }
    }

    const lastAttr = attributions[attributions.length - 1];
    if (lastAttr) paragraphSpeaker[p] = lastAttr;
    // A quotation running on into later paragraphs leaves its speaker as the one to continue there.
    for (const c of chains) {
      const lastP = c.spans[c.spans.length - 1].paragraph;
      if (c.resolved && lastP > p) paragraphSpeaker[lastP] = { at: 0, resolved: c.resolved };
    }

    for (const c of chains) {
      if (!c.speech) continue;
      const ranges: TextRange[] = [];
      const parts: string[] = [];
      for (const s of c.spans) {
        const t = paragraphs[s.paragraph];
        let from = s.open + 1;
        let to = s.close;
        while (from < to && t[from] === ' ') from++;
        while (to > from && t[to - 1] === ' ') to--;
        if (to > from) {
          ranges.push({ paragraph: s.paragraph, from, to });
          parts.push(t.slice(from, to));
        }
      }
      if (!ranges.length) continue;
      quotations.push({
        id: `quotation-${quotations.length + 1}`,
        text: parts.join(' '),
        sourceId: c.resolved ? c.resolved.source.id : null,
        confidence: c.resolved ? Math.round(c.resolved.confidence * 100) / 100 : 0,
        ranges,
        evidence: c.resolved ? c.resolved.how : 'no speaker found',
        ...(c.check ? { check: c.check } : {}),
      });
    }
  }

  return {
    sources: book.sources,
    quotations,
    unnamedAttributions: findUnnamedAttributions(paragraphs, anonymousDescriptions),
  };
}
