import type { Editor } from '@tiptap/core';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { editsTransaction, type TextEdit } from '../../../shared/find/edits';
import { checkStyle, safeFixes } from '../../../shared/style/check-style';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/style/house-style';
import type { StyleFinding } from '../../../shared/style/rule';
import type { ArticleAnalysis } from '../article/analysis';
import type { ArticleDocument } from '../article/store/document';
import { Observable } from '../ui/store';

export interface StyleCheckState {
  findings: StyleFinding[];
  /** Why the library's house-style file is not used, if it is not. */
  problem: string | null;
}

/**
 * The Style tab's findings for one open article: the shared rules run with the library's house style
 * after each (debounced) analysis of the body. Fixes are checked against the text first, so a fix
 * found before an edit is never applied to the wrong words.
 */
export class StyleCheck extends Observable<StyleCheckState> {
  private style: HouseStyle = DEFAULT_HOUSE_STYLE;
  private readonly off: () => void;

  constructor(
    private readonly document: ArticleDocument,
    private readonly analysis: ArticleAnalysis,
    private readonly editor: Editor,
    api: CopydeskApi,
  ) {
    super({ findings: [], problem: null });
    this.off = analysis.onResult(() => this.run());
    void api.call('style.houseStyle', {}).then((r) => {
      if (r.ok) {
        this.style = r.value.style;
        this.set({ problem: r.value.problem });
      }
      this.run();
    });
  }

  run(): void {
    this.set({ findings: checkStyle(this.document.body(), this.style) });
  }

  private stillThere(edit: TextEdit, finding: StyleFinding): boolean {
    const { doc } = this.editor.state;
    return edit.to <= doc.content.size && doc.textBetween(edit.from, edit.to, '\n', '\uFFFC') === finding.text;
  }

  /** Applies fixes as one undo step; returns how many applied (a finding whose words changed is skipped). */
  fix(findings: readonly StyleFinding[]): number {
    const edits = safeFixes(findings.filter((f) => f.fix && this.stillThere(f.fix, f)));
    if (edits.length) this.editor.view.dispatch(editsTransaction(this.editor.state, edits));
    this.analysis.refresh();
    return edits.length;
  }

  dispose(): void {
    this.off();
  }
}

const CHECKS = new WeakMap<ArticleDocument, StyleCheck>();

/** The style check of an open article, made on first use. */
export function styleCheckFor(article: { session: { document: ArticleDocument }; analysis: ArticleAnalysis; editor: Editor }, api: CopydeskApi): StyleCheck {
  let c = CHECKS.get(article.session.document);
  if (!c) {
    c = new StyleCheck(article.session.document, article.analysis, article.editor, api);
    CHECKS.set(article.session.document, c);
  }
  return c;
}
