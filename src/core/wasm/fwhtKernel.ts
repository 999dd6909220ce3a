/**
 * The WebAssembly SIMD kernel of the integer FWHT, as a program for ./assembler.ts.
 * All addresses are byte offsets into the imported memory; all strides and widths are multiples
 * of 64 bytes (16 lanes) so every v128 access is aligned and in range.
 *
 * Exports:
 *   first16(ptr, end): for each 16-value group in [ptr, end), the stages h = 1, 2, 4, 8.
 *   first32(ptr, end): for each 32-value group, the stages h = 1, 2, 4, 8, 16 in eight registers.
 *   r8(ptr, nGroups, groupStride, h, nRuns, runStride, width): three stages (h, 2h, 4h; h in
 *     bytes): for each group g (base ptr + g*groupStride), each run t (base + t*runStride), each
 *     16-byte column j < width: the radix-8 butterfly on the vectors at q, q+h, ..., q+7h.
 *   r4(same arguments): two stages, on the vectors at q, q+h, q+2h, q+3h.
 *   r2(same arguments): one stage h, on the vectors at q and q+h.
 * i32x4.add/sub wrap modulo 2^32 exactly like Int32Array stores; the caller's bound keeps every
 * intermediate value in range (see src/core/fwht.ts), so nothing wraps.
 */
import { type Code, type FunctionDef, assembleModule, op } from './assembler.js';

const { localGet: get, localSet: set, localTee: tee } = op;

/** v = H4(v) inside the vector: lanes (v0, v1, v2, v3) get the 4-point transform. */
function h4InVector(v: number): Code {
  return [
    ...get(v), ...get(v), ...op.shuffle32([0, 0, 2, 2]),
    ...get(v), ...get(v), ...op.i32x4Neg, ...op.shuffle32([1, 5, 3, 7]),
    ...op.i32x4Add, ...set(v),
    ...get(v), ...get(v), ...op.shuffle32([0, 1, 0, 1]),
    ...get(v), ...get(v), ...op.i32x4Neg, ...op.shuffle32([2, 3, 6, 7]),
    ...op.i32x4Add, ...set(v),
  ];
}

/** The radix-4 butterfly on the vectors in locals x[0..3] (temporaries t[0..3]): store(k, value)
 * emits the code that stores output k, given the code that computes it. */
function radix4(x: readonly number[], t: readonly number[], store: (k: number, value: Code) => Code): Code {
  const [a, b, c, d] = t as [number, number, number, number];
  const [x0, x1, x2, x3] = x as [number, number, number, number];
  return [
    ...get(x0), ...get(x1), ...op.i32x4Add, ...set(a),
    ...get(x0), ...get(x1), ...op.i32x4Sub, ...set(b),
    ...get(x2), ...get(x3), ...op.i32x4Add, ...set(c),
    ...get(x2), ...get(x3), ...op.i32x4Sub, ...set(d),
    ...store(0, [...get(a), ...get(c), ...op.i32x4Add]),
    ...store(1, [...get(b), ...get(d), ...op.i32x4Add]),
    ...store(2, [...get(a), ...get(c), ...op.i32x4Sub]),
    ...store(3, [...get(b), ...get(d), ...op.i32x4Sub]),
  ];
}

function first16(): FunctionDef {
  const p = 0, end = 1;
  const v = [2, 3, 4, 5];
  const t = [6, 7, 8, 9];
  const body: Code = [
    ...op.loop,
    ...v.flatMap((vk, k) => [...get(p), ...op.v128Load(16 * k), ...set(vk), ...h4InVector(vk)]),
    ...radix4(v, t, (k, value) => [...get(p), ...value, ...op.v128Store(16 * k)]),
    ...get(p), ...op.i32Const(64), ...op.i32Add, ...tee(p),
    ...get(end), ...op.i32LtU, ...op.brIf(0),
    ...op.end,
  ];
  return { name: 'first16', params: 2, i32Locals: 0, v128Locals: 8, body };
}

/** In-place butterflies on v128 locals: for each pair (i, j), x_i, x_j = x_i + x_j, x_i - x_j. */
function butterflies(pairs: readonly (readonly [number, number])[]): Code {
  return pairs.flatMap(([i, j]) => [
    ...get(i), ...get(j), ...op.i32x4Add, ...get(i), ...get(j), ...op.i32x4Sub, ...set(j), ...set(i),
  ]);
}

/** The stages h = 1, 2, 4 across the v128 locals x[0..radix): log2(radix) stages, outputs in place. */
function acrossLocals(x: readonly number[]): Code {
  const out: Code[] = [];
  for (let h = 1; h < x.length; h *= 2) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < x.length; i++) if ((i & h) === 0) pairs.push([x[i]!, x[i + h]!]);
    out.push(butterflies(pairs));
  }
  return out.flat();
}

/**
 * The stages h = 1, 2 of the eight values in the v128 locals u, v (values 0..3 and 4..7 of a
 * group), with temporaries e, o: each stage pairs the even and odd lanes of (u, v) by two
 * shuffles and one butterfly; a last pair of shuffles puts the results back in point order.
 * Stage 1: s = (u0+u1, u2+u3, v0+v1, v2+v3), d = (u0-u1, ...); stage 2 on (s, d) gives
 * S = (U0, V0, U1, V1), D = (U2, V2, U3, V3) where U, V are the 4-point transforms of u, v.
 */
function lanesOfPair(u: number, v: number, e: number, o: number): Code {
  const evens = op.shuffle32([0, 2, 4, 6]);
  const odds = op.shuffle32([1, 3, 5, 7]);
  const stage: Code = [
    ...get(u), ...get(v), ...evens, ...set(e),
    ...get(u), ...get(v), ...odds, ...set(o),
    ...get(e), ...get(o), ...op.i32x4Add, ...set(u),
    ...get(e), ...get(o), ...op.i32x4Sub, ...set(v),
  ];
  return [
    ...stage, ...stage,
    ...get(u), ...get(v), ...evens, ...set(e),
    ...get(u), ...get(v), ...odds, ...set(v),
    ...get(e), ...set(u),
  ];
}

/**
 * first32(ptr, end): for each 32-value group in [ptr, end), the stages h = 1, 2, 4, 8, 16 with
 * the group in eight registers: h = 4, 8, 16 pair whole vectors, h = 1, 2 go through
 * lanesOfPair on each pair of neighbouring vectors.
 */
function first32(): FunctionDef {
  const p = 0, end = 1;
  const x = [2, 3, 4, 5, 6, 7, 8, 9];
  const [e, o] = [10, 11];
  const body: Code = [
    ...op.loop,
    ...x.flatMap((xk, k) => [...get(p), ...op.v128Load(16 * k), ...set(xk)]),
    ...acrossLocals(x),
    ...[0, 2, 4, 6].flatMap((k) => lanesOfPair(x[k]!, x[k + 1]!, e, o)),
    ...x.flatMap((xk, k) => [...get(p), ...get(xk), ...op.v128Store(16 * k)]),
    ...get(p), ...op.i32Const(128), ...op.i32Add, ...tee(p),
    ...get(end), ...op.i32LtU, ...op.brIf(0),
    ...op.end,
  ];
  return { name: 'first32', params: 2, i32Locals: 0, v128Locals: 10, body };
}

/** The shared loop nest of r8, r4 and r2: radix vectors per butterfly group (log2(radix) stages). */
function butterflyPass(radix: 2 | 4 | 8): FunctionDef {
  const [ptr, nGroups, groupStride, h, nRuns, runStride, width] = [0, 1, 2, 3, 4, 5, 6];
  const [g, tc, gbase, rbase, end] = [7, 8, 9, 10, 11];
  const q = [12, 13, 14, 15, 16, 17, 18, 19];
  const x = [20, 21, 22, 23, 24, 25, 26, 27].slice(0, radix);
  const addresses: Code = Array.from({ length: radix - 1 }, (_, k) => [
    ...get(q[k]!), ...get(h), ...op.i32Add, ...set(q[k + 1]!),
  ]).flat();
  const loads: Code = x.flatMap((xk, k) => [...get(q[k]!), ...op.v128Load(0), ...set(xk)]);
  const stores: Code = x.flatMap((xk, k) => [...get(q[k]!), ...get(xk), ...op.v128Store(0)]);
  const decrementAndLoop = (local: number): Code => [
    ...get(local), ...op.i32Const(1), ...op.i32Sub, ...tee(local), ...op.brIf(0),
  ];
  const body: Code = [
    ...get(ptr), ...set(gbase), ...get(nGroups), ...set(g),
    ...op.loop,
    ...get(gbase), ...set(rbase), ...get(nRuns), ...set(tc),
    ...op.loop,
    ...get(rbase), ...tee(q[0]!), ...get(width), ...op.i32Add, ...set(end),
    ...op.loop,
    ...addresses, ...loads, ...acrossLocals(x), ...stores,
    ...get(q[0]!), ...op.i32Const(16), ...op.i32Add, ...tee(q[0]!),
    ...get(end), ...op.i32LtU, ...op.brIf(0),
    ...op.end,
    ...get(rbase), ...get(runStride), ...op.i32Add, ...set(rbase),
    ...decrementAndLoop(tc),
    ...op.end,
    ...get(gbase), ...get(groupStride), ...op.i32Add, ...set(gbase),
    ...decrementAndLoop(g),
    ...op.end,
  ];
  return { name: `r${radix}`, params: 7, i32Locals: 13, v128Locals: 8, body };
}

/** The kernel module's bytes, deterministically. */
export function buildFwhtModule(): Uint8Array {
  return assembleModule([first16(), first32(), butterflyPass(8), butterflyPass(4), butterflyPass(2)]);
}
