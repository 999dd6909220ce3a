/**
 * Where the UI is and how big it is: the screen ids (the six fixed screens and the tool screens of
 * src/ui/model/tools) and the terminal's dimensions. Part of the UI state (types.ts).
 */
import type { ToolId } from '../model/tools/spec.js';

export type ScreenId = 'home' | 'catalogue' | 'run' | 'result' | 'explorer' | 'recovery' | ToolId;

export interface Dims {
  readonly columns: number;
  readonly rows: number;
}
