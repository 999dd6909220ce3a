/** The help text. */
export const VERSION = 'cubecheck 0.1.0';

export function usage(): string {
  return `${VERSION}: check claims about Boolean functions exactly

Usage:
  cubecheck analyze <function> [--n N] [--json] [--stdin]
      spectrum, degrees, ANF, influences, noise stability of one function
  cubecheck map <f1; f2; ...> | perm:i0,i1,... [--n N] [--json] [--stdin]
      a map C_n -> C_m: bijectivity, inverse, degrees, signed permutation / GF(2)-affine, P(T)
  cubecheck list [--json]
      the catalogue of claims
  cubecheck check <id | file.ts> [--n N] [--mode exhaustive|random|auto] [--runs R] [--seed S]
                  [--budget B] [--workers K] [--timeout SECONDS] [--shard i/N] [--cert FILE] [--all] [--json]
      prove a claim on a scope or find a (shrunk) counterexample; --all counts every counterexample;
      claims with a census form run on the census engine with --mode exhaustive at n <= 5
  cubecheck check --all [--out DIR] [--json]
      run the whole catalogue and write one certificate per claim (default DIR: certificates)
  cubecheck verify <certificate.json...> [--json]
      re-check certificates with the independent verifier
  cubecheck recover --latents D --tasks "h1; h2; ..." [--psi MAP] [--bias B] [--up-to G]
                    [--support SPEC] [--json]
      minimisers of a low-degree bias and whether they recover the latents
  cubecheck interpolate <function> --support SPEC [--json]
      the min-degree interpolator of a function's values on a set of points
  cubecheck curve --latents D --tasks-from DIST --k 1..K --samples M [--bias B] [--seed S] [--json]
      the identifiability curve: how often k random tasks identify the latents
  cubecheck census --n N [--measures ...] [--joint] [--workers K] [--shard i/N]
                   [--checkpoint FILE] [--resume] [--json]
      exact counts of all Boolean functions on n <= 5 variables by degree, gf2Degree, ...
  cubecheck merge <partial.json...> [--out FILE] [--json]
      combine the shards of a census, or the partial certificates of check --shard into one
  cubecheck ui [--no-color]
      the interactive terminal UI (also: cubecheck with no arguments, in a terminal)

Functions: expressions over x1..xn (+ - * ^, 1/2, not and or xor maj ite sgn chi(1,3) thr(k; ...)),
or tables tt:+--+, hex:6, vals:1/2,0,0,-1. Point i: bit j of i is variable x(j+1); bit 1 means -1.

Exit codes: 0 success / holds / valid, 1 refuted / invalid, 2 bad input, 3 inconclusive.
`;
}
