/**
 * Sandbox benchmark: exhaustive checks of T4 at n = 4 (65,536 Boolean functions) and T7 at n = 3
 * (40,320 bijections), evaluated in the sandbox worker (as the CLI does) and in process (a copy of
 * the property object), and the sandbox's start (worker, engine, tsx, the module) alone; median ms.
 */
import { findInCatalogue, loadModuleCatalogue } from '../src/check/catalogue.js';

/** The TypeScript modules of T4 and T7 (the catalogue states them as formulas; these are their test fixtures). */
const MODULES = new URL('../test/fixtures/catalogue-ts', import.meta.url).pathname;
import { runProperty } from '../src/check/runner.js';
import { openSandbox } from '../src/check/sandbox/index.js';
import { formatMs, formatTable, median } from './table.js';

const RUNS = 3;

async function timed(body: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await body();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const catalogue = await loadModuleCatalogue(MODULES);
  const rows: string[][] = [];
  for (const id of ['T4', 'T7']) {
    const loaded = findInCatalogue(catalogue, id);
    const sandboxed = await timed(() => runProperty(loaded.property, { mode: 'exhaustive' }));
    const inProcess = await timed(() => runProperty({ ...loaded.property }, { mode: 'exhaustive' }));
    const start = await timed(async () => (await openSandbox(loaded.sourcePath)).sandbox.close());
    rows.push([id, formatMs(sandboxed), formatMs(inProcess), formatMs(start), (sandboxed / inProcess).toFixed(2), ((sandboxed - start) / inProcess).toFixed(2)]);
  }
  console.log('sandbox: exhaustive T4 (n = 4) and T7 (n = 3)');
  console.log(formatTable(['claim', 'sandboxed', 'in process', 'sandbox start', 'ratio', 'ratio without start'], rows));
}
