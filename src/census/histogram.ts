/**
 * The joint histogram every census engine fills: one counter per combination of
 * (Fourier degree, GF(2) degree, number of relevant variables, balanced, bent). Degrees are coded
 * 0 = null (undefined), k + 1 = degree k. Counts are exact integers held in a Float64Array: a
 * census covers at most 2^32 functions, far below 2^53.
 */

export const DEGREE_CODES = 7;
export const RELEVANT_CODES = 6;
/** Cells: degree code x GF(2) code x relevant x balanced x bent. */
export const CELLS = DEGREE_CODES * DEGREE_CODES * RELEVANT_CODES * 4;

/** Strides of each coordinate in the cell index (the WebAssembly kernel uses them too). */
export const STRIDE = {
  degree: DEGREE_CODES * RELEVANT_CODES * 4,
  gf2Degree: RELEVANT_CODES * 4,
  relevant: 4,
  balanced: 2,
  bent: 1,
} as const;

export interface Cell {
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  readonly relevant: number;
  readonly balanced: boolean;
  readonly bent: boolean;
}

export type Histogram = Float64Array;

export function emptyHistogram(): Histogram {
  return new Float64Array(CELLS);
}

export function degreeCode(d: number | null): number {
  return d === null ? 0 : d + 1;
}

export function cellIndex(c: Cell): number {
  return (
    degreeCode(c.degree) * STRIDE.degree +
    degreeCode(c.gf2Degree) * STRIDE.gf2Degree +
    c.relevant * STRIDE.relevant +
    (c.balanced ? STRIDE.balanced : 0) +
    (c.bent ? STRIDE.bent : 0)
  );
}

/** The inverse of cellIndex. */
export function cellAt(index: number): Cell {
  if (!Number.isInteger(index) || index < 0 || index >= CELLS) throw new RangeError(`no histogram cell ${index}`);
  const code = (k: number): number | null => (k === 0 ? null : k - 1);
  return {
    degree: code(Math.floor(index / STRIDE.degree)),
    gf2Degree: code(Math.floor(index / STRIDE.gf2Degree) % DEGREE_CODES),
    relevant: Math.floor(index / STRIDE.relevant) % RELEVANT_CODES,
    balanced: (index & STRIDE.balanced) !== 0,
    bent: (index & STRIDE.bent) !== 0,
  };
}

/** a += b, cell by cell. */
export function addHistogramInPlace(a: Histogram, b: ArrayLike<number>): void {
  for (let k = 0; k < CELLS; k++) a[k]! += b[k]!;
}

export function histogramTotal(h: Histogram): number {
  let s = 0;
  for (let k = 0; k < CELLS; k++) s += h[k]!;
  return s;
}
