/** Scrolling keys, shared by the screens with a scrolling panel. */
import type { KeyPress } from '../keys.js';

/** The scroll position after a scrolling key, or null for other keys. */
export function scrolled(scroll: number, k: KeyPress, height: number): number | null {
  if (k.up) return scroll - 1;
  if (k.down) return scroll + 1;
  if (k.pageUp) return scroll - (height - 1);
  if (k.pageDown) return scroll + (height - 1);
  if (k.home) return 0;
  if (k.end) return Number.MAX_SAFE_INTEGER;
  return null;
}
