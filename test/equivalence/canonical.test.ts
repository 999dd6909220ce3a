/**
 * NPN and hyperoctahedral canonical forms (src/equivalence): class counts against OEIS (A000370
 * for NPN: 1, 2, 4, 14, 222; A000616 for the hyperoctahedral group: 2, 3, 6, 22, 402; A000231, often cited for it, counts input negations alone), the
 * action against a coordinate-wise definition, witnesses, invariance, equivalence decisions.
 */
import { describe, expect, it } from 'vitest';
import { canonicalForm, compareTables, countClasses, equivalence } from '../../src/equivalence/canonical.js';
import { type GroupElement, act, elements, groupOrder, permutations } from '../../src/equivalence/signedPermutation.js';
import { allBoolean, randomBoolean, rng } from '../vocabulary/inputs.js';
import { runCubecheck } from '../cli/fakeIo.js';

const SEED = 20261215;

/** (e.f)(x) = s f(y) with y_{pi(i)} = c_i x_i, straight from the definition on +-1 coordinates. */
function actByCoordinates(values: Int32Array, n: number, e: GroupElement): Int32Array {
  return Int32Array.from({ length: 2 ** n }, (_, x) => {
    const xs = Array.from({ length: n }, (_, i) => ((x >> i) & 1 ? -1 : 1));
    const ys = new Array<number>(n);
    for (let i = 0; i < n; i++) ys[e.permutation[i]! - 1] = ((e.negation >> i) & 1 ? -1 : 1) * xs[i]!;
    const y = ys.reduce((acc, v, j) => acc + (v === -1 ? 2 ** j : 0), 0);
    return (e.outputNegated ? -1 : 1) * values[y]!;
  });
}

function randomElement(n: number, r: () => number, npn: boolean): GroupElement {
  const perms = permutations(n);
  return { permutation: perms[Math.floor(r() * perms.length)]!, negation: Math.floor(r() * 2 ** n), outputNegated: npn && r() < 0.5 };
}

describe('class counts', () => {
  it('NPN classes of Boolean functions of n <= 4 variables: 1, 2, 4, 14, 222 (OEIS A000370)', () => {
    expect([0, 1, 2, 3, 4].map((n) => countClasses(n, 'npn'))).toEqual([1, 2, 4, 14, 222]);
  });
  it('hyperoctahedral (NP) classes for n <= 4: 2, 3, 6, 22, 402 (OEIS A000616)', () => {
    expect([0, 1, 2, 3, 4].map((n) => countClasses(n, 'np'))).toEqual([2, 3, 6, 22, 402]);
  });
  it('the number of distinct canonical forms of all functions on n <= 3 variables is the class count', () => {
    for (const [group, counts] of [['npn', [1, 2, 4, 14]], ['np', [2, 3, 6, 22]]] as const) {
      for (let n = 0; n <= 3; n++) {
        const forms = new Set(allBoolean(n).map((f) => canonicalForm(f.values, n, group).representative.join(',')));
        expect(forms.size, `${group}, n = ${n}`).toBe(counts[n]);
      }
    }
  });
});

describe('the group and its action', () => {
  it('has 2^n n! (np) and 2^(n+1) n! (npn) distinct elements, acting as the coordinate-wise definition says', () => {
    for (let n = 0; n <= 3; n++) {
      for (const group of ['np', 'npn'] as const) {
        const all = [...elements(n, group)];
        expect(all).toHaveLength(groupOrder(n, group));
        const f = randomBoolean(n, 1, SEED + n)[0]!;
        for (const e of all) expect(Array.from(act(f.values, n, e))).toEqual(Array.from(actByCoordinates(f.values, n, e)));
      }
    }
    const e: GroupElement = { permutation: [2, 1], negation: 0b01, outputNegated: true };
    // f = x_1 (bit 0): (e.f)(x) = -f(y) with y_2 = -x_1, y_1 = x_2, so (e.f)(x) = -x_2
    const f = Int32Array.from([1, -1, 1, -1]);
    expect(Array.from(act(f, 2, e))).toEqual([-1, -1, 1, 1]);
  });
});

describe('canonical forms', () => {
  it('the witness takes f to the representative, which is least in its orbit and the same for every orbit member (seeded, n = 4, 5)', () => {
    const r = rng(SEED);
    for (const n of [4, 5]) {
      for (const group of ['npn', 'np'] as const) {
        for (const f of randomBoolean(n, n === 4 ? 4 : 1, SEED + 10 * n)) {
          const c = canonicalForm(f.values, n, group);
          expect(Array.from(act(f.values, n, c.witness))).toEqual(Array.from(c.representative));
          const moved = act(f.values, n, randomElement(n, r, group === 'npn'));
          expect(Array.from(canonicalForm(moved, n, group).representative), `${group} n = ${n} seed ${SEED}`).toEqual(Array.from(c.representative));
          if (n === 4) for (const e of elements(n, group)) expect(compareTables(c.representative, act(f.values, n, e))).toBeLessThanOrEqual(0);
        }
      }
    }
  });
  it('decides equivalence with a witness, and refuses functions of different weight class', () => {
    const r = rng(SEED + 1);
    const [f] = randomBoolean(4, 1, SEED + 2);
    const g = act(f!.values, 4, randomElement(4, r, true));
    const e = equivalence(f!.values, g, 4, 'npn');
    expect(e).not.toBeNull();
    expect(Array.from(act(f!.values, 4, e!))).toEqual(Array.from(g));
    const and = Int32Array.from([1, 1, 1, -1]);
    const xor = Int32Array.from([1, -1, -1, 1]);
    expect(equivalence(and, xor, 2, 'npn')).toBeNull();
    const nand = Int32Array.from([-1, -1, -1, 1]);
    expect(equivalence(and, nand, 2, 'npn')).not.toBeNull();
    expect(equivalence(and, nand, 2, 'np')).toBeNull(); // weights 1 and 3: only output negation relates them
  });
});

describe('canon and equivalent commands', () => {
  it('canon prints a representative that equivalent confirms; equivalent exits 1 when not equivalent', async () => {
    const c = await runCubecheck(['canon', 'maj(x1,x2,x3)', '--json']);
    expect(c.code).toBe(0);
    const j = JSON.parse(c.out);
    expect(j.groupOrder).toBe(96);
    const same = await runCubecheck(['equivalent', 'maj(x1,x2,x3)', j.representative, '--json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.out).equivalent).toBe(true);
    const not = await runCubecheck(['equivalent', 'x1*x2*x3', 'maj(x1,x2,x3)']);
    expect(not.code).toBe(1);
    expect(not.out).toMatch(/not equivalent under npn/);
  });
  it('bad input is one line and exit 2', async () => {
    for (const args of [['canon', 'x1', '--group', 'xyz'], ['canon', 'vals:1,2'], ['canon', 'x7'], ['equivalent', 'x1']]) {
      const r = await runCubecheck(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
