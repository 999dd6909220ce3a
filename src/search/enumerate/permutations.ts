/** Lexicographic next permutation, shared by the bijection and signed-permutation enumerators. */

/**
 * Rearranges `a` into the next permutation in lexicographic order; returns false (leaving `a`
 * sorted ascending again) when `a` was the last one. Works for distinct values.
 */
export function nextPermutationInPlace(a: Uint32Array | number[]): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i]! >= a[i + 1]!) i--;
  if (i < 0) {
    a.reverse();
    return false;
  }
  let j = a.length - 1;
  while (a[j]! <= a[i]!) j--;
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) {
    const u = a[l]!;
    a[l] = a[r]!;
    a[r] = u;
  }
  return true;
}
