/**
 * The census kernel as WebAssembly SIMD, generated here as bytes (see ./encoding.ts; memory map in
 * ../kernelMemory.ts). The 32 coefficients c_S are int8 lanes of two v128 values (|c_S| <= 32).
 *   walk(steps): `steps` times: Gray index t += 1, flip point x = ctz(t) of the truth table, add
 *     delta[x][old bit] to the coefficients, toggle superset[x] in the ANF word, record.
 *   record(): counts the current function once (the first function of a slice).
 * Recording: z = lanes with c_S != 0 (i8x16.eq + bitmask); degree and GF(2) degree from the top
 * set lane of z and of the ANF word (clz, one table); irrelevant variables v have z & lanes(v) = 0
 * (four at once with i32x4, then the fifth); balanced = c_{} == 0; bent (kernel variant for even
 * n) = every |c_S| == 2^(n/2).
 *
 * A kernel is generated for the measures asked (a KernelMeasures set): the code for a measure not
 * asked is left out (degree only: no ANF word, no irrelevant-variable or bent tests), and its
 * coordinate in the histogram cell holds a constant (see ../layout.ts: unaskedCell). The
 * histogram is then the projection of the full one onto the measures asked, which is all
 * countsFromHistogram reads.
 */
import { STRIDE } from '../histogram.js';
import { MEM, PAGES } from '../kernelMemory.js';
import type { Measure } from '../measures.js';
import { type Code, type FunctionDef, assembleModule, op } from '../../core/wasm/assembler.js';

const { localGet: get, localSet: set, localTee: tee, i32Const: i32, i32Load: load, i32Store: store } = op;
// Locals: 0 = steps (param of walk; unused by record), then i32 and v128 locals.
const T = 1, F = 2, A = 3, X = 4, Z = 5, ZM = 6, VM4 = 7, FULL = 8, TMP = 9;
const I32_LOCALS = 9;
const C0 = 10, C1 = 11, ROOT = 12, VMV = 13;
const V128_LOCALS = 4;

const prologue: Code = [
  ...i32(0), ...load(MEM.index), ...set(T),
  ...i32(0), ...load(MEM.word), ...set(F),
  ...i32(0), ...load(MEM.anf), ...set(A),
  ...i32(0), ...op.v128Load(MEM.coefficients), ...set(C0),
  ...i32(0), ...op.v128Load(MEM.coefficients + 16), ...set(C1),
  ...i32(0), ...op.v128Load(MEM.variableLanes), ...set(VMV),
  ...i32(0), ...load(MEM.variableLanes + 16), ...set(VM4),
  ...i32(0), ...load(MEM.bentFull), ...set(FULL),
  ...i32(0), ...load(MEM.bentRoot), ...op.i8x16Splat, ...set(ROOT),
];

const epilogue: Code = [
  ...i32(0), ...get(T), ...store(MEM.index),
  ...i32(0), ...get(F), ...store(MEM.word),
  ...i32(0), ...get(A), ...store(MEM.anf),
  ...i32(0), ...get(C0), ...op.v128Store(MEM.coefficients),
  ...i32(0), ...get(C1), ...op.v128Store(MEM.coefficients + 16),
];

const stepCode = (anf: boolean): Code => [
  ...get(T), ...i32(1), ...op.i32Add, ...tee(T), ...op.i32Ctz, ...set(X),
  // TMP = x * 64 + old bit * 32
  ...get(F), ...get(X), ...op.i32ShrU, ...i32(1), ...op.i32And, ...i32(5), ...op.i32Shl,
  ...get(X), ...i32(6), ...op.i32Shl, ...op.i32Add, ...set(TMP),
  ...get(C0), ...get(TMP), ...op.v128Load(MEM.delta), ...op.i8x16Add, ...set(C0),
  ...get(C1), ...get(TMP), ...op.v128Load(MEM.delta + 16), ...op.i8x16Add, ...set(C1),
  ...get(F), ...i32(1), ...get(X), ...op.i32Shl, ...op.i32Xor, ...set(F),
  ...(anf ? [...get(A), ...get(X), ...i32(2), ...op.i32Shl, ...load(MEM.superset), ...op.i32Xor, ...set(A)] : []),
];

/** 32-bit mask of the lanes where pred(c0), pred(c1) hold, from i8x16 comparisons. */
function laneMask(lo: Code, hi: Code): Code {
  return [...lo, ...op.i8x16Bitmask, ...hi, ...op.i8x16Bitmask, ...i32(16), ...op.i32Shl, ...op.i32Or];
}

/** The measures a kernel records; the others' code is left out. */
export type KernelMeasures = ReadonlySet<Measure>;

const ALL_MEASURES: KernelMeasures = new Set<Measure>(['degree', 'gf2Degree', 'relevant', 'balanced', 'bent']);

function record(m: KernelMeasures, bent: boolean): Code {
  const zeroLanes = laneMask(
    [...get(C0), ...op.v128Zero, ...op.i8x16Eq],
    [...get(C1), ...op.v128Zero, ...op.i8x16Eq],
  );
  const irrelevant = [
    ...get(Z), ...op.i32x4Splat, ...get(VMV), ...op.v128And, ...op.v128Zero, ...op.i32x4Eq, ...op.i32x4Bitmask,
    ...op.i32Popcnt, ...get(Z), ...get(VM4), ...op.i32And, ...op.i32Eqz, ...op.i32Add,
  ];
  const bentBit = bent && m.has('bent')
    ? [
        ...laneMask(
          [...get(C0), ...op.i8x16Abs, ...get(ROOT), ...op.i8x16Eq],
          [...get(C1), ...op.i8x16Abs, ...get(ROOT), ...op.i8x16Eq],
        ),
        ...get(FULL), ...op.i32Eq, ...i32(Math.log2(4 * STRIDE.bent)), ...op.i32Shl, ...op.i32Add,
      ]
    : [];
  const needZ = m.has('degree') || m.has('relevant') || m.has('balanced');
  // cellOffset index: clz(Z) * 256 + clz(A) * 4 bytes; a degree not asked reads as clz = 32 (null).
  const degreeIndex = m.has('degree') ? [...get(Z), ...op.i32Clz] : i32(32);
  const gf2Index = m.has('gf2Degree') ? [...get(A), ...op.i32Clz] : i32(32);
  return [
    ...(needZ ? [...zeroLanes, ...tee(ZM), ...i32(-1), ...op.i32Xor, ...set(Z)] : []),
    ...degreeIndex, ...i32(8), ...op.i32Shl, ...gf2Index, ...i32(2), ...op.i32Shl, ...op.i32Or,
    ...load(MEM.cellOffset),
    ...(m.has('relevant') ? [...irrelevant, ...i32(Math.log2(4 * STRIDE.relevant)), ...op.i32Shl, ...op.i32Sub] : []),
    ...(m.has('balanced') ? [...get(ZM), ...i32(1), ...op.i32And, ...i32(Math.log2(4 * STRIDE.balanced)), ...op.i32Shl, ...op.i32Add] : []),
    ...bentBit,
    ...tee(TMP), ...get(TMP), ...load(MEM.histogram), ...i32(1), ...op.i32Add, ...store(MEM.histogram),
  ];
}

function functions(m: KernelMeasures, bent: boolean): FunctionDef[] {
  const locals = { i32Locals: I32_LOCALS, v128Locals: V128_LOCALS };
  const once = [...stepCode(m.has('gf2Degree')), ...record(m, bent)];
  const walk: Code = [
    ...prologue,
    // Two steps per iteration while at least two remain.
    ...op.block, ...op.loop,
    ...get(0), ...i32(2), ...op.i32LtU, ...op.brIf(1),
    ...once, ...once,
    ...get(0), ...i32(2), ...op.i32Sub, ...set(0), ...op.br(0),
    ...op.end, ...op.end,
    ...op.block, ...get(0), ...op.i32Eqz, ...op.brIf(0), ...once, ...op.end,
    ...epilogue,
  ];
  return [
    { name: 'walk', params: 1, ...locals, body: walk },
    { name: 'record', params: 1, ...locals, body: [...prologue, ...record(m, bent)] },
  ];
}

/**
 * The kernel module for the measures `m`; `bent` adds the bent test when m has bent (only
 * meaningful for even n: for odd n no function is bent, and the cell's bent bit stays 0).
 */
export function kernelBytes(bent: boolean, m: KernelMeasures = ALL_MEASURES): Uint8Array {
  return assembleModule(functions(m, bent), { kind: 'export', pages: PAGES });
}

