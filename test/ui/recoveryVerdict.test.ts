/** The Recovery screen's headline agrees with its rows (issue 15: no "UNKNOWN ... not proven" above "(exact)"). */
import { describe, expect, it } from 'vitest';
import { recover } from '../../src/recovery/engine.js';
import type { RecoveryProblem, RecoveryResult } from '../../src/recovery/types.js';
import { recoveryOutcome } from '../../src/ui/model/recoveryView.js';
import { readRecoveryForm } from '../../src/ui/model/recoveryInput.js';

async function dictators(): Promise<RecoveryResult> {
  const problem = readRecoveryForm({ d: '3', tasks: 'x1; x2; x3', psi: '', support: '', bias: 'head-degree', group: 'signed-permutation' });
  if (!problem.ok) throw new Error(problem.error);
  return recover(problem.value as RecoveryProblem, {});
}

function texts(r: RecoveryResult): { headline: string; rows: string[] } {
  const o = recoveryOutcome(r, 76);
  if (o.kind !== 'done') throw new Error('no outcome');
  return { headline: o.headline, rows: o.rows.map((x) => (x.kind === 'text' ? x.text : '')) };
}

describe('the recovery verdict', () => {
  it('an exact minimum is never headed "the minimum is not proven"', async () => {
    const r = await dictators();
    expect(r.exact).toBe(true);
    const undecided = texts({ ...r, recovers: null, minimizers: null, witness: null });
    expect(undecided.rows.some((x) => x.includes('(exact)'))).toBe(true);
    expect(undecided.headline).not.toContain('not proven');
    expect(undecided.headline).toMatch(/^UNDECIDED: the minimum is exact/);
    expect(undecided.rows).toContain('minimisers: not counted (among 40,320 bijections)');
  });

  it('the headline counts the minimisers the rows count', async () => {
    const r = await dictators();
    const t = texts(r);
    expect(t.headline).toBe('RECOVERS: all 48 minimisers lie in the signed permutations');
    expect(t.rows).toContain('minimisers: 48 of 40,320 bijections');
  });

  it('a minimum not proven is UNKNOWN, and the rows say best found', async () => {
    const r = await dictators();
    const t = texts({ ...r, exact: false, recovers: null, minimizers: null, witness: null });
    expect(t.headline).toMatch(/^UNKNOWN: the minimum is not proven/);
    expect(t.rows.some((x) => x.includes('(best found, not proven)'))).toBe(true);
  });
});
