/**
 * `npm run bench`: runs each benchmark module in turn and prints its table; the first, issue14,
 * is the summary table of every performance figure beside its baseline and target. A module exports
 * run(): Promise<void> | void. `npm run bench -- fwht census` runs only the named ones.
 */
type BenchModule = { run?: () => unknown; default?: unknown };

const all: { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'issue14', load: () => import('./issue14.js') },
  { name: 'fwht', load: () => import('./fwht.js') },
  { name: 'analyze', load: () => import('./analyze.js') },
  { name: 'census', load: () => import('./census.js') },
  { name: 'counting', load: () => import('./censusCounting.js') },
  { name: 'recovery', load: async () => ({ run: (await import('./recovery.js')).runRecoveryBench }) },
  { name: 'recoverycert', load: () => import('./recoveryGeneralCert.js') },
  { name: 'recoveryd5', load: () => import('./recoveryD5Cert.js') },
  { name: 'recoveryd5gencert', load: () => import('./recoveryD5GeneralCert.js') },
  { name: 'recoveryd5obsgencert', load: () => import('./recoveryD5ObservedGeneralCert.js') },
  { name: 'chain', load: () => import('./stabiliserChain.js') },
  { name: 'recoveryd5hard', load: () => import('./recoveryD5Hard.js') },
  { name: 'recoveryd5max', load: () => import('./recoveryD5Max.js') },
  { name: 'gf2dictators', load: () => import('./gf2Dictators.js') },
  { name: 'verifiersolve', load: () => import('./verifierSolve.js') },
  { name: 'recoveryrep', load: () => import('./recoveryRepCert.js') },
  { name: 'recoverygenrepcert', load: () => import('./recoveryGeneralRepCert.js') },
  { name: 'repcurve', load: () => import('./repCurve.js') },
  { name: 'observedd5', load: () => import('./observedD5.js') },
  { name: 'observedd5count', load: () => import('./observedD5Count.js') },
  { name: 'hiermaxceiling', load: () => import('./hierMaxCeiling.js') },
  { name: 'sandbox', load: () => import('./sandbox.js') },
  { name: 'sbox', load: () => import('./sbox.js') },
  { name: 'affine', load: () => import('./affine.js') },
  { name: 'affinemap', load: () => import('./affineMap.js') },
  { name: 'verify', load: () => import('./verifyIsolated.js') },
];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.some((m) => m.name === w));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')} (known: ${all.map((m) => m.name).join(', ')})`);
  process.exit(2);
}
const modules = wanted.length === 0 ? all : all.filter((m) => wanted.includes(m.name));

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
