/**
 * The slice of the WebAssembly JS API the census kernel uses, typed here: the project's lib
 * setting (ES2022, no DOM) declares no WebAssembly globals. null where the platform has none.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmModule {
  readonly __brand?: 'WasmModule';
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports?: Record<string, unknown>) => WasmInstance;
}

export function wasmApi(): WasmApi | null {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly ?? null;
}
