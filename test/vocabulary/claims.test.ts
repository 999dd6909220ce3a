/**
 * Claims that read registered measures through k.measure(...): checked by the fast kernel, and
 * their certificates (holds and counterexample) re-checked by the verifier with its own twins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCertificate } from '../../src/certificates/index.js';
import { packageRoot } from '../../src/check/catalogue.js';
import { runProperty } from '../../src/check/runner.js';
import type { Property } from '../../src/claim/index.js';
import { verifyCertificate } from '../../src/verifier/index.js';

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-measure-claims-'));
const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');

async function propertyFile(name: string, body: string): Promise<{ property: Property; sourcePath: string }> {
  const sourcePath = join(dir, `${name}.ts`);
  writeFileSync(sourcePath, `import { defineProperty, domains } from '${api}';\nexport default defineProperty(${body});\n`);
  const property = ((await import(sourcePath)) as { default: Property }).default;
  return { property, sourcePath };
}

describe('claims over registered measures', () => {
  it('a theorem (I(f) = sum_i Inf_i(f), sparsity >= 1) holds, and its certificate verifies', async () => {
    const { property, sourcePath } = await propertyFile(
      'influenceSum',
      `{ id: 'influence-sum', statement: 'I(f) is the sum of the influences; f has a non-zero coefficient', status: 'theorem',
        variables: { f: domains.booleanFunctions() }, defaultScope: { n: 3 },
        predicate: ({ f }, k) => {
          const total = k.measure('totalInfluence', f);
          const inf = k.measure('influences', f);
          if (total === null || typeof total !== 'object' || 'over' in total) return false;
          if (inf === null || typeof inf !== 'object' || !('over' in inf)) return false;
          let p = 0n, q = 1n;
          for (const e of inf.entries) { if (e === null || typeof e !== 'object') return false; p = p * e.q + e.p * q; q = q * e.q; }
          return p * total.q === total.p * q && (k.measure('sparsity', f) as number) >= 1;
        } }`,
    );
    const r = await runProperty(property, { mode: 'exhaustive' });
    expect(r.verdict).toBe('holds');
    const path = join(dir, 'influence-sum.json');
    await writeCertificate(path, r, property, sourcePath, 'cubecheck test');
    expect((await verifyCertificate(path)).status).toBe('valid');
  });

  it('a false claim (total influence <= 1) is refuted, and the counterexample verifies', async () => {
    const { property, sourcePath } = await propertyFile(
      'influenceAtMostOne',
      `{ id: 'influence-at-most-one', statement: 'I(f) <= 1', status: 'conjecture',
        variables: { f: domains.booleanFunctions() }, defaultScope: { n: 2 },
        predicate: ({ f }, k) => { const t = k.measure('totalInfluence', f); return t !== null && typeof t === 'object' && 'p' in t && t.p <= t.q; } }`,
    );
    const r = await runProperty(property, { mode: 'exhaustive' });
    expect(r.verdict).toBe('refuted');
    const path = join(dir, 'influence-at-most-one.json');
    await writeCertificate(path, r, property, sourcePath, 'cubecheck test');
    expect((await verifyCertificate(path)).status).toBe('valid');
  });

  it('a Boolean-only measure is null on integer-valued functions in both kernels', async () => {
    const { property } = await propertyFile(
      'gf2OnIntegers',
      `{ id: 'gf2-on-integers', statement: 'gf2Degree is null exactly off the Boolean functions', status: 'theorem',
        variables: { f: domains.integerFunctions(-1, 1) }, defaultScope: { n: 2 },
        predicate: ({ f }, k) => (k.measure('gf2Degree', f) === null) === (!k.isBoolean(f) || f.values.every((v) => v === 1)) }`,
    );
    expect((await runProperty(property, { mode: 'exhaustive' })).verdict).toBe('holds');
  });
});
