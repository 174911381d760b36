/**
 * Speaker labels that open the turns of an interview or a briefing transcript: "Q:", "QUESTION:",
 * "Q    Happy Monday." (the White House style), "MR. PRICE:", "SECRETARY OF DEFENSE ASHTON CARTER:",
 * "MADELEINE KING, MINISTER FOR RESOURCES:". Each turn is that speaker's direct speech.
 */

export interface TurnLabel {
  /** The label as printed, without its colon. */
  label: string;
  /** Where the speech starts in the paragraph. */
  textStart: number;
  /** The questioner's turn ("Q", "QUESTION"), whose speaker is the interviewer. */
  question: boolean;
}

const QUESTION = /^(Q|QUESTION|QUESTIONS?|Q\.|Question)(?:\s*:\s*|\s{2,}|\.\s+)(?=\S)/;
const ANSWER = /^(A|ANSWER)(?:\s*:\s*|\s{2,})(?=\S)/;
/** An all-capitals label, optionally with a title after a comma, then a colon: "MS. JEAN-PIERRE:". */
const LABEL = /^((?:[\p{Lu}][\p{Lu}\p{M}'’.\-]*\.?)(?:\s+[\p{Lu}][\p{Lu}\p{M}'’.\-]*\.?){0,6}(?:,\s*[\p{Lu}][\p{Lu}\p{M}'’.\-&]*(?:\s+(?:[\p{Lu}&][\p{Lu}\p{M}'’.\-&]*)){0,12})?)\s*:\s+(?=\S)/u;
/** Capitalised words that open copy with a colon but name no speaker. */
const NOT_SPEAKERS = new Set(
  'PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|PRESS STATEMENT|STATEMENT|JOINT STATEMENT|NOTE|EDITOR’S NOTE|EDITOR\'S NOTE|EDITORS NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|WATCH|READ MORE|READ|BREAKING|LIVE|PHOTOS|PHOTO|VIDEO|RELATED|SOURCE|SOURCES|CREDIT|WARNING|ALERT|LISTEN|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|EMBARGOED|ENDS|TAGS|TOPICS|CONTACT|MEDIA CONTACT|ADVISORY|BACKGROUND|FACT SHEET|SUMMARY|TRANSCRIPT|AUDIO|ATTACHMENTS|LINKS|NB|PS|FYI|ET|EST|EDT|PT|GMT|UTC|AM|PM'.split('|'),
);

/** Inside a transcript, "Q" and one space will do: HTML collapses the White House's "Q    " to that. */
const LOOSE_QUESTION = /^(Q)\s(?=[\p{Lu}"“‘'—–-])/u;

export function turnLabel(text: string, inTranscript = false): TurnLabel | null {
  const q = QUESTION.exec(text) ?? (inTranscript ? LOOSE_QUESTION.exec(text) : null);
  if (q) return { label: q[1].replace(/\.$/, ''), textStart: q[0].length, question: true };
  const a = ANSWER.exec(text);
  if (a) return { label: a[1], textStart: a[0].length, question: false };
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1].trim();
  if (!/\p{Lu}.*\p{Lu}/u.test(label) || NOT_SPEAKERS.has(label.split(',')[0].trim()) || /^\d/.test(label)) return null;
  return { label, textStart: m[0].length, question: false };
}

/** A label that names its speaker by a title: "SECRETARY LEON E. PANETTA", "MR. BOUCHER", "PRIME MINISTER". */
const TITLED = /^(?:MR|MRS|MS|DR|SEC|SECRETARY|UNDER SECRETARY|GENERAL|GEN|ADMIRAL|ADM|AMBASSADOR|SENATOR|SEN|GOVERNOR|PRESIDENT|VICE PRESIDENT|PRIME MINISTER|PREMIER|MINISTER|DEPUTY|CHAIRMAN|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|MODERATOR|SENIOR)\b\.?/;

/**
 * True when the paragraphs read as a transcript: two different speakers' labels, three turns, or
 * one turn whose label names its speaker by a title (a briefing with one speaker so far).
 */
export function isTranscript(paragraphs: readonly string[]): boolean {
  const labels = new Set<string>();
  let turns = 0;
  for (const p of paragraphs) {
    const t = turnLabel(p);
    if (!t) continue;
    turns++;
    labels.add(t.question ? 'Q' : t.label);
    if (labels.size >= 2 || turns >= 3 || TITLED.test(t.label)) return true;
  }
  return false;
}
