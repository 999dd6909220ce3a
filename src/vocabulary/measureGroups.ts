/** Display names of the measure groups (analyze's text, `list --measures`, the UI). */
import type { MeasureGroup } from './measure.js';

export const GROUP_TITLES = {
  degree: 'Degrees and normal forms',
  fourier: 'Fourier',
  complexity: 'Complexity',
  crypto: 'Cryptographic',
  structure: 'Structure',
} as const satisfies Record<MeasureGroup, string>;
