/**
 * A minimal WebAssembly binary encoder for the census kernel (there is no wat2wasm here): LEB128
 * numbers, the instructions the kernel uses (core + fixed-width SIMD opcodes, from the
 * WebAssembly specification), and a module of functions over one exported memory.
 */

export type Code = readonly number[];

export const I32 = 0x7f;
export const V128 = 0x7b;

export function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

export function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const last = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(last ? byte : byte | 0x80);
    if (last) return out;
  }
}

const simd = (sub: number): number[] => [0xfd, ...uleb(sub)];
/** memarg: alignment exponent (a hint) and a constant byte offset. */
const memarg = (alignLog2: number, offset: number): number[] => [alignLog2, ...uleb(offset)];

export const op = {
  get: (i: number): Code => [0x20, ...uleb(i)],
  set: (i: number): Code => [0x21, ...uleb(i)],
  tee: (i: number): Code => [0x22, ...uleb(i)],
  i32: (v: number): Code => [0x41, ...sleb(v)],
  load: (offset: number): Code => [0x28, ...memarg(2, offset)],
  store: (offset: number): Code => [0x36, ...memarg(2, offset)],
  eqz: [0x45] as Code,
  ltU: [0x49] as Code,
  popcnt: [0x69] as Code,
  eq: [0x46] as Code,
  ne: [0x47] as Code,
  clz: [0x67] as Code,
  ctz: [0x68] as Code,
  add: [0x6a] as Code,
  sub: [0x6b] as Code,
  mul: [0x6c] as Code,
  and: [0x71] as Code,
  or: [0x72] as Code,
  xor: [0x73] as Code,
  shl: [0x74] as Code,
  shrU: [0x76] as Code,
  block: [0x02, 0x40] as Code,
  loop: [0x03, 0x40] as Code,
  end: [0x0b] as Code,
  br: (depth: number): Code => [0x0c, ...uleb(depth)],
  brIf: (depth: number): Code => [0x0d, ...uleb(depth)],
  v128Load: (offset: number): Code => [...simd(0x00), ...memarg(4, offset)],
  v128Store: (offset: number): Code => [...simd(0x0b), ...memarg(4, offset)],
  v128Zero: [...simd(0x0c), ...new Array<number>(16).fill(0)] as Code,
  i8x16Splat: simd(0x0f) as Code,
  i8x16Eq: simd(0x23) as Code,
  i8x16Abs: simd(0x60) as Code,
  i8x16Bitmask: simd(0x64) as Code,
  i8x16Add: simd(0x6e) as Code,
  i32x4Splat: simd(0x11) as Code,
  v128And: simd(0x4e) as Code,
  i32x4Eq: simd(0x37) as Code,
  i32x4Bitmask: simd(0xa4) as Code,
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
const utf8 = (s: string): number[] => vector([...new TextEncoder().encode(s)].map((b) => [b]));

/** A module: functions (i32 params, no results), one memory of `pages` exported as "memory". */
export function encodeModule(functions: readonly FunctionDef[], pages: number): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.params }, () => [I32])), 0]);
  const funcs = functions.map((_, i) => uleb(i));
  const memory = [[0x00, ...uleb(pages)]];
  const exports = [
    ...functions.map((f, i) => [...utf8(f.name), 0x00, ...uleb(i)]),
    [...utf8('memory'), 0x02, 0],
  ];
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
    ...section(3, vector(funcs)),
    ...section(5, vector(memory)),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
