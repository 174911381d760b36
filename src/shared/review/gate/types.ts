import type { Article, ArticleStatus } from '../../article/model';
import type { AnalysisTarget, DocRange } from '../../analysis/target';
import type { AttributionAnalysis } from '../../analysis/attribution';
import type { ClaimsAnalysis } from '../../analysis/claims';
import type { ReviewAnchors } from '../anchors';

/** Where the checklist sends the journalist to fix an item. */
export type GateTarget =
  | Exclude<AnalysisTarget, { kind: 'field' }>
  | { kind: 'field'; field: 'headline' | 'dek' | 'byline' | 'dateline' | 'slug' | 'wordTarget' | 'legal' | 'embargo' }
  | { kind: 'comment'; threadId: string; range: DocRange | null }
  | { kind: 'suggestion'; suggestionId: string; range: DocRange | null };

export type GateSeverity = 'block' | 'warn';

/** One failed check. `key` tells it apart from the rule's other items, so an override can name it. */
export interface GateItem {
  rule: string;
  key: string;
  severity: GateSeverity;
  /** A sentence a journalist understands, naming the words, source or field concerned. */
  message: string;
  target: GateTarget;
}

/** What the desk can tune; the app keeps these in settings, the CLI uses the defaults. */
export interface GateOptions {
  /** Unresolved comments block by default; a desk can make them a warning. */
  unresolvedComments: GateSeverity;
  maxHeadline: number;
  maxDek: number;
  maxSlug: number;
  /** How far from the word target a story may be, as a share of it. */
  wordTolerance: number;
}

export const DEFAULT_GATE_OPTIONS: GateOptions = { unresolvedComments: 'block', maxHeadline: 100, maxDek: 250, maxSlug: 40, wordTolerance: 0.1 };

/** Everything a rule may read, computed once for all rules. */
export interface GateContext {
  article: Article;
  /** The status the article is about to get, or 'export' for a final export. */
  target: ArticleStatus | 'export';
  now: Date;
  options: GateOptions;
  attribution: AttributionAnalysis;
  claims: ClaimsAnalysis;
  anchors: ReviewAnchors;
}

/** One rule of the checklist: its own file in rules/, registered with one line in rules/index.ts. */
export interface GateRule {
  id: string;
  /** What the checklist line says when the rule passes: "No TK left". */
  title: string;
  check(ctx: GateContext): GateItem[];
}
