/**
 * S-box benchmark: the vectorial tables of the AES S-box (n = 8) and of a random bijection of
 * C_10 (fast path vs the verifier's brute-force twin where that finishes), and canonization of one
 * 5-variable Boolean function under NPN (7680 elements) and of one 6-variable one.
 */
import { canonicalForm, countClasses } from '../src/equivalence/canonical.js';
import type { CubeMap } from '../src/model/values.js';
import { MAP_TWINS } from '../src/verifier/measures/maps.js';
import { MAP_MEASURES } from '../src/vocabulary/maps/index.js';
import { mapSubjectOf } from '../src/vocabulary/mapSubject.js';
import { aesSbox } from '../test/maps/sboxes.js';
import { formatMs, formatTable, median, timeRuns } from './table.js';

function randomBijection(n: number, seed: number): CubeMap {
  const image = Uint32Array.from({ length: 2 ** n }, (_, i) => i);
  let s = seed;
  for (let i = image.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [image[i], image[j]] = [image[j]!, image[i]!];
  }
  return { n, m: n, image };
}

const time = (body: () => void, runs = 3): number => median(timeRuns(() => {}, body, runs, 1));

export function run(): void {
  const aes: CubeMap = { n: 8, m: 8, image: Uint32Array.from(aesSbox()) };
  const big = randomBijection(10, 12345);
  const rows: string[][] = [];
  for (const id of ['ddt', 'lat', 'act', 'bct'] as const) {
    const fast = time(() => MAP_MEASURES[id].compute(mapSubjectOf(aes)));
    const twin = time(() => MAP_TWINS[id].compute(aes), 1);
    const fast10 = id === 'bct' ? null : time(() => MAP_MEASURES[id].compute(mapSubjectOf(big)), 1);
    rows.push([id, formatMs(fast), formatMs(twin), (twin / fast).toFixed(0), formatMs(fast10)]);
  }
  console.log('S-box tables (median ms)');
  console.log(formatTable(['table', 'AES fast', 'AES twin', 'twin/fast', 'n = 10 fast'], rows));
  const f5 = Int32Array.from({ length: 32 }, (_, x) => (((x * 2654435761) >>> 0) % 3 === 0 ? -1 : 1));
  const f6 = Int32Array.from({ length: 64 }, (_, x) => (((x * 2654435761) >>> 0) % 3 === 0 ? -1 : 1));
  const c5 = time(() => canonicalForm(f5, 5, 'npn'));
  const c6 = time(() => canonicalForm(f6, 6, 'npn'), 1);
  const census4 = time(() => countClasses(4, 'npn'), 1);
  console.log('\nCanonization (median ms)');
  console.log(formatTable(['task', 'ms', 'note'], [
    ['NPN canon, n = 5', formatMs(c5), '7680 elements'],
    ['NPN canon, n = 6', formatMs(c6), '92160 elements'],
    ['NPN classes, n = 4', formatMs(census4), `222 classes, ${(222 / (census4 / 1000)).toFixed(0)} classes/s`],
  ]));
}
