/**
 * The slice of the WebAssembly JS API this project uses, typed here because the project's lib
 * setting (ES2022, no DOM) declares no WebAssembly globals. null where the platform has none.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  /** Grows by `pages` 64 KiB pages (detaching old views of buffer); throws when it cannot. */
  grow(pages: number): number;
}

/** A compiled module (opaque). */
export type WasmModule = object;

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  readonly Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports?: Record<string, Record<string, unknown>>) => WasmInstance;
}

export function wasmApi(): WasmApi | null {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  return api ?? null;
}
