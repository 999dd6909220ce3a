/**
 * Subcubes of C_n for the dynamic programmes of certificate complexity and decision trees.
 * A subcube is a word of n base-3 digits, digit i for variable x_{i+1}: 0 fixes x_{i+1} = +1
 * (bit 0), 1 fixes x_{i+1} = -1 (bit 1), 2 leaves it free. Its index is sum_i digit_i 3^i, so
 * freeing a variable only increases the index and fixing one only decreases it.
 */
import type { Table } from './table.js';

export function powersOf3(n: number): Int32Array {
  const p = new Int32Array(n + 1);
  p[0] = 1;
  for (let i = 1; i <= n; i++) p[i] = p[i - 1]! * 3;
  return p;
}

/** The subcube that fixes every variable to the point's bits. */
export function pointSubcube(point: number, p3: Int32Array, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) if ((point >>> i) & 1) c += p3[i]!;
  return c;
}

/** Base-3 digits of c, least significant (x1) first, into out. */
export function digitsOf(c: number, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    out[i] = c % 3;
    c = (c - out[i]!) / 3;
  }
}

/**
 * For every subcube: the common value of f on it (+1 or -1), or 0 when f is not constant on it.
 * Ascending order: a subcube with x_{i+1} free is the union of its two halves, both smaller.
 */
export function monochromeTable(f: Table): Int8Array {
  const { n, values } = f;
  const p3 = powersOf3(n);
  const mono = new Int8Array(p3[n]!);
  const d = new Uint8Array(n);
  for (let c = 0; c < mono.length; c++) {
    digitsOf(c, n, d);
    let free = -1;
    let point = 0;
    for (let i = 0; i < n; i++) {
      if (d[i] === 2) {
        free = i;
        break;
      }
      if (d[i] === 1) point |= 1 << i;
    }
    if (free < 0) {
      const v = values[point]!;
      mono[c] = v === 1 ? 1 : v === -1 ? -1 : 0;
    } else {
      const a = mono[c - 2 * p3[free]!]!;
      mono[c] = a !== 0 && a === mono[c - p3[free]!] ? a : 0;
    }
  }
  return mono;
}
