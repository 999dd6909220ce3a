/**
 * The verifier's own claim helpers (src/verifier/isolate/claimHelpers.ts), which stand in for
 * src/claim/index.ts inside the isolated child, know every registered domain constructor and
 * build the same specs: a property module on a new domain kind would otherwise fail to verify.
 */
import { describe, expect, it } from 'vitest';
import { domains as engine } from '../../src/claim/index.js';
import { domains as verifier } from '../../src/verifier/isolate/claimHelpers.js';

const SAMPLE_ARGS: Readonly<Record<string, readonly unknown[]>> = {
  integerFunctions: [-2, 2],
  lowDegreeFunctions: [2],
  maps: [3],
};

describe("the verifier's claim helpers", () => {
  it('have every domain constructor of the registry, making the same specs', () => {
    expect(Object.keys(verifier).sort()).toEqual(Object.keys(engine).sort());
    for (const [name, make] of Object.entries(engine)) {
      const args = SAMPLE_ARGS[name] ?? [];
      const ours = (verifier as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
      expect(ours, name).toEqual((make as (...a: unknown[]) => unknown)(...args));
    }
  });
});
