/**
 * Plateaued (docs/math.md, "### plateaued"): every non-zero |W_f(a)| is the same number, the
 * amplitude (2^(n/2) for bent functions, 2^n for affine ones).
 */
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export interface Plateaued {
  readonly plateaued: boolean;
  /** The common non-zero |W_f(a)|; null when f is not plateaued. */
  readonly amplitude: number | null;
}

export function computePlateaued(f: Table): Plateaued {
  const w = walshOfBoolean(f);
  let amplitude = 0;
  for (let a = 0; a < w.length; a++) {
    const v = Math.abs(w[a]!);
    if (v === 0) continue;
    if (amplitude === 0) amplitude = v;
    else if (v !== amplitude) return { plateaued: false, amplitude: null };
  }
  return { plateaued: true, amplitude };
}

export const plateauedJson = (v: Plateaued) => ({ plateaued: v.plateaued, amplitude: v.amplitude });

export const plateaued = defineMeasure({
  id: 'plateaued',
  title: 'plateaued',
  group: 'crypto',
  input: 'boolean',
  summary: 'Every non-zero |W_f(a)| is the same (the amplitude); bent and affine functions are.',
  type: BOOLEAN,
  compute: computePlateaued,
  json: plateauedJson,
  text: (v) => (v.plateaued ? `yes (amplitude ${v.amplitude})` : 'no'),
  value: (v) => v.plateaued,
});
