/**
 * The plain values every layer and the claim language share (docs/math.md, "Representations").
 * They are data, not classes, so the checker and the independent verifier can each build and read
 * them with their own code. This is the bottom layer: it imports nothing.
 */

/** An integer-valued function on C_n, values in point order. Boolean when every value is +-1. */
export interface Fn {
  readonly n: number;
  readonly values: Int32Array;
}

/** A map C_n -> C_m as the image index of every point (bit j-1 of an index is coordinate j). */
export interface CubeMap {
  readonly n: number;
  readonly m: number;
  readonly image: Uint32Array;
}

/** A subset of the cube C_n, as its points in increasing order. */
export interface PointSet {
  readonly n: number;
  readonly points: Uint32Array;
}

export type Value = Fn | CubeMap | PointSet;

/**
 * An exact rational p/q as plain data: q > 0 and gcd(|p|, q) = 1 (so equal rationals are equal
 * field by field). The claim-facing value of a rational measure; the verifier's own rationals
 * (src/verifier/rational.ts) have this shape. The exact core's arithmetic class is
 * src/core/rational.ts (`toQ` / `fromQ` in src/vocabulary/exact.ts convert).
 */
export interface Q {
  readonly p: bigint;
  readonly q: bigint;
}
