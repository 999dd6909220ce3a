/**
 * The verifier's own census of Boolean functions (independent of src/census, which walks a Gray
 * code with incremental WebAssembly kernels). Plain definitions (docs/math.md): a function is its
 * truth-table word (bit x set when f(x) = -1, i.e. F(x) = 1); Walsh sums W(S) = sum_x f(x) chi_S(x);
 * ANF coefficients a_T = XOR of F(x) over x inside T. Degree: the largest |S| with W(S) != 0;
 * GF(2) degree: the largest |T| with a_T = 1 (null when F = 0); relevant variables: those in some
 * ANF term; balanced: W({}) = 0; bent: n even and every W(S)^2 = 2^n.
 *
 * At n <= 4 each function is measured from these definitions. At n = m + 1 a function is a pair
 * (g, h) of m-variable functions (x_n = 0, x_n = 1), measured from tables of g and h:
 * W(S) = W_g(S) + W_h(S) and W(S + {n}) = W_g(S) - W_h(S); a_T = a_g(T) and
 * a_(T + {n}) = a_g(T) XOR a_h(T). Tests check the two ways agree at n <= 4.
 */

export const MAX_VERIFIER_CENSUS_N = 5;

export interface CensusCell {
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  readonly relevant: number;
  readonly balanced: boolean;
  readonly bent: boolean;
}

/** Cell codes: ((degree * 7 + gf2Degree + 1) * 6 + relevant) * 4 + 2 balanced + bent. */
export const CELL_CODES = 6 * 7 * 6 * 4;

export function cellCode(degree: number, gf2: number, relevant: number, balanced: boolean, bent: boolean): number {
  return ((degree * 7 + gf2 + 1) * 6 + relevant) * 4 + (balanced ? 2 : 0) + (bent ? 1 : 0);
}

export function cellOfCode(code: number): CensusCell {
  const gf2 = (Math.floor(code / 24) % 7) - 1;
  return {
    degree: Math.floor(code / 168),
    gf2Degree: gf2 < 0 ? null : gf2,
    relevant: Math.floor(code / 4) % 6,
    balanced: (code & 2) !== 0,
    bent: (code & 1) !== 0,
  };
}

const popcount = (x: number): number => {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
};

/** Walsh sums of the word's function on m <= 4 variables (word < 2^16), by definition. */
export function walshOf(word: number, m: number): Int32Array {
  const size = 2 ** m;
  const w = new Int32Array(size);
  for (let s = 0; s < size; s++) {
    let sum = 0;
    for (let x = 0; x < size; x++) sum += ((word >>> x) & 1 ? -1 : 1) * (popcount(x & s) % 2 === 1 ? -1 : 1);
    w[s] = sum;
  }
  return w;
}

/** The ANF as a mask: bit T set when a_T = 1, by definition. */
export function anfOf(word: number, m: number): number {
  const size = 2 ** m;
  let mask = 0;
  for (let t = 0; t < size; t++) {
    let a = 0;
    for (let x = 0; x < size; x++) if ((x & t) === x) a ^= (word >>> x) & 1;
    if (a === 1) mask |= 1 << t;
  }
  return mask;
}

/** Largest |T| over the bits T of an ANF mask (-1 for 0). */
function topDegree(mask: number, size: number): number {
  let d = -1;
  for (let t = 0; t < size; t++) if ((mask >>> t) & 1) d = Math.max(d, popcount(t));
  return d;
}

/** Variables (as a bit mask) in some term of an ANF mask. */
function termVariables(mask: number, size: number): number {
  let v = 0;
  for (let t = 0; t < size; t++) if ((mask >>> t) & 1) v |= t;
  return v;
}

/** The cell code of one function on n <= 4 variables (word < 2^16), from the definitions. */
export function cellCodeOf(word: number, n: number): number {
  const size = 2 ** n;
  const w = walshOf(word, n);
  let degree = 0;
  let bent = n % 2 === 0;
  for (let s = 0; s < size; s++) {
    if (w[s] !== 0) degree = Math.max(degree, popcount(s));
    if (w[s]! * w[s]! !== size) bent = false;
  }
  const anf = anfOf(word, n);
  return cellCode(degree, topDegree(anf, size), popcount(termVariables(anf, size)), w[0] === 0, bent);
}

export interface CensusCounts {
  /** hist[code]: functions in the cell. */
  readonly hist: Float64Array;
  /** rep[code]: the smallest truth-table word in the cell (-1 when empty). */
  readonly rep: Float64Array;
  /** countDirect only: codes[word], the cell of every function. */
  readonly codes?: Uint16Array;
}

export function emptyCounts(): CensusCounts {
  return { hist: new Float64Array(CELL_CODES), rep: new Float64Array(CELL_CODES).fill(-1) };
}

function note(c: CensusCounts, code: number, word: number): void {
  c.hist[code]! += 1;
  if (c.rep[code]! < 0 || word < c.rep[code]!) c.rep[code] = word;
}

/** Every function on n <= 4 variables, each from the definitions. */
export function countDirect(n: number): CensusCounts {
  const out = emptyCounts();
  const total = 2 ** 2 ** n;
  const codes = new Uint16Array(total);
  for (let word = 0; word < total; word++) {
    codes[word] = cellCodeOf(word, n);
    note(out, codes[word]!, word);
  }
  return { ...out, codes };
}

/** Tables of every m-variable function (m <= 4): Walsh sums (row g), ANF masks, and per-mask degree and variable count. */
export interface SplitTables {
  readonly m: number;
  readonly walsh: Int8Array;
  readonly anf: Uint16Array;
  readonly top: Int8Array;
  readonly relevant: Uint8Array;
}

export function splitTables(m: number): SplitTables {
  const size = 2 ** m;
  const count = 2 ** size;
  const walsh = new Int8Array(count * size);
  const anf = new Uint16Array(count);
  const top = new Int8Array(count);
  const relevant = new Uint8Array(count);
  for (let g = 0; g < count; g++) {
    walsh.set(walshOf(g, m), g * size);
    anf[g] = anfOf(g, m);
    top[g] = topDegree(g, size);
    relevant[g] = popcount(termVariables(g, size));
  }
  return { m, walsh, anf, top, relevant };
}

/** Functions (g, h) on m + 1 variables for g in [gFrom, gTo) and every h, added into `out`. */
export function countSplit(t: SplitTables, gFrom: number, gTo: number, out: CensusCounts): void {
  const { m, walsh, anf, top, relevant } = t;
  const size = 2 ** m;
  const n = m + 1;
  const count = 2 ** size;
  // Subsets of the n variables by decreasing size: the first non-zero Walsh sum gives the degree.
  const order = Array.from({ length: 2 * size }, (_, s) => s).sort((a, b) => popcount(b) - popcount(a) || a - b);
  const sub = Int32Array.from(order, (s) => s % size);
  const high = Uint8Array.from(order, (s) => (s >= size ? 1 : 0));
  const level = Int32Array.from(order, popcount);
  const bentSquare = n % 2 === 0 ? 2 ** n : -1;
  for (let g = gFrom; g < gTo; g++) {
    const wg = g * size;
    const ag = anf[g]!;
    for (let h = 0; h < count; h++) {
      const wh = h * size;
      let degree = 0;
      for (let k = 0; k < order.length; k++) {
        const s = sub[k]!;
        const v = high[k] === 1 ? walsh[wg + s]! - walsh[wh + s]! : walsh[wg + s]! + walsh[wh + s]!;
        if (v !== 0) {
          degree = level[k]!;
          break;
        }
      }
      let bent = false;
      if (bentSquare > 0) {
        bent = true;
        for (let s = 0; s < size && bent; s++) {
          const a = walsh[wg + s]! + walsh[wh + s]!;
          const b = walsh[wg + s]! - walsh[wh + s]!;
          bent = a * a === bentSquare && b * b === bentSquare;
        }
      }
      const ah = anf[h]!;
      const d = ag ^ ah;
      const gf2 = d !== 0 ? Math.max(top[ag]!, 1 + top[d]!) : top[ag]!;
      const rel = relevant[ag | ah]! + (d !== 0 ? 1 : 0);
      const balanced = walsh[wg]! + walsh[wh]! === 0;
      note(out, cellCode(degree, gf2, rel, balanced, bent), g + h * count);
    }
  }
}
