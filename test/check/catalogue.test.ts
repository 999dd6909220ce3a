/** The catalogue loader and user property files: discovery, order, lookup and one-line errors. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueDir, catalogueOrder, findInCatalogue, loadPropertyFile, packageRoot } from '../../src/check/catalogue.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { InputError } from '../../src/core/result.js';

/** S4: at d = 2, at d = 4 (-d4, -rep, -hier-max), the fourteen further d = 4 files (-d4-rep-k4 ... -d4-hier-max-k8d) and the nine under hier-sum (-d4-hier-sum, -d4-hier-sum-k4 ... -k8b). */
const S4 = Array<string>(27).fill('S4');
const LABELS = ['T1', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'S1', 'S1', 'S2', 'S3', ...S4, 'C1', 'C2', 'C3', 'P1', 'P1', 'P1', 'P2', 'P3', 'P3', 'P3', 'P4', 'P4'];
/** Conjectures found false keep their status or record it: C3 is marked refuted. */
const STATUS: Record<string, string> = { T: 'theorem', S: 'theorem', C1: 'refuted', C2: 'refuted', C3: 'refuted' };

describe('the catalogue', () => {
  it('has one claim per claim of docs/math.md section 6, in order: formulas in catalogue.claims, the rest one module each named after its id', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.map((c) => c.property.id.split('-')[0])).toEqual(LABELS);
    // what formulas cannot say (docs/claims.md, "The catalogue as formulas") stays TypeScript
    expect(catalogue.filter((c) => !c.formula).map((c) => c.property.id.split('-')[0])).toEqual(['T11', 'S1', 'S1', 'S2', 'S3', ...S4, 'C3', 'P1', 'P1', 'P1', 'P2', 'P3', 'P3', 'P3', 'P4', 'P4']);
    for (const { property: p, sourcePath, formula } of catalogue) {
      const label = p.id.split('-')[0]!;
      expect(basename(sourcePath)).toBe(formula ? 'catalogue.claims' : `${p.id}.ts`);
      // P1..P4, the paper's theorems under several readings (some refuted): test/paper/theorems.test.ts.
      if (label.startsWith('P')) continue;
      expect(p.tags).toContain(formula ? 'formula' : label);
      expect(p.tags).toContain(label);
      expect(p.status).toBe(STATUS[label] ?? STATUS[label[0]!]);
      expect(p.defaultScope.n).toBeGreaterThanOrEqual(p.minN ?? 0);
      expect(p.defaultScope.n).toBeLessThanOrEqual(p.maxN ?? 24);
      expect(p.statement.length).toBeGreaterThan(40);
    }
    expect(new Set(catalogue.map((c) => c.property.id)).size).toBe(catalogue.length);
  });

  it('is found from the package root', () => {
    expect(catalogueDir()).toBe(join(packageRoot(), 'properties'));
    expect(['T10-x', 'C1-y', 'T2-z', 'S1-w', 'zz'].sort(catalogueOrder)).toEqual(['T2-z', 'T10-x', 'S1-w', 'C1-y', 'zz']);
  });

  it('finds a claim by id or by a unique label', async () => {
    const catalogue = await loadCatalogue();
    expect(findInCatalogue(catalogue, 'T4').property.id).toBe('T4-gf2-degree-le-degree');
    expect(findInCatalogue(catalogue, 'T1-parseval').property.id).toBe('T1-parseval');
    expect(() => findInCatalogue(catalogue, 'T1')).toThrow(/ambiguous: T1-parseval, T1-plancherel/);
    expect(() => findInCatalogue(catalogue, 'T99')).toThrow(InputError);
  });
});

describe('user property files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-props-'));
  const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it('loads a default-exported property', async () => {
    const file = write('ok.ts', `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: 'mine', statement: 'f is f', status: 'open', variables: { f: domains.booleanFunctions() }, predicate: () => true, defaultScope: { n: 2 } });\n`);
    const loaded = await loadPropertyFile(file, dir);
    expect([loaded.property.id, loaded.sourcePath]).toEqual(['mine', join(dir, 'ok.ts')]);
  });

  it('reports a missing file, a file that does not load, and a missing default export in one line', async () => {
    await expect(loadPropertyFile('nope.ts', dir)).rejects.toThrow(/^property file nope.ts does not exist$/);
    execFileSync('mkfifo', [join(dir, 'pipe.ts')]);
    await expect(loadPropertyFile('pipe.ts', dir)).rejects.toThrow(/^property file pipe.ts is not a regular file/);
    const broken = write('broken.ts', 'export default {{{;\n');
    await expect(loadPropertyFile(broken, dir)).rejects.toThrow(/^property file broken.ts does not load: [^\n]+$/);
    const plain = write('plain.ts', 'export const x = 1;\n');
    await expect(loadPropertyFile(plain, dir)).rejects.toThrow(/has no property as its default export/);
    const throws = write('throws.ts', "throw new Error('bad\\nsecond line');\n");
    await expect(loadPropertyFile(throws, dir)).rejects.toThrow(/^property file throws.ts does not load: bad$/);
  });
});
