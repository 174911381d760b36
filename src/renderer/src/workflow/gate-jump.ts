import type { GateTarget } from '../../../shared/review/gate/types';
import { jumpTo } from '../article/editor/jump';
import { focusImageAlt } from '../article/editor/image-view';
import type { OpenArticle } from '../article/open-article';

/**
 * Takes the journalist to where a checklist item is fixed: the words in the body, the source in the
 * Sources panel, the claim in the Claims panel, or the field above the body.
 */
export function jumpToGateTarget(open: OpenArticle, target: GateTarget): void {
  switch (target.kind) {
    case 'source':
      return open.ui.showSource(target.sourceId);
    case 'field': {
      const input = document.querySelector<HTMLElement>(`[data-field="${target.field}"]`);
      input?.scrollIntoView({ block: 'center' });
      return input?.focus();
    }
    case 'claim':
      open.ui.set({ tab: 'claims' });
      if (target.range) jumpTo(open.editor, target.range);
      return;
    case 'comment':
    case 'suggestion':
      if (target.range) jumpTo(open.editor, target.range);
      return;
    default:
      // A picture without alt text: straight into its Alt text field.
      if (open.editor.state.doc.nodeAt(target.range.from)?.type.name === 'image' && focusImageAlt(open.editor, target.range.from)) return;
      return jumpTo(open.editor, target.range);
  }
}
