import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/index.js';
import { catalog } from './helpers/catalog.js';
import { BASE_DIR } from './helpers/certificates.js';

describe('verifyCertificate on valid certificates', () => {
  for (const { name, cert } of catalog) {
    it(`accepts ${name}`, async () => {
      const outcome = await verifyCertificate({ json: cert, baseDir: BASE_DIR });
      expect(outcome).toMatchObject({ status: 'valid' });
    });
  }

  it('summarises what was proved', async () => {
    const summaries = await Promise.all(catalog.slice(0, 6).map(async ({ cert }) => verifyCertificate({ json: cert, baseDir: BASE_DIR })));
    expect(summaries.map((s) => (s.status === 'valid' ? s.summary : s.reason))).toEqual([
      'vf-gf2-le-deg holds on n = 3 (exhaustive, 256 cases)',
      'vf-gf2-le-deg holds on n = 1 (exhaustive, 4 cases)',
      'vf-dictators holds on n = 3 (exhaustive, 8 cases)',
      'vf-degree-below-n refuted on n = 2 (counterexample f = hex:6; exhaustive, fails on 10 of 16 cases)',
      'vf-degree-below-n refuted on n = 3 (counterexample f = hex:96)',
      'vf-bent-exists holds on n = 2 (witness f = hex:1)',
    ]);
  });
});
