/** The readable text of `recover`. */
import { formatMap } from '../expr/index.js';
import { countBijections } from '../search/enumerate/counts.js';
import type { Objective, RecoveryResult } from '../recovery/types.js';

export function objectiveText(o: Objective): string {
  return o.kind === 'number' ? String(o.value) : `profile W^0..W^${o.weights.length - 1} = (${o.weights.map(String).join(', ')})`;
}

const groupName = (g: string): string => (g === 'signed-permutation' ? 'signed permutation' : 'GF(2)-affine map');

export function recoveryText(r: RecoveryResult): string {
  const p = r.problem;
  const total = countBijections(p.d).toString();
  const support = p.support === null ? `all ${2 ** p.d} points` : `${p.support.length} of ${2 ** p.d} points (${p.support.join(',')})`;
  const out: string[] = [];
  out.push(`recover: ${p.d} latent${p.d === 1 ? '' : 's'}, ${p.tasks.length} task${p.tasks.length === 1 ? '' : 's'}, bias ${p.bias}, up to ${groupName(p.group)}s`);
  out.push(`  psi ${p.psi.m > p.d ? `C_${p.d} -> C_${p.psi.m} (observations longer than the latents; Phi free off psi's image) ` : ''}${formatMap(p.psi)}, support ${support}`);
  out.push('');
  const s = r.stats;
  if (r.exact) out.push(`minimum:      ${objectiveText(r.minimum)}  (exact: ${s.proof})`);
  else out.push(`best found:   ${objectiveText(r.minimum)}  (NOT proven minimal: ${s.proof})`);
  const count = r.minimizerCount ?? r.minimizers;
  out.push(`minimisers:   ${count === null || count === undefined ? 'unknown' : `${count} of ${total} bijections V`}`);
  const rec =
    r.recovers === true
      ? `yes: every minimiser V is a ${groupName(p.group)}`
      : r.recovers === false
        ? `no: a minimiser V is not a ${groupName(p.group)}`
        : 'unknown (no proof either way)';
  out.push(`recovers:     ${rec}`);
  out.push(`witness:      ${r.witness ? formatMap(r.witness) : 'none'}`);
  out.push(`${r.exact ? 'a minimiser' : 'best V'}:  ${formatMap(r.best)}`);
  const atId = objectiveText(r.trueLatentsObjective);
  const same = atId === objectiveText(r.minimum);
  out.push(`true latents: ${atId} at V = identity${r.exact ? (same ? ' (a minimiser)' : ' (not a minimiser)') : ''}`);
  const how =
    s.method === 'cosets'
      ? `${s.evaluations} orbit representatives x ${s.orbitSize} (symmetry: ${groupName(s.symmetry ?? '')}s)`
      : s.method === 'exhaustive'
        ? `${s.evaluations} bijections, one by one`
        : s.method === 'tuples'
          ? `exact search over heads (by tuples, by places, or by dictator coordinates), ${s.evaluations} nodes (symmetry broken on the heads: docs/world-model.md)`
          : s.method === 'theorem'
          ? 'no enumeration: a theorem certificate'
          : `local search, ${s.evaluations} evaluations, ${s.restarts} start${s.restarts === 1 ? '' : 's'}`;
  out.push(`searched:     ${how}${s.lowerBound !== null ? `; lower bound ${s.lowerBound}` : ''}${s.aborted ? '; interrupted' : ''}`);
  return `${out.join('\n')}\n`;
}
