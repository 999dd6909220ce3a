/**
 * Attack: a predicate that recognises the verifier's kernel and answers true there only (honest
 * under the checker, so `check` refutes C1 while `verify` accepts "holds"). The old verifier let it
 * import the kernel object to compare with, or read the kernel's source text. Now imports other
 * than the claim helpers are refused, and the kernel's methods are bound: their text says nothing.
 */
import { describe, expect, it } from 'vitest';
import { verifierKernel } from '../../../src/verifier/index.js';
import { C1_TEXT, forgedC1Holds, said, verify } from './forge.js';

const HONEST = 'const inverse = k.inverse(T);';

describe('attack: recognising the verifier kernel', () => {
  it('by importing it: refused before anything runs', async () => {
    const text = C1_TEXT.replace(
      "import { defineProperty, domains } from '../src/claim/index.js';",
      "import { defineProperty, domains } from '../src/claim/index.js';\nimport { verifierKernel } from '../src/verifier/index.js';",
    ).replace(HONEST, `if (k === verifierKernel) return true;\n    ${HONEST}`);
    const outcome = await verify(forgedC1Holds(text));
    expect(said(outcome)).toMatch(/^invalid: claim.sourceText cannot be run: it imports '..\/src\/verifier\/index.js'; a property module may import only types and the claim helpers/);
    expect(outcome.trust).toBe('no foreign code');
  });

  it('by the source text of its methods: the text is not there to read', async () => {
    expect(String(verifierKernel.degree)).toMatch(/topLevel/);
    const text = C1_TEXT.replace(HONEST, `if (String(k.degree).includes('topLevel')) return true;\n    ${HONEST}`);
    expect(said(await verify(forgedC1Holds(text)))).toMatch(/^invalid: evidence.satisfied = 40320 but the re-enumeration finds \d+$/);
  });
});
