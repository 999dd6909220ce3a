/**
 * Drives the WebAssembly SIMD FWHT kernel (./fwhtKernel.ts, embedded as ./fwhtModuleBytes.ts).
 * The values are copied into the module's memory, transformed there cache-blockwise, and copied
 * back, unless they already live there (wasmInt32Array): then nothing is copied. The memory grows to the largest transform seen (64 MiB at 2^24 points) and is kept for
 * later calls. Falls back (returns false) when the platform has no WebAssembly SIMD.
 *
 * Order of work on 2^n values (every stage is done exactly once, so the result is the plain
 * transform's; only the order of the butterflies changes):
 *  1. blocks of 2^BLOCK_LOG consecutive values (64 KiB, L2-resident; the passes stream it from
 *     L1/L2): stages h = 1..16 with 32 values in registers (first32), then the remaining stages
 *     h < 2^BLOCK_LOG three at a time (r8: eight vectors loaded, three stages, eight stored),
 *     ending with r4 / r2 when fewer remain;
 *  2. the array seen as R = 2^(n - BLOCK_LOG) rows of one block each: for each chunk of W
 *     columns (R * W values = 2^CHUNK_LOG int32 = 2 MiB: L2 and L3 hold it), the remaining stages,
 *     which pair whole rows, again radix 8 first.
 * At 2^24 every value crosses DRAM twice (once per step); the schedule is in docs/kernels.md.
 */
import { FWHT_WASM_BASE64 } from './fwhtModuleBytes.js';
import { type WasmMemory, wasmApi } from './wasmApi.js';

interface Kernel {
  readonly memory: WasmMemory;
  readonly first16: (ptr: number, end: number) => void;
  readonly first32: (ptr: number, end: number) => void;
  readonly r8: Pass;
  readonly r4: Pass;
  readonly r2: Pass;
}
type Pass = (ptr: number, nGroups: number, groupStride: number, h: number, nRuns: number, runStride: number, width: number) => void;

/** Values per block in step 1 (2^14 int32 = 64 KiB). */
export const BLOCK_LOG = 14;
/** Values per column chunk in step 2 (2^19 int32 = 2 MiB; 2^18 was slower at 2^24, equal at 2^20). */
export const CHUNK_LOG = 19;
/** Smallest length the kernel handles (first16 needs 16 values). */
export const WASM_MIN_LENGTH = 16;
/** Largest length (byte offsets are 32-bit: 2^28 int32 = 1 GiB of module memory). */
export const WASM_MAX_LENGTH = 2 ** 28;

let kernel: Kernel | null | undefined;
/** Bytes at the start of the memory held by the array wasmInt32Array handed out; copies go after. */
let reserved = 0;

function loadKernel(): Kernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    const api = wasmApi();
    const bytes = new Uint8Array(Buffer.from(FWHT_WASM_BASE64, 'base64'));
    if (api === null || !api.validate(bytes)) return null;
    const memory = new api.Memory({ initial: 1 });
    const instance = new api.Instance(new api.Module(bytes), { env: { memory } });
    const e = instance.exports as unknown as Omit<Kernel, 'memory'>;
    kernel = { memory, first16: e.first16, first32: e.first32, r8: e.r8, r4: e.r4, r2: e.r2 };
  } catch {
    kernel = null;
  }
  return kernel;
}

/** True when the SIMD kernel can run here. */
export function wasmFwhtAvailable(): boolean {
  return loadKernel() !== null;
}

/**
 * The transform of a power-of-two length >= 16 in place through the kernel; false (and `a`
 * untouched) when the kernel is unavailable.
 */
export function fwhtInt32WasmInPlace(a: Int32Array): boolean {
  const k = loadKernel();
  const len = a.length;
  if (k === null || len < WASM_MIN_LENGTH || len > WASM_MAX_LENGTH || (len & (len - 1)) !== 0) return false;
  const bytes = len * 4;
  // An array that lives in the module's memory (wasmInt32Array) is transformed where it is.
  const resident = a.buffer === k.memory.buffer;
  if (!resident) {
    const have = k.memory.buffer.byteLength;
    try {
      if (have < reserved + bytes) k.memory.grow(Math.ceil((reserved + bytes - have) / 65536));
    } catch {
      return false; // no memory to grow into: the caller's JS path still works in place
    }
  }
  const base = resident ? a.byteOffset : reserved;
  const view = resident ? a : new Int32Array(k.memory.buffer, reserved, len);
  if (!resident) view.set(a);
  transformAt(k, base, len);
  if (!resident) a.set(view);
  return true;
}

/**
 * An Int32Array of `len` values inside the kernel's memory, so fwhtInt32InPlace transforms it
 * with no copy in or out; null without the kernel. The module has one such array at a time, at
 * the start of its memory; other transforms copy into the space after it. Growing the memory
 * (a later wasmInt32Array, or a transform of an ordinary array that needs more room) detaches
 * the old view: it then has length 0, never someone else's values.
 */
export function wasmInt32Array(len: number): Int32Array | null {
  const k = loadKernel();
  if (k === null || !Number.isSafeInteger(len) || len < 0 || len > WASM_MAX_LENGTH) return null;
  const bytes = len * 4;
  const have = k.memory.buffer.byteLength;
  try {
    if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / 65536));
  } catch {
    return null;
  }
  reserved = Math.ceil(bytes / 64) * 64;
  const view = new Int32Array(k.memory.buffer, 0, len);
  view.fill(0);
  return view;
}

type Radix = 2 | 4 | 8;

/** The stages h = from, 2 from, ... < count, three at a time while it can (radix 8), then 4 / 2. */
function eachPass(count: number, from: number, pass: (radix: Radix, h: number) => void): void {
  let h = from;
  for (; 8 * h <= count; h *= 8) pass(8, h);
  if (4 * h <= count) pass(4, h), (h *= 4);
  if (2 * h <= count) pass(2, h);
}

function transformAt(k: Kernel, base: number, len: number): void {
  const bytes = len * 4;
  const n = 31 - Math.clz32(len);
  const blockLen = 1 << Math.min(n, BLOCK_LOG);
  const blockBytes = blockLen * 4;
  const inRegisters = blockLen >= 32 ? 32 : 16;
  for (let b = base; b < base + bytes; b += blockBytes) {
    if (inRegisters === 32) k.first32(b, b + blockBytes);
    else k.first16(b, b + blockBytes);
    // h counts values; a pass of radix r does the stages h, 2h, ... < r h on groups of r h values.
    eachPass(blockLen, inRegisters, (r, h) => k[`r${r}`](b, blockLen / (r * h), 4 * r * h, 4 * h, 1, 0, 4 * h));
  }
  const rows = len / blockLen;
  if (rows > 1) {
    const rowBytes = blockBytes;
    const chunkBytes = 4 * Math.min(blockLen, Math.max(16, (1 << CHUNK_LOG) / rows));
    for (let c = base; c < base + rowBytes; c += chunkBytes) {
      // hr counts rows; stages pair row t with row t + hr, on a chunk of columns.
      eachPass(rows, 1, (r, hr) => k[`r${r}`](c, rows / (r * hr), r * hr * rowBytes, hr * rowBytes, hr, rowBytes, chunkBytes));
    }
  }
}
