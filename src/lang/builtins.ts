/** Every builtin function by name: the registry's measures and operations, then the core ones. */
import type { Builtin } from './builtin.js';
import { coreBuiltins } from './coreBuiltins.js';
import { registryBuiltins } from './registryBuiltins.js';

let table: Map<string, Builtin> | null = null;

export function builtins(): ReadonlyMap<string, Builtin> {
  if (table === null) {
    const core = coreBuiltins();
    table = new Map([...registryBuiltins(), ...core]);
  }
  return table;
}

export function builtin(name: string): Builtin | undefined {
  return builtins().get(name);
}
