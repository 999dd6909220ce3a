/**
 * Orbits of Boolean functions (as codes) under the signed permutations A of C_d acting by
 * g -> g o A^-1 (the code's bit x moves to A(x)). The canonical member is the least code; the
 * orbit size is |H| / |stabiliser|. Codes move a byte at a time through per-map tables.
 */
import { forEachSignedPermutationInPlace } from '../../search/enumerate/signedPermutations.js';

export interface Orbits {
  readonly d: number;
  /** For each map A: chunks x 256 entries, entry [c * 256 + b] = the code of byte b of chunk c moved. */
  readonly tables: readonly Uint32Array[];
  readonly cache: Map<number, Orbit>;
}

export interface Orbit {
  readonly canonical: number;
  readonly size: number;
}

const built = new Map<number, Orbits>();

export function signedPermutationOrbits(d: number): Orbits {
  const hit = built.get(d);
  if (hit) return hit;
  const size = 1 << d;
  const chunks = Math.ceil(size / 8);
  const tables: Uint32Array[] = [];
  forEachSignedPermutationInPlace(d, (image) => {
    const t = new Uint32Array(chunks * 256);
    for (let c = 0; c < chunks; c++) {
      for (let b = 0; b < 256; b++) {
        let code = 0;
        for (let i = 0; i < 8; i++) {
          const x = c * 8 + i;
          if (x < size && (b >>> i) & 1) code |= 1 << image[x]!;
        }
        t[c * 256 + b] = code >>> 0;
      }
    }
    tables.push(t);
  });
  const o = { d, tables, cache: new Map<number, Orbit>() };
  built.set(d, o);
  return o;
}

export function moveCode(table: Uint32Array, code: number, chunks: number): number {
  let out = 0;
  for (let c = 0; c < chunks; c++) out |= table[c * 256 + ((code >>> (8 * c)) & 255)]!;
  return out >>> 0;
}

/** The orbit of a code: its least member and its size. */
export function orbitOf(o: Orbits, code: number): Orbit {
  const hit = o.cache.get(code);
  if (hit) return hit;
  const chunks = Math.ceil((1 << o.d) / 8);
  let canonical = code;
  let fixed = 0;
  for (const t of o.tables) {
    const m = moveCode(t, code, chunks);
    if (m < canonical) {
      // Not canonical: the caller only needs to know that (and the canonical member).
      canonical = m;
      break;
    }
    if (m === code) fixed++;
  }
  const orbit = canonical === code ? { canonical, size: o.tables.length / fixed } : { canonical, size: 0 };
  if (o.cache.size < 1_000_000) o.cache.set(code, orbit);
  return orbit;
}
