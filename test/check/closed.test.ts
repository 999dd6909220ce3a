/**
 * Closed claims (no variables): one case, the empty assignment, decided from the scope. The runner,
 * the report and the certificates handle them, and their certificates pass the verifier.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineProperty, isClosed } from '../../src/claim/index.js';
import { writeCertificate } from '../../src/certificates/index.js';
import { loadPropertyFile } from '../../src/check/catalogue.js';
import { formatResult } from '../../src/report/check/index.js';
import { runProperty } from '../../src/check/runner.js';
import { InputError } from '../../src/core/result.js';
import { ISOLATED_FOREIGN_CODE, verifyCertificate } from '../../src/verifier/index.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const fixtures = join(import.meta.dirname, '..', 'verifier', 'fixtures');

describe('closed claims', () => {
  const seenN: number[] = [];
  const upToTwo = defineProperty({
    id: 'closed-up-to-two',
    statement: 'n is at most 2',
    status: 'conjecture',
    variables: {},
    predicate: (_, __, scope) => {
      seenN.push(scope.n);
      return scope.n <= 2;
    },
    defaultScope: { n: 1 },
  });

  it('are defined with variables: {} and have exactly one case, decided from the scope', async () => {
    expect(isClosed(upToTwo)).toBe(true);
    const holds = await runProperty(upToTwo, { n: 2 });
    expect([holds.mode, holds.verdict, holds.cases, holds.satisfied, holds.digest]).toEqual(['exhaustive', 'holds', 1, 1, sha('\t1\n')]);
    const refuted = await runProperty(upToTwo, { n: 3, countAll: true });
    expect([refuted.verdict, refuted.cases, refuted.satisfied, refuted.foundAt, refuted.counterexample?.encoded]).toEqual(['refuted', 1, 0, 1, {}]);
    expect(refuted.digest).toBe(sha('\t0\n'));
    // The counterexample is evaluated again from its encoding before it is reported.
    expect(seenN).toEqual([2, 3, 3]);
  });

  it('refuse random mode (there is nothing to sample) and say in the report that they are closed', async () => {
    await expect(runProperty(upToTwo, { mode: 'random' })).rejects.toThrow(InputError);
    const text = formatResult(await runProperty(upToTwo, { n: 5 }), upToTwo.statement, null);
    expect(text).toMatch(/^closed-up-to-two \(conjecture, closed\)$/m);
    expect(text).toMatch(/^scope: n = 5; no variables \(a closed claim: one case\)$/m);
  });

  it('name their one case when the predicate throws', async () => {
    const throws = defineProperty({ ...upToTwo, predicate: () => { throw new Error('boom'); } });
    await expect(runProperty(throws)).rejects.toThrow(/threw on its one case \(a closed claim: no variables\): boom/);
  });

  it('get certificates the verifier accepts: exhaustive (holds) and counterexample (refuted)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cubecheck-closed-'));
    const parity = await loadPropertyFile(join(fixtures, 'closed-parity-degree.ts'), dir);
    const degreeTwo = await loadPropertyFile(join(fixtures, 'closed-degree-two.ts'), dir);
    const runs = [
      [parity, 3, 'vf-closed-parity-degree holds on n = 3 (closed claim: its one case)'],
      [degreeTwo, 2, 'vf-closed-degree-two holds on n = 2 (closed claim: its one case)'],
      [degreeTwo, 3, 'vf-closed-degree-two refuted on n = 3 (counterexample the empty assignment (a closed claim))'],
    ] as const;
    for (const [loaded, n, summary] of runs) {
      const result = await runProperty(loaded.property, { n });
      const path = await writeCertificate(join(dir, `${loaded.property.id}-${n}.json`), result, loaded.property, loaded.sourcePath, 'cubecheck test');
      expect(await verifyCertificate(path!)).toEqual({ status: 'valid', summary, trust: ISOLATED_FOREIGN_CODE });
    }
  });
});
