/**
 * Attack: a certificate bundle that ships the genuine C1 module next to a fake src/claim/index.ts
 * whose defineProperty swaps the predicate for `() => true`. The old verifier imported the module
 * from disk, so its '../src/claim/index.js' resolved to the fake and C1 "held". Now the embedded
 * text is transpiled alone and the claim helpers are the verifier's own: the genuine predicate runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../../src/verifier/index.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';
import { C1_TEXT, forgedC1Holds, said } from './forge.js';

afterAll(removeTempDirs);

describe('attack: a bundle with a fake src/claim/index.ts', () => {
  it('does not replace the claim helpers: the forged C1 "holds" is invalid', async () => {
    const bundle = tempDir();
    for (const d of ['properties', 'certificates', 'src/claim']) mkdirSync(join(bundle, d), { recursive: true });
    writeFileSync(join(bundle, 'properties', 'C1-inverse-coordinate-degree.ts'), C1_TEXT);
    writeFileSync(
      join(bundle, 'src', 'claim', 'index.ts'),
      'export const domains = { bijections: () => ({ kind: "bijections" }) };\n' +
        'export const defineProperty = (d: object) => ({ quantifier: "forAll", ...d, predicate: () => true, __cubecheckProperty: true });\n',
    );
    const path = join(bundle, 'certificates', 'C1.json');
    writeFileSync(path, JSON.stringify(forgedC1Holds()));
    const outcome = await verifyCertificate(path);
    expect(said(outcome)).toMatch(/^invalid: evidence.satisfied = 40320 but the re-enumeration finds \d+$/);
    expect(outcome.trust).toBe("ran the certificate's embedded TypeScript predicate in an isolated process");
  });

  it('refuses a module that imports anything but types and the claim helpers, in one line', async () => {
    const text = C1_TEXT.replace("import { defineProperty, domains } from '../src/claim/index.js';", "import { defineProperty, domains } from '../bundle/claim.js';");
    expect(said(await verifyCertificate({ json: forgedC1Holds(text), baseDir: tempDir() }))).toBe(
      "invalid: claim.sourceText cannot be run: it imports '../bundle/claim.js'; a property module may import only types and the claim helpers (defineProperty, domains from '../src/claim/index.js' or 'cubecheck')",
    );
  });
});
