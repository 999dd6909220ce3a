/**
 * Formatting pieces of the streamed analysis JSON, straight from the integer data: a set mask as
 * its JSON element list, a spectrum coefficient c / 2^m as the reduced dyadic fraction (no Rational,
 * no big integer unless the value needs one), a point value as Rational.toString would print it.
 * Each agrees with the slow path (setElements, coefficientAt(...).toString(), valueAt(...)
 * .toString()); test/report/streamJson.test.ts compares them.
 */
import { valueAt, type CubeFunction } from '../core/cubeFunction.js';
import { big, Rational } from '../core/rational.js';
import { coefficientAt, type Spectrum } from '../core/spectrum.js';

/** The elements (1-based) of a 10-bit mask, comma-separated, offset by `base`. */
function tenBitTable(base: number): string[] {
  const t: string[] = new Array(1024);
  for (let m = 0; m < 1024; m++) {
    const e: number[] = [];
    for (let j = 0; j < 10; j++) if ((m >>> j) & 1) e.push(base + j + 1);
    t[m] = e.join(',');
  }
  return t;
}
let tables: string[][] | null = null;

/** "[1,3]" for the mask 0b101: JSON.stringify(setElements(mask)) for masks below 2^30. */
export function setJson(mask: number): string {
  const t = (tables ??= [tenBitTable(0), tenBitTable(10), tenBitTable(20)]);
  const a = t[0]![mask & 1023]!;
  const b = t[1]![(mask >>> 10) & 1023]!;
  const c = t[2]![(mask >>> 20) & 1023]!;
  let s = a;
  if (b !== '') s = s === '' ? b : `${s},${b}`;
  if (c !== '') s = s === '' ? c : `${s},${c}`;
  return `[${s}]`;
}

/** log2 of v when v is a power of two 2^m with m <= 52, else -1. */
function powerOfTwo(v: ReturnType<typeof big>): number {
  if (v.isNegative() || v.isZero() || v.greater(2 ** 52)) return -1;
  const x = v.toJSNumber();
  const m = Math.round(Math.log2(x));
  return 2 ** m === x ? m : -1;
}

/** fhat(S) as text, the same as coefficientAt(s, S).toString(). */
export function coefficientFormatter(s: Spectrum): (set: number) => string {
  const c = s.coefficients;
  const m = powerOfTwo(s.scale);
  if (c instanceof Int32Array && m >= 0) {
    return (set) => {
      const v = c[set]!;
      if (v === 0) return '0';
      const k = Math.min(31 - Math.clz32(v & -v), m); // trailing zeros of v, at most m
      const p = v / 2 ** k;
      return k === m ? String(p) : `${p}/${2 ** (m - k)}`;
    };
  }
  const cache = new Map<number, string>();
  return (set) => {
    const v = c[set]!;
    if (typeof v !== 'number') return coefficientAt(s, set).toString();
    let t = cache.get(v);
    if (t === undefined) cache.set(v, (t = coefficientAt(s, set).toString()));
    return t;
  };
}

/** f(x) as text, the same as valueAt(f, x).toString(). */
export function valueFormatter(f: CubeFunction): (point: number) => string {
  const v = f.numerators;
  if (v instanceof Int32Array && f.denominator.equals(1)) return (x) => String(v[x]!);
  const cache = new Map<number, string>();
  return (x) => {
    const a = v[x]!;
    if (typeof a !== 'number') return valueAt(f, x).toString();
    let t = cache.get(a);
    if (t === undefined) cache.set(a, (t = Rational.of(big(a), f.denominator).toString()));
    return t;
  };
}
