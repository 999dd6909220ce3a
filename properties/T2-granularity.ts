/** docs/math.md T2 (granularity). */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T2-granularity',
  statement:
    'Granularity: a Boolean f on C_n of Fourier degree k >= 1 has every fhat(S) in 2^(1-k) Z, ' +
    'i.e. every Walsh sum c_S = 2^n fhat(S) is a multiple of 2^(n+1-k). (Constant f, of degree 0, are not concerned.)',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    const d = k.degree(f)!;
    if (d === 0) return true;
    const step = 1n << BigInt(f.n + 1 - d);
    return k.walsh(f).every((c) => c % step === 0n);
  },
  defaultScope: { n: 4 },
  tags: ['T2', 'fourier', 'granularity'],
});
