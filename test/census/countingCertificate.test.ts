import { describe, expect, it } from 'vitest';
import { countCensus } from '../../src/census/counting/countingCensus.js';
import { censusCertificate } from '../../src/census/counting/certificate.js';
import { degreeCounts } from '../../src/census/counting/degreeCount.js';
import { MEASURES, type Measure } from '../../src/census/measures.js';
import { verifyCertificate } from '../../src/verifier/index.js';
import { integrityOf } from '../../src/verifier/canonicalJson.js';
import { bentBySupports, quarterCounts } from '../../src/verifier/censusTables.js';

const cert = (n: number, measures: readonly Measure[], joint: boolean) =>
  censusCertificate(countCensus({ n, measures, joint }), 'test', new Date(0));

async function verdict(doc: Record<string, unknown>) {
  return verifyCertificate({ json: doc, baseDir: '/' });
}

/** A tampered copy with its integrity hash recomputed (a stranger can always do that). */
function forged(doc: Record<string, unknown>, edit: (d: any) => void): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(doc));
  edit(copy);
  return { ...copy, integrity: integrityOf(copy) };
}

describe('census-count certificates', () => {
  it('the verifier accepts the counted tables at n = 0..5, marginal and joint', async () => {
    for (let n = 0; n <= 5; n++) {
      expect(await verdict(cert(n, MEASURES, false)), `n = ${n}`).toMatchObject({ status: 'valid' });
      expect(await verdict(cert(n, ['degree', 'relevant', 'balanced', 'bent'], true))).toMatchObject({ status: 'valid' });
      expect(await verdict(cert(n, ['gf2Degree', 'relevant'], true))).toMatchObject({ status: 'valid' });
    }
  });

  it("the verifier's own quarter identities and bent pairing agree with the engine (n = 2..5)", () => {
    for (const n of [4, 5]) for (let k = 0; k <= n; k++) {
      const d = degreeCounts(n);
      expect(quarterCounts(n, k)).toEqual([d.atMost[k], d.balancedAtMost[k]]);
    }
    expect(bentBySupports(2)).toBe(8n);
    expect(bentBySupports(4)).toBe(896n);
  });

  it('rejects a changed count, a dropped or invented joint row, a wrong total, a bad integrity hash', async () => {
    const good = cert(4, ['degree', 'bent'], true);
    const bad = [
      forged(good, (d) => (d.counts.degree['2'] = String(BigInt(d.counts.degree['2']) + 1n))),
      forged(good, (d) => d.jointCounts.pop()),
      forged(good, (d) => d.jointCounts.push({ degree: 1, bent: true, count: '1' })),
      forged(good, (d) => (d.total = '65537')),
      forged(good, (d) => (d.method = 'guessing')),
      forged(good, (d) => (d.extra = 1)),
      { ...good, counts: { ...(good.counts as object), bent: { false: '0', true: '65536' } } },
    ];
    for (const doc of bad) expect((await verdict(doc)).status).toBe('invalid');
    const n5 = cert(5, ['degree'], false);
    expect(await verdict(forged(n5, (d) => (d.counts.degree['3'] = '807429')))).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/degree\.3 is 807429, the verifier counts 807428/) });
  });

  it('at n = 5 refuses a joint table outside the families it can recompute', async () => {
    const doc = cert(5, ['degree', 'gf2Degree'], false);
    const n5 = forged(doc, (d) => {
      d.joint = true;
      d.jointCounts = [];
    });
    expect(await verdict(n5)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/joint tables at n = 5 within/) });
  });
});
