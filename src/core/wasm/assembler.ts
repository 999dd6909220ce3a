/**
 * A tiny WebAssembly binary assembler: just the instructions the FWHT and census kernels use,
 * encoded by hand from the WebAssembly core + fixed-width SIMD specifications (there is no
 * wat2wasm here). Every function takes i32 parameters and returns nothing; the module either
 * imports one memory as env.memory or defines and exports its own.
 */

export type Code = readonly number[];

export const I32 = 0x7f;
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 for a 32-bit integer. */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const simd = (op: number): number[] => [0xfd, ...uleb(op)];
/** memarg: alignment exponent (a hint only) and a constant byte offset. */
const memarg = (alignLog2: number, offset: number): number[] => [alignLog2, ...uleb(offset)];

export const op = {
  localGet: (i: number): Code => [0x20, ...uleb(i)],
  localSet: (i: number): Code => [0x21, ...uleb(i)],
  localTee: (i: number): Code => [0x22, ...uleb(i)],
  i32Const: (v: number): Code => [0x41, ...sleb(v)],
  i32Load: (offset: number): Code => [0x28, ...memarg(2, offset)],
  i32Store: (offset: number): Code => [0x36, ...memarg(2, offset)],
  i32Eqz: [0x45] as Code,
  i32Eq: [0x46] as Code,
  i32Ne: [0x47] as Code,
  i32LtU: [0x49] as Code,
  i32Clz: [0x67] as Code,
  i32Ctz: [0x68] as Code,
  i32Popcnt: [0x69] as Code,
  i32Add: [0x6a] as Code,
  i32Sub: [0x6b] as Code,
  i32Mul: [0x6c] as Code,
  i32And: [0x71] as Code,
  i32Or: [0x72] as Code,
  i32Xor: [0x73] as Code,
  i32Shl: [0x74] as Code,
  i32ShrU: [0x76] as Code,
  /** block/loop with no result; end closes either. */
  block: [0x02, 0x40] as Code,
  loop: [0x03, 0x40] as Code,
  end: [0x0b] as Code,
  br: (depth: number): Code => [0x0c, ...uleb(depth)],
  brIf: (depth: number): Code => [0x0d, ...uleb(depth)],
  v128Load: (offset = 0): Code => [...simd(0x00), ...memarg(4, offset)],
  v128Store: (offset = 0): Code => [...simd(0x0b), ...memarg(4, offset)],
  v128Zero: [...simd(0x0c), ...new Array<number>(16).fill(0)] as Code,
  v128And: simd(0x4e) as Code,
  i8x16Splat: simd(0x0f) as Code,
  i8x16Eq: simd(0x23) as Code,
  i8x16Abs: simd(0x60) as Code,
  i8x16Bitmask: simd(0x64) as Code,
  i8x16Add: simd(0x6e) as Code,
  i32x4Splat: simd(0x11) as Code,
  i32x4Eq: simd(0x37) as Code,
  i32x4Bitmask: simd(0xa4) as Code,
  /** i8x16.shuffle given as four 32-bit lanes (0..3 first operand, 4..7 second). */
  shuffle32: (lanes: readonly [number, number, number, number]): Code => [
    ...simd(0x0d),
    ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]),
  ],
  i32x4Neg: simd(0xa1) as Code,
  i32x4Add: simd(0xae) as Code,
  i32x4Sub: simd(0xb1) as Code,
};

export interface FunctionDef {
  readonly name: string;
  readonly params: number;
  readonly i32Locals: number;
  readonly v128Locals: number;
  readonly body: Code;
}

const section = (id: number, payload: number[]): number[] => [id, ...uleb(payload.length), ...payload];
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => vector([...s].map((c) => [c.charCodeAt(0)]));

/** Where the module's memory comes from. */
export type MemorySpec = { readonly kind: 'import' } | { readonly kind: 'export'; readonly pages: number };

/**
 * The module bytes: one type per function; memory imported as env.memory (min 1 page), or
 * defined with `pages` pages and exported as "memory".
 */
export function assembleModule(functions: readonly FunctionDef[], memory: MemorySpec = { kind: 'import' }): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.params }, () => [I32])), 0]);
  const imports = memory.kind === 'import' ? [[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]] : [];
  const funcs = functions.map((_, i) => uleb(i));
  const exports = functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]);
  if (memory.kind === 'export') exports.push([...name('memory'), 0x02, 0]);
  const memories = memory.kind === 'export' ? [[0x00, ...uleb(memory.pages)]] : [];
  const bodies = functions.map((f) => {
    const locals: number[][] = [];
    if (f.i32Locals > 0) locals.push([...uleb(f.i32Locals), I32]);
    if (f.v128Locals > 0) locals.push([...uleb(f.v128Locals), V128]);
    const body = [...vector(locals), ...f.body, ...op.end];
    return [...uleb(body.length), ...body];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...(imports.length ? section(2, vector(imports)) : []),
    ...section(3, vector(funcs)),
    ...(memories.length ? section(5, vector(memories)) : []),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
