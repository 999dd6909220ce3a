/**
 * The verifier's certificate complexity: at each point x, the smallest set S of variables (tried
 * by increasing size) such that every y agreeing with x on S has f(y) = f(x).
 */
import { bitCount } from '../walsh.js';
import { defineTwin } from './twin.js';

export function plainCertificateComplexity(n: number, values: ArrayLike<number>) {
  const size = 2 ** n;
  const atPoint: number[] = [];
  let C0 = 0;
  let C1 = 0;
  for (let x = 0; x < size; x++) {
    let k = n;
    for (let set = 0; set < size; set++) {
      if (bitCount(set) >= k) continue;
      let certifies = true;
      for (let y = 0; y < size && certifies; y++) {
        if (((x ^ y) & set) === 0 && values[y] !== values[x]) certifies = false;
      }
      if (certifies) k = bitCount(set);
    }
    atPoint.push(k);
    if (values[x] === 1) C0 = Math.max(C0, k);
    else C1 = Math.max(C1, k);
  }
  return { C: Math.max(C0, C1), C0, C1, atPoint };
}

export const certificateComplexity = defineTwin({
  input: 'boolean',
  compute: (f) => plainCertificateComplexity(f.n, f.values),
  value: (v) => v.C,
});
