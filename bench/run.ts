/**
 * `npm run bench`: runs each benchmark module in turn and prints its table. A module exports
 * run(): Promise<void> | void. bench/census.ts (owned by the census work) runs too when present:
 * its run() or default export is called if it has one (a script-style module runs on import).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type BenchModule = { run?: () => unknown; default?: unknown };

const modules: { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'fwht', load: () => import('./fwht.js') },
  { name: 'analyze', load: () => import('./analyze.js') },
];

const census = new URL('./census.ts', import.meta.url);
if (existsSync(fileURLToPath(census))) {
  modules.push({ name: 'census', load: () => import(census.href) as Promise<BenchModule> });
}

console.log(`cubecheck bench (node ${process.version}, ${process.arch})\n`);
let failed = false;
for (const m of modules) {
  try {
    const mod = await m.load();
    const entry = typeof mod.run === 'function' ? mod.run : typeof mod.default === 'function' ? mod.default : null;
    if (entry) await (entry as () => unknown)();
  } catch (e) {
    failed = true;
    console.error(`bench ${m.name} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log('');
}
if (failed) process.exitCode = 1;
