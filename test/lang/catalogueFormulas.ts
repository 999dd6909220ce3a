/** The catalogue claims T1..T10, C1, C2 as formulas (T11 needs interpolation, which formulas cannot say). */
export const CATALOGUE_FORMULAS: Readonly<Record<string, string>> = {
  'T1-parseval': 'forall f in boolean(n): sum S in subsets(n): walsh(f, S)^2 = pow2(2 * n)',
  'T1-plancherel':
    'forall f in integer(n, -2, 2), g in integer(n, -2, 2): (sum S in subsets(n): walsh(f, S) * walsh(g, S)) = pow2(n) * (sum x in points(n): f[x] * g[x])',
  'T2-granularity': 'forall f in boolean(n): deg(f) = 0 or (forall S in subsets(n): divides(pow2(n + 1 - deg(f)), walsh(f, S)))',
  'T3-degree-one-dictators':
    'forall f in boolean(n): deg(f) <= 1 implies exists S in subsets(n): card(S) <= 1 and ((forall x in points(n): f[x] = chi(n, S)[x]) or (forall x in points(n): f[x] = -chi(n, S)[x]))',
  'T4-gf2-degree-le-degree': 'forall f in boolean(n): defined(deg2(f)) implies deg2(f) <= deg(f)',
  'T5-balanced-gf2-degree': 'forall f in boolean(n): walsh(f, 0) = 0 implies (defined(deg2(f)) and deg2(f) <= n - 1)',
  'T6-bijection-iff-balanced-components': 'forall T in maps(n): isBijection(T) iff (forall S in range(1, pow2(n) - 1): walsh(component(T, S), 0) = 0)',
  'T7-parity-degree-sum-bound':
    'forall T in bijections(n): (forall l in levels(n): (sum S in subsets(n): ite(deg(component(T, S)) <= l, 1, 0)) <= (sum j in levels(l): binom(n, j))) and P(T) >= n * pow2(n - 1) and (P(T) = n * pow2(n - 1) iff isAffine(T))',
  'T8-degree-one-bijections': 'forall T in bijections(n): maxdeg(T) <= 1 implies isSignedPermutation(T)',
  'T9-composition-degree': 'forall h in boolean(n), T in maps(n): deg(h o T) <= deg(h) * maxdeg(T)',
  'T10-degree-two-juntas': 'forall f in lowdegree(n, 2): (sum i in vars(n): ite(relevant(f)[i], 1, 0)) <= 4',
  'C1-inverse-coordinate-degree': 'forall T in bijections(n): maxdeg(inv(T)) <= maxdeg(T)',
  'C2-inverse-parity-degree-sum': 'forall T in bijections(n): P(inv(T)) = P(T)',
};
