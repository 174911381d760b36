import type { Article, ArticleStatus, GateOverride } from '../../article/model';
import { analyseAttribution } from '../../analysis/attribution';
import { analyseClaims } from '../../analysis/claims';
import { reviewAnchors } from '../anchors';
import { GATE_RULES } from './rules';
import { DEFAULT_GATE_OPTIONS, type GateItem, type GateOptions, type GateRule } from './types';

/**
 * The publish-readiness gate: one implementation of the checklist, used by the app before Ready to
 * publish (and Published, and a final export) and by `copydesk check`. Pure: the article in, the
 * checklist out.
 */

/** Statuses the gate stands in front of. */
export const GATED_STATUSES: readonly ArticleStatus[] = ['ready-to-publish', 'published'];

export interface CheckedItem extends GateItem {
  /** The recorded reason this item may be published past, when someone gave one. */
  override: GateOverride | null;
}

export interface GateLine {
  rule: string;
  title: string;
  items: CheckedItem[];
}

export interface GateResult {
  lines: GateLine[];
  /** Every failed item, in checklist order. */
  items: CheckedItem[];
  /** Blocking items nobody has overridden. */
  blocking: number;
  /** Warnings nobody has overridden. */
  warnings: number;
  /** Nothing blocks (with `strict`, no warning either). */
  ok: boolean;
}

export interface GateRequest {
  target?: ArticleStatus | 'export';
  now?: Date;
  options?: Partial<GateOptions>;
  /** Overrides already given for this hand-off. */
  overrides?: GateOverride[];
  /** Warnings fail too (the CLI's --strict). */
  strict?: boolean;
  /** For tests and for a rule added by a later feature; the registered list by default. */
  rules?: GateRule[];
}

function overrideFor(item: GateItem, overrides: GateOverride[]): GateOverride | null {
  return overrides.find((o) => o.rule === item.rule && (o.key === '' || o.key === item.key) && o.reason.trim() !== '') ?? null;
}

export function checkArticle(article: Article, request: GateRequest = {}): GateResult {
  const options = { ...DEFAULT_GATE_OPTIONS, ...request.options };
  const ctx = {
    article,
    target: request.target ?? 'ready-to-publish',
    now: request.now ?? new Date(),
    options,
    attribution: analyseAttribution(article),
    claims: analyseClaims(article),
    anchors: reviewAnchors(article.body),
  };
  const overrides = request.overrides ?? [];
  const lines = (request.rules ?? GATE_RULES).map((rule) => ({
    rule: rule.id,
    title: rule.title,
    items: rule.check(ctx).map((item) => ({ ...item, override: overrideFor(item, overrides) })),
  }));
  const items = lines.flatMap((l) => l.items);
  const open = items.filter((i) => !i.override);
  const blocking = open.filter((i) => i.severity === 'block').length;
  const warnings = open.length - blocking;
  return { lines, items, blocking, warnings, ok: blocking === 0 && (!request.strict || warnings === 0) };
}
