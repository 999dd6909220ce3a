/**
 * The identifiability curve (docs/math.md S4): for k = 1..K, the fraction of M sampled sets of k tasks
 * (from a stated distribution) for which every minimiser of the bias recovers the latents (is in
 * the group). Exact per instance (enumeration for d <= 3, the tuple search of exact/ at d = 4);
 * the same sampled task sets serve every bias, so the biases are compared on identical instances.
 * Deterministic for a seed. At d = 4 an instance the tuple search does not settle within the
 * per-instance time limit is counted as undecided (never as recovered or not).
 */
import { Rational } from '../core/rational.js';
import { InputError } from '../core/result.js';
import type { BoolMap } from '../maps/boolMap.js';
import { MAX_EXHAUSTIVE_D, recoverExhaustive } from './engine.js';
import { recoverByTuplesAsync } from './exact/exactRecovery.js';
import { type TaskDistribution, sampleTask } from './distributions.js';
import { makeRng } from './rng.js';
import type { Bias, Group } from './types.js';

export interface CurveOptions {
  readonly d: number;
  readonly psi: BoolMap;
  readonly biases: readonly Bias[];
  readonly group: Group;
  readonly distribution: TaskDistribution;
  /** k runs from kMin (default 1) to kMax. */
  readonly kMin?: number;
  readonly kMax: number;
  readonly samples: number;
  readonly seed: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (k: number, sample: number) => void;
  /** Called after each instance answer (for progress lines and partial output). */
  readonly onInstance?: (i: CurveInstance) => void;
  /** d = 4: the tuple search's time limit per instance and bias (default 20000 ms). */
  readonly instanceTimeLimitMs?: number;
}

/** Largest d the curve solves exactly (d = 4 by the tuple search). */
export const MAX_CURVE_D = 4;

export interface CurvePoint {
  readonly k: number;
  readonly samples: number;
  /** recovered[b] = instances where bias biases[b] recovers. */
  readonly recovered: readonly number[];
  /** undecided[b]: instances bias b could not settle in time (d = 4 only; 0 otherwise). */
  readonly undecided: readonly number[];
  /** recovered / samples (undecided instances count as not recovered here: see undecided). */
  readonly fractions: readonly Rational[];
}

/** One instance answer: sample s (0-based) at k tasks, bias index b. */
export interface CurveInstance {
  readonly k: number;
  readonly sample: number;
  readonly bias: Bias;
  /** true: every minimiser in the group; false: one is not; null: undecided within the limit. */
  readonly recovers: boolean | null;
  readonly ms: number;
}

export interface CurveResult {
  readonly points: readonly CurvePoint[];
  /** Every instance answer, in the order decided (a point's samples, each bias in turn). */
  readonly instances: readonly CurveInstance[];
  /** True when interrupted: the last point may hold fewer samples. */
  readonly aborted: boolean;
}

export async function identifiabilityCurve(o: CurveOptions): Promise<CurveResult> {
  if (o.d > MAX_CURVE_D) throw new InputError(`the curve needs exact answers: at most ${MAX_CURVE_D} latents`);
  const rng = makeRng(o.seed);
  const points: CurvePoint[] = [];
  const instances: CurveInstance[] = [];
  for (let k = o.kMin ?? 1; k <= o.kMax; k++) {
    const recovered = o.biases.map(() => 0);
    const undecided = o.biases.map(() => 0);
    let done = 0;
    for (let s = 0; s < o.samples; s++) {
      if (o.signal?.aborted) break;
      const tasks = Array.from({ length: k }, () => sampleTask(o.distribution, o.d, rng));
      // At d = 4 head+rep and hier-sum are one search (the same objective, the same call): decided once.
      const shared = new Map<Bias, boolean | null>();
      for (let b = 0; b < o.biases.length; b++) {
        const p = { d: o.d, psi: o.psi, tasks, bias: o.biases[b]!, group: o.group, support: null };
        const started = Date.now();
        const twin = o.d > MAX_EXHAUSTIVE_D ? shared.get(repTwin(p.bias)) : undefined;
        const verdict =
          twin !== undefined
            ? twin
            : o.d <= MAX_EXHAUSTIVE_D
              ? recoverExhaustive(p).recovers
              : ((await recoverByTuplesAsync(p, o.signal, started + (o.instanceTimeLimitMs ?? 20_000), 'verdict'))?.recovers ?? null);
        shared.set(p.bias, verdict);
        if (o.signal?.aborted) break;
        const answer: CurveInstance = { k, sample: s, bias: o.biases[b]!, recovers: verdict, ms: Date.now() - started };
        instances.push(answer);
        o.onInstance?.(answer);
        if (verdict === true) recovered[b]!++;
        if (verdict === null) undecided[b]!++;
      }
      if (o.signal?.aborted) break;
      done++;
      o.onProgress?.(k, done);
      if (done % 16 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (done > 0) points.push({ k, samples: done, recovered, undecided, fractions: recovered.map((r) => Rational.of(r, done)) });
    if (o.signal?.aborted) return { points, instances: decidedOnly(instances, points), aborted: true };
  }
  return { points, instances, aborted: false };
}

/** The bias whose d = 4 answer is the same (head+rep <-> hier-sum), or the bias itself. */
function repTwin(b: Bias): Bias {
  return b === 'head+rep' ? 'hier-sum' : b === 'hier-sum' ? 'head+rep' : b;
}

/** The answers of the samples a point counts (an interrupted sample's partial answers are dropped). */
function decidedOnly(instances: readonly CurveInstance[], points: readonly CurvePoint[]): CurveInstance[] {
  const counted = new Map(points.map((p) => [p.k, p.samples]));
  return instances.filter((i) => i.sample < (counted.get(i.k) ?? 0));
}
