/** Shared options, visitor types and the size guard of the enumerators. */

/** Enumerations of more maps than this are refused unless a larger `limit` is passed. */
export const DEFAULT_ENUMERATION_LIMIT = 1n << 32n;

export interface EnumerationOptions {
  /** Refuse (RangeError) when the family has more members than this. */
  readonly limit?: bigint;
}

/**
 * Called with the image table of each map. The array is reused for the next map: copy it to keep
 * it, and never modify it. Return false to stop the enumeration early.
 */
export type MapVisitor = (image: Uint32Array) => boolean | void;

export function enumerationLimit(options: EnumerationOptions | undefined): bigint {
  const limit = options?.limit ?? DEFAULT_ENUMERATION_LIMIT;
  if (limit < 0n) throw new RangeError(`the enumeration limit must be non-negative, got ${limit}`);
  return limit;
}

/** Throws a RangeError naming the family, its size and the limit when too many to enumerate. */
export function assertEnumerable(family: string, count: bigint | 'exceeds', limit: bigint): void {
  if (count === 'exceeds' || count > limit) {
    const size = count === 'exceeds' ? 'more than the limit' : `${describeCount(count)} maps, more than the limit`;
    throw new RangeError(
      `refusing to enumerate ${family}: ${size} ${limit}; pass a larger limit to enumerate anyway`,
    );
  }
}

/** Exact below 2^64, otherwise "at least 2^k" (printing a huge bigint in decimal is slow). */
export function describeCount(count: bigint): string {
  if (count < 1n << 64n) return count.toString();
  return `at least 2^${count.toString(2).length - 1}`;
}
