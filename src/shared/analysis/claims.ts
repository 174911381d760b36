import type { Article, Claim, ClaimStatus } from '../article/model';
import { eachImage, markedSpans, textBlocks, type TextBlock } from './doc-walk';
import { excerpt, type AnalysisTarget, type AnalysisWarning, type DocRange } from './target';

export interface ClaimInfo {
  /** The mark's `claimId`; null for a claim mark saved without one. */
  claimId: string | null;
  /** The marked words; empty when the entry's words have been deleted from the body. */
  text: string;
  range: DocRange | null;
  /** Status from the entry; a mark without an entry counts as unverified, since nothing has checked it. */
  status: ClaimStatus;
  evidence: string;
  link: string;
  hasEntry: boolean;
  inBody: boolean;
}

export type ClaimWarningCode = 'claim-without-entry' | 'claim-not-in-body' | 'placeholder-left';
export type ClaimWarning = AnalysisWarning<ClaimWarningCode>;

export interface ClaimsAnalysis {
  counts: Record<ClaimStatus, number>;
  claims: ClaimInfo[];
  /** "TK" placeholders still in the story: it must not be published with any. */
  placeholders: { text: string; target: AnalysisTarget }[];
  warnings: ClaimWarning[];
}

// "TK" and "TKTK" as whole words, case-sensitive; "$TK" counts, "TKO" and "atk" do not.
export const PLACEHOLDER = /(?<![\p{L}\p{N}_])(?:TK)+(?![\p{L}\p{N}_])/gu;
const FIELDS = ['headline', 'dek', 'byline', 'dateline'] as const;
const IMAGE_TEXT_ATTRS = ['caption', 'alt', 'credit'] as const;

/** Every TK left in the headline fields, the body (titles and pull quotes included) and image captions. */
export function findPlaceholders(article: Article, blocks: TextBlock[] = textBlocks(article.body)): { text: string; target: AnalysisTarget }[] {
  const found: { text: string; target: AnalysisTarget }[] = [];
  for (const field of FIELDS) {
    for (const m of article[field].matchAll(PLACEHOLDER)) found.push({ text: m[0], target: { kind: 'field', field } });
  }
  for (const block of blocks) {
    for (const m of block.text.matchAll(PLACEHOLDER)) {
      const from = block.contentFrom + m.index;
      found.push({ text: m[0], target: { kind: 'text', range: { from, to: from + m[0].length } } });
    }
  }
  eachImage(article.body, (image, from) => {
    for (const attr of IMAGE_TEXT_ATTRS) {
      const value = image.attrs?.[attr];
      if (typeof value !== 'string') continue;
      for (const m of value.matchAll(PLACEHOLDER)) found.push({ text: m[0], target: { kind: 'text', range: { from, to: from + 1 } } });
    }
  });
  return found;
}

/** The claims panel: each claim with its words and status, counts by status, and what needs attention. */
export function analyseClaims(article: Article): ClaimsAnalysis {
  const blocks = textBlocks(article.body);
  const spans = markedSpans(blocks, 'claim', 'claimId');
  const entries = new Map<string, Claim>();
  for (const c of article.claims) if (!entries.has(c.id)) entries.set(c.id, c);

  const claims: ClaimInfo[] = [];
  const warnings: ClaimWarning[] = [];
  const marked = new Set<string>();
  for (const span of spans) {
    const entry = span.id !== null ? entries.get(span.id) : undefined;
    if (span.id !== null) marked.add(span.id);
    const range = { from: span.ranges[0].from, to: span.ranges[span.ranges.length - 1].to };
    claims.push({
      claimId: span.id,
      text: span.text,
      range,
      status: entry?.status ?? 'unverified',
      evidence: entry?.evidence ?? '',
      link: entry?.link ?? '',
      hasEntry: entry !== undefined,
      inBody: true,
    });
    if (!entry) {
      warnings.push({
        code: 'claim-without-entry',
        message: `The claim “${excerpt(span.text)}” has no status, evidence or link recorded.`,
        target: { kind: 'claim', claimId: span.id, range },
      });
    }
  }
  for (const entry of entries.values()) {
    if (marked.has(entry.id)) continue;
    claims.push({ claimId: entry.id, text: '', range: null, status: entry.status, evidence: entry.evidence, link: entry.link, hasEntry: true, inBody: false });
    warnings.push({
      code: 'claim-not-in-body',
      message: `A ${entry.status} claim's words are no longer in the text.`,
      target: { kind: 'claim', claimId: entry.id, range: null },
    });
  }

  const placeholders = findPlaceholders(article, blocks);
  for (const p of placeholders) {
    const where = p.target.kind === 'field' ? ` in the ${p.target.field}` : '';
    warnings.push({ code: 'placeholder-left', message: `“${p.text}” placeholder left${where}: fill it in before publishing.`, target: p.target });
  }

  const counts: Record<ClaimStatus, number> = { unverified: 0, verified: 0, disputed: 0 };
  for (const c of claims) counts[c.status]++;
  return { counts, claims, placeholders, warnings };
}
