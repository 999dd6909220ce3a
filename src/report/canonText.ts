/** Text and JSON of `canon` and `equivalent`. */
import { fromInt32 } from '../core/cubeFunction.js';
import { setElements } from '../core/cube.js';
import type { GroupElement } from '../equivalence/signedPermutation.js';
import { formatFunction } from '../expr/index.js';

export const tableText = (n: number, values: Int32Array): string => formatFunction(fromInt32(n, values));

export function elementJson(e: GroupElement) {
  return { permutation: [...e.permutation], negatedInputs: setElements(e.negation), outputNegated: e.outputNegated };
}

/** "(e.f)(x) = -f(y), y_2 = -x_1, y_1 = x_2" */
export function elementText(e: GroupElement, f = 'f'): string {
  const coords = e.permutation.map((p, k) => `y_${p} = ${(e.negation >>> k) & 1 ? '-' : ''}x_${k + 1}`);
  return `(e.${f})(x) = ${e.outputNegated ? '-' : ''}${f}(y)${coords.length ? ` with ${coords.join(', ')}` : ''}`;
}
