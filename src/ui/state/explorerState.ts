/**
 * The Explorer screen's slice of the UI state: the typed function or map, its analysis (empty, an
 * error at a column, or the summary and views), the view shown and the scroll, and where Esc
 * returns to.
 */
import type { PanelView } from '../model/panel.js';
import type { TextField } from '../model/textField.js';
import type { ScreenId } from './screen.js';

export type ExplorerAnalysis =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly column: number | null; readonly message: string }
  | { readonly kind: 'ok'; readonly what: 'function' | 'map'; readonly summary: string; readonly views: readonly PanelView[] };

export interface ExplorerState {
  /** Where Esc returns to (the Catalogue or a Result when a counterexample was opened here). */
  readonly back?: ScreenId;
  readonly input: TextField;
  readonly analysis: ExplorerAnalysis;
  readonly view: number;
  readonly scroll: number;
}
