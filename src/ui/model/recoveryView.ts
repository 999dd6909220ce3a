/** A recovery result as rows: the minimum, the minimisers, the verdict on recovery, a witness. */
import { analyzeMap } from '../../analysis/mapAnalysis.js';
import { grouped } from '../../report/check/numbers.js';
import { formatMap } from '../../expr/format.js';
import type { BoolMap } from '../../maps/boolMap.js';
import type { Objective, RecoveryResult } from '../../recovery/types.js';
import type { RecoveryOutcome } from '../state/types.js';
import { type PanelRow, text, wrapped } from './panel.js';
import { signs } from './points.js';
import { GROUP_KINDS } from '../../vocabulary/groups/index.js';

export function objectiveText(o: Objective): string {
  return o.kind === 'number' ? String(o.value) : `profile W^0..W^${o.weights.length - 1} = ${o.weights.map((w) => w.toString()).join(', ')}`;
}

function mapRows(label: string, v: BoolMap, width: number): PanelRow[] {
  const a = analyzeMap(v);
  const kind = a.signedPermutation ? 'a signed permutation' : a.gf2Affine ? 'GF(2)-affine, not a signed permutation' : 'neither a signed permutation nor GF(2)-affine';
  const rows = [...wrapped(`${label} V = ${formatMap(v)}`, width), text(`  V is ${kind}; coordinate degrees ${a.componentDegrees.join(', ')}`)];
  for (let z = 0; z < v.image.length && z < 64; z++) rows.push(text(`  ${String(z).padStart(4)} ${signs(z, v.n)} -> ${String(v.image[z]).padStart(3)} ${signs(v.image[z]!, v.m)}`));
  return rows;
}

/**
 * The headline and its tone, from the same fields the rows show: the verdict on recovery, the
 * number of minimisers when counted, and whether the minimum is proven. "UNKNOWN: the minimum is
 * not proven" only when it is not (an exact minimum whose minimisers were not all classified is
 * UNDECIDED, not unknown).
 */
export function recoveryVerdict(r: RecoveryResult): { readonly headline: string; readonly tone: 'good' | 'bad' | 'warn' } {
  const group = GROUP_KINDS[r.problem.group].plural;
  const count = r.minimizers === null ? null : grouped(r.minimizers);
  if (r.recovers === true) {
    return { headline: count === null ? `RECOVERS: every minimiser lies in the ${group}` : `RECOVERS: all ${count} minimiser${r.minimizers === 1 ? '' : 's'} lie in the ${group}`, tone: 'good' };
  }
  if (r.recovers === false) {
    return { headline: `DOES NOT RECOVER: ${count === null ? 'a minimiser' : `of ${count} minimisers, one`} lies outside the ${group}`, tone: 'bad' };
  }
  if (r.exact) {
    return { headline: `UNDECIDED: the minimum is exact, but whether every minimiser lies in the ${group} is not known`, tone: 'warn' };
  }
  return { headline: 'UNKNOWN: the minimum is not proven, so recovery is undecided', tone: 'warn' };
}

export function recoveryOutcome(r: RecoveryResult, width: number): RecoveryOutcome {
  const p = r.problem;
  const total = r.stats.covered;
  const { headline, tone } = recoveryVerdict(r);
  const rows: PanelRow[] = [
    text(`minimum of ${p.bias}: ${objectiveText(r.minimum)}${r.exact ? ' (exact)' : ' (best found, not proven)'}`),
    ...wrapped(`why: ${r.stats.proof}`, width),
    text(`minimisers: ${r.minimizers === null ? `not counted${total !== null ? ` (among ${grouped(total)} bijections)` : ''}` : `${grouped(r.minimizers)}${total !== null ? ` of ${grouped(total)} bijections` : ''}`}`),
    text(`at the true latents (V = identity): ${objectiveText(r.trueLatentsObjective)}`),
    text(`method: ${r.stats.method}, ${grouped(r.stats.evaluations)} evaluations${r.stats.aborted ? ' (cancelled)' : ''}`),
    ...(p.psi.m > p.d ? wrapped(`observations: psi maps C_${p.d} into C_${p.psi.m} (the paper's setting); Phi is free off psi's image, each coordinate costs its least-degree extension`, width) : []),
    text(''),
  ];
  rows.push(...(r.witness ? mapRows('witness (a minimiser outside the group):', r.witness, width) : mapRows(r.exact ? 'a minimiser:' : 'best found:', r.best, width)));
  return { kind: 'done', headline, tone, rows };
}
