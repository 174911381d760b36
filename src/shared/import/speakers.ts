/**
 * Reading the words that name a speaker: "Ana Ruiz, the authority's chair", "she", "the minister",
 * "an official who asked not to be named". Everything here works on short phrases (a few hundred
 * characters at most), so the regular expressions cannot run away on long copy.
 */

const HONORIFIC = "(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Sir|Dame|Fr|Lord|Lady|Baroness|Baron|Hon)\\.?";
const CAP_WORD = "(?:\\p{Lu}(?:[\\p{L}\\p{M}]|['’-]\\p{L})*\\.?|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}]*)";
const PARTICLE = '(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|bint|ibn|ter|ten|dos|das|y)';
const NAME = `(?:${HONORIFIC}\\s+)?${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,3}${CAP_WORD}){0,5}`;

export const NAME_RE = new RegExp(NAME, 'gu');
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
const NAME_THEN_APPOSITIVE = new RegExp(`^(${NAME})\\s*,\\s*(.+?)\\s*,?$`, 'u');
const DESCRIPTION_THEN_NAME = /^(.+?)\s*,\s*([^,]+?)\s*,?$/u;
const POSSESSIVE_DESCRIPTION = new RegExp(`^${NAME}['’]s\\s+\\p{Ll}`, 'u');

/** Capitalised words that open sentences or name things other than people. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an he she they it we i you this that these those there here his her their its our my your ' +
    'but and or so yet still now then also later earlier meanwhile however instead indeed even just only ' +
    'on in at by for from with without after before during since until when while where why how what who ' +
    'as if though although because once today yesterday tomorrow tonight last next some many most several few ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december police officials residents critics experts analysts authorities ' +
    'government ministry witnesses protesters supporters opponents teachers parents doctors nurses workers ' +
    'islanders fishermen locals voters members economists scientists researchers'
  ).split(' '),
);

/** Capitalised job titles written before a name: "Fisheries Minister Lena Berg". */
const TITLE_WORDS = new Set(
  (
    'minister prime president vice deputy mayor senator governor chancellor secretary director chief ' +
    'commissioner chair chairman chairwoman chairperson professor judge justice inspector superintendent ' +
    'councillor councilor spokesman spokeswoman spokesperson ambassador general attorney sheriff captain ' +
    'detective officer sergeant lieutenant colonel commander coach manager editor head leader representative ' +
    'assemblyman assemblywoman dean principal bishop archbishop rabbi imam reverend father sister nurse doctor ' +
    'undersecretary administrator envoy official correspondent reporter analyst researcher premier adviser advisor'
  ).split(' '),
);

const ORGANISATION_WORDS =
  /\b(?:University|Ministry|Council|Authority|Agency|Department|Police|Association|Union|Company|Corporation|Inc|Ltd|Group|Institute|Foundation|Bank|Court|Office|Committee|Commission|Party|Federation|Society|Board|Service|Trust|Hospital|School|College|Government|Parliament|Assembly|Coalition|Network|Campaign|Bureau|Centre|Center)\b/;
const ORGANISATION_NOUNS =
  /\b(?:ministry|council|authority|agency|department|police|association|union|company|corporation|group|institute|foundation|bank|court|office|committee|commission|party|board|government|campaign|bureau|firm|operator|company's|statement)\b/i;

export const ANONYMITY =
  /\b(?:asked not to be (?:named|identified)|declined to be (?:named|identified)|requested anonymity|(?:on|under) (?:the )?condition (?:of anonymity|that (?:he|she|they|his|her|their) (?:not be|name not be) (?:named|identified|used))|not authori[sz]ed to (?:speak|comment)|speaking anonymously|spoke anonymously|insisted on anonymity|granted anonymity|did not want to be (?:named|identified)|would not give (?:his|her|their) (?:full )?name|declined to give (?:his|her|their) (?:full )?name|(?:who|and) (?:asked|requested) that (?:his|her|their) name be withheld|familiar with|close to the|with (?:direct )?knowledge of|briefed on|who (?:declined|refused) to be (?:named|identified))\b/i;

const DETERMINER = /^(?:the|a|an|one|another|two|three|four|several|some|many|his|her|their|its|this|that)\b/i;
const PRONOUN = /^(?:he|she|they)$/i;

export interface NamedSpeaker {
  kind: 'name';
  /** The name without honorific or title, e.g. "Chidi Okafor". */
  name: string;
  honorific: string;
  /** Title written before the name ("Fisheries Minister") or the appositive after it. */
  title: string;
  affiliation: string;
}
export interface PronounSpeaker {
  kind: 'pronoun';
  word: string;
}
export interface DescribedSpeaker {
  kind: 'description';
  /** As written, e.g. "an official who asked not to be named". */
  text: string;
  definite: boolean;
  anonymous: boolean;
  organisation: boolean;
}
export type Speaker = NamedSpeaker | PronounSpeaker | DescribedSpeaker;

export function isOrganisationName(name: string): boolean {
  return ORGANISATION_WORDS.test(name);
}

/**
 * Splits an appositive into title and affiliation: "a professor of marine biology at Halden
 * University" → title "professor of marine biology", affiliation "Halden University".
 */
export function splitAppositive(raw: string): { title: string; affiliation: string } {
  let a = raw
    .trim()
    .replace(/^\d{1,3}\s*,\s*/, '')
    .replace(/^(?:who|which)\s+(?:is|was|has been|serves as|served as)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,.;:]+$/, '')
    .slice(0, 300)
    // "a nurse waiting for a replacement bus": what the person was doing is not their title.
    .replace(/^(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+(?<!\b(?:of|in|for|and|at|on)\s+)\p{Ll}{3,}ing\s+(?:for|to|at|in|on|outside|near|with|by|from|the|a|an|his|her|their)\b.*$/u, '$1');
  let affiliation = '';
  const m = /\s(?:at|of|for|with|from)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of|for|and|on|de|&)?\s*\p{Lu}[\p{L}\p{M}'’.&-]*){0,6})$/u.exec(a);
  if (m) {
    affiliation = m[1].replace(/^the\s+/i, '');
    const cut = a.slice(0, m.index).trim();
    // "chair of the Halden Ferry Authority" keeps "chair" as the title; an appositive that is only an organisation keeps its text.
    if (cut) a = cut;
  }
  return { title: a, affiliation };
}

function tokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** A capitalised run read as a person's name, or null when it is not one ("On Tuesday", "Police"). */
export function readName(raw: string): NamedSpeaker | null {
  let toks = tokens(raw.trim());
  // "MR PRICE" is a transcript's label and "NSC’s Johndroe" a possessive: neither is a name as written.
  if (toks.length && toks.every((t) => /^[\p{Lu}\p{N}.'’-]{2,}$/u.test(t))) return null;
  if (toks.some((t) => /['’]s$/.test(t))) return null;
  while (toks.length && NOT_NAME_WORDS.has(toks[0].toLowerCase())) toks = toks.slice(1);
  if (toks.length === 0) return null;
  let honorific = '';
  if (new RegExp(`^${HONORIFIC}$`, 'u').test(toks[0]) && toks.length > 1) {
    honorific = toks[0];
    toks = toks.slice(1);
  }
  let title = '';
  let lastTitle = -1;
  toks.forEach((t, i) => {
    if (TITLE_WORDS.has(t.toLowerCase()) && i < toks.length - 1) lastTitle = i;
  });
  if (lastTitle >= 0) {
    title = toks.slice(0, lastTitle + 1).join(' ');
    toks = toks.slice(lastTitle + 1);
  }
  if (toks.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()) || TITLE_WORDS.has(t.toLowerCase()))) return null;
  const name = toks.join(' ').replace(/\.$/, '');
  if (!name || isOrganisationName(name)) return null;
  return { kind: 'name', name, honorific, title, affiliation: '' };
}

function withAppositive(s: NamedSpeaker, appositive: string): NamedSpeaker {
  const a = appositive.trim();
  if (!a || /^(?:however|though|too|also|meanwhile|in turn|for (?:his|her|their) part|instead)$/i.test(a)) return s;
  const { title, affiliation } = splitAppositive(a);
  return { ...s, title: s.title || title, affiliation };
}

function description(text: string, context: string): DescribedSpeaker {
  const t = text.trim().replace(/[,;]+$/, '');
  return {
    kind: 'description',
    text: t,
    definite: /^(?:the|his|her|their|its|this|that)\b/i.test(t) || POSSESSIVE_DESCRIPTION.test(t),
    anonymous: ANONYMITY.test(t) || ANONYMITY.test(context),
    organisation: ORGANISATION_NOUNS.test(t.split(/\s+(?:who|which|that)\s+/)[0] ?? t) && !/\b(?:spokes\w*|official|officer|member|employee|engineer|worker|staffer|aide|executive|director|manager|chair\w*|head|minister|inspector|adviser|advisor)\b/i.test(t),
  };
}

const TITLED_NAME = new RegExp(`^((?:(?:the|a|an)\\s+)?(?:[\\p{L}][\\p{L}'’-]*\\s+)?(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,4})(${NAME})$`, 'u');

/**
 * A name with a job title written before it in lower case: "councillor Yusuf Demir", "the former
 * finance minister Kwame Asante", "Head librarian Piet Verhoeven" (capitalised at a sentence start).
 */
export function readTitledName(raw: string): NamedSpeaker | null {
  const p = raw.trim();
  const direct = NAME_ONLY.test(p) ? readName(p) : null;
  if (direct) return direct;
  const m = TITLED_NAME.exec(p);
  if (!m || !m[1].trim()) return null;
  const prefix = m[1].trim();
  // The words before the name must read as a title, not a clause: no determiner in the middle, no verb-like "-ed".
  if (/\b(?:the|a|an|and|or|of|to|that|who)\s/i.test(prefix.replace(/^(?:the|a|an)\s+/i, '') + ' ')) return null;
  const n = readName(m[2]);
  if (!n) return null;
  const title = `${prefix.replace(/^(?:the|a|an)\s+/i, '')}${n.title ? ` ${n.title}` : ''}`;
  return { ...n, title: title.charAt(0).toLowerCase() + title.slice(1) };
}

/**
 * Reads the phrase that names a speaker. `context` is the rest of the sentence, where an anonymity
 * clause often sits ("…,” one engineer noted on condition of anonymity).
 */
export function readSpeaker(phrase: string, context = ''): Speaker | null {
  let p = phrase
    .trim()
    .replace(/^[,;:—–-]+\s*/, '')
    .replace(/[,;:—–-]+$/, '')
    .trim();
  p = p.replace(/^(?:but|and|yet|so|still|now|then|later|earlier|also|meanwhile|instead)\s+/i, '');
  // "…, Marama Riwai, today": when the speaker spoke is not part of who they are.
  p = p.replace(/,?\s+(?:today|yesterday|tonight|earlier|last (?:night|week)|this (?:morning|afternoon|week)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/, '');
  // A parenthetical between dashes ("Declan Brennan — no relation —") is an aside, not part of the name.
  p = p.replace(/\s[—–]\s[^—–]{1,80}?(?:\s[—–]|$)/g, '').trim();
  if (!p || p.length > 240) return null;
  if (PRONOUN.test(p)) return { kind: 'pronoun', word: p.toLowerCase() };

  const appos = NAME_THEN_APPOSITIVE.exec(p);
  if (appos && /^(?:\d|\p{Ll}|the\b|a\b|an\b)/u.test(appos[2])) {
    const n = readName(appos[1]);
    if (n) return withAppositive(n, appos[2]);
  }
  // "Police Scotland", "the Farm Bureau": a body speaking for itself, named by its capitalised name.
  if (ORGANISATION_NAME.test(p) && (isOrganisationName(p) || ORGANISATION_FIRST.test(p))) {
    return { kind: 'name', name: p.replace(/^the\s+/i, ''), honorific: '', title: '', affiliation: '' };
  }
  const titled = readTitledName(p);
  if (titled) return titled;
  // "Mrs Ruth Aldridge of the Open Forests Alliance", "Chairman Joseph Tallbear of the Red Mesa Nation".
  const member = readNameOfBody(p);
  if (member) return member;
  if (DETERMINER.test(p) || POSSESSIVE_DESCRIPTION.test(p)) {
    const named = DESCRIPTION_THEN_NAME.exec(p);
    if (named) {
      const n = readTitledName(named[2]);
      // "Its emergency planning officer, Dev Sharma": the title without whose it is.
      if (n) return n.title ? n : withAppositive(n, named[1].replace(/^(?:its|his|her|their)\s+/i, ''));
    }
    const d = description(p, context);
    // A long subject is a clause ("The council voted to close the route, which residents"), not a speaker.
    return p.split(/\s+/).length <= (d.anonymous ? 30 : 12) ? d : null;
  }
  // A leading phrase set off by a comma ("On Tuesday, Ruiz") is not part of the speaker.
  const comma = p.indexOf(', ');
  if (comma > 0 && comma < p.length - 2) return readSpeaker(p.slice(comma + 2), context);
  return null;
}

const NAME_OF_BODY = new RegExp(`^(${NAME})\\s+(?:of|at|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:(?:of|for|and|on|&)\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,6})$`, 'u');

/** "Mrs Ruth Aldridge of the Open Forests Alliance": the name, with the body as its affiliation. */
export function readNameOfBody(phrase: string): NamedSpeaker | null {
  const of = NAME_OF_BODY.exec(phrase.trim());
  const member = of ? readTitledName(of[1]) : null;
  return member && of ? { ...member, affiliation: member.affiliation || of[2] } : null;
}

/** A run of capitalised words, "of"/"for"/"and" between them: how a body's name is written. */
const ORGANISATION_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?\p{Lu}[\p{L}'’.&-]*){1,6}$/u;
/** Names of bodies that start with what would otherwise be a common noun: "Police Scotland", "Government of Samoa". */
const ORGANISATION_FIRST = /^(?:the\s+)?(?:Police|Government|Ministry|Fire|Ambulance)\s/u;

/** Content words of a description or title, used to match "the minister" to "Fisheries Minister". */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, '').replace(/s$/, ''))
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}
const STOP_WORDS = new Set(
  'the and for who whom which that with from his her their its one two three another several some not be to of in on at by a an wa has have had asked named identified condition anonymity because speak publicly authorised authorized spoke speaking declined requested'.split(' '),
);

/** The noun a description is about: "the fisheries minister" → "minister", "an official who…" → "official". */
export function headNoun(text: string): string {
  const np = text.split(/\s+(?:who|whom|which|that|of|at|for|from|in|with|on|under)\s+|,/i)[0] ?? text;
  const ws = contentWords(np);
  return ws[ws.length - 1] ?? '';
}
