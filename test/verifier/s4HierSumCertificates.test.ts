/**
 * The S4 claims at d = 4 under hier-sum (properties/S4-identifiability-curve-d4-hier-sum.ts, k = 1..3,
 * and -hier-sum-{k4, k5, k6a, k6b, k6c, k7, k8, k8b}.ts; certificates/slow/): each copies its rows of
 * S4-identifiability-curve-d4's task sets, names the bias hier-sum, and has the flags of its head+rep
 * counterpart (at m = d the two objectives are one number, docs/math.md 7.1; that is why the flags
 * are equal, and `check` found them so, set by set, on the engine under hier-sum); its statement
 * counts them, its certificate is current, and a tampered copy is rejected: a statement that no
 * longer matches, and (statement forged to match) a flipped flag that the verifier re-solves under
 * hier-sum and refutes. Also: the verifier's hier-sum objective is the definition, sum_t deg(g_t) +
 * sum_j deg(Phi_j) with Phi = V o psi^-1, computed here by plain Walsh sums on seeded V and psi.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_SETS as ALL } from '../../properties/S4-identifiability-curve-d4.js';
import * as rep from '../../properties/S4-identifiability-curve-d4-rep.js';
import { s4Forgery } from './helpers/s4Forgery.js';
import type { RecoveryQuery } from '../../src/claim/index.js';
import { coordinateCost, fourierDegrees, repScore } from '../../src/verifier/recoveryRepCosts.js';
import { verifierKernel as K } from '../../src/verifier/index.js';
import { recoverySummaryRep, recoveryVerdictRep } from '../../src/verifier/recoverySolveRep.js';
import * as m_ from '../../properties/S4-identifiability-curve-d4-hier-sum.js';
import * as m_k4 from '../../properties/S4-identifiability-curve-d4-hier-sum-k4.js';
import * as m_k5 from '../../properties/S4-identifiability-curve-d4-hier-sum-k5.js';
import * as m_k6a from '../../properties/S4-identifiability-curve-d4-hier-sum-k6a.js';
import * as m_k6b from '../../properties/S4-identifiability-curve-d4-hier-sum-k6b.js';
import * as m_k6c from '../../properties/S4-identifiability-curve-d4-hier-sum-k6c.js';
import * as m_k7 from '../../properties/S4-identifiability-curve-d4-hier-sum-k7.js';
import * as m_k8 from '../../properties/S4-identifiability-curve-d4-hier-sum-k8.js';
import * as m_k8b from '../../properties/S4-identifiability-curve-d4-hier-sum-k8b.js';
import * as r_k4 from '../../properties/S4-identifiability-curve-d4-rep-k4.js';
import * as r_k5 from '../../properties/S4-identifiability-curve-d4-rep-k5.js';
import * as r_k6a from '../../properties/S4-identifiability-curve-d4-rep-k6a.js';
import * as r_k6b from '../../properties/S4-identifiability-curve-d4-rep-k6b.js';
import * as r_k6c from '../../properties/S4-identifiability-curve-d4-rep-k6c.js';
import * as r_k7 from '../../properties/S4-identifiability-curve-d4-rep-k7.js';
import * as r_k8 from '../../properties/S4-identifiability-curve-d4-rep-k8.js';
import * as r_k8b from '../../properties/S4-identifiability-curve-d4-rep-k8b.js';

const temp = mkdtempSync(join(tmpdir(), 'cubecheck-s4sum-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const root = join(import.meta.dirname, '..', '..');

interface Module {
  readonly default: { readonly id: string; readonly statement: string };
  readonly BIAS: RecoveryQuery['bias'];
  readonly K: readonly number[];
  readonly TASK_SETS: readonly (readonly string[])[];
  readonly FLAGS: readonly string[];
}

/** Each file: its module, its head+rep counterpart's flags, its k and the statement's counts. */
const CLAIMS: readonly (readonly [string, Module, readonly string[], readonly number[], string])[] = [
  ['', m_, rep.FLAGS, [1, 2, 3], 'k = 1: 7 of 10; k = 2: 5 of 10; k = 3: 4 of 10'],
  ['-k4', m_k4, r_k4.FLAGS, [4], 'k = 4: 4 of 10'],
  ['-k5', m_k5, r_k5.FLAGS, [5], 'k = 5: 3 of 10'],
  ['-k6a', m_k6a, r_k6a.FLAGS, [6], 'k = 6: 0 of 5'],
  ['-k6b', m_k6b, r_k6b.FLAGS, [6], 'k = 6: 0 of 4'],
  ['-k6c', m_k6c, r_k6c.FLAGS, [6], 'k = 6: 0 of 1'],
  ['-k7', m_k7, r_k7.FLAGS, [7], 'k = 7: 2 of 10'],
  ['-k8', m_k8, r_k8.FLAGS, [8], 'k = 8: 1 of 9'],
  ['-k8b', m_k8b, r_k8b.FLAGS, [8], 'k = 8: 0 of 1'],
];

describe('S4 at d = 4 under hier-sum', () => {
  it.each(CLAIMS)('hier-sum%s: its rows, the head+rep flags, its counts and a current certificate that holds', (part, m, repFlags, k, counted) => {
    const file = `S4-identifiability-curve-d4-hier-sum${part}`;
    expect(m.default.id).toBe(file);
    expect([m.BIAS, m.K, m.FLAGS, m.TASK_SETS]).toEqual(['hier-sum', k, repFlags, k.map((i) => ALL[i - 1])]);
    expect(m.default.statement).toContain('under hier-sum');
    expect(m.default.statement).toContain(`per k: ${counted};`);
    const c = JSON.parse(readFileSync(join(root, 'certificates', 'slow', `${file}.json`), 'utf8')) as { verdict: string; claim: { id: string; sourceText: string; statement: string } };
    expect(c.claim.id).toBe(file);
    expect(c.claim.sourceText).toBe(readFileSync(join(root, 'properties', `${file}.ts`), 'utf8'));
    expect(c.claim.statement).toBe(m.default.statement);
    expect(c.verdict).toBe('holds');
  });

  it('together they cover every one of the 80 sets exactly once', () => {
    const covered = ALL.map((sets) => sets.map(() => 0));
    for (const [, m] of CLAIMS) m.K.forEach((k, i) => [...m.FLAGS[i]!].forEach((f, s) => (covered[k - 1]![s]! += f === '-' ? 0 : 1)));
    expect(covered.flat()).toEqual(Array<number>(80).fill(1));
  });

  it('the verifier costs hier-sum by its definition: sum_t deg(h_t o V^-1) + sum_j deg(Phi_j), Phi = V o psi^-1 (m = d)', () => {
    const degrees = fourierDegrees(4);
    /** The Fourier degree of f (values +-1 on C_4) by plain Walsh sums. */
    const bits = (x: number): number => x.toString(2).split('').filter((b) => b === '1').length;
    const degree = (f: readonly number[]): number => {
      let top = 0;
      for (let S = 1; S < 16; S++) {
        const c = f.reduce((acc, v, x) => acc + (bits(x & S) % 2 === 0 ? v : -v), 0);
        if (c !== 0 && bits(S) > top) top = bits(S);
      }
      return top;
    };
    const perm = fc.array(fc.nat(), { minLength: 16, maxLength: 16 }).map((keys) => [...Array(16).keys()].sort((a, b) => keys[a]! - keys[b]! || a - b));
    fc.assert(
      fc.property(perm, perm, fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 4 }), (v, psi, tasks) => {
        const inverse = (p: readonly number[]): number[] => p.reduce((acc, y, x) => ((acc[y] = x), acc), new Array<number>(16));
        const [vInv, psiInv] = [inverse(v), inverse(psi)];
        // g_t(y) = h_t(V^-1(y)); Phi_j(x) = bit j of V(psi^-1(x)), as +-1 values.
        const heads = tasks.map((h) => degree([...Array(16).keys()].map((y) => ((h >>> vInv[y]!) & 1 ? -1 : 1))));
        const phi = [0, 1, 2, 3].map((j) => degree([...Array(16).keys()].map((x) => ((v[psiInv[x]!]! >>> j) & 1 ? -1 : 1))));
        const definition = heads.reduce((a, b) => a + b, 0) + phi.reduce((a, b) => a + b, 0);
        expect(repScore(4, tasks, (g) => degrees[g]!, coordinateCost(4, 4, psi, degrees), true, v)).toBe(definition);
      }),
      { seed: 2025, numRuns: 60 },
    );
  });

  it('the verifier answers hier-sum as a sum, not a max: sets 1:0..1:4 as flagged (1:1 recovers under the sums, not under hier-max)', () => {
    const task = (c: string): RecoveryQuery['tasks'][number] => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
    const flags = ALL[0]!.slice(0, 5).map((set) => (K.recoveryVerdict({ tasks: [task(set)], bias: 'hier-sum', group: 'signed-permutation' }).recovers ? '1' : '0')).join('');
    expect(flags).toBe(m_.FLAGS[0]!.slice(0, 5));
    expect(flags).toBe('01111');
  });

  it('its d = 4 route refuses hier-sum with observations longer than the latents (m = d is checked, not assumed)', () => {
    const tasks = [0x17fc].map((c) => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((c >>> z) & 1 ? -1 : 1)) }));
    const psi = { n: 4, m: 5, image: Uint32Array.from({ length: 16 }, (_, z) => z) };
    for (const route of [recoveryVerdictRep, recoverySummaryRep]) {
      expect(() => route({ tasks, bias: 'hier-sum', group: 'signed-permutation', psi } as RecoveryQuery, K)).toThrow(/needs psi to be a bijection of C_4/);
    }
  });

  it('a tampered copy is rejected: the statement, and a flipped flag the verifier re-solves under hier-sum (set 1:0)', async () => {
    const row = "FLAGS: readonly string[] = ['0111101101',";
    const { certificate: c, text, claim, reason } = s4Forgery('S4-identifiability-curve-d4-hier-sum', row, "FLAGS: readonly string[] = ['1111101101',", temp);
    expect(text.split(row)).toHaveLength(2);
    expect((c.claim as { sourceText: string }).sourceText).toBe(text);
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    const statement = (claim.statement as string).replace('k = 1: 7 of 10;', 'k = 1: 8 of 10;');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
