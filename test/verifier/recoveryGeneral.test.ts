/**
 * The verifier's general recovery route (src/verifier/recoveryGeneral.ts: partial support,
 * rational tasks) against a brute force written here from the definitions: every bijection V of
 * C_d, each head's data on V(U) costed by the verifier's interpolator directly (no linearity, no
 * point-set classes) or, for head-gf2, by trying every Boolean extension. Random problems at
 * d = 2 and 3 (fixed seeds, printed on failure); then crafted certificates: a smaller false
 * minimum, an instance too large, malformed fields, each rejected in one line.
 */
import { describe, expect, it } from 'vitest';
import { checkGeneralRecoveryCertificate, isGeneralRecovery } from '../../src/verifier/recoveryGeneral.js';
import { pointSetClasses } from '../../src/verifier/recoveryGeneralSymmetry.js';
import { groupElements, inGroup } from '../../src/verifier/recoveryGeneralGroup.js';
import { interpolate } from '../../src/verifier/interpolate.js';
import { type Q, add, compare, rat, text } from '../../src/verifier/rational.js';
import { walshOf } from '../../src/verifier/walsh.js';
import { Rejection } from '../../src/verifier/reject.js';

type Bias = 'head-degree' | 'head-gf2' | 'head-max' | 'head-profile';
type Cost = number | Q[];

const ones = (v: number): number => (v === 0 ? 0 : (v & 1) + ones(v >>> 1));

function permutations(items: readonly number[]): number[][] {
  if (items.length === 0) return [[]];
  return items.flatMap((f) => permutations(items.filter((y) => y !== f)).map((r) => [f, ...r]));
}

/** The cost of one head from its data (value per point, null where unseen), from the definitions. */
function headCost(d: number, bias: Bias, table: readonly (Q | null)[]): Cost {
  const size = 1 << d;
  if (bias === 'head-gf2') {
    const unseen = table.flatMap((v, x) => (v === null ? [x] : []));
    let best = Infinity;
    for (let bits = 0; bits < 2 ** unseen.length; bits++) {
      const f: number[] = table.map((v) => (v === null ? 0 : v.p === -1n ? 1 : 0));
      unseen.forEach((x, i) => (f[x] = (bits >>> i) & 1));
      for (let bit = 1; bit < size; bit <<= 1) for (let x = 0; x < size; x++) if (x & bit) f[x]! ^= f[x ^ bit]!;
      best = Math.min(best, Math.max(0, ...f.map((a, s) => (a ? ones(s) : 0))));
    }
    return best;
  }
  const den = table.reduce((l, v) => (v === null ? l : (l * v.q) / gcd(l, v.q)), 1n);
  const values = Int32Array.from(table, (v) => (v === null ? 0 : Number((v.p * den) / v.q)));
  const points = Uint32Array.from(table.flatMap((v, x) => (v === null ? [] : [x])));
  const g = interpolate({ n: d, values }, { n: d, points });
  const c = walshOf([...g.numerators]);
  if (bias === 'head-profile') return Array.from({ length: d + 1 }, (_, k) => rat(c.reduce((a, v, s) => (ones(s) === k ? a + v * v : a), 0n), BigInt(size * size) * g.denominator * g.denominator * den * den));
  return Math.max(0, ...c.map((v, s) => (v !== 0n ? ones(s) : 0)));
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

const cmp = (a: Cost, b: Cost): number => {
  if (typeof a === 'number') return a - (b as number);
  for (let k = a.length - 1; k >= 0; k--) if (compare(a[k]!, (b as Q[])[k]!) !== 0) return compare(a[k]!, (b as Q[])[k]!);
  return 0;
};

interface Problem {
  readonly d: number;
  readonly tasks: readonly Q[][];
  readonly support: readonly number[];
  readonly bias: Bias;
  readonly group: 'signed-permutation' | 'gf2-affine';
}

/** Minimum, count, minimisers in the group and one outside, over every bijection. */
function bruteForce(p: Problem): { minimum: Cost; count: bigint; inside: bigint; witness: number[] | null } {
  const size = 1 << p.d;
  const memo = new Map<string, Cost>();
  let best: { minimum: Cost; count: bigint; inside: bigint; witness: number[] | null } | null = null;
  for (const v of permutations([...Array(size).keys()])) {
    let total: Cost = p.bias === 'head-profile' ? new Array<Q>(p.d + 1).fill(rat(0n)) : 0;
    for (const h of p.tasks) {
      const table: (Q | null)[] = new Array(size).fill(null);
      for (const z of p.support) table[v[z]!] = h[z]!;
      const key = table.map((q) => (q === null ? '.' : text(q))).join(' ');
      if (!memo.has(key)) memo.set(key, headCost(p.d, p.bias, table));
      const c = memo.get(key)!;
      total = typeof c === 'number' ? (p.bias === 'head-max' ? Math.max(total as number, c) : (total as number) + c) : (total as Q[]).map((x, k) => add(x, c[k]!));
    }
    const c = best === null ? -1 : cmp(total, best.minimum);
    if (c > 0) continue;
    if (c < 0 || best === null) best = { minimum: total, count: 0n, inside: 0n, witness: null };
    best.count++;
    if (inGroup(p.d, p.group, v)) best.inside++;
    else best.witness ??= v;
  }
  return best!;
}

function certificate(p: Problem, r: { minimum: Cost; count: bigint; inside: bigint; witness: number[] | null }): Record<string, any> {
  const recovers = r.inside === r.count;
  return {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: p.d, tasks: p.tasks.map((h) => `vals:${h.map(text).join(',')}`), bias: p.bias, group: p.group, support: [...p.support] },
    result: { minimum: typeof r.minimum === 'number' ? r.minimum : r.minimum.map(text), minimizers: r.count.toString(), recovers, witness: recovers ? null : `perm:${r.witness!.join(',')}` },
    produced: {},
    integrity: '',
  };
}

function rejection(cert: Record<string, any>): string {
  try {
    checkGeneralRecoveryCertificate(cert);
  } catch (e) {
    if (e instanceof Rejection) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

/** xorshift32, for reproducible random problems. */
function rng(seed: number): () => number {
  let s = Math.imul(seed, 2654435761) >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  for (let i = 0; i < 8; i++) next(); // small seeds start with small outputs
  return next;
}

function randomProblem(seed: number, d: number): Problem {
  const r = rng(seed);
  const size = 1 << d;
  const biases: Bias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];
  const bias = biases[Math.floor(r() * 4)]!;
  const values = bias === 'head-gf2' ? [rat(1n), rat(-1n)] : [rat(1n), rat(-1n), rat(0n), rat(1n, 2n), rat(-3n, 2n)];
  const k = (d === 2 ? 1 : 2) + Math.floor(r() * 2);
  const tasks = Array.from({ length: k }, () => Array.from({ length: size }, () => values[Math.floor(r() * (r() < 0.7 ? 2 : values.length))]!));
  const support = [...Array(size).keys()].filter(() => r() < 0.75);
  if (support.length === 0) support.push(0);
  return { d, tasks, support, bias, group: r() < 0.7 ? 'signed-permutation' : 'gf2-affine' };
}

describe('the general recovery route against a brute force over every bijection', () => {
  const cases = [
    ...Array.from({ length: 10 }, (_, i) => ({ seed: 1000 + i, d: 2 })),
    ...Array.from({ length: 5 }, (_, i) => ({ seed: 2000 + i, d: 3 })),
  ];
  it.each(cases)('random problem, seed $seed, d = $d: accepted as computed; a wrong minimum or count is rejected', ({ seed, d }) => {
    const p = randomProblem(seed, d);
    const truth = bruteForce(p);
    const cert = certificate(p, truth);
    const where = `seed ${seed}: ${JSON.stringify(cert.problem)}`;
    expect(() => checkGeneralRecoveryCertificate(cert), where).not.toThrow();
    const off = structuredClone(cert);
    off.result.minimizers = (truth.count + 1n).toString();
    expect(rejection(off), where).toContain('minimisers number');
    const flipped = structuredClone(cert);
    flipped.result.recovers = !cert.result.recovers;
    flipped.result.witness = flipped.result.recovers ? null : 'perm:' + groupElements(d, p.group)[0]!.join(',');
    expect(rejection(flipped), where).toMatch(/recovers is false|lies in the group|scores/);
    if (typeof truth.minimum === 'number' && truth.minimum > 0) {
      const low = structuredClone(cert);
      low.result.minimum = truth.minimum - 1;
      expect(rejection(low), where).toContain('no bijection attains');
      const high = structuredClone(cert);
      high.result.minimum = truth.minimum + 1;
      expect(rejection(high), where).toMatch(/less than the stated minimum|no bijection attains/);
    }
  });
});

describe('crafted general recovery certificates', () => {
  const base = (): Record<string, any> => ({
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: 4, tasks: ['hex:aaaa', 'hex:3c3c'], bias: 'head-degree', group: 'signed-permutation', support: [1, 3, 5, 7, 9, 11, 13, 15] },
    result: { minimum: 1, minimizers: '1168090398720', recovers: false, witness: 'perm:8,0,9,4,10,5,11,1,12,2,13,6,14,7,15,3' },
    produced: {},
    integrity: '',
  });

  it('the true answer is accepted; a smaller false minimum with any count is refuted', () => {
    expect(checkGeneralRecoveryCertificate(base())).toContain('minimum 1 (every smaller total infeasible)');
    const c = base();
    c.result.minimum = 0;
    c.result.minimizers = '384';
    expect(rejection(c)).toBe('no bijection attains the stated minimum 0');
  });

  it('malformed or out-of-reach certificates get one-line reasons', () => {
    const edit = (f: (c: Record<string, any>) => void): string => {
      const c = base();
      f(c);
      return rejection(c);
    };
    expect(edit((c) => (c.problem.support = [1, 3, 16]))).toContain('problem.support must list distinct points of C_4');
    expect(edit((c) => (c.problem.tasks[0] = 'vals:1,2'))).toContain('must list 2^4 = 16 values');
    expect(edit((c) => (c.problem.tasks[0] = `vals:${'1'.repeat(40)},${new Array(15).fill('0').join(',')}`))).toContain('at most 30 digits');
    expect(edit((c) => ((c.problem.bias = 'head-gf2'), (c.problem.tasks[0] = `vals:1/2,${new Array(15).fill('1').join(',')}`)))).toContain('head-gf2 needs Boolean tasks');
    expect(edit((c) => (c.result.witness = 'perm:0,0,1'))).toContain('not a bijection');
    expect(edit((c) => (c.result.minimizers = '0'))).toContain('positive whole number');
    expect(edit((c) => (c.problem.latents = 5))).toContain('problem.latents must be 1..4');
    // 16 tasks with 16 distinct values on all of C_4: 16! candidate data each, refused at once.
    const wide = `vals:${Array.from({ length: 16 }, (_, z) => z).join(',')}`;
    expect(edit((c) => ((c.problem.support = 'all'), (c.problem.tasks = new Array(16).fill(wide))))).toMatch(/too large for the verifier/);
  });

  it('dispatch: full support with hex tasks stays with the Boolean route, head+rep is not this route', () => {
    expect(isGeneralRecovery(base())).toBe(true);
    expect(isGeneralRecovery({ problem: { ...base().problem, support: 'all' } })).toBe(false);
    expect(isGeneralRecovery({ problem: { ...base().problem, support: 'all', tasks: ['vals:1,0,0,0'] } })).toBe(true);
    expect(isGeneralRecovery({ problem: { ...base().problem, bias: 'head+rep' } })).toBe(false);
  });
});

describe('point-set classes', () => {
  it('d = 4: the 8-point sets fall into 74 classes under the checked signed permutations, each set once', () => {
    for (const gf2 of [false, true]) {
      const c = pointSetClasses(4, 8, gf2);
      expect(c.symmetric).toBe(true);
      expect(c.reps).toHaveLength(74);
      expect(c.sizes.reduce((a, b) => a + b, 0)).toBe(12870);
      expect(c.of.size).toBe(12870);
      for (const [S, cls] of c.of) {
        const moved = cls.move.reduce((acc, y, x) => ((cls.rep >>> x) & 1 ? acc | (1 << y) : acc), 0);
        expect(moved).toBe(S);
      }
    }
  });
});
