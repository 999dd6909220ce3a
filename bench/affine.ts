/**
 * Affine and extended-affine canonization of 5-variable Boolean functions (src/equivalence/
 * affineCanonical.ts): random functions (trivial stabilizers, the hard case for the minimal-image
 * search) and structured ones, as functions canonized per second; against NPN canonization by
 * exhausting its 7680 elements, and the Burnside counts at n = 5.
 */
import { affineCanonicalForm } from '../src/equivalence/affineCanonical.js';
import { burnsideCount } from '../src/equivalence/burnside.js';
import { canonicalForm } from '../src/equivalence/canonical.js';
import { valuesOf } from '../src/equivalence/affineElement.js';
import { formatMs, formatTable } from './table.js';

function tables(count: number, seed: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: count }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const hi = s;
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return ((hi & 0xffff0000) | (s >>> 16)) >>> 0;
  });
}

function perFunction(fs: readonly number[], body: (f: number) => void): number {
  const t0 = performance.now();
  for (const f of fs) body(f);
  return (performance.now() - t0) / fs.length;
}

export function run(): void {
  const random = tables(20, 20261201);
  const structured = [0x6ac0ac0a, 0xfee8e880, 0x7f7f7f7f, 0x88888888, 0x96696996];
  const rows: string[][] = [];
  for (const group of ['agl', 'affine', 'ea'] as const) {
    const r = perFunction(random, (f) => affineCanonicalForm(f, 5, group));
    const s = perFunction(structured, (f) => affineCanonicalForm(f, 5, group));
    rows.push([`${group} canon, n = 5`, formatMs(r), (1000 / r).toFixed(1), formatMs(s)]);
  }
  const npn = perFunction(random.slice(0, 5), (f) => canonicalForm(valuesOf(f, 5), 5, 'npn'));
  rows.push(['npn canon (exhaustive), n = 5', formatMs(npn), (1000 / npn).toFixed(1), '']);
  console.log('Canonization of one 5-variable function (ms per function; functions/s)');
  console.log(formatTable(['task', 'random ms', 'random /s', 'structured ms'], rows));
  const t0 = performance.now();
  const counts = (['npn', 'np', 'agl', 'affine', 'ea'] as const).map((g) => `${g} ${burnsideCount(5, g)}`);
  console.log(`\nBurnside class counts at n = 5 (${formatMs(performance.now() - t0)} ms for all five): ${counts.join(', ')}`);
}
