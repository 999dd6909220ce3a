/** Inputs for the map twin test: every map and bijection for small n, seeded random ones beyond. */
import type { CubeMap } from '../../src/model/values.js';
import { rng } from './inputs.js';

/** Every map C_n -> C_m ((2^m)^(2^n) of them: keep n, m small). */
export function allMaps(n: number, m: number): CubeMap[] {
  const size = 2 ** n;
  const cols = 2 ** m;
  return Array.from({ length: cols ** size }, (_, t) => ({ n, m, image: Uint32Array.from({ length: size }, (_, x) => Math.floor(t / cols ** x) % cols) }));
}

/** Every bijection of C_n, in lexicographic order of images. */
export function allBijections(n: number): CubeMap[] {
  const out: CubeMap[] = [];
  const size = 2 ** n;
  const walk = (prefix: number[], left: number[]): void => {
    if (left.length === 0) {
      out.push({ n, m: n, image: Uint32Array.from(prefix) });
      return;
    }
    for (const y of left) walk([...prefix, y], left.filter((z) => z !== y));
  };
  walk([], Array.from({ length: size }, (_, i) => i));
  return out;
}

export function randomMaps(n: number, m: number, count: number, seed: number): CubeMap[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => ({ n, m, image: Uint32Array.from({ length: 2 ** n }, () => Math.floor(r() * 2 ** m)) }));
}

/** Random bijections by a seeded Fisher-Yates shuffle. */
export function randomBijections(n: number, count: number, seed: number): CubeMap[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    const image = Uint32Array.from({ length: 2 ** n }, (_, i) => i);
    for (let i = image.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [image[i], image[j]] = [image[j]!, image[i]!];
    }
    return { n, m: n, image };
  });
}

/** Maps random ones rarely hit: identity, constants, an involution, the inversion-like APN map. */
export function specialMaps(n: number): CubeMap[] {
  const size = 2 ** n;
  const make = (f: (x: number) => number, m = n): CubeMap => ({ n, m, image: Uint32Array.from({ length: size }, (_, x) => f(x)) });
  const out = [make((x) => x), make(() => 0), make((x) => x ^ (size - 1)), make((x) => (size - 1 - x) & (size - 1))];
  if (n >= 1) out.push(make(() => 1, 1), make((x) => x & 1, 1));
  return out;
}
