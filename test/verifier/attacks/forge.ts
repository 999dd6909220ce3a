/**
 * What the audit's attacks forge: a certificate saying the refuted conjecture C1 (docs/math.md C1)
 * holds at n = 3, with exhaustive evidence that every one of the 8! bijections satisfies it. A
 * verifier that prints `valid` for it has been fooled. Built with test-side code only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type VerifyOutcome, verifyCertificate } from '../../../src/verifier/index.js';
import { type Json, sha256, withIntegrity } from '../helpers/certificates.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/**
 * C1 is a formula in the catalogue now (properties/catalogue.claims); the attacks are on module
 * certificates, so they use C1's TypeScript module (a test fixture), with the import path a module
 * in properties/ has, and that module's certificate (test/fixtures/C1-module-certificate.json,
 * written by `check test/fixtures/catalogue-ts/C1-inverse-coordinate-degree.ts --cert`).
 */
export const C1_TEXT = readFileSync(join(ROOT, 'test', 'fixtures', 'catalogue-ts', 'C1-inverse-coordinate-degree.ts'), 'utf8').replace(
  "from '../../../src/claim/index.js'",
  "from '../src/claim/index.js'",
);
export const C1_CERT = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'C1-module-certificate.json'), 'utf8')) as Json;

/** The permutations of 0..k-1 in lexicographic order (the canonical order of bijections, images as sequences). */
function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x) => permutations(items.filter((y) => y !== x)).map((rest) => [x, ...rest]));
}
const ALL_SATISFIED = sha256(
  permutations([0, 1, 2, 3, 4, 5, 6, 7])
    .map((image) => `perm:${image.join(',')}\t1\n`)
    .join(''),
);

/** The claim block of C1 with another embedded text (its hash recomputed) and source label. */
export function claimWith(text: string, source = (C1_CERT.claim as Json).source as string): Json {
  return { ...(C1_CERT.claim as Json), source, sourceSha256: sha256(text), sourceText: text };
}

/** C1 "holds" at n = 3 (cases 40320, satisfied 40320), for the module text given. */
export function forgedC1Holds(text = C1_TEXT, source?: string): Json {
  const { integrity: _old, ...rest } = C1_CERT;
  return withIntegrity({ ...rest, claim: claimWith(text, source), verdict: 'holds', evidence: { kind: 'exhaustive', cases: 40320, satisfied: 40320, digest: ALL_SATISFIED } });
}

/** A closed claim (one case) with the given module text, claimed to hold. */
export function closedHolds(text: string, id: string): Json {
  return withIntegrity({
    format: 'cubecheck-certificate',
    version: 1,
    claim: { id, statement: 'a closed claim', status: 'theorem', quantifier: 'forAll', source: `${id}.ts`, sourceSha256: sha256(text), sourceText: text },
    scope: { n: 2, variables: [] },
    method: { mode: 'exhaustive', seed: null, runs: null },
    verdict: 'holds',
    evidence: { kind: 'exhaustive', cases: 1, satisfied: 1, digest: sha256('\t1\n') },
    produced: { tool: 'test/verifier/attacks', elapsedMs: 1, date: '2026-01-01T00:00:00.000Z' },
  });
}

/** A closed property module whose predicate body is `body` (TypeScript, returns a boolean). */
export const closedModule = (id: string, body: string, prelude = ''): string =>
  `import { defineProperty } from '../src/claim/index.js';\n${prelude}\nexport default defineProperty({\n  id: '${id}',\n  statement: 'a closed claim',\n  status: 'theorem',\n  variables: {},\n  predicate: (_v, k, scope) => {\n${body}\n  },\n  defaultScope: { n: 2 },\n});\n`;

export const verify = (json: Json, baseDir = ROOT): Promise<VerifyOutcome> => verifyCertificate({ json, baseDir });
export const said = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);

/** Writes a certificate as dir/name unchanged; returns the path. */
export function put(dir: string, name: string, cert: Json): string {
  writeFileSync(join(dir, name), JSON.stringify(cert, null, 2));
  return join(dir, name);
}
