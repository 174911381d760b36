/** A span of the article body in ProseMirror positions, so the editor can select or scroll to it. */
export interface DocRange {
  from: number;
  to: number;
}

/** Where a warning points: what the panel highlights or jumps to when the journalist clicks it. */
export type AnalysisTarget =
  | { kind: 'quotation'; quotationId: string | null; index: number; range: DocRange }
  | { kind: 'source'; sourceId: string }
  | { kind: 'pullQuote'; pullQuoteId: string | null; index: number; range: DocRange }
  | { kind: 'text'; range: DocRange }
  /** `range` is null for a claim entry whose marked words were deleted from the body. */
  | { kind: 'claim'; claimId: string | null; range: DocRange | null }
  | { kind: 'field'; field: 'headline' | 'dek' | 'byline' | 'dateline' };

export interface AnalysisWarning<Code extends string = string> {
  code: Code;
  /** A sentence for the journalist, naming the words or the source concerned. */
  message: string;
  target: AnalysisTarget;
}

/** Shortens body text for a warning sentence without cutting a word in half where it can help it. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut) + '…';
}
