/** The README's vitest example for cubecheck/arbitraries, verbatim (keep the two in step). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bijections, lowDegreeFunctions } from 'cubecheck/arbitraries';

describe('my conjecture', () => {
  it('degree-3 functions of 8 variables are 4-juntas (false: shrinks to one with 5 variables)', () => {
    const relevant = (f: { n: number; values: Int32Array }) =>
      Array.from({ length: f.n }, (_, i) => i).filter((i) => f.values.some((v, x) => v !== f.values[x ^ (1 << i)])).length;
    const r = fc.check(fc.property(lowDegreeFunctions(8, 3), (f) => relevant(f) <= 4), { seed: 1 });
    expect(r.failed).toBe(true);
  });

  it('bijections are bijective', () => {
    fc.assert(fc.property(bijections(4), (t) => new Set(t.image).size === 16), { seed: 42 });
  });
});
