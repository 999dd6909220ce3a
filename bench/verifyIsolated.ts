/**
 * `verify` of the committed certificates (certificates/*.json): each TypeScript module runs in its
 * own isolated child (docs/certificates.md "Trust model"). Per certificate the median wall time, and
 * the child's start alone (a closed claim with one trivial case); then all of them in one call.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { integrityOf, sha256Hex, verifyCertificate } from '../src/verifier/index.js';
import { formatMs, formatTable, median } from './table.js';

const RUNS = 3;
const dir = join(import.meta.dirname, '..', 'certificates');

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
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const rows: string[][] = [];
  let total = 0;
  for (const f of files) {
    const ms = await timed(async () => {
      const o = await verifyCertificate(join(dir, f));
      if (o.status !== 'valid') throw new Error(`${f}: ${o.status}`);
    });
    total += ms;
    rows.push([f.replace(/\.json$/, ''), formatMs(ms)]);
  }
  const text = "import { defineProperty } from '../src/claim/index.js';\nexport default defineProperty({ id: 'trivial', statement: 'true', status: 'theorem', variables: {}, predicate: () => true, defaultScope: { n: 1 } });\n";
  const body = {
    format: 'cubecheck-certificate',
    version: 1,
    claim: { id: 'trivial', statement: 'true', status: 'theorem', quantifier: 'forAll', source: 'trivial.ts', sourceSha256: sha256Hex(text), sourceText: text },
    scope: { n: 1, variables: [] },
    method: { mode: 'exhaustive', seed: null, runs: null },
    verdict: 'holds',
    evidence: { kind: 'exhaustive', cases: 1, satisfied: 1, digest: sha256Hex('\t1\n') },
    produced: {},
  };
  const trivial = { ...body, integrity: integrityOf(body) };
  const start = await timed(async () => {
    const o = await verifyCertificate({ json: trivial, baseDir: dir });
    if (o.status !== 'valid') throw new Error(`trivial: ${o.status}`);
  });
  console.log('verify: committed certificates, each in a fresh isolated child (median of 3)');
  console.log(formatTable(['certificate', 'verify'], [...rows, ['sum', formatMs(total)], ['(a trivial closed claim: the child start alone)', formatMs(start)]]));
}
