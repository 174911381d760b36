import type { Article, ArticleStatus, GateOverride, StatusChange } from '../article/model';
import { checkArticle, GATED_STATUSES, type GateRequest, type GateResult } from './gate/gate';

/**
 * A hand-off: the story moves to another status, and the log records who moved it, when, from
 * what, with an optional note. Into Ready to publish and Published the gate must pass first, or
 * each failed item must carry an override with a reason; the overrides go into the log entry, so
 * the hand-off log shows who published past what and why.
 */

export interface HandOff {
  to: ArticleStatus;
  /** The display name from settings. */
  by: string;
  at: string;
  id: string;
  note?: string;
  overrides?: GateOverride[];
  gate?: Omit<GateRequest, 'target' | 'overrides'>;
}

export type HandOffResult = { ok: true; article: Article; entry: StatusChange; gate: GateResult | null } | { ok: false; gate: GateResult };

export function handOff(article: Article, h: HandOff): HandOffResult {
  let gate: GateResult | null = null;
  if (GATED_STATUSES.includes(h.to)) {
    gate = checkArticle(article, { ...h.gate, target: h.to, now: h.gate?.now ?? new Date(h.at), overrides: h.overrides });
    if (!gate.ok) return { ok: false, gate };
  }
  const entry: StatusChange = { id: h.id, by: h.by, at: h.at, from: article.status, to: h.to, note: h.note ?? '', overrides: gate ? usedOverrides(gate) : [] };
  return { ok: true, article: { ...article, status: h.to, statusLog: [...article.statusLog, entry] }, entry, gate };
}

/** Only the overrides that were needed are kept: the log says what was published past, not what was typed. */
function usedOverrides(gate: GateResult): GateOverride[] {
  return dedupe(gate.items.flatMap((i) => (i.override ? [{ ...i.override, message: i.override.message || i.message }] : [])));
}

export interface FinalExport {
  by: string;
  at: string;
  id: string;
  /** What was exported, for the log: "PDF", "HTML"… */
  format: string;
  overrides?: GateOverride[];
  gate?: Omit<GateRequest, 'target' | 'overrides'>;
}

export type FinalExportResult = { ok: true; gate: GateResult; article: Article; entry: StatusChange | null } | { ok: false; gate: GateResult };

/**
 * A final export (for publication) must pass the checklist as Ready to publish does. Made past
 * failed items, each with a reason, it leaves an entry in the hand-off log (the status stays), so
 * the log shows who sent the story out past what and why; a clean final export changes nothing.
 */
export function finalExport(article: Article, x: FinalExport): FinalExportResult {
  const gate = checkArticle(article, { ...x.gate, target: 'export', now: x.gate?.now ?? new Date(x.at), overrides: x.overrides });
  if (!gate.ok) return { ok: false, gate };
  const overrides = usedOverrides(gate);
  if (!overrides.length) return { ok: true, gate, article, entry: null };
  const entry: StatusChange = { id: x.id, by: x.by, at: x.at, from: article.status, to: article.status, note: `Final export (${x.format})`, overrides, event: 'final-export' };
  return { ok: true, gate, article: { ...article, statusLog: [...article.statusLog, entry] }, entry };
}

function dedupe(overrides: GateOverride[]): GateOverride[] {
  const seen = new Set<string>();
  return overrides.filter((o) => {
    const k = `${o.rule}\u0000${o.key}\u0000${o.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
