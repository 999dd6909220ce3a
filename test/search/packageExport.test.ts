/**
 * The `cubecheck/arbitraries` package export, imported through the package name as users do (it
 * resolves to the built dist/, so run `npm run build` after changing src/). Before the export
 * existed, this import failed with ERR_PACKAGE_PATH_NOT_EXPORTED.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { affineMaps, bijections, booleanFunctions, DISTRIBUTION, integerFunctions, lowDegreeFunctions, maps, signedPermutations, subsets } from 'cubecheck/arbitraries';
import { packageRoot } from '../../src/check/catalogue.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';

const SEED = 20261201;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('cubecheck/arbitraries', () => {
  it('gives members of each domain (fixed seed) and names the distribution', () => {
    expect(DISTRIBUTION).toBe('cubecheck-mix/1');
    fc.assert(fc.property(booleanFunctions(4), (f) => f.n === 4 && K.isBoolean(f)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(lowDegreeFunctions(7, 2), (f) => (K.degree(f) ?? 0) <= 2), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(integerFunctions(3, -2, 5), (f) => f.values.every((v) => v >= -2 && v <= 5)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(maps(3, 2), (t) => t.image.every((y) => y < 4)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(bijections(4), (t) => K.isBijection(t)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(signedPermutations(5), (t) => K.isSignedPermutation(t)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(affineMaps(4), (t) => K.isGf2Affine(t)), { seed: SEED, numRuns: 100 });
    fc.assert(fc.property(subsets(4), (s) => s.points.every((p, i) => p < 16 && (i === 0 || p > s.points[i - 1]!))), { seed: SEED, numRuns: 100 });
  });

  it('shrinks: "degree <= 3 means at most 4 relevant variables" fails and shrinks to 5 relevant variables', () => {
    const r = fc.check(fc.property(lowDegreeFunctions(8, 3), (f) => K.relevantVariables(f).length <= 4), { seed: SEED });
    expect(r.failed).toBe(true);
    expect(K.relevantVariables(r.counterexample![0]).length).toBe(5);
    const b = fc.check(fc.property(bijections(4), (t) => t.image[5] === 5), { seed: SEED });
    expect(b.counterexample![0].image.filter((y, x) => y !== x).length).toBe(2);
  });

  it('the README example is test/search/readmeExample.test.ts, verbatim', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const example = readFileSync(join(packageRoot(), 'test/search/readmeExample.test.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(readme).toContain(example);
  });

  it('refuses bad parameters with a RangeError', () => {
    expect(() => booleanFunctions(25)).toThrow(RangeError);
    expect(() => lowDegreeFunctions(4, -1)).toThrow(RangeError);
    expect(() => integerFunctions(2, 3, 1)).toThrow(RangeError);
  });

  it('resolves for a package that depends on cubecheck (a plain node process, no vitest)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cubecheck-user-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(packageRoot(), join(dir, 'node_modules', 'cubecheck'), 'dir');
    symlinkSync(join(packageRoot(), 'node_modules', 'fast-check'), join(dir, 'node_modules', 'fast-check'), 'dir');
    writeFileSync(
      join(dir, 'user.mjs'),
      "import fc from 'fast-check';\nimport { booleanFunctions } from 'cubecheck/arbitraries';\n" +
        'const r = fc.check(fc.property(booleanFunctions(3), (f) => f.values[5] !== -1), { seed: 1 });\n' +
        'console.log(JSON.stringify({ failed: r.failed, values: Array.from(r.counterexample[0].values) }));\n',
    );
    const out = JSON.parse(execFileSync(process.execPath, ['user.mjs'], { cwd: dir, encoding: 'utf8' })) as { failed: boolean; values: number[] };
    expect(out).toEqual({ failed: true, values: [-1, -1, -1, -1, -1, -1, -1, -1] });
  });
});
