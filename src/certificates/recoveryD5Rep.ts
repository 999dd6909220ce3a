/**
 * The recovery certificate of an exact d = 5 answer under head+rep, hier-sum or hier-max
 * (docs/certificates.md, "Recovery certificates at d = 5"): the same format as at d <= 4
 * (recoveryRepCertificate.ts: psi recorded as an image table), for full support, Boolean tasks and
 * psi a bijection of C_5 (m = 5). The budgets are the verifier's own
 * (src/verifier/recoveryD5RepClass.ts), fed with the least costs of the engine's lists (complete up
 * to degree 3, capped at 4), which equal the verifier's. Within the lists the certificate is
 * written; past them (a head or coordinate of Fourier degree 4 or 5 within the minimum) the
 * writer runs the verifier's check first and declines with its one-line reason when it refuses.
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { candidateStore } from '../recovery/exact/candidates.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import { d5RepPastLists } from '../verifier/recoveryD5RepClass.js';
import { checkRecoveryD5Rep } from '../verifier/recoveryD5Rep.js';
import { Rejection } from '../verifier/reject.js';

const REACH = 3;

export function popcount(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
}

export function codeOf(values: RecoveryResult['problem']['tasks'][number]['numerators']): number {
  let code = 0;
  for (let z = 0; z < values.length; z++) if (Number(values[z]) === -1) code |= 1 << z;
  return code >>> 0;
}

/** Why this d = 5 representation-bias result gets no certificate, or null when it can get one. */
export function recoveryD5RepProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  const common = d5RepAnswerProblem(r);
  if (common !== null) return common;
  if (r.minimum.kind !== 'number') return 'the minimum is not a number';
  if (p.psi.m !== 5) return 'at d = 5 the verifier re-checks observations as long as the latents only (psi a bijection of C_5)';
  if (p.support !== null) return 'recovery certificates need full support';
  if (!p.tasks.every(isBoolean)) return 'recovery certificates need Boolean tasks';
  const headFloors = p.tasks.map((h) => d5Floor(popcount(codeOf(h.numerators))));
  const past = d5RepPastLists({ max: p.bias === 'hier-max', minimum: r.minimum.value, headFloors, headReach: REACH, coordinateFloor: d5Floor(16), coordinateReach: REACH });
  return past === null ? null : verifierRefusal(r, checkRecoveryD5Rep);
}

const refusals = new WeakMap<RecoveryResult, string | null>();

/**
 * Past the lists (src/verifier/recoveryD5RepClass.ts) the re-check searches exactly but may run
 * past its step budget: the writer runs the verifier's own check on the certificate first and
 * returns its one-line reason when it refuses (once per result), null when it accepts.
 */
export function verifierRefusal(r: RecoveryResult, check: (top: Record<string, unknown>) => string): string | null {
  if (refusals.has(r)) return refusals.get(r)!;
  let why: string | null = null;
  try {
    check(d5RepCertificateBody(r, 'precheck', 0));
  } catch (e) {
    if (!(e instanceof Rejection)) throw e;
    why = e.message;
  }
  refusals.set(r, why);
  return why;
}

/** Why a d = 5 rep answer is no certificate's (not exact, not counted, undecided), or null. */
export function d5RepAnswerProblem(r: RecoveryResult): string | null {
  const count = r.minimizerCount ?? r.minimizers;
  if (!r.exact || count === null || count === undefined) return 'the answer is not exact (or its minimisers are not counted)';
  if (r.recovers === null) return 'the verdict is not decided';
  return null;
}

/** The least cost in the engine's d = 5 Fourier list of weight w (complete up to degree 3), capped at REACH + 1. */
export function d5Floor(w: number): number {
  const list = candidateStore(5, 'fourier').byWeight(w);
  return list.codes.length > 0 ? Math.min(list.costs[0] as number, REACH + 1) : REACH + 1;
}

/** The d = 5 rep certificate of an answer already found certifiable: psi's image table, observed = its m. */
export function d5RepCertificateBody(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  if (r.minimum.kind !== 'number') throw new Error('internal: no recovery certificate: the minimum is not a number');
  const p = r.problem;
  const count = r.minimizerCount ?? BigInt(r.minimizers!);
  const body = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents: 5, observed: p.psi.m, psi: `map:${Array.from(p.psi.image).join(',')}`, tasks: p.tasks.map((h) => `hex:${codeOf(h.numerators).toString(16)}`), bias: p.bias, group: p.group, support: 'all' },
    result: { minimum: r.minimum.value, minimizers: count.toString(), recovers: r.recovers, witness: r.witness === null ? null : `perm:${Array.from(r.witness.image).join(',')}` },
    produced: { tool, elapsedMs, date: new Date().toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}

export function recoveryD5RepCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  const why = recoveryD5RepProblem(r);
  if (why !== null) throw new Error(`internal: no recovery certificate: ${why}`);
  return d5RepCertificateBody(r, tool, elapsedMs);
}
