/**
 * The verifier's d = 5 general recovery route (src/verifier/recoveryD5General.ts: partial support,
 * rational tasks, head-only biases): the engine's exact answers made into certificates and
 * accepted, for every head-only bias and both groups, small supports; tampered and crafted
 * certificates rejected in one line (through verifyCertificate too: status invalid, exit 1); the
 * verifier's own costs against slower references (the interpolator, every GF(2) polynomial of
 * degree <= 2) and its class listing against the orbits of all 3-sets found one by one.
 */
import { describe, expect, it } from 'vitest';
import { recover } from '../../src/recovery/engine.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { fromRationals, fromSignBits } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../../src/certificates/recoveryCertificate.js';
import { D5_SET_CLASSES } from '../../src/certificates/recoveryD5General.js';
import { checkRecoveryD5General } from '../../src/verifier/recoveryD5General.js';
import { canonical5, keepsCosts5, pointSetClasses5, signedPermutations5, symmetryHolds5General } from '../../src/verifier/recoveryD5GeneralClasses.js';
import { placeCoster5 } from '../../src/verifier/recoveryD5GeneralCosts.js';
import { placeCoster } from '../../src/verifier/recoveryGeneralCosts.js';
import { Rejection } from '../../src/verifier/reject.js';
import { integrityOf, verifyCertificate } from '../../src/verifier/index.js';

type Json = Record<string, any>;

const bit = (z: number, j: number): number => (z >>> j) & 1;
const X1 = fromSignBits(5, (z) => bit(z, 0) === 1);
const X23 = fromSignBits(5, (z) => (bit(z, 1) ^ bit(z, 2)) === 1);
const X4 = fromSignBits(5, (z) => bit(z, 3) === 1);
const sign = (z: number, j: number): number => (bit(z, j) === 1 ? -1 : 1);
/** (x1 + x2 + x3) / 3: four values. */
const THIRD = fromRationals(5, Array.from({ length: 32 }, (_, z) => Rational.of(sign(z, 0) + sign(z, 1) + sign(z, 2), 3)));

const problem = (bias: Bias, support: number[], tasks = [X1, X23, X4], group: RecoveryProblem['group'] = 'signed-permutation'): RecoveryProblem => ({ d: 5, psi: identityMap(5), tasks, bias, group, support });

async function certOf(p: RecoveryProblem): Promise<Json> {
  const r = await recover(p, { exactTimeLimitMs: 120_000 });
  expect(r.exact).toBe(true);
  expect(recoveryCertificateProblem(r)).toBeNull();
  return recoveryCertificate(r, 'test', 0) as Json;
}

const edited = (c: Json, edit: (j: Json) => void): Json => {
  const copy = JSON.parse(JSON.stringify(c)) as Json;
  edit(copy);
  return copy;
};

function rejects(c: Json, limit?: number): string {
  try {
    checkRecoveryD5General(c, limit);
  } catch (e) {
    expect(e).toBeInstanceOf(Rejection);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('accepted');
}

const U2 = [0, 3];
const U4 = [0, 3, 5, 6];

describe('engine answer -> certificate -> accepted at d = 5', () => {
  it.each([
    ['head-degree', U4, 'Boolean'],
    ['head-gf2', U4, 'Boolean'],
    ['head-max', U4, 'Boolean'],
    ['head-profile', U2, 'Boolean'],
    ['head-degree', U4, 'rational'],
    ['head-profile', U2, 'rational'],
  ] as const)('%s on %j, %s tasks', async (bias, U, kind) => {
    const c = await certOf(problem(bias, [...U], kind === 'rational' ? [THIRD, X23, X4] : [X1, X23, X4]));
    expect(c.problem.latents).toBe(5);
    expect(checkRecoveryD5General(c)).toMatch(new RegExp(`^recovery at d = 5, 3 ${kind} task\\(s\\), support ${U.length} of 32 points, ${bias}: minimum .*${c.result.minimizers} minimisers, does not recover`));
  });

  it('gf2-affine group, and through verifyCertificate (valid; tampered: invalid, the CLI exit 1)', async () => {
    const c = await certOf(problem('head-degree', U4, [X1, X23], 'gf2-affine'));
    expect((await verifyCertificate({ json: c, baseDir: '.' })).status).toBe('valid');
    const bad = edited(c, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) + 1n).toString()));
    bad.integrity = integrityOf(bad);
    const out = await verifyCertificate({ json: bad, baseDir: '.' });
    expect(out).toMatchObject({ status: 'invalid' });
    expect((out as { reason: string }).reason).toMatch(/^the minimisers number \d+, not \d+$/);
  });
});

describe('tampered d = 5 general certificates are rejected in one line', () => {
  let base: Json;
  it('the base certificate (head-degree, x1; x2*x3; x4 on 4 points) is accepted', async () => {
    base = await certOf(problem('head-degree', U4));
    expect(base.result.minimum).toBe(2);
    expect(checkRecoveryD5General(base)).toContain('minimum 2 (every smaller total infeasible)');
  });

  it('minimum -1 / +1, count -1 / +1, verdict flipped, witness wrong', () => {
    expect(rejects(edited(base, (j) => (j.result.minimum = 1)))).toBe('no bijection attains the stated minimum 1');
    expect(rejects(edited(base, (j) => (j.result.minimum = 3)))).toBe('a bijection costs 2, less than the stated minimum 3');
    for (const delta of [-1n, 1n]) expect(rejects(edited(base, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) + delta).toString())))).toMatch(/^the minimisers number \d+, not \d+$/);
    expect(rejects(edited(base, (j) => ((j.result.recovers = true), (j.result.witness = null))))).toMatch(/^recovers is false: with 4 of 32 latents/);
    expect(rejects(edited(base, (j) => (j.result.witness = null)))).toBe('result.witness must be a minimiser outside the group when recovers is false');
    const identity = Array.from({ length: 32 }, (_, z) => z);
    expect(rejects(edited(base, (j) => (j.result.witness = `perm:${identity.join(',')}`)))).toBe('result.witness lies in the group');
    // V sending U = (0, 3, 5, 6) onto the square (0, 1, 2, 3) in that order (fixing the points 7..31: outside the group) costs 4.
    const square = identity.map((z) => [0, 4, 5, 1, 6, 2, 3][z] ?? z);
    expect(rejects(edited(base, (j) => (j.result.witness = `perm:${square.join(',')}`)))).toBe('result.witness scores 4, not the minimum 2');
    expect(rejects(edited(base, (j) => (j.result.witness = 'perm:0,1,2')))).toBe('result.witness is not a bijection of C_5');
  });

  it('tasks or support changed, unknown or missing fields', () => {
    expect(rejects(edited(base, (j) => (j.problem.tasks[1] = 'hex:ff00ff00')))).toMatch(/minimisers number|no bijection attains|less than the stated minimum|scores/);
    expect(rejects(edited(base, (j) => (j.problem.support = [0, 3, 5, 7])))).toMatch(/minimisers number|no bijection attains|less than the stated minimum|scores/);
    expect(rejects(edited(base, (j) => (j.problem.support = [0, 5, 3])))).toBe('problem.support must list distinct points of C_5 in increasing order');
    expect(rejects(edited(base, (j) => (j.problem.tasks[0] = 'hex:123456789')))).toContain('must be hex:... (at most 8 digits)');
    expect(rejects(edited(base, (j) => (j.problem.tasks[0] = 'vals:1,2,3')))).toBe('problem.tasks[0] must list 2^5 = 32 values');
    expect(rejects(edited(base, (j) => (j.result.extra = 1)))).toBe("result has an unknown field 'extra'");
    expect(rejects(edited(base, (j) => (j.problem.observed = 6)))).toBe("problem has an unknown field 'observed'");
    expect(rejects(edited(base, (j) => delete j.result.witness))).toBe('result.witness is missing');
    expect(rejects(edited(base, (j) => (j.result.minimizers = 12)))).toBe('result.minimizers must be a positive whole number in a string');
  });

  it('a crafted smaller minimum is refuted whatever count it states', () => {
    for (const minimizers of ['1', '3840', base.result.minimizers]) expect(rejects(edited(base, (j) => ((j.result.minimum = 1), (j.result.minimizers = minimizers))))).toBe('no bijection attains the stated minimum 1');
  });

  it('out of class and over budget: refused as too large, never accepted', () => {
    const ten = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(rejects(edited(base, (j) => (j.problem.support = ten)))).toBe("out of the verifier's reach at d = 5: a support of 10 points (at most 9 under head-degree)");
    expect(rejects(edited(base, (j) => ((j.problem.bias = 'head-profile'), (j.problem.support = [0, 1, 2, 3, 4]))))).toBe("out of the verifier's reach at d = 5: a support of 5 points (at most 4 under head-profile)");
    expect(rejects(edited(base, (j) => ((j.problem.support = 'all'), (j.problem.tasks[0] = `vals:${new Array(32).fill('1/2').join(',')}`))))).toMatch(/^out of the verifier's reach at d = 5: full support with rational tasks/);
    expect(rejects(edited(base, (j) => (j.problem.bias = 'head+rep')))).toBe('problem.bias must be one of head-degree, head-gf2, head-max, head-profile');
    expect(rejects(edited(base, (j) => ((j.problem.bias = 'head-gf2'), (j.problem.tasks[0] = `vals:${new Array(32).fill('0').join(',')}`))))).toBe('problem.bias head-gf2 needs Boolean tasks (values +1 and -1)');
    expect(rejects(base, 50)).toBe('the re-check would take more than 50 steps (too large for the verifier)');
  });

  it('the writer refuses out-of-class answers in one line', async () => {
    const r = await recover(problem('head-degree', U4), { exactTimeLimitMs: 120_000 });
    expect(recoveryCertificateProblem({ ...r, problem: { ...r.problem, support: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] } })).toBe('at d = 5 the verifier re-checks supports of at most 9 points under head-degree (this one has 10)');
    expect(recoveryCertificateProblem({ ...r, problem: { ...r.problem, bias: 'head-profile', support: [0, 1, 2, 3, 4] } })).toBe('at d = 5 the verifier re-checks supports of at most 4 points under head-profile (this one has 5)');
    expect(recoveryCertificateProblem({ ...r, problem: { ...r.problem, tasks: [THIRD], support: null } })).toBe('at d = 5 the verifier re-checks rational tasks only with a support of 1..9 points');
  });
});

/** xorshift32, for reproducible random data. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const randomSet = (r: () => number, m: number): number[] => {
  const pts = new Set<number>();
  while (pts.size < m) pts.add(Math.floor(r() * 32));
  return [...pts].sort((a, b) => a - b);
};

describe("the d = 5 route's own costs and classes against slower references", () => {
  it('Fourier degree of data on S: the echelon test agrees with the min-degree interpolator (seed 51)', () => {
    const r = rng(51);
    for (const m of [4, 7]) {
      const pts = randomSet(r, m);
      const fast = placeCoster5(pts, 'degree');
      const slow = placeCoster(5, pts, 'degree');
      for (let i = 0; i < 60; i++) {
        const a = pts.map(() => BigInt(Math.floor(r() * 5) - 2));
        expect(fast.cost(a, 3n), `seed 51, S = ${pts}, data ${a}`).toBe(slow.cost(a, 3n));
      }
    }
  });

  it('GF(2) degree of Boolean data on S: every polynomial of degree <= 2 (65,536) gives the cost where it is <= 2 (seed 52)', () => {
    const r = rng(52);
    const monomials = Array.from({ length: 32 }, (_, T) => T).filter((T) => ones(T) <= 2);
    for (const m of [5, 8]) {
      const pts = randomSet(r, m);
      const least = new Map<number, number>();
      for (let poly = 0; poly < 2 ** monomials.length; poly++) {
        let bits = 0;
        let deg = 0;
        monomials.forEach((T, i) => {
          if (!((poly >>> i) & 1)) return;
          deg = Math.max(deg, ones(T));
          pts.forEach((p, j) => ((p & T) === T ? (bits ^= 1 << j) : 0));
        });
        least.set(bits, Math.min(least.get(bits) ?? 9, deg));
      }
      const coster = placeCoster5(pts, 'gf2');
      const other = placeCoster(5, pts, 'gf2');
      for (let bits = 0; bits < 2 ** m; bits++) {
        const a = pts.map((_, j) => ((bits >>> j) & 1 ? -1n : 1n));
        const c = coster.cost(a, 1n) as number;
        expect(c, `seed 52, S = ${pts}, bits ${bits}`).toBe(least.get(bits) ?? Math.max(3, c));
        expect(c).toBe(other.cost(a, 1n));
      }
    }
  });

  it('the classes of 3-sets: the orbits of all C(32, 3) sets found one by one; 47 classes of 4-sets', () => {
    const maps = signedPermutations5();
    const seen = new Map<number, number>();
    for (let a = 0; a < 32; a++) for (let b = a + 1; b < 32; b++) for (let c = b + 1; c < 32; c++) {
      const S = ((1 << a) | (1 << b) | (1 << c)) >>> 0;
      let least = S;
      for (const A of maps) least = Math.min(least, ((1 << A[a]!) | (1 << A[b]!) | (1 << A[c]!)) >>> 0);
      seen.set(least, (seen.get(least) ?? 0) + 1);
    }
    const classes = pointSetClasses5(3);
    expect(classes.map((k) => [k.rep, k.size])).toEqual([...seen.entries()].sort((x, y) => x[0] - y[0]));
    expect(pointSetClasses5(4)).toHaveLength(47);
    // The writer's table (its listing bound) against the verifier's own listing, up to 6 points.
    for (let k = 0; k <= 6; k++) expect(pointSetClasses5(k).length).toBe(D5_SET_CLASSES[k]);
    expect(canonical5(0b101000).rep).toBe(0b110); // points 3, 5 (distance 2) -> 1, 2
  });

  it('the symmetry check holds for the signed permutations and fails for a transposition of two points', () => {
    expect(symmetryHolds5General(false)).toBe(true);
    expect(symmetryHolds5General(true)).toBe(true);
    const swap = Array.from({ length: 32 }, (_, x) => (x === 1 ? 2 : x === 2 ? 1 : x));
    expect(keepsCosts5(swap, false)).toBe(false);
    expect(keepsCosts5(swap, true)).toBe(false);
  });
});

describe('the class listing and search against every injection U -> C_5 (|U| = 3)', () => {
  const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
  it.each(['head-degree', 'head-gf2', 'head-max'] as const)('%s on x1; x2*x3; x4 with U = (0, 3, 5): the brute force answer is accepted, its count +-1 not', (bias) => {
    const U = [0, 3, 5];
    const codes = [0xaaaaaaaa, 0x3c3c3c3c, 0xff00ff00];
    const kind = bias === 'head-gf2' ? 'gf2' : 'degree';
    const costers = new Map<string, ReturnType<typeof placeCoster5>>();
    let best = Infinity;
    let count = 0n;
    let witness: number[] | null = null;
    for (let a = 0; a < 32; a++) for (let b = 0; b < 32; b++) for (let c = 0; c < 32; c++) {
      if (a === b || b === c || a === c) continue;
      const img = [a, b, c];
      const pts = [...img].sort((x, y) => x - y);
      const key = pts.join(',');
      if (!costers.has(key)) costers.set(key, placeCoster5(pts, kind));
      const costs = codes.map((h) => costers.get(key)!.cost(pts.map((x) => ((h >>> U[img.indexOf(x)]!) & 1 ? -1n : 1n)), 1n) as number);
      const total = bias === 'head-max' ? Math.max(...costs) : costs.reduce((s, x) => s + x, 0);
      if (total < best) [best, count, witness] = [total, 0n, null];
      if (total === best) {
        count++;
        if (witness === null) {
          // Complete the injection with the other points in increasing order, then swap two images outside U: outside the group.
          const rest = Array.from({ length: 32 }, (_, x) => x).filter((x) => !img.includes(x));
          const v = new Array<number>(32);
          U.forEach((z, i) => (v[z] = img[i]!));
          let k = 0;
          for (let z = 0; z < 32; z++) if (v[z] === undefined) v[z] = rest[k++]!;
          [v[1], v[2]] = [v[2]!, v[1]!];
          witness = v;
        }
      }
    }
    const minimizers = count * fact(29);
    const cert: Json = {
      format: 'cubecheck-recovery-certificate',
      version: 1,
      problem: { latents: 5, tasks: codes.map((c) => `hex:${c.toString(16)}`), bias, group: 'signed-permutation', support: U },
      result: { minimum: best, minimizers: minimizers.toString(), recovers: false, witness: `perm:${witness!.join(',')}` },
      produced: {},
      integrity: '',
    };
    expect(checkRecoveryD5General(cert)).toContain(`minimum ${best} (every smaller total infeasible), ${minimizers} minimisers`);
    for (const delta of [-1n, 1n]) expect(rejects(edited(cert, (j) => (j.result.minimizers = (minimizers + delta).toString())))).toBe(`the minimisers number ${minimizers}, not ${minimizers + delta}`);
  });
});

function ones(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
}
