/** Small shared pieces of the views: a point's signs, counts for people, level bars. */
import type { Rational } from '../../core/rational.js';
import { type PanelRow, bar } from './panel.js';

/** "(+,-,+)": the coordinates x1..xn of point i (bit 1 is -1). */
export function signs(point: number, n: number): string {
  return `(${Array.from({ length: n }, (_, j) => ((point >>> j) & 1 ? '-' : '+')).join(',')})`;
}

/**
 * One bar per level k = 0..n: label W^k, exact weight as text, bar length the weight's share of
 * the total (display only: a float never decides anything here).
 */
export function levelBars(profile: readonly Rational[], label = 'W^'): PanelRow[] {
  let total = 0;
  const approx = profile.map((w) => w.toApproximateNumber());
  for (const a of approx) total += a;
  return profile.map((w, k) => bar(`${label}${k}`, total > 0 ? approx[k]! / total : 0, w.toString()));
}

/** "1 item" / "3 items". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}
