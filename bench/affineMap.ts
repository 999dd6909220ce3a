/**
 * Affine equivalence of bijections (src/equivalence/affineBijection*.ts): canonicalizing one 4-bit
 * bijection (random ones, PRESENT, the inversion of GF(16), the worst case 0..13,15,14), one 5-bit
 * one, classes per second (re-deriving the 302-class table; the n = 3 enumeration), beside the
 * same branch-and-bound in plain C (bench/c/affineCanon.c, gcc -O3) on the same bijections, whose
 * checksum of representatives must agree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { affineCanonicalForm } from '../src/equivalence/affineBijectionCanon.js';
import { enumerateAffineBijectionClasses } from '../src/equivalence/affineBijectionClasses.js';
import { AFFINE_BIJECTION_CLASSES_4 } from '../src/equivalence/affineBijectionClasses4.js';
import { formatMs, formatTable, median, timeRuns } from './table.js';

/** The LCG shuffle bench/c/affineCanon.c uses too. */
function shuffled(n: number, seed: number): Uint8Array {
  const t = Uint8Array.from({ length: 2 ** n }, (_, i) => i);
  let s = seed >>> 0;
  for (let x = t.length - 1; x > 0; x--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const r = s % (x + 1);
    [t[x], t[r]] = [t[r]!, t[x]!];
  }
  return t;
}

const time = (body: () => void, runs = 3): number => median(timeRuns(() => {}, body, runs, 1));

function cFigure(k: number): { ms: number; sum: number } | string {
  const probe = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'gcc not found';
  const outDir = fileURLToPath(new URL('./out/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const binary = `${outDir}affineCanon`;
  const build = spawnSync('gcc', ['-O3', '-o', binary, fileURLToPath(new URL('./c/affineCanon.c', import.meta.url))], { encoding: 'utf8' });
  if (build.status !== 0) return `gcc failed: ${build.stderr.trim()}`;
  const r = spawnSync(binary, [String(k)], { encoding: 'utf8' });
  const ms = /^ms ([0-9.]+)$/m.exec(r.stdout);
  const sum = /^sum ([0-9]+)$/m.exec(r.stdout);
  return ms && sum ? { ms: Number(ms[1]), sum: Number(sum[1]) } : `C run failed: ${r.stderr.trim()}`;
}

export function run(): void {
  const k = 300;
  const samples = Array.from({ length: k }, (_, j) => shuffled(4, 1000 + j));
  let sum = 0;
  const tsMs = time(() => {
    sum = 0;
    for (const t of samples) for (const v of affineCanonicalForm(t).representative) sum = (Math.imul(sum, 31) + v) >>> 0;
  });
  const c = cFigure(k);
  const present = Uint8Array.from([12, 5, 6, 11, 9, 0, 10, 13, 3, 14, 15, 8, 4, 7, 1, 2]);
  const swap = Uint8Array.from({ length: 16 }, (_, x) => (x < 14 ? x : 29 - x));
  const five = Array.from({ length: 10 }, (_, j) => shuffled(5, 77 + j));
  const rows: string[][] = [
    ['4-bit, random (mean of 300)', formatMs(tsMs / k), typeof c === 'string' ? c : formatMs(c.ms / k), typeof c === 'string' ? '-' : `${(tsMs / c.ms).toFixed(1)}x${c.sum === sum ? '' : ' (CHECKSUM DIFFERS)'}`],
    ['4-bit, PRESENT (4 self-eq.)', formatMs(time(() => affineCanonicalForm(present))), '', ''],
    ['4-bit, 0..13,15,14 (2688 self-eq.)', formatMs(time(() => affineCanonicalForm(swap))), '', ''],
    ['5-bit, random (mean of 10)', formatMs(time(() => five.forEach((t) => affineCanonicalForm(t)), 1) / 10), '', ''],
  ];
  console.log('Affine canonical form of bijections (ms per bijection)');
  console.log(formatTable(['bijection', 'TypeScript', 'plain C -O3', 'TS / C'], rows));
  const tableMs = time(() => AFFINE_BIJECTION_CLASSES_4.forEach(([hex]) => affineCanonicalForm(Uint8Array.from(hex, (ch) => parseInt(ch, 16)))), 1);
  const enum3 = time(() => enumerateAffineBijectionClasses(3));
  console.log('\nAffine classes of bijections');
  console.log(formatTable(['task', 'ms', 'classes/s'], [
    ['re-derive the 302 classes of n = 4 (canonical form of each)', formatMs(tableMs), (302 / (tableMs / 1000)).toFixed(0)],
    ['enumerate the 4 classes of n = 3 (orbits)', formatMs(enum3), (4 / (enum3 / 1000)).toFixed(0)],
    ['enumerate the 302 classes of n = 4 (orbits)', 'minutes', 'scripts/affineBijectionClasses.ts'],
  ]));
}
