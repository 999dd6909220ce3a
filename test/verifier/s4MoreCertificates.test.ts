/**
 * The S4 claims at d = 4 past the first certified range (properties/S4-identifiability-curve-d4-
 * {rep-k4, -k5, -k6a, -k6b, -k6c, -k7, -k8, profile-k7, profile-k8, hier-max-k8a, -k8b, -k8c}.ts, certificates/slow/): each copies its rows
 * of S4-identifiability-curve-d4's task sets, its flags are the engine's verdicts set by set (every
 * certificate was written by `check`, which evaluates the predicate with the engine's kernel on
 * every covered set; here it is current and says so, and the engine is re-run on the sets it
 * decides fast), its statement counts them, and a tampered copy is rejected: a statement that no
 * longer matches, and (statement forged to match) a flipped flag that the verifier re-solves and refutes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_SETS as ALL } from '../../properties/S4-identifiability-curve-d4.js';
import { s4Forgery } from './helpers/s4Forgery.js';
import { recoveryVerdict as engineVerdict } from '../../src/check/kernel/worldModel.js';
import type { Fn, RecoveryQuery } from '../../src/claim/index.js';
import * as m_rep_k4 from '../../properties/S4-identifiability-curve-d4-rep-k4.js';
import * as m_rep_k5 from '../../properties/S4-identifiability-curve-d4-rep-k5.js';
import * as m_rep_k6a from '../../properties/S4-identifiability-curve-d4-rep-k6a.js';
import * as m_rep_k6b from '../../properties/S4-identifiability-curve-d4-rep-k6b.js';
import * as m_rep_k6c from '../../properties/S4-identifiability-curve-d4-rep-k6c.js';
import * as m_rep_k7 from '../../properties/S4-identifiability-curve-d4-rep-k7.js';
import * as m_rep_k8 from '../../properties/S4-identifiability-curve-d4-rep-k8.js';
import * as m_rep_k8b from '../../properties/S4-identifiability-curve-d4-rep-k8b.js';
import * as m_profile_k7 from '../../properties/S4-identifiability-curve-d4-profile-k7.js';
import * as m_profile_k8 from '../../properties/S4-identifiability-curve-d4-profile-k8.js';
import * as m_hier_max_k8a from '../../properties/S4-identifiability-curve-d4-hier-max-k8a.js';
import * as m_hier_max_k8b from '../../properties/S4-identifiability-curve-d4-hier-max-k8b.js';
import * as m_hier_max_k8c from '../../properties/S4-identifiability-curve-d4-hier-max-k8c.js';
import * as m_hier_max_k8d from '../../properties/S4-identifiability-curve-d4-hier-max-k8d.js';

const temp = mkdtempSync(join(tmpdir(), 'cubecheck-s4more-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const root = join(import.meta.dirname, '..', '..');
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

interface Module {
  readonly default: { readonly statement: string };
  readonly BIAS: RecoveryQuery['bias'];
  readonly K: readonly number[];
  readonly TASK_SETS: readonly (readonly string[])[];
  readonly FLAGS: readonly string[];
}

/** Each claim: its bias, k, flags (README curve tables) and the statement's count. */
const MODULES: Readonly<Record<string, Module>> = { 'rep-k4': m_rep_k4, 'rep-k5': m_rep_k5, 'rep-k6a': m_rep_k6a, 'rep-k6b': m_rep_k6b, 'rep-k6c': m_rep_k6c, 'rep-k7': m_rep_k7, 'rep-k8': m_rep_k8, 'rep-k8b': m_rep_k8b, 'profile-k7': m_profile_k7, 'profile-k8': m_profile_k8, 'hier-max-k8a': m_hier_max_k8a, 'hier-max-k8b': m_hier_max_k8b, 'hier-max-k8c': m_hier_max_k8c, 'hier-max-k8d': m_hier_max_k8d };
const CLAIMS: readonly (readonly [string, RecoveryQuery['bias'], number, string, string])[] = [
  ['rep-k4', 'head+rep', 4, '0000110011', 'k = 4: 4 of 10'],
  ['rep-k5', 'head+rep', 5, '0001010001', 'k = 5: 3 of 10'],
  ['rep-k6a', 'head+rep', 6, '00000-----', 'k = 6: 0 of 5'],
  ['rep-k6b', 'head+rep', 6, '-----0000-', 'k = 6: 0 of 4'],
  ['rep-k6c', 'head+rep', 6, '---------0', 'k = 6: 0 of 1'],
  ['rep-k7', 'head+rep', 7, '1010000000', 'k = 7: 2 of 10'],
  ['rep-k8', 'head+rep', 8, '00-0001000', 'k = 8: 1 of 9'],
  ['rep-k8b', 'head+rep', 8, '--0-------', 'k = 8: 0 of 1'],
  ['profile-k7', 'head-profile', 7, '0000000000', 'k = 7: 0 of 10'],
  ['profile-k8', 'head-profile', 8, '0000000000', 'k = 8: 0 of 10'],
  ['hier-max-k8a', 'hier-max', 8, '00-00-000-', 'k = 8: 0 of 7'],
  ['hier-max-k8b', 'hier-max', 8, '--0-------', 'k = 8: 0 of 1'],
  ['hier-max-k8c', 'hier-max', 8, '-----0----', 'k = 8: 0 of 1'],
  ['hier-max-k8d', 'hier-max', 8, '---------0', 'k = 8: 0 of 1'],
];

describe('S4 at d = 4, the further claims', () => {
  it.each(CLAIMS)('%s: its rows, flags and counts, and a current certificate that holds (written by check on the engine)', (name, bias, k, flags, counted) => {
    const file = `S4-identifiability-curve-d4-${name}`;
    const m = MODULES[name]!;
    expect([m.BIAS, m.K, m.FLAGS, m.TASK_SETS]).toEqual([bias, [k], [flags], [ALL[k - 1]]]);
    expect(m.default.statement).toContain(`per k: ${counted};`);
    const c = JSON.parse(readFileSync(join(root, 'certificates', 'slow', `${file}.json`), 'utf8')) as { verdict: string; claim: { sourceText: string; statement: string } };
    expect(c.claim.sourceText).toBe(readFileSync(join(root, 'properties', `${file}.ts`), 'utf8'));
    expect(c.claim.statement).toBe(m.default.statement);
    expect(c.verdict).toBe('holds');
  });

  it('the engine\'s verdicts set by set where it is fast: head+rep k = 4', () => {
    for (const [bias, k, flags] of [['head+rep', 4, '0000110011']] as const) {
      const engine = ALL[k - 1]!.map((set, s) => (flags[s] === '-' ? '-' : engineVerdict({ tasks: tasksOf(set), bias, group: 'signed-permutation' }).recovers ? '1' : '0')).join('');
      expect(engine).toBe(flags);
    }
  });

  it('a tampered copy is rejected: the statement, and a flipped flag the verifier re-solves (set 8:0 under head+rep)', async () => {
    const row = "FLAGS: readonly string[] = ['00-0001000'];";
    const { claim, reason } = s4Forgery('S4-identifiability-curve-d4-rep-k8', row, "FLAGS: readonly string[] = ['10-0001000'];", temp);
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    const statement = (claim.statement as string).replace('k = 8: 1 of 9;', 'k = 8: 2 of 9;');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
