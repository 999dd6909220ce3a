/**
 * Certificates of closed claims (no variables): one case, the empty assignment, whose digest line is
 * a tab and the verdict bit. Built with test-side code, accepted when true, and rejected when any
 * part of the evidence or the scope is forged.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type VerifyOutcome, verifyCertificate } from '../../src/verifier/index.js';
import closedDegreeTwoRaw from './fixtures/closed-degree-two.js';
import closedParityRaw from './fixtures/closed-parity-degree.js';
import { BASE_DIR, type Json, certificate, erased, tally, withIntegrity } from './helpers/certificates.js';

const parity = erased(closedParityRaw);
const degreeTwo = erased(closedDegreeTwoRaw);
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const verify = (json: Json): Promise<VerifyOutcome> => verifyCertificate({ json, baseDir: BASE_DIR });
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);
const holdsAt = (n: number): Json => certificate({ file: 'closed-parity-degree', property: parity, n, verdict: 'holds', evidence: { kind: 'exhaustive', ...tally(parity, n) } });
const edited = (cert: Json, change: (c: Json) => void): Json => {
  const c = structuredClone(cert);
  change(c);
  return withIntegrity(c);
};

describe('closed-claim certificates', () => {
  it('have one case whose digest line is "\\t1\\n", and verify', async () => {
    expect(tally(parity, 3)).toEqual({ cases: 1, satisfied: 1, digest: sha('\t1\n') });
    expect(reason(await verify(holdsAt(3)))).toBe('valid: vf-closed-parity-degree holds on n = 3 (closed claim: its one case)');
    const refuted = certificate({ file: 'closed-degree-two', property: degreeTwo, n: 4, verdict: 'refuted', evidence: { kind: 'counterexample', values: {}, exhaustive: tally(degreeTwo, 4) } });
    expect(reason(await verify(refuted))).toBe('valid: vf-closed-degree-two refuted on n = 4 (counterexample the empty assignment (a closed claim); exhaustive, fails on 1 of 1 cases)');
  });

  it('are rejected with a forged tally, digest or counterexample', async () => {
    const valid = holdsAt(3);
    const forged = [
      [(c: Json) => ((c.evidence as Json).cases = 2), 'invalid: evidence.cases = 2 but the domain has 1 cases'],
      [(c: Json) => ((c.evidence as Json).digest = sha('\t0\n')), /^invalid: evidence.digest does not match the re-enumeration/],
      [(c: Json) => Object.assign(c, { verdict: 'refuted', evidence: { kind: 'counterexample', values: {} } }), 'invalid: counterexample the empty assignment (a closed claim) satisfies the predicate'],
      [(c: Json) => Object.assign(c, { verdict: 'refuted', evidence: { kind: 'counterexample', values: { f: 'hex:6' } } }), 'invalid: evidence.values must give exactly the variables '],
      [(c: Json) => ((c.scope as Json).variables = [{ name: 'f', domain: { kind: 'boolean-functions', n: 3 } }]), /^invalid: scope.variables names f do not match the property's $/],
    ] as const;
    for (const [change, expected] of forged) expect(reason(await verify(edited(valid, change)))).toMatch(expected);
  });

  it('are bound to their scope: a true claim moved to an n where it is false is rejected', async () => {
    const atTwo = certificate({ file: 'closed-degree-two', property: degreeTwo, n: 2, verdict: 'holds', evidence: { kind: 'exhaustive', ...tally(degreeTwo, 2) } });
    expect(reason(await verify(atTwo))).toBe('valid: vf-closed-degree-two holds on n = 2 (closed claim: its one case)');
    const moved = edited(atTwo, (c) => ((c.scope as Json).n = 3));
    expect(reason(await verify(moved))).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
