import type { DetectedSource } from './draft';
import { ANONYMITY, contentWords, headNoun, isOrganisationName, type DescribedSpeaker, type NamedSpeaker } from './speakers';

interface Entry {
  source: DetectedSource;
  first: string;
  last: string;
  honorific: string;
  words: Set<string>;
  /** Document position of the latest mention, so a bare surname shared by two people goes to the most recent. */
  seen: number;
}

/** A full name seen anywhere in the copy, with the appositive of its first mention. */
export interface NameMention {
  name: string;
  title: string;
  affiliation: string;
}

export interface Resolved {
  source: DetectedSource;
  confidence: number;
  how: string;
}

function key(name: string): string {
  return name.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The people and bodies an article quotes, built up in reading order: a full name introduces a
 * source, a later surname, first name or job title refers back to one.
 */
export class SourceBook {
  private readonly entries: Entry[] = [];
  private readonly byName = new Map<string, Entry>();
  /** Full names by surname and by first name, from every mention in the copy (quoted or not). */
  private readonly mentionsByToken = new Map<string, NameMention[]>();

  /** Full names with a title, for "the Minister" before the minister has spoken. */
  private readonly titled: NameMention[];

  constructor(mentions: NameMention[]) {
    this.titled = mentions.filter((m) => m.title);
    for (const m of mentions) {
      const toks = m.name.split(' ');
      for (const t of new Set([toks[0], toks[toks.length - 1]])) {
        const list = this.mentionsByToken.get(t.toLowerCase()) ?? [];
        if (!list.some((x) => key(x.name) === key(m.name))) list.push(m);
        this.mentionsByToken.set(t.toLowerCase(), list);
      }
    }
  }

  get sources(): DetectedSource[] {
    return this.entries.map((e) => e.source);
  }

  private add(source: Omit<DetectedSource, 'id'>, honorific: string, at: number): Entry {
    const toks = source.name ? source.name.split(/\s+/) : [];
    const entry: Entry = {
      source: { id: `source-${this.entries.length + 1}`, ...source },
      first: (toks[0] ?? '').toLowerCase(),
      last: (toks[toks.length - 1] ?? '').toLowerCase(),
      honorific: honorific.toLowerCase().replace(/\.$/, ''),
      words: new Set(contentWords(`${source.title} ${source.affiliation} ${source.anonymousDescription}`)),
      seen: at,
    };
    this.entries.push(entry);
    if (source.name) this.byName.set(key(source.name), entry);
    return entry;
  }

  private touch(e: Entry, at: number, title = '', affiliation = ''): void {
    e.seen = Math.max(e.seen, at);
    if (title && !e.source.title) e.source.title = title;
    if (affiliation && !e.source.affiliation) e.source.affiliation = affiliation;
    for (const w of contentWords(`${title} ${affiliation}`)) e.words.add(w);
  }

  private newPerson(name: string, n: { honorific: string; title: string; affiliation: string }, confidence: number, at: number): Entry {
    return this.add(
      {
        name,
        title: n.title,
        affiliation: n.affiliation,
        kind: isOrganisationName(name) || /^(?:Police|Government|Ministry|Fire|Ambulance)\s/.test(name) ? 'organisation' : 'person',
        standing: 'on-record',
        anonymousDescription: '',
        anonymityReason: '',
        confidence,
      },
      n.honorific,
      at,
    );
  }

  /** The source a name refers to without adding one: for mentions that are not attributions. */
  peekName(n: NamedSpeaker, at: number): Resolved | null {
    return this.resolveName(n, at, false);
  }

  peekDescription(d: DescribedSpeaker, at: number): Resolved | null {
    return this.resolveDescription(d, '', at, false);
  }

  resolveName(n: NamedSpeaker, at: number): Resolved;
  resolveName(n: NamedSpeaker, at: number, create: false): Resolved | null;
  resolveName(n: NamedSpeaker, at: number, create = true): Resolved | null {
    const toks = n.name.split(/\s+/);
    if (toks.length >= 2) {
      const known = this.byName.get(key(n.name));
      if (known) {
        this.touch(known, at, n.title, n.affiliation);
        return { source: known.source, confidence: 0.95, how: 'named in full' };
      }
      if (!create) return null;
      return { source: this.newPerson(n.name, n, n.title ? 0.95 : 0.9, at).source, confidence: 0.95, how: 'named in full' };
    }
    // One word: a surname (or, when two people share one, a first name) referring back.
    const t = toks[0].toLowerCase();
    const hon = n.honorific.toLowerCase().replace(/\.$/, '');
    let matches = this.entries.filter((e) => e.last === t || e.first === t);
    if (matches.length > 1) {
      const byFirst = matches.filter((e) => e.first === t && e.last !== t);
      if (byFirst.length === 1) matches = byFirst;
      else if (hon) {
        const byHon = matches.filter((e) => e.honorific === hon);
        if (byHon.length >= 1) matches = byHon;
      }
    }
    if (matches.length >= 1) {
      const best = matches.reduce((a, b) => (b.seen > a.seen ? b : a));
      this.touch(best, at, n.title, n.affiliation);
      return matches.length === 1
        ? { source: best.source, confidence: 0.9, how: `"${toks[0]}" refers to ${best.source.name}` }
        : { source: best.source, confidence: 0.6, how: `"${toks[0]}" is shared; took the most recent, ${best.source.name}` };
    }
    if (!create) return null;
    const mentioned = this.mentionsByToken.get(t) ?? [];
    if (mentioned.length === 1) {
      const m = mentioned[0];
      const known = this.byName.get(key(m.name));
      if (known) {
        this.touch(known, at);
        return { source: known.source, confidence: 0.85, how: `"${toks[0]}" refers to ${m.name}` };
      }
      // A label's "Secretary" is the short form of the "Secretary of Commerce" the copy gives elsewhere.
      const fuller = m.title && contentWords(m.title).join(' ').includes(contentWords(n.title).join(' '));
      const e = this.newPerson(m.name, { honorific: n.honorific, title: fuller ? m.title : n.title || m.title, affiliation: n.affiliation || m.affiliation }, 0.8, at);
      return { source: e.source, confidence: 0.85, how: `"${toks[0]}" refers to ${m.name}, mentioned earlier` };
    }
    return { source: this.newPerson(n.name, n, 0.6, at).source, confidence: 0.7, how: 'named by one word only' };
  }

  /** A speaker known only by a label or role ("PRIME MINISTER:", "Q:"): one source per label. */
  unnamed(description: string, title: string, standing: DetectedSource['standing'], at: number): Resolved {
    const same = this.entries.find((e) => !e.source.name && key(e.source.anonymousDescription) === key(description));
    if (same) {
      this.touch(same, at);
      return { source: same.source, confidence: 0.9, how: 'the same speaker label as before' };
    }
    const e = this.add(
      { name: '', title, affiliation: '', kind: 'person', standing, anonymousDescription: description, anonymityReason: '', confidence: 0.85 },
      '',
      at,
    );
    return { source: e.source, confidence: 0.9, how: 'a speaker label without a name' };
  }

  /** "the minister" refers to the source whose title says minister; "an official" is someone new. */
  resolveDescription(d: DescribedSpeaker, context: string, at: number): Resolved;
  resolveDescription(d: DescribedSpeaker, context: string, at: number, create: false): Resolved | null;
  resolveDescription(d: DescribedSpeaker, context: string, at: number, create = true): Resolved | null {
    const head = headNoun(d.text);
    if (d.definite && head) {
      const words = contentWords(d.text);
      let best: Entry | null = null;
      let bestScore = 0;
      for (const e of this.entries) {
        if (!e.words.has(head)) continue;
        let score = 0;
        for (const w of words) if (e.words.has(w)) score++;
        if (score > bestScore || (score === bestScore && best && e.seen > best.seen)) {
          best = e;
          bestScore = score;
        }
      }
      if (best) {
        this.touch(best, at);
        return { source: best.source, confidence: 0.85, how: `"${d.text}" refers to ${best.source.name || best.source.anonymousDescription || best.source.title}` };
      }
    }
    const same = this.entries.find((e) => !e.source.name && key(e.source.anonymousDescription) === key(d.text));
    if (same) {
      this.touch(same, at);
      return { source: same.source, confidence: 0.8, how: 'the same description as before' };
    }
    // "the Minister" when only one person the copy names has that title, before they have spoken.
    if (d.definite && head && create) {
      const titled = this.titled.filter((m) => contentWords(m.title).includes(head));
      if (titled.length === 1) {
        const m = titled[0];
        const e = this.byName.get(key(m.name)) ?? this.newPerson(m.name, { honorific: '', title: m.title, affiliation: m.affiliation }, 0.8, at);
        this.touch(e, at);
        return { source: e.source, confidence: 0.75, how: `"${d.text}" refers to ${m.name}, named with that title` };
      }
    }
    // "the force", "the company": the body last quoted, when nothing else has that word in its title.
    if (d.definite && BODY_NOUN.test(head)) {
      const body = this.entries.filter((e) => e.source.kind === 'organisation').reduce<Entry | null>((a, b) => (!a || b.seen > a.seen ? b : a), null);
      if (body) {
        this.touch(body, at);
        return { source: body.source, confidence: 0.75, how: `"${d.text}" refers to ${body.source.name || body.source.anonymousDescription}, the body last quoted` };
      }
    }
    if (!create) return null;
    const reason = d.anonymous ? anonymityReason(`${d.text} ${context}`) : '';
    const e = this.add(
      {
        name: '',
        title: d.anonymous ? '' : d.text.replace(/^(?:the|a|an|one)\s+/i, ''),
        affiliation: '',
        kind: d.organisation ? 'organisation' : 'person',
        // A body quoted by its name or by its own statement speaks on the record.
        standing: d.anonymous ? 'anonymous' : d.organisation && BODY_NOUN.test(head) ? 'on-record' : 'background',
        anonymousDescription: d.text,
        anonymityReason: reason,
        confidence: 0.75,
      },
      '',
      at,
    );
    return { source: e.source, confidence: d.anonymous ? 0.85 : 0.75, how: d.anonymous ? 'an anonymous source' : 'described, not named' };
  }
}

const BODY_NOUN = /^(?:force|service|company|firm|department|ministry|council|agency|board|authority|organi[sz]ation|charity|group|union|trust|operator|bureau|office|government|party)$/;

function anonymityReason(text: string): string {
  const because = /\bbecause\s+([^.;]{3,200})/i.exec(text);
  if (because) return because[1].trim();
  const m = ANONYMITY.exec(text);
  return m ? m[0] : '';
}
