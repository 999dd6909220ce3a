/** Recovery groups and biases come from the vocabulary; the registry agrees with the engine. */
import { describe, expect, it } from 'vitest';
import { BIASES, GROUPS } from '../../src/recovery/types.js';
import { forEachGroupElement, groupOrder, inGroup, isSubgroup } from '../../src/recovery/groups.js';
import { BIAS_KINDS } from '../../src/vocabulary/biases/index.js';
import { GROUP_KINDS } from '../../src/vocabulary/groups/index.js';

describe('groups', () => {
  it('orders are exact (2^d d!, 2^d prod (2^d - 2^i)) and match enumeration and membership', () => {
    expect(GROUPS).toEqual(['signed-permutation', 'gf2-affine']);
    expect([1, 2, 3].map((d) => GROUP_KINDS['signed-permutation'].order(d))).toEqual([2n, 8n, 48n]);
    expect([1, 2, 3].map((d) => GROUP_KINDS['gf2-affine'].order(d))).toEqual([2n, 24n, 1344n]);
    for (const g of GROUPS) {
      for (const d of [1, 2, 3]) {
        let count = 0;
        forEachGroupElement(d, g, (img) => {
          count++;
          expect(inGroup(d, img.slice(), g)).toBe(true);
        });
        expect(BigInt(count)).toBe(GROUP_KINDS[g].order(d));
        expect(groupOrder(d, g)).toBe(count);
      }
    }
    expect(isSubgroup('signed-permutation', 'gf2-affine')).toBe(true);
    expect(isSubgroup('gf2-affine', 'signed-permutation')).toBe(false);
  });
});

describe('biases', () => {
  it('are registered under their ids, in the engine order', () => {
    expect(BIASES).toEqual(['head-degree', 'head-gf2', 'head-max', 'head+rep', 'head-profile', 'hier-max', 'hier-sum']);
    for (const b of BIASES) expect(BIAS_KINDS[b].id).toBe(b);
    expect(BIASES.filter((b) => BIAS_KINDS[b].booleanTasks)).toEqual(['head-gf2']);
    expect(BIASES.filter((b) => !BIAS_KINDS[b].numeric)).toEqual(['head-profile']);
  });
});
