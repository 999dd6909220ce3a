/**
 * The certified S4 claim under hier-max at d = 4 (properties/S4-identifiability-curve-d4-hier-max.ts,
 * certificates/slow/): its task sets are the first rows of S4-identifiability-curve-d4's, its flags
 * are the engine's curve (the README curve table: 6, 4, 3, 3, 1, 0, 0 of 10), its certificate embeds
 * the module as it is, and a tampered certificate is rejected: a statement that no longer matches,
 * and (statement forged to match) a flipped flag that the verifier's verdict-only route
 * (recoveryVerdictRep, src/verifier/recoverySolveRep.ts) re-solves and refutes on the first instance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_SETS as ALL } from '../../properties/S4-identifiability-curve-d4.js';
import hm, { FLAGS, HM_K, TASK_SETS } from '../../properties/S4-identifiability-curve-d4-hier-max.js';
import { s4Forgery } from './helpers/s4Forgery.js';
import { recoveryVerdict as engineVerdict } from '../../src/check/kernel/worldModel.js';
import type { Fn } from '../../src/claim/index.js';

const temp = mkdtempSync(join(tmpdir(), 'cubecheck-s4hm-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });

describe('S4 at d = 4 under hier-max', () => {
  it('lists the first HM_K rows of the d = 4 curve sets, and its flags are the engine\'s verdicts', () => {
    expect(HM_K).toBe(7);
    expect(TASK_SETS).toEqual(ALL.slice(0, HM_K));
    expect(hm.statement).toContain('for k = 1..7 Boolean tasks');
    expect(hm.statement).toContain('per k: 6, 4, 3, 3, 1, 0, 0;');
    const engine = TASK_SETS.map((sets) =>
      sets.map((set) => (engineVerdict({ tasks: Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4))), bias: 'hier-max', group: 'signed-permutation' }).recovers ? '1' : '0')).join(''),
    );
    expect(engine).toEqual(FLAGS);
  });

  it('its certificate is current, and a tampered copy is rejected', async () => {
    // Set 1:0 ('17fc') does not recover under hier-max; flag it as recovering.
    const row = "FLAGS: readonly string[] = ['0011101101',";
    const { certificate: c, text, claim, reason } = s4Forgery('S4-identifiability-curve-d4-hier-max', row, "FLAGS: readonly string[] = ['1011101101',", temp);
    expect((c.claim as { sourceText: string }).sourceText).toBe(text);
    expect(c.verdict).toBe('holds');
    expect(text.split(row)).toHaveLength(2);
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    const statement = (claim.statement as string).replace('per k: 6, 4, 3, 3, 1, 0, 0;', 'per k: 7, 4, 3, 3, 1, 0, 0;');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
