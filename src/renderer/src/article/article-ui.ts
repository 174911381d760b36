import type { ArticleStatus, Source } from '../../../shared/article/model';
import { Observable } from '../ui/store';

export type PanelTab = 'sources' | 'claims' | 'review' | 'style';

/** What the source picker is doing: attributing a selection, creating or editing a source. */
export type PickerState =
  | { mode: 'attribute'; range: { from: number; to: number } }
  | { mode: 'create' }
  | { mode: 'edit'; source: Source };

/** The article's review dialogs: its history, a hand-off to another status, the publish checklist. */
export type ArticleDialog = { kind: 'history' } | { kind: 'status'; to: ArticleStatus | null } | { kind: 'gate' };

export interface ArticleUiState {
  tab: PanelTab;
  picker: PickerState | null;
  /** The source highlighted in the Sources panel. */
  activeSourceId: string | null;
  /** A sentence about the last structure action that did not apply, until dismissed. */
  notice: string | null;
  exporting: boolean;
  /** The link form under the toolbar is open. */
  linking: boolean;
  dialog: ArticleDialog | null;
}

/** The open article's view state that commands change: which panel, which dialog, which source is highlighted. */
export class ArticleUi extends Observable<ArticleUiState> {
  /** Opens the file chooser for "Insert image…" (set by the view that owns the file input). */
  chooseImageFile: () => void = () => undefined;

  constructor() {
    super({ tab: 'sources', picker: null, activeSourceId: null, notice: null, exporting: false, linking: false, dialog: null });
  }

  showSource(id: string): void {
    this.set({ activeSourceId: id, tab: 'sources' });
  }
}
