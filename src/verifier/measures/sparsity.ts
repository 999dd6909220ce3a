/** #{S : c_S != 0}, c_S by direct sums. */
import { walshDirect } from './sums.js';
import { defineTwin } from './twin.js';

export const sparsity = defineTwin({
  input: 'function',
  compute: (f) => walshDirect(f).filter((c) => c !== 0n).length,
  value: (k) => k,
});
