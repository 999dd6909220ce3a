/**
 * A fast-check arbitrary from a generator and an explicit shrinker: `shrinkCandidates(v)` lists
 * smaller values to try, lazily, best first. The caller guarantees a well-founded measure that
 * every candidate strictly decreases, so shrinking always ends.
 */
import fc from 'fast-check';

export interface CustomSpec<T> {
  readonly generate: (mrng: fc.Random) => T;
  readonly shrinkCandidates: (value: T) => Iterable<T>;
  readonly isValue: (value: unknown) => value is T;
}

class CustomArbitrary<T> extends fc.Arbitrary<T> {
  constructor(private readonly spec: CustomSpec<T>) {
    super();
  }

  generate(mrng: fc.Random): fc.Value<T> {
    return new fc.Value(this.spec.generate(mrng), undefined);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.spec.isValue(value);
  }

  shrink(value: T): fc.Stream<fc.Value<T>> {
    const candidates = this.spec.shrinkCandidates(value);
    return new fc.Stream((function* () {
      for (const c of candidates) yield new fc.Value(c, undefined);
    })());
  }
}

export function customArbitrary<T>(spec: CustomSpec<T>): fc.Arbitrary<T> {
  return new CustomArbitrary(spec);
}
