import type { UnnamedAttribution } from './draft';

// Gaps are bounded ({0,40}) so each match attempt is short and the scan stays linear on long copy.
const PEOPLE =
  /\b(?:(?:a |an |one |two |three |four |several |many |some )?(?:sources?|people|persons?|officials?|aides?|insiders?|diplomats?|executives?|employees?|staff(?:ers)?|someone|person|individuals?))\b[^.;:"“”]{0,40}?\b(?:close to|familiar with|briefed on|with (?:direct )?knowledge of|involved in|aware of|who (?:spoke|asked|requested|declined)[^.;"“”]{0,60})\b[^.;,"“”]{0,80}/gi;
const DOCUMENTS =
  /\b(?:(?:an? |the |two |several )?(?:internal |leaked |confidential |draft )?(?:documents?|records?|e-?mails?|memos?|memoranda|letters?|minutes|files?|filings?|reports?|data|messages?|texts?|papers?|drafts?|contracts?|spreadsheets?|recordings?))\b[^.;"“”]{0,40}?\b(?:obtained|seen|reviewed|leaked|shared with|provided to|released to|viewed|examined)\b(?: by)?[^.;,"“”]{0,60}/gi;

/** The review lists this many at most; copy with more is not an article. */
const MAX = 1000;

/**
 * Paraphrased attributions to nobody in particular ("according to people familiar with the talks",
 * "documents obtained by the Courier"). They are not quotations, so the editor reviews them as
 * unnamed sources. `skip` holds ranges already read as a quotation's speaker.
 */
export function findUnnamedAttributions(paragraphs: string[], skip: Set<string>): UnnamedAttribution[] {
  const out: UnnamedAttribution[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length && out.length < MAX; paragraph++) {
    const text = paragraphs[paragraph];
    for (const [re, kind, confidence] of [
      [PEOPLE, 'person', 0.7],
      [DOCUMENTS, 'document', 0.75],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const phrase = m[0].trim();
        if (!skip.has(phrase.toLowerCase()) && ![...skip].some((s) => s.includes(phrase.toLowerCase()))) {
          out.push({ text: phrase, kind, paragraph, confidence });
        }
        if (out.length >= MAX) return out;
      }
    }
  }
  return out;
}
