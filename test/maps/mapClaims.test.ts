/**
 * Claims over the vectorial measures, end to end: a user claim reads them through k.measure(id, T),
 * the checker proves or refutes it, and the verifier re-checks the certificate with its twins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/check/catalogue.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import { fakeIo } from '../check/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-maps-'));
const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');

function claim(file: string, id: string, status: string, predicate: string): string {
  writeFileSync(
    join(dir, file),
    `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: '${id}', statement: '${id}', status: '${status}', variables: { t: domains.bijections() }, defaultScope: { n: 3 }, predicate: ({ t }, k) => ${predicate} });\n`,
  );
  return `./${file}`;
}

describe('claims over the vectorial measures', () => {
  it('boomerang uniformity >= differential uniformity for every bijection of C_2 (certified, re-checked by the twins)', async () => {
    const file = claim('bu.ts', 'bu-ge-du', 'theorem', "(k.measure('boomerangUniformity', t) as number) >= (k.measure('differentialUniformity', t) as number)");
    expect(await checkCommand([file, '--n', '2', '--cert', 'bu.json'], fakeIo(dir))).toBe(0);
    expect(await verifyCommand(['bu.json'], fakeIo(dir))).toBe(0);
  });

  it('"no bijection of C_3 is APN" is refuted: there are APN permutations of F_2^3', async () => {
    const file = claim('apn.ts', 'no-apn', 'conjecture', "k.measure('apn', t) === false");
    const io = fakeIo(dir);
    expect(await checkCommand([file, '--n', '3', '--cert', 'apn.json', '--json'], io)).toBe(1);
    expect(await verifyCommand(['apn.json'], fakeIo(dir))).toBe(0);
  });
});
