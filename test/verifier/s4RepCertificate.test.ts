/**
 * The certified S4 claim under head+rep at d = 4 (properties/S4-identifiability-curve-d4-rep.ts,
 * certificates/slow/): its task sets are the first rows of S4-identifiability-curve-d4's, its
 * certificate embeds the module as it is, and a tampered certificate is rejected: a statement that
 * no longer matches, and (statement forged to match) a flipped flag that the verifier's d = 4
 * representation route re-solves and refutes on the first instance.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_SETS as ALL } from '../../properties/S4-identifiability-curve-d4.js';
import rep, { FLAGS, REP_K, TASK_SETS } from '../../properties/S4-identifiability-curve-d4-rep.js';
import { integrityOf, verifyCertificate } from '../../src/verifier/index.js';

const root = join(import.meta.dirname, '..', '..');
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
    const c = JSON.parse(readFileSync(join(root, 'certificates', 'slow', 'S4-identifiability-curve-d4-rep.json'), 'utf8')) as Record<string, unknown>;
    const text = readFileSync(join(root, 'properties', 'S4-identifiability-curve-d4-rep.ts'), 'utf8');
    expect((c.claim as { sourceText: string }).sourceText).toBe(text);
    expect(c.verdict).toBe('holds');
    // Set 1:0 ('17fc') does not recover; flag it as recovering.
    const row = "FLAGS: readonly string[] = ['0111101101',";
    expect(text.split(row)).toHaveLength(2);
    const claimIndex = join(root, 'src', 'claim', 'index.js').split('\\').join('/');
    const altered = text.replace(row, "FLAGS: readonly string[] = ['1111101101',").replaceAll("'../src/claim/index.js'", `'${claimIndex}'`);
    const copy = join(temp, 'S4-d4-rep-copy.ts');
    writeFileSync(copy, altered);
    const claim: Record<string, unknown> = { ...(c.claim as Record<string, unknown>), source: relative(temp, copy), sourceSha256: createHash('sha256').update(altered).digest('hex'), sourceText: altered };
    const reason = async (cl: Record<string, unknown>): Promise<string> => {
      const forged = { ...c, claim: cl };
      const o = await verifyCertificate({ json: { ...forged, integrity: integrityOf(forged) }, baseDir: temp });
      return o.status === 'valid' ? 'valid' : `${o.status}: ${o.reason}`;
    };
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    const statement = (claim.statement as string).replace('per k: 7, 5, 4;', 'per k: 8, 5, 4;');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
