/**
 * docs/math.md S4 at d = 4: the recorded curve (properties/S4-identifiability-curve-d4.ts) is what
 * `cubecheck curve --latents 4 --tasks-from uniform --k 1..8 --samples 10 --seed 2025 --bias all`
 * draws and reports: the listed task sets are the seeded sampler's, in order, and the counts per k
 * and bias are those of identifiabilityCurve on the same seed (for k = 1, 2 here: the sampler
 * draws k = 1 first, so those sets are a prefix of the draw; the larger k are `npm run bench`'s and
 * the certificate's). Its certificate (certificates/slow/)
 * is re-checked by the verifier's own d = 4 search; a copy of the module with one flag flipped
 * makes that certificate fail.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { identifiabilityCurve, makeRng, sampleTask } from '../../src/recovery/index.js';
import type { RecoveryBias } from '../../src/claim/index.js';
import s4, { PROFILE_K, RECOVERS, TASK_SETS } from '../../properties/S4-identifiability-curve-d4.js';
import { integrityOf, verifyCertificate } from '../../src/verifier/index.js';

const SEED = 2025;
const BIASES = Object.keys(RECOVERS) as RecoveryBias[];
const root = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'cubecheck-s4d4-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('S4 identifiability curve at d = 4', () => {
  it('lists exactly the task sets the seeded sampler draws (k = 1..8, 10 per k, in order)', () => {
    const rng = makeRng(SEED);
    const drawn = TASK_SETS.map((_, i) =>
      Array.from({ length: 10 }, () =>
        Array.from({ length: i + 1 }, () => {
          const h = sampleTask({ kind: 'uniform' }, 4, rng);
          return [...Array(16).keys()].reduce((code, x) => code | (Number(h.numerators[x]) === -1 ? 1 << x : 0), 0).toString(16).padStart(4, '0');
        }).join(''),
      ),
    );
    expect(drawn).toEqual(TASK_SETS);
  });

  it('records the counts identifiabilityCurve computes for every bias on the same seed (k = 1, 2), and they appear in the statement', async () => {
    const K = 2;
    const curve = await identifiabilityCurve({ d: 4, psi: identityMap(4), biases: BIASES, group: 'signed-permutation', distribution: { kind: 'uniform' }, kMax: K, samples: 10, seed: SEED });
    const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
    expect(curve.points.map((p) => p.undecided)).toEqual(TASK_SETS.slice(0, K).map(() => BIASES.map(() => 0)));
    expect(curve.points.map((p) => p.recovered)).toEqual(TASK_SETS.slice(0, K).map((_, i) => BIASES.map((b) => count(RECOVERS[b]![i]!))));
    expect(BIASES.map((b) => RECOVERS[b]!.length)).toEqual([8, 8, 8, PROFILE_K]);
    expect(s4.statement).toContain('head-degree (k = 1..8) 0, 0, 0, 0, 0, 0, 0, 0; head-gf2 (k = 1..8) 0, 0, 0, 0, 0, 0, 0, 0; head-max (k = 1..8) 0, 0, 0, 0, 0, 0, 0, 0; head-profile (k = 1..6) 0, 0, 0, 0, 0, 0');
  });

  it('its certificate, pointed at a copy of the module with one flag flipped, is rejected', async () => {
    const dir = join(root, 'certificates', 'slow');
    const c = JSON.parse(readFileSync(join(dir, 'S4-identifiability-curve-d4.json'), 'utf8')) as Record<string, unknown>;
    const text = readFileSync(join(root, 'properties', 'S4-identifiability-curve-d4.ts'), 'utf8');
    expect((c.claim as { sourceText: string }).sourceText).toBe(text);
    // The first flag of head-degree (k = 1, set 0): the predicate fails on the first instance it solves.
    const row = "'head-degree': [NONE,";
    expect(text.split(row)).toHaveLength(2);
    const claimIndex = join(root, 'src', 'claim', 'index.js').split('\\').join('/');
    const altered = text.replace(row, "'head-degree': ['1000000000',").replaceAll("'../src/claim/index.js'", `'${claimIndex}'`);
    const copy = join(temp, 'S4-d4-copy.ts');
    writeFileSync(copy, altered);
    const claim: Record<string, unknown> = { ...(c.claim as Record<string, unknown>), source: relative(temp, copy), sourceSha256: createHash('sha256').update(altered).digest('hex'), sourceText: altered };
    const reason = async (cl: Record<string, unknown>): Promise<string> => {
      const forged = { ...c, claim: cl };
      const o = await verifyCertificate({ json: { ...forged, integrity: integrityOf(forged) }, baseDir: temp });
      return o.status === 'valid' ? 'valid' : `${o.status}: ${o.reason}`;
    };
    // The statement quotes the counts, so the flip alone changes it ...
    expect(await reason(claim)).toMatch(/^invalid: claim.statement does not match the property/);
    // ... and with the statement forged to match, the predicate re-solves the instance and fails.
    const statement = (claim.statement as string).replace('head-degree (k = 1..8) 0, 0', 'head-degree (k = 1..8) 1, 0');
    expect(statement).not.toBe(claim.statement);
    expect(await reason({ ...claim, statement })).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
