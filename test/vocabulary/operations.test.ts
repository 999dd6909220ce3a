/** Every registered operation against its verifier twin, and identities of the four operations. */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import type { Fn } from '../../src/model/values.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import { OPERATION_TWINS } from '../../src/verifier/operations/index.js';
import type { AnyOperation } from '../../src/vocabulary/operation.js';
import { OPERATION_IDS, OPERATIONS } from '../../src/vocabulary/operations/index.js';
import { cofactorOf } from '../../src/vocabulary/operations/cofactor.js';
import { derive } from '../../src/vocabulary/operations/derivative.js';
import { partial } from '../../src/vocabulary/operations/partialDerivative.js';
import { restrict } from '../../src/vocabulary/operations/restriction.js';
import { allBoolean, randomBoolean, randomInteger } from './inputs.js';
import { innerProduct, parity } from './helpers.js';

const SEED = 4242;

function argLists(op: AnyOperation, n: number): number[][] {
  const ranges = op.params.map((p) => (p.kind === 'variable' ? [...Array(n).keys()].map((i) => i + 1) : p.kind === 'bit' ? [0, 1] : [...Array(2 ** n).keys()]));
  return ranges.reduce<number[][]>((acc, r) => acc.flatMap((a) => r.map((v) => [...a, v])), [[]]);
}

describe.each(OPERATION_IDS)('operation %s', (id) => {
  const op: AnyOperation = OPERATIONS[id];
  it('agrees with its twin (and the two kernels agree) on every Boolean f, n <= 3, and random f up to n = 6', () => {
    const fns: Fn[] = [0, 1, 2, 3].flatMap((n) => allBoolean(n));
    for (let n = 4; n <= 6; n++) fns.push(...randomBoolean(n, 3, SEED + n));
    if (op.input === 'function') for (let n = 1; n <= 4; n++) fns.push(...randomInteger(n, 3, 5, SEED - n));
    const bad: string[] = [];
    for (const f of fns) {
      for (const args of argLists(op, f.n)) {
        const fast = op.apply(f, args);
        const slow = OPERATION_TWINS[id].apply(f, args);
        if (fast.n !== op.resultN(f.n) || fast.n !== slow.n || fast.values.join() !== slow.values.join()) bad.push(`${f.values} ${args}`);
        const k = fastKernel.operation(id, f, args);
        if (k.values.join() !== verifierKernel.operation(id, f, args).values.join()) bad.push(`kernel ${f.values} ${args}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('the kernels refuse bad arguments with a one-line RangeError', () => {
    const f = parity(3);
    expect(() => fastKernel.operation(id, f, [])).toThrow(RangeError);
    expect(() => verifierKernel.operation(id, f, op.params.map(() => 99))).toThrow(RangeError);
  });
});

describe('identities', () => {
  it('restricting parity gives +-parity of the rest; the cofactor ignores x_i and restricts to the same table', () => {
    const p = parity(4);
    expect(Array.from(restrict(p, 2, 0).values)).toEqual(Array.from(parity(3).values));
    expect(Array.from(restrict(p, 2, 1).values)).toEqual(Array.from(parity(3).values, (v) => -v));
    const f = randomBoolean(5, 1, 9)[0]!;
    for (let i = 1; i <= 5; i++) {
      const c = cofactorOf(f, i, 1);
      for (let x = 0; x < 32; x++) expect(c.values[x]).toBe(c.values[x ^ (1 << (i - 1))]);
      expect(Array.from(restrict(c, i, 0).values)).toEqual(Array.from(restrict(f, i, 1).values));
    }
  });
  it('Inf_i(f) = E[(D_i f)^2] = Pr[D_i f != 0], and the derivatives of a bent function in every direction a != 0 are balanced', () => {
    const f = randomBoolean(6, 1, 10)[0]!;
    for (let i = 1; i <= 6; i++) {
      const d = partial(f, i);
      let flips = 0;
      for (let x = 0; x < 64; x++) if (f.values[x] !== f.values[x ^ (1 << (i - 1))]) flips++;
      expect(d.values.reduce((s, v) => s + v * v, 0)).toBe(flips);
    }
    const b = innerProduct(6);
    for (let a = 1; a < 64; a++) expect(derive(b, a).values.reduce((s, v) => s + v, 0)).toBe(0);
  });
});
