/**
 * The catalogue claims of the paper's four theorems (properties/P*.ts): the verdicts the README
 * reports, a kernel that lies about one degree makes each theorem claim fail (the predicates
 * can fail), and the refuted readings stop at the counterexample the README names.
 */
import { describe, expect, it } from 'vitest';
import type { Fn, Kernel, Property } from '../../src/claim/index.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import p1 from '../../properties/P1-flat-cheapest-single-task.js';
import p1observed from '../../properties/P1-flat-cheapest-observed.js';
import p1max from '../../properties/P1-max-reading-counterexample.js';
import p2 from '../../properties/P2-hierarchy-pays.js';
import p3 from '../../properties/P3-uniform-tasks-same-expectation.js';
import p3max from '../../properties/P3-uniform-hier-max.js';
import p3sum from '../../properties/P3-uniform-hier-sum.js';
import p4 from '../../properties/P4-degree-monotone-signed-permutations.js';
import p4counter from '../../properties/P4-counterexamples.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = readonly [Property<any>, number];

/** The fast kernel, but deg(x1 x2 ... x_n) (the top parity) reported one lower. */
const lying: Kernel = {
  ...fastKernel,
  degree: (f: Fn) => {
    const k = fastKernel.degree(f);
    const top = f.values.every((v, x) => v === (x.toString(2).split('1').length % 2 === 0 ? -1 : 1));
    return top && f.n >= 2 ? k! - 1 : k;
  },
};

describe("the paper's theorems in the catalogue", () => {
  it.each(([
    [p1, 3],
    [p1, 2],
    [p1observed, 3],
    [p1observed, 2],
    [p1max, 6],
    [p2, 3],
    [p3, 3],
    [p3, 2],
    [p4, 3],
    [p4, 2],
    [p4counter, 2],
  ] as Case[]).map(([property, n]) => [property.id, n, property] as const))('%s holds at n = %s', async (_id, n, property) => {
    expect((await runProperty(property, { n })).verdict).toBe('holds');
  });

  it.each([p3max, p3sum].map((property) => [property.id, property] as const))('%s is refuted at d = 2 by T = (x1 x2, x2), perm:0,1,3,2', async (_id, property) => {
    const r = await runProperty(property, { n: 2 });
    expect(r.verdict).toBe('refuted');
    const T = (r as unknown as { counterexample: { values: { T: { image: Uint32Array } } } }).counterexample.values.T;
    expect(Array.from(T.image)).toEqual([0, 1, 3, 2]);
    // At d = 1 every bijection is a signed permutation: no counterexample (so d = 2 is the smallest).
    expect((await runProperty(property, { n: 1 })).verdict).toBe('holds');
  });

  it.each(([
    [p1max, 6],
    [p2, 3],
    [p3, 2],
    [p4, 2],
    [p4counter, 2],
  ] as Case[]).map(([property, n]) => [property.id, n, property] as const))('%s at n = %s fails on a kernel that misstates one degree', async (_id, n, property) => {
    expect((await runProperty(property, { n }, {}, lying)).verdict).not.toBe('holds');
  });
});
