/**
 * How many rows each screen's scrolling part gets. Screens lay out a fixed number of other rows
 * (counted here) and keep the whole frame below the terminal height, so ink never has to clear
 * the screen; the controller uses the same numbers to clamp scrolling.
 */
import type { Dims } from './state/types.js';

/** Rows each screen uses besides its scrolling part (title and help line included). */
const FIXED = {
  result: 10,
  explorer: 6,
  recovery: 10,
  catalogue: 8,
} as const;

export type Scrolling = keyof typeof FIXED;

/** Rows of the scrolling part: the frame stays at most rows - 1 high. */
export function scrollHeight(screen: Scrolling, dims: Dims): number {
  return Math.max(3, dims.rows - 1 - FIXED[screen]);
}

/** Rows of a tool screen's result panel: its fields, the Run button and the status line are fixed. */
export function toolPanelHeight(fieldCount: number, dims: Dims): number {
  return Math.max(3, dims.rows - 1 - (fieldCount + 4));
}

/** Width available to panel rows (a margin of two columns each side). */
export function contentWidth(dims: Dims): number {
  return Math.max(20, dims.columns - 4);
}

/** Scroll position kept inside the rows. */
export function clampScroll(scroll: number, total: number, height: number): number {
  return Math.max(0, Math.min(scroll, total - height));
}

/** The first row of a list window `height` high that shows item `index`. */
export function windowStart(index: number, total: number, height: number): number {
  if (total <= height) return 0;
  return Math.max(0, Math.min(index - Math.floor(height / 2), total - height));
}
