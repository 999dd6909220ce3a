/**
 * The verifier's re-check of representation-bias recovery certificates (head+rep, hier-sum,
 * hier-max; src/verifier/recoveryRep*.ts) against the engine's exhaustive enumeration at d = 2, 3
 * (random Boolean tasks, random psi, m = d and m > d, both groups), with and without its symmetry;
 * its coordinate costs for m > d against the min-degree interpolator; and a d = 4 hier-max
 * certificate built by hand from a small exact argument.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../src/recovery/types.js';
import { recoveryCertificate } from '../../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../../src/verifier/recoveryCertificate.js';
import { coordinateCost, fourierDegrees, moved } from '../../src/verifier/recoveryRepCosts.js';
import { countRepMinimisers } from '../../src/verifier/recoveryRepSearch.js';
import { orbitsOf, symmetryHolds } from '../../src/verifier/recoveryRepSymmetry.js';
import { interpolate } from '../../src/verifier/interpolate.js';
import { SEED, arbBooleanTask } from '../recovery/helpers.js';

const BIASES: readonly Bias[] = ['head+rep', 'hier-sum', 'hier-max'];

/** An injective psi: C_d -> C_m as an image table. */
const arbPsi = (d: number, m: number): fc.Arbitrary<Uint32Array> =>
  fc.uniqueArray(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** d, maxLength: 2 ** d }).map((a) => Uint32Array.from(a));

function arbProblem(d: number, bias: Bias): fc.Arbitrary<RecoveryProblem> {
  return fc.integer({ min: d, max: d + 2 }).chain((m) =>
    fc.record({
      d: fc.constant(d),
      psi: arbPsi(d, m).map((image) => ({ n: d, m, image })),
      tasks: fc.array(arbBooleanTask(d), { minLength: 1, maxLength: 3 }),
      bias: fc.constant(bias),
      group: fc.constantFrom<Group>(...GROUPS),
      support: fc.constant(null),
    }),
  );
}

const codeOf = (t: RecoveryProblem['tasks'][number]): number => Array.from(t.numerators as ArrayLike<number | bigint>).reduce<number>((acc, v, z) => (Number(v) === -1 ? acc | (1 << z) : acc), 0);

describe('representation-bias recovery certificates = exhaustive enumeration (d = 2, 3)', () => {
  for (const d of [2, 3]) {
    for (const bias of BIASES) {
      it(`d = ${d}, ${bias}: the engine's certificate verifies, symmetry on and off count alike`, () => {
        fc.assert(
          fc.property(arbProblem(d, bias), (p) => {
            const r = recoverExhaustive(p);
            expect(r.exact).toBe(true);
            const cert = recoveryCertificate(r, 'test', 0);
            expect(checkRecoveryCertificate(cert)).toContain(`${r.minimizers} minimisers`);
            const degrees = fourierDegrees(d);
            const search = { d, tasks: p.tasks.map(codeOf), bias: bias as 'head+rep', headCost: (g: number) => degrees[g]!, coordinateCost: coordinateCost(d, p.psi.m, Array.from(p.psi.image), degrees) };
            const min = r.minimum.kind === 'number' ? r.minimum.value : -1;
            expect(countRepMinimisers(search, min, 1e8, false)).toBe(BigInt(r.minimizers!));
          }),
          { seed: SEED + d, numRuns: d === 3 ? 8 : 30, verbose: 1 },
        );
      });
    }
  }
});

describe('coordinate costs', () => {
  it('m > d: the least degree of a fit (annihilators) = the degree of the min-degree interpolator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: d + 1, max: d + 2 })).chain(([dd, m]) => fc.tuple(fc.constant(dd), fc.constant(m), arbPsi(dd, m), fc.integer({ min: 0, max: 2 ** 2 ** dd - 1 })))), ([d, m, psi, b]) => {
        const values = new Int32Array(2 ** m);
        psi.forEach((x, z) => (values[x] = (b >>> z) & 1 ? -1 : 1));
        const g = interpolate({ n: m, values }, { n: m, points: Uint32Array.from([...psi].sort((a, c) => a - c)) });
        let top = 0;
        // The interpolator's degree by the plain double sum over its (integer) table.
        for (let s = 0; s < 2 ** m; s++) {
          let sum = 0n;
          g.numerators.forEach((v, x) => (sum += [...Array(m).keys()].filter((j) => (s >>> j) & 1 && (x >>> j) & 1).length % 2 ? -v : v));
          if (sum !== 0n) top = Math.max(top, [...Array(m).keys()].filter((j) => (s >>> j) & 1).length);
        }
        expect(coordinateCost(d, m, Array.from(psi), fourierDegrees(d))(b)).toBe(top);
      }),
      { seed: SEED, numRuns: 60, verbose: 1 },
    );
  });

  it('m = d: the Fourier degree of the data moved by psi; the known counts of balanced functions by degree at d = 4', () => {
    const deg = fourierDegrees(4);
    const byDegree = [0, 0, 0, 0, 0];
    for (let c = 0; c < 65536; c++) if ([...c.toString(2)].filter((t) => t === '1').length === 8) byDegree[deg[c]!]!++;
    expect(byDegree).toEqual([0, 8, 132, 4760, 7970]);
    const psi = [0, 1, 3, 2, 4, 5, 7, 6, 8, 9, 11, 10, 12, 13, 15, 14];
    // bit 0 of z on the latents is x1 o psi^-1 on the observations = x1 x2: degree 2.
    expect(coordinateCost(4, 4, psi, deg)(0xaaaa)).toBe(2);
    expect(moved(4, psi, 0xaaaa)).toBe(0x6666);
  });
});

describe('the symmetry checks', () => {
  const deg = fourierDegrees(4);
  const balanced = [...Array(65536).keys()].filter((c) => [...c.toString(2)].filter((t) => t === '1').length === 8);
  it('pass for the Fourier degrees (m = d, psi not the identity; m > d), fail for a cost that is not invariant', () => {
    const psi = [0, 1, 3, 2, 4, 5, 7, 6, 8, 9, 11, 10, 12, 13, 15, 14];
    expect(symmetryHolds(4, (g) => deg[g]!, coordinateCost(4, 4, psi, deg), balanced)).toBe(true);
    const psi5 = [...Array(16).keys()].map((z) => z | ((z & 1) ^ ((z >>> 1) & 1)) << 4);
    expect(symmetryHolds(4, (g) => deg[g]!, coordinateCost(4, 5, psi5, deg), balanced)).toBe(true);
    expect(symmetryHolds(4, (g) => g & 1, (b) => deg[b]!, balanced)).toBe(false);
    expect(symmetryHolds(4, (g) => deg[g]!, (b) => b & 1, balanced)).toBe(false);
  });
  it('orbits of the signed permutations on codes: sizes add up, the known orbit counts at d = 3', () => {
    const w4 = [...Array(256).keys()].filter((c) => [...c.toString(2)].filter((t) => t === '1').length === 4);
    const orbits = orbitsOf(3, w4, true);
    expect(orbits.reduce((s, o) => s + o.size, 0)).toBe(70);
    // Balanced functions on C_3 up to signed permutations of the inputs: the parity x1 x2 x3 (and
    // its negation), the 6 signed dictators, the 6 signed 2-parities, the 8 maj(+-x1, +-x2, +-x3),
    // and two classes of 24 with three relevant inputs.
    expect(orbits.map((o) => o.size).sort((a, b) => a - b)).toEqual([2, 6, 6, 8, 24, 24]);
    expect(orbitsOf(3, w4, false)).toHaveLength(70);
  });
});

describe('a d = 4 hier-max certificate built by hand', () => {
  // Dictator tasks x1..x4, psi = id: every head has degree >= 1 and every coordinate too, so the
  // minimum is at least 4 + 1 = 5, attained exactly when all heads have degree 1, i.e. when
  // V^-1 (hence V) is a signed permutation (docs/math.md T8): 384 minimisers, recovers.
  const cert = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: 4, observed: 4, psi: `map:${[...Array(16).keys()].join(',')}`, tasks: ['hex:aaaa', 'hex:cccc', 'hex:f0f0', 'hex:ff00'], bias: 'hier-max', group: 'signed-permutation', support: 'all' },
    result: { minimum: 5, minimizers: '384', recovers: true, witness: null },
    produced: {},
    integrity: '',
  };
  it('verifies; a smaller false minimum and a wrong count are refuted', () => {
    expect(checkRecoveryCertificate(cert)).toContain('384 minimisers, recovers');
    expect(() => checkRecoveryCertificate({ ...cert, result: { ...cert.result, minimum: 4 } })).toThrow('no bijection attains the stated minimum 4');
    expect(() => checkRecoveryCertificate({ ...cert, result: { ...cert.result, minimizers: '383' } })).toThrow('the minimisers number 384, not 383');
  });
  it('m = 5 > d = 4 (psi appends x1 x2): the same minimum 5, 384 minimisers, recovers; fits decided on psi\'s image', () => {
    // Each signed permutation V still has coordinates +-x_i on psi's image (degree 1), and a head
    // of degree >= 1 each: 5 again, and only there (the heads force V to be a signed permutation).
    const psi = [...Array(16).keys()].map((z) => z | ((z & 1) ^ ((z >>> 1) & 1)) << 4);
    const observed = { ...cert, problem: { ...cert.problem, observed: 5, psi: `map:${psi.join(',')}` } };
    expect(checkRecoveryCertificate(observed)).toContain('m = 5, 4 task(s), hier-max: minimum 5 (every smaller total infeasible), 384 minimisers, recovers');
    expect(() => checkRecoveryCertificate({ ...observed, problem: { ...observed.problem, observed: 4 } })).toThrow('problem.psi is not an injective map C_4 -> C_4');
  });
});
