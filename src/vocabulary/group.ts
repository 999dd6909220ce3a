/**
 * The contract of a symmetry group of the cube that recovery can target (docs/math.md section 5):
 * V recovers the latents "up to G" when V is in G. One file per group in ./groups/, one line in
 * ./groups/index.ts; code that branches on a group reads this registry or uses an exhaustive table.
 */
import type { CubeMap } from '../model/values.js';

export interface GroupSpec<Id extends string> {
  readonly id: Id;
  /** "signed permutation" */
  readonly singular: string;
  /** "signed permutations" */
  readonly plural: string;
  readonly summary: string;
  /** The groups this one is a subgroup of (itself excluded). */
  readonly subgroupOf: readonly string[];
  /** |G| acting on C_d, exactly. */
  order(d: number): bigint;
  /** Is the bijection t (C_d -> C_d) in G? */
  contains(t: CubeMap): boolean;
}

export function defineGroup<const Id extends string>(spec: GroupSpec<Id>): GroupSpec<Id> {
  return spec;
}
