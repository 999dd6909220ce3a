/** The verifier's spectral norm: sum over S of |fhat(S)|, each fhat(S) a direct sum over the points. */
import { add, rat, text, ZERO } from '../rational.js';
import { chiAt } from '../walsh.js';
import { defineTwin, parseQ } from './twin.js';

export function plainSpectralNorm(n: number, values: ArrayLike<number>) {
  let total = ZERO;
  for (let s = 0; s < values.length; s++) {
    let c = 0n;
    for (let x = 0; x < values.length; x++) c += BigInt(values[x]!) * BigInt(chiAt(s, x));
    total = add(total, rat(c < 0n ? -c : c, 2n ** BigInt(n)));
  }
  return { spectralNorm: text(total) };
}

export const spectralNorm = defineTwin({
  input: 'function',
  compute: (f) => plainSpectralNorm(f.n, f.values),
  value: (v) => parseQ(v.spectralNorm),
});
