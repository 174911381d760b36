import { analyseAttribution, type AttributionAnalysis } from '../../../shared/analysis/attribution';
import { analyseClaims, type ClaimsAnalysis } from '../../../shared/analysis/claims';
import { sectionOutline, type OutlineEntry } from '../../../shared/analysis/outline';
import { bodyWordCount } from '../../../shared/article/text';
import { Observable } from '../ui/store';
import type { ArticleDocument } from './store/document';

/** How long typing must pause before the outline and panels are recomputed. */
export const ANALYSIS_DELAY_MS = 300;

export interface StructureAnalysis {
  outline: OutlineEntry[];
  attribution: AttributionAnalysis;
  claims: ClaimsAnalysis;
  wordCount: number;
}

/**
 * The outline, the attribution and claims panels and the word count, recomputed after a pause in
 * typing (at once after a structural change: sections added, removed or moved, so the outline never
 * shows a stale order). Listens to the document's change stream; React renders its snapshot.
 */
export class ArticleAnalysis extends Observable<{ result: StructureAnalysis | null }> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastShape: string | null = null;
  private off: (() => void) | null = null;
  private readonly afterRun = new Set<(a: StructureAnalysis) => void>();

  constructor(
    private readonly document: ArticleDocument,
    /** The body's top-level section ids, cheap to read from the editor on every change. */
    private readonly shape: () => string,
  ) {
    super({ result: null });
  }

  start(): void {
    this.off ??= this.document.subscribe(() => this.schedule());
    this.schedule();
  }

  /** Called with every new analysis (the editor hands the pull quotes their notes). */
  onResult(listener: (a: StructureAnalysis) => void): () => void {
    this.afterRun.add(listener);
    return () => this.afterRun.delete(listener);
  }

  private schedule(): void {
    const now = this.shape();
    const structural = now !== this.lastShape;
    this.lastShape = now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), structural ? 0 : ANALYSIS_DELAY_MS);
  }

  /** Recomputes now. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const article = this.document.article();
    const result: StructureAnalysis = {
      outline: sectionOutline(article.body),
      attribution: analyseAttribution(article),
      claims: analyseClaims(article),
      wordCount: bodyWordCount(article.body),
    };
    this.set({ result });
    for (const l of this.afterRun) l(result);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.off?.();
    this.afterRun.clear();
  }
}
