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

export function recoveryOutcome(r: RecoveryResult, width: number): RecoveryOutcome {
  const p = r.problem;
  const total = r.stats.covered;
  const group = GROUP_KINDS[p.group].plural;
  const headline =
    r.recovers === true ? `RECOVERS: every minimiser lies in the ${group}` : r.recovers === false ? `DOES NOT RECOVER: a minimiser outside the ${group}` : 'UNKNOWN: the minimum is not proven';
  const tone = r.recovers === true ? 'good' : r.recovers === false ? 'bad' : 'warn';
  const rows: PanelRow[] = [
    text(`minimum of ${p.bias}: ${objectiveText(r.minimum)}${r.exact ? ' (exact)' : ' (best found, not proven)'}`),
    ...wrapped(`why: ${r.stats.proof}`, width),
    text(`minimisers: ${r.minimizers === null ? 'not counted' : grouped(r.minimizers)}${total !== null ? ` of ${grouped(total)} bijections` : ''}`),
    text(`at the true latents (V = identity): ${objectiveText(r.trueLatentsObjective)}`),
    text(`method: ${r.stats.method}, ${grouped(r.stats.evaluations)} evaluations${r.stats.aborted ? ' (cancelled)' : ''}`),
    text(''),
  ];
  rows.push(...(r.witness ? mapRows('witness (a minimiser outside the group):', r.witness, width) : mapRows(r.exact ? 'a minimiser:' : 'best found:', r.best, width)));
  return { kind: 'done', headline, tone, rows };
}
