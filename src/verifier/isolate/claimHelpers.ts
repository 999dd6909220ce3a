/**
 * The one module a property module run by the verifier may import (in place of the project's
 * src/claim/index.ts, or the package 'cubecheck'): the claim helpers defineProperty and domains,
 * written again plainly so the verifier imports nothing of cubecheck. They only build data; the
 * parent process checks every field the child reports (loadProperty.ts), so nothing here needs to
 * validate. The domain specs are those of src/vocabulary/domains (docs/certificates.md).
 */
type Spec = Readonly<Record<string, unknown>>;

export function defineProperty<T extends object>(definition: T): T & { readonly quantifier: string; readonly __cubecheckProperty: true } {
  return Object.freeze({ quantifier: 'forAll', ...definition, __cubecheckProperty: true as const });
}

const plain = (kind: string) => (): Spec => Object.freeze({ kind });

export const domains = Object.freeze({
  booleanFunctions: plain('boolean-functions'),
  bijections: plain('bijections'),
  signedPermutations: plain('signed-permutations'),
  gf2AffineMaps: plain('gf2-affine-maps'),
  subsets: plain('subsets'),
  npnClasses: plain('npn-classes'),
  affineClasses: plain('affine-classes'),
  eaClasses: plain('ea-classes'),
  integerFunctions: (min: number, max: number): Spec => Object.freeze({ kind: 'integer-functions', min, max }),
  lowDegreeFunctions: (maxDegree: number): Spec => Object.freeze({ kind: 'low-degree-functions', maxDegree }),
  maps: (m?: number): Spec => Object.freeze(m === undefined ? { kind: 'maps' } : { kind: 'maps', m }),
});
