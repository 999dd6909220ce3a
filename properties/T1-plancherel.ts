/** docs/math.md T1 (Plancherel), over integer-valued functions (rational ones reduce to these by scaling). */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T1-plancherel',
  statement:
    'Plancherel: for all f, g: C_n -> {-2,...,2}, E_x[f(x) g(x)] = sum over S of fhat(S) ghat(S). ' +
    'Equivalently 2^n sum_x f(x) g(x) = sum_S c_S(f) c_S(g) with the Walsh sums c_S = 2^n fhat(S).',
  status: 'theorem',
  variables: { f: domains.integerFunctions(-2, 2), g: domains.integerFunctions(-2, 2) },
  predicate: ({ f, g }, k) => {
    let inner = 0n;
    for (let x = 0; x < f.values.length; x++) inner += BigInt(f.values[x]!) * BigInt(g.values[x]!);
    const cf = k.walsh(f);
    const cg = k.walsh(g);
    let spectral = 0n;
    for (let s = 0; s < cf.length; s++) spectral += cf[s]! * cg[s]!;
    return spectral === (1n << BigInt(f.n)) * inner;
  },
  defaultScope: { n: 2 },
  tags: ['T1', 'fourier', 'plancherel'],
});
