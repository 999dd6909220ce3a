/**
 * Every certificate committed in certificates/ must verify with the independent verifier, and every
 * catalogue claim must have one that is current (its source hash matches the property file, or it
 * is the formula certificate of a formula claim).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/index.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'certificates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
/** certificates/slow/ (verified by hand, not here: certificates/slow/README.md) counts as present. */
const slow = readdirSync(join(dir, 'slow')).filter((f) => f.endsWith('.json')).map((f) => join('slow', f));

describe('committed certificates', () => {
  it('exist for the catalogue', () => {
    const properties = readdirSync(join(root, 'properties')).filter((f) => f.endsWith('.ts'));
    const claimed = new Set([...files, ...slow].map((f) => String(JSON.parse(readFileSync(join(dir, f), 'utf8')).claim.source).replace(/^\.\.\/\.\.\//, '../')));
    for (const p of properties) expect(claimed, `no certificate for properties/${p}`).toContain(`../properties/${p}`);
  });

  it('exist for every claim of the catalogue, formulas included, by id', async () => {
    const ids = new Set([...files, ...slow].map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).claim.id as string));
    const missing = (await loadCatalogue()).map((l) => l.property.id).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it.each(files)('%s verifies', async (file) => {
    const outcome = await verifyCertificate(join(dir, file));
    expect(outcome).toMatchObject({ status: 'valid' });
  });

  it('report the expected verdicts: theorems (T and S) hold, claims marked refuted and C1, C2, C3 are refuted', () => {
    for (const f of files) {
      const cert = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (cert.claim.status === 'theorem') expect(cert.verdict, f).toBe('holds');
      if (cert.claim.status === 'refuted' || /^C[123]-/.test(cert.claim.id)) expect(cert.verdict, f).toBe('refuted');
      if (/^[TS]\d/.test(cert.claim.id)) expect(cert.claim.status, f).toBe('theorem');
    }
  });
});
