/**
 * Attack: the module overrides Uint32Array.prototype.slice (which the old verifier used to copy
 * every case before handing it to the predicate) so that each bijection T reaches the predicate as
 * the identity, on which C1 holds. Now the child runs with --frozen-intrinsics and read-only global
 * bindings: the override fails, and so does replacing the Uint32Array binding itself.
 */
import { describe, expect, it } from 'vitest';
import { C1_TEXT, forgedC1Holds, said, verify } from './forge.js';

const IDENTITY = 'function () { return Uint32Array.from({ length: this.length }, (_, i) => i); }';

describe('attack: overriding a built-in the verifier relies on', () => {
  it('Uint32Array.prototype.slice cannot be replaced: the forged C1 "holds" is invalid', async () => {
    const text = `try { (Uint32Array.prototype as { slice: unknown }).slice = ${IDENTITY}; } catch {}\n${C1_TEXT}`;
    expect(said(await verify(forgedC1Holds(text)))).toMatch(/^invalid: evidence.satisfied = 40320 but the re-enumeration finds \d+$/);
  });

  it('nor can the global Uint32Array binding (a subclass whose from() yields the identity)', async () => {
    const fake = `class Fake extends Uint32Array { static from(a: ArrayLike<number>) { return super.from(Array.from({ length: a.length }, (_, i) => i)); } }`;
    const text = `${fake}\ntry { (globalThis as { Uint32Array: unknown }).Uint32Array = Fake; } catch {}\n${C1_TEXT}`;
    expect(said(await verify(forgedC1Holds(text)))).toMatch(/^invalid: evidence.satisfied = 40320 but the re-enumeration finds \d+$/);
  });
});
