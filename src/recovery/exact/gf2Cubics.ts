/**
 * The words of the Reed-Muller code RM(3,5) (Boolean functions on C_5 of GF(2) degree <= 3,
 * 2^26 of them) of one weight w, for the d = 5 head-gf2 candidate list (candidates.ts, behind the
 * GF2_CUBICS switch; docs/math.md "Cubic heads at d = 5 under head-gf2"). The 26 monomials
 * prod_{i in S} b_i, |S| <= 3, are ordered by |S| (index 0: S = {}, 1..5: |S| = 1, 6..15: |S| = 2,
 * 16..25: |S| = 3), so the GF(2) degree of the word with ANF coefficient mask m is read off m's top
 * bit; the words are visited in Gray-code order (one XOR per word) and those of weight w kept.
 */

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Words per degree (0..3) as one list sorted by (degree, code); degrees alongside. */
export interface CubicList {
  readonly codes: Uint32Array;
  readonly degrees: Uint8Array;
}

function monomialRows(): number[] {
  const sets: number[] = [];
  for (let size = 0; size <= 3; size++) for (let S = 0; S < 32; S++) if (popcount32(S) === size) sets.push(S);
  return sets.map((S) => {
    let code = 0;
    for (let x = 0; x < 32; x++) if ((x & S) === S) code |= 1 << x;
    return code >>> 0;
  });
}

const degreeOfMask = (m: number): number => (m >>> 16 !== 0 ? 3 : m >>> 6 !== 0 ? 2 : m >>> 1 !== 0 ? 1 : 0);

/** Visits every word of RM(3,5) (Gray-code order) of weight w with its degree. */
function visitWeight(rows: readonly number[], w: number, visit: (code: number, degree: number) => void): void {
  let code = 0;
  let m = 0;
  const total = 1 << 26;
  for (let i = 0; ; ) {
    if (popcount32(code) === w) visit(code >>> 0, degreeOfMask(m));
    if (++i === total) break;
    const bit = 31 - Math.clz32(i & -i); // Gray code: step i flips the lowest set bit of i
    m ^= 1 << bit;
    code = (code ^ rows[bit]!) >>> 0;
  }
}

/** Every word of RM(3,5) of weight w, sorted by (GF(2) degree, code): two passes (count, fill). */
export function cubicsOfWeight(w: number): CubicList {
  const rows = monomialRows();
  const count = [0, 0, 0, 0];
  visitWeight(rows, w, (_, e) => count[e]!++);
  const n = count[0]! + count[1]! + count[2]! + count[3]!;
  const codes = new Uint32Array(n);
  const degrees = new Uint8Array(n);
  const at = [0, count[0]!, count[0]! + count[1]!, count[0]! + count[1]! + count[2]!];
  const start = [...at];
  visitWeight(rows, w, (c, e) => {
    codes[at[e]!] = c;
    degrees[at[e]!++] = e;
  });
  for (let e = 0; e <= 3; e++) codes.subarray(start[e]!, start[e]! + count[e]!).sort();
  return { codes, degrees };
}
