/**
 * The certified S4 claim under head+rep at d = 4 (properties/S4-identifiability-curve-d4-rep.ts,
 * certificates/slow/): its task sets are the first rows of S4-identifiability-curve-d4's, its
 * certificate embeds the module as it is, and a tampered certificate is rejected: a statement that
 * no longer matches, and (statement forged to match) a flipped flag that the verifier's d = 4
 * representation route re-solves and refutes on the first instance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_SETS as ALL } from '../../properties/S4-identifiability-curve-d4.js';
import rep, { FLAGS, REP_K, TASK_SETS } from '../../properties/S4-identifiability-curve-d4-rep.js';
import { s4Forgery } from './helpers/s4Forgery.js';

const temp = mkdtempSync(join(tmpdir(), 'cubecheck-s4rep-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('S4 at d = 4 under head+rep', () => {
  it('lists the first REP_K rows of the d = 4 curve sets and states their counts', () => {
    expect(TASK_SETS).toEqual(ALL.slice(0, REP_K));
    expect(FLAGS).toHaveLength(REP_K);
    expect(rep.statement).toContain('for k = 1..3 Boolean tasks');
    expect(rep.statement).toContain('per k: 7, 5, 4;');
  });

  it('its certificate is current, and a tampered copy is rejected', async () => {
    // Set 1:0 ('17fc') does not recover; flag it as recovering.
    const row = "FLAGS: readonly string[] = ['0111101101',";
    const { certificate: c, text, claim, reason } = s4Forgery('S4-identifiability-curve-d4-rep', row, "FLAGS: readonly string[] = ['1111101101',", temp);
    expect((c.claim as { sourceText: string }).sourceText).toBe(text);
    expect(c.verdict).toBe('holds');
    expect(text.split(row)).toHaveLength(2);
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    const statement = (claim.statement as string).replace('per k: 7, 5, 4;', 'per k: 8, 5, 4;');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
