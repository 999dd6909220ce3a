/**
 * Claims over the new measures, end to end: a user claim reads them through k.measure, the
 * checker proves or refutes it, and the verifier re-checks the certificate with its own twins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/check/catalogue.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import { fakeIo } from '../check/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-measures-'));
const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');

function claim(file: string, id: string, status: string, predicate: string): string {
  writeFileSync(
    join(dir, file),
    `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: '${id}', statement: '${id}', status: '${status}', variables: { f: domains.booleanFunctions() }, defaultScope: { n: 3 }, predicate: ({ f }, k) => ${predicate} });\n`,
  );
  return `./${file}`;
}

describe('claims over the new measures', () => {
  it("Huang's theorem s(f)^2 >= deg(f) holds on n = 3; its certificate verifies with the twins", async () => {
    const file = claim('huang.ts', 'huang', 'theorem', "(k.measure('sensitivity', f) as number) ** 2 >= (k.degree(f) ?? 0)");
    const io = fakeIo(dir);
    expect(await checkCommand([file, '--n', '3', '--cert', 'huang.json'], io)).toBe(0);
    const v = fakeIo(dir);
    expect(await verifyCommand(['huang.json'], v)).toBe(0);
  });

  it('the false s(f) >= deg(f) is refuted on exactly 56 functions of 3 variables', async () => {
    const file = claim('sdeg.ts', 'sensitivity-ge-degree', 'conjecture', "(k.measure('sensitivity', f) as number) >= (k.degree(f) ?? 0)");
    const io = fakeIo(dir);
    expect(await checkCommand([file, '--n', '3', '--all', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ cases: 256, counterexamples: 56 });
  });

  it('bs <= C <= D and AI <= ceil(n/2) hold on n = 3, certified', async () => {
    const file = claim(
      'chain.ts',
      'chain',
      'theorem',
      "(k.measure('blockSensitivity', f) as number) <= (k.measure('certificateComplexity', f) as number) && (k.measure('certificateComplexity', f) as number) <= (k.measure('decisionTreeDepth', f) as number) && (k.measure('algebraicImmunity', f) as number) <= 2",
    );
    expect(await checkCommand([file, '--n', '3', '--cert', 'chain.json'], fakeIo(dir))).toBe(0);
    expect(await verifyCommand(['chain.json'], fakeIo(dir))).toBe(0);
  });
});
