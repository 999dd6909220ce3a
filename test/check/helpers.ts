/**
 * Slow, obvious reference definitions for the checker's tests: enumerations straight from
 * docs/certificates.md (every candidate generated, filtered, sorted), Walsh sums by the direct
 * double sum, degrees, and a fake CommandIo.
 */
import type { CubeMap, Fn } from '../../src/claim/values.js';
import type { CommandIo } from '../../src/cli/io.js';

export const SEED = 1234;

export function bits(v: number): number {
  let c = 0;
  for (; v; v >>>= 1) c += v & 1;
  return c;
}

export function slowWalsh(f: Fn): bigint[] {
  const size = 2 ** f.n;
  return Array.from({ length: size }, (_, s) => {
    let sum = 0n;
    for (let x = 0; x < size; x++) sum += BigInt(f.values[x]!) * (bits(s & x) % 2 ? -1n : 1n);
    return sum;
  });
}

export function slowDegree(f: Fn): number | null {
  let d: number | null = null;
  slowWalsh(f).forEach((c, s) => {
    if (c !== 0n && (d === null || bits(s) > d)) d = bits(s);
  });
  return d;
}

/** ANF coefficient a_T = XOR over x subset of T of F(x), F = 1 where f = -1. */
export function slowAnf(f: Fn): Uint8Array {
  const size = 2 ** f.n;
  return Uint8Array.from({ length: size }, (_, t) => {
    let a = 0;
    for (let x = 0; x < size; x++) if ((x & t) === x && f.values[x] === -1) a ^= 1;
    return a;
  });
}

/** Digits of the number t in the given radix, least significant first, `length` of them. */
export function digits(t: number, radix: number, length: number): number[] {
  return Array.from({ length }, (_, i) => Math.floor(t / radix ** i) % radix);
}

export function booleanFromNumber(n: number, t: number): Fn {
  return { n, values: Int32Array.from(digits(t, 2, 2 ** n), (b) => (b ? -1 : 1)) };
}

/** Every permutation of 0..size-1 in lexicographic order, by recursion. */
export function allPermutations(size: number): number[][] {
  if (size === 0) return [[]];
  return Array.from({ length: size }, (_, first) => first).flatMap((first) =>
    allPermutations(size - 1).map((rest) => [first, ...rest.map((v) => (v >= first ? v + 1 : v))]),
  );
}

export function compareImages(a: CubeMap, b: CubeMap): number {
  for (let i = 0; i < a.image.length; i++) if (a.image[i] !== b.image[i]) return a.image[i]! - b.image[i]!;
  return 0;
}

export function movedPoints(p: ArrayLike<number>): number {
  let c = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== i) c++;
  return c;
}

export interface FakeIo extends CommandIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(cwd: string, options: { isTTY?: boolean; signal?: AbortSignal } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => '',
    isTTY: options.isTTY ?? false,
    signal: options.signal ?? new AbortController().signal,
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}
