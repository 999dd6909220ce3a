/**
 * The verifier's route for representation biases with partial support or rational tasks
 * (src/verifier/recoveryGeneralRep*.ts) against the engine: random problems (fixed seeds, printed
 * on failure) at d = 2, 3 (the engine's exhaustive enumeration), and a few at d = 4 (supports of 8 points) (the general
 * search refined by Phi's coordinates), each made into a certificate that must verify, while the
 * same certificate with the minimum or the count moved by one must not. The symmetry it uses
 * gives the same count as none; its checks catch maps that do not move bits and coordinate costs
 * that complementing changes; the step budget and the listing limit reject in one line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recover } from '../../src/recovery/engine.js';
import { exactApplies } from '../../src/recovery/exact/exactRecovery.js';
import type { RecoveryProblem } from '../../src/recovery/types.js';
import { recoveryCertificate } from '../../src/certificates/recoveryCertificate.js';
import { checkGeneralRepCertificate, isGeneralRepCertificate } from '../../src/verifier/recoveryGeneralRep.js';
import { type Coordinates, countRepAtPlace } from '../../src/verifier/recoveryGeneralRepSearch.js';
import { complementKeepsCost, movesBits, repClasses, singletonClasses } from '../../src/verifier/recoveryGeneralRepSymmetry.js';
import { placeCoster } from '../../src/verifier/recoveryGeneralCosts.js';
import { parseSupport, parseTask, taskOn } from '../../src/verifier/recoveryGeneral.js';
import { coordinateCost, fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';
import { Rejection } from '../../src/verifier/reject.js';
import { SEED, arbBooleanTask } from '../recovery/helpers.js';
import { REP_BIASES, arbRepProblem } from '../recovery/exact/repHelpers.js';

type Json = Record<string, any>;

const certOf = async (p: RecoveryProblem): Promise<Json> => {
  const r = await recover(p, { exactTimeLimitMs: 120_000 });
  expect(r.exact).toBe(true);
  return recoveryCertificate(r, 'test', 0) as Json;
};

const edited = (c: Json, edit: (j: Json) => void): Json => {
  const copy = JSON.parse(JSON.stringify(c)) as Json;
  edit(copy);
  return copy;
};

function rejects(c: Json, limit?: number): string {
  try {
    checkGeneralRepCertificate(c, limit);
  } catch (e) {
    expect(e).toBeInstanceOf(Rejection);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('accepted');
}

/** The engine's answer verifies; the minimum or the count moved by one does not. */
function agrees(c: Json): void {
  expect(isGeneralRepCertificate(c)).toBe(true);
  expect(checkGeneralRepCertificate(c)).toContain(`${c.result.minimizers} minimisers`);
  expect(rejects(edited(c, (j) => (j.result.minimum -= 1)))).toMatch(/no bijection attains|result.infeasible lists/);
  expect(rejects(edited(c, (j) => (j.result.minimum += 1)))).toContain('less than the stated minimum');
  expect(rejects(edited(c, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) + 1n).toString())))).toContain('the minimisers number');
}

/** The count with the verifier's classes and with every point set its own class. */
function countsBothWays(c: Json): [bigint, bigint] {
  const { latents: d, observed: m, psi, tasks: raw, support, bias } = c.problem;
  const U = parseSupport(support, d);
  const tasks = (raw as string[]).map((t, i) => taskOn(parseTask(t, d, `t${i}`), U));
  const image = (psi as string).slice(4).split(',').map(Number);
  const cost = coordinateCost(d, m, image, fourierDegrees(d));
  const table = new Uint8Array(2 ** (1 << d));
  const sorted: { code: number; cost: number }[] = [];
  for (let b = 0; b < table.length; b++) if (b.toString(2).split('1').length - 1 === (1 << d) / 2) sorted.push({ code: b, cost: (table[b] = cost(b)) });
  sorted.sort((a, b) => a.cost - b.cost);
  const coordinates: Coordinates = { sorted, table };
  const count = (classes: ReturnType<typeof singletonClasses>): bigint =>
    classes.reps.reduce((acc, S0, i) => {
      const points = [...Array(1 << d).keys()].filter((x) => (S0 >>> x) & 1);
      const spec = { d, U, tasks, bias, minimum: c.result.minimum, coordinates, budget: { work: 0, limit: 1e9 } };
      return acc + BigInt(classes.sizes[i]!) * countRepAtPlace(spec, S0, placeCoster(d, points, 'degree'), new Map());
    }, 0n);
  return [count(repClasses(d, U.length, coordinates)), count(singletonClasses(d, U.length))];
}

describe('the general representation-bias route against the engine', () => {
  for (const d of [2, 3]) {
    for (const bias of REP_BIASES) {
      it(`d = ${d}, ${bias}: random supports, Boolean and rational tasks, m = d..d + 2`, async () => {
        let checked = 0;
        await fc.assert(
          fc.asyncProperty(arbRepProblem(d, bias, fc.constantFrom(d, d, d + 1, d + 2)), async (p) => {
            if (exactApplies(p)) return; // full support, Boolean tasks: the other route's
            agrees(await certOf(p));
            checked++;
          }),
          { seed: SEED + d, numRuns: d === 3 ? 5 : 25 },
        );
        expect(checked).toBeGreaterThan(d === 3 ? 2 : 12);
      });
    }
  }

  it('d = 3: the checked symmetry gives the same count as none (random problems)', async () => {
    await fc.assert(
      fc.asyncProperty(arbRepProblem(3, 'head+rep', fc.constantFrom(3, 4)), fc.constantFrom(...REP_BIASES), async (p0, bias) => {
        const p = { ...p0, bias, support: p0.support ?? [0, 1, 2, 4, 7] };
        const c = await certOf(p);
        const [withClasses, without] = countsBothWays(c);
        expect(withClasses).toBe(without);
        expect(withClasses).toBe(BigInt(c.result.minimizers));
      }),
      { seed: SEED, numRuns: 4 },
    );
  });

  it('d = 4: one or two random Boolean tasks on random supports of 8 points', async () => {
    const arb = fc.record({
      d: fc.constant(4),
      psi: fc.constant({ n: 4, m: 4, image: Uint32Array.from([...Array(16).keys()]) }),
      tasks: fc.array(arbBooleanTask(4), { minLength: 1, maxLength: 2 }),
      bias: fc.constantFrom(...REP_BIASES),
      group: fc.constant('signed-permutation' as const),
      support: fc.shuffledSubarray([...Array(16).keys()], { minLength: 8, maxLength: 8 }).map((s) => [...s].sort((a, b) => a - b)),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (p) => agrees(await certOf(p))),
      { seed: SEED + 4, numRuns: 3 },
    );
  }, 120_000);
});

describe('the general representation-bias route: its own checks', () => {
  it('the symmetry checks catch a map that does not move bits and a cost that complementing changes', () => {
    expect(movesBits(3, [0, 1, 2, 3, 4, 5, 6, 7])).toBe(true);
    expect(movesBits(3, [7, 6, 5, 4, 3, 2, 1, 0])).toBe(true);
    expect(movesBits(3, [0, 1, 2, 3, 4, 5, 7, 6])).toBe(false);
    const table = new Uint8Array(256);
    const sorted = [0x0f, 0xf0].map((code, i) => ({ code, cost: (table[code] = i + 1) }));
    expect(complementKeepsCost(3, { sorted, table })).toBe(false);
    table[0xf0] = 1;
    expect(complementKeepsCost(3, { sorted: sorted.map((e) => ({ ...e, cost: 1 })), table })).toBe(true);
  });

  it('past the step budget, or listing too many candidate data, the certificate is rejected in one line', () => {
    const base: Json = {
      format: 'cubecheck-recovery-certificate',
      version: 1,
      problem: { latents: 4, observed: 4, psi: `map:${[...Array(16).keys()].join(',')}`, tasks: ['hex:aaaa', 'hex:3c3c'], bias: 'head+rep', group: 'signed-permutation', support: [1, 3, 5, 7, 9, 11, 13, 15] },
      result: { minimum: 6, minimizers: '1152', recovers: false, witness: 'perm:11,3,15,7,13,5,9,1,10,2,14,6,12,4,8,0', infeasible: [5] },
      produced: {},
      integrity: '',
    };
    expect(checkGeneralRepCertificate(base)).toContain('1152 minimisers');
    expect(rejects(base, 1000)).toContain('more than 1000 steps (too large for the verifier)');
    const distinct = edited(base, (j) => ((j.problem.support = 'all'), (j.problem.tasks = [`vals:${[...Array(16).keys()].join(',')}`])));
    expect(rejects(distinct)).toMatch(/would list \d+ candidate data \(too large/);
  });
});
