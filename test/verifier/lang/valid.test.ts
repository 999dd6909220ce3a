/**
 * Formula certificates of every construct of docs/claims.md verify, each saying it ran no foreign
 * code; the verifier's summary names the verdict the engine found.
 */
import { describe, expect, it } from 'vitest';
import { certify, verify } from './helpers.js';

const CASES: readonly [string, { n?: number; mode?: 'exhaustive' | 'random'; runs?: number }, 'holds' | 'refuted'][] = [
  ['forall f in boolean(3): sens(f)^2 >= deg(f)', {}, 'holds'],
  ['forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)', {}, 'refuted'],
  ['exists f in boolean(4): bent(f) and deg2(f) = 2', {}, 'holds'],
  ['forall f in boolean(n): sum S in subsets(n): fhat(f, S)^2 = 1', { n: 3 }, 'holds'],
  ['forall f in integer(2, -1, 2): I(f) >= 0 and sparsity(f) <= 4', {}, 'holds'],
  ['forall f in lowdegree(3, 1): deg(f) <= 1 and (not balanced(f) or junta(f) = 1)', {}, 'holds'],
  ['forall T in maps(2, 1): isBijection(T) implies false', {}, 'holds'],
  ['forall T in signedperms(2): isSignedPermutation(T) and isAffine(T) and P(T) = 4', {}, 'holds'],
  ['forall T in affine(2): isAffine(T) and maxdeg(T) <= 1', {}, 'refuted'],
  ['forall A in pointsets(2): card(A) <= 4', {}, 'holds'],
  ['forall h in boolean(2), T in bijections(2): deg(h o T) <= deg(h) * maxdeg(T)', {}, 'holds'],
  ['forall T in bijections(2), U in bijections(2): inv(T o U) = inv(U) o inv(T)', {}, 'holds'],
  ['forall f in boolean(3): let d = deg(f), s = sens(f) in s * s >= d iff true', {}, 'holds'],
  ['forall f in boolean(3): forall i in vars(3): inf(f)[i] <= 1 and (relevant(f)[i] iff inf(f)[i] > 0)', {}, 'holds'],
  ['forall f in boolean(2): max x in points(2): f[x] >= min S in subsets(2): walsh(f, S) / 4', {}, 'holds'],
  ['forall f in boolean(3): forall i in vars(3): deg(restrict(f, i, 0)) <= deg(f) and deg(deriv(f, 1)) <= deg(f)', {}, 'holds'],
  ['forall f in boolean(3): defined(deg2(f)) implies deg2(f) <= deg(f)', { mode: 'random', runs: 50 }, 'holds'],
  ['forall f in boolean(3): exists g in boolean(2): nvars(g) = 2 and (deg(g) <= deg(f) or deg(f) < 1)', {}, 'holds'],
  ['sum k in levels(4): binom(4, k) = pow2(4) and divides(3, 9) and isInteger(6/3) and abs(-2) = max(1, 2)', {}, 'holds'],
  ['forall f in boolean(2), T in bijections(2): ite(bent(f), 1, 0) <= 1 and component(T, 0) = chi(2, 0) and coordinate(T, 1) = component(T, 1)', {}, 'holds'],
];

describe('formula certificates verify', () => {
  for (const [text, options, verdict] of CASES) {
    it(text, async () => {
      const cert = await certify(text, options);
      expect(cert.format).toBe('cubecheck-formula-certificate');
      expect(cert.verdict).toBe(verdict);
      const out = await verify(cert);
      expect(out).toMatchObject({ status: 'valid' });
      if (out.status === 'valid') {
        expect(out.summary).toContain(verdict);
        expect(out.summary).toContain('the verifier parsed and evaluated the formula itself');
      }
    });
  }

  it('a census-engine run gets census evidence, re-counted and re-derived by the verifier', async () => {
    const cert = await certify('forall f in boolean(3): defined(deg2(f)) implies deg2(f) <= deg(f)', { mode: 'exhaustive', budget: 10n });
    expect((cert.evidence as { kind: string }).kind).toBe('census');
    const out = await verify(cert);
    expect(out).toMatchObject({ status: 'valid' });
    if (out.status === 'valid') expect(out.summary).toMatch(/census of all 256 functions re-counted.*the verifier parsed and evaluated the formula itself/);
  });

  it('an exists claim refuted exhaustively', async () => {
    const cert = await certify('exists f in boolean(2): bent(f) and balanced(f)');
    expect(cert.verdict).toBe('refuted');
    expect(await verify(cert)).toMatchObject({ status: 'valid' });
  });
});
