/**
 * The census by counting (src/census/counting) against the Gray-code enumeration, side by side in
 * one run (interleaved rounds, best of each, cold memo tables every time), and the verifier's
 * independent re-check of the n = 6 certificate against the engine's counting.
 * Run by bench/run.ts, or alone: npx tsx bench/censusCounting.ts
 */
import { pathToFileURL } from 'node:url';
import { createKernel } from '../src/census/kernelRunner.js';
import { emptyHistogram } from '../src/census/histogram.js';
import { clearCountingMemo, countCensus } from '../src/census/counting/countingCensus.js';
import { censusCertificate } from '../src/census/counting/certificate.js';
import { MEASURES } from '../src/census/measures.js';
import { verifyCertificate } from '../src/verifier/index.js';
import { formatTable } from './table.js';

type Timed = { readonly ms: number; readonly cpuMs: number };

function timed(body: () => unknown): Timed {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  body();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function timedAsync(body: () => Promise<unknown>): Promise<Timed> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await body();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const best = (xs: readonly Timed[]): Timed => xs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
const PREFIX = 2 ** 26;

export async function runCountingBench(rounds = 3): Promise<void> {
  const count5: Timed[] = [];
  const gray5: Timed[] = [];
  const count6: Timed[] = [];
  for (let r = 0; r < rounds; r++) {
    count5.push(timed(() => (clearCountingMemo(), countCensus({ n: 5, measures: MEASURES, joint: false }))));
    gray5.push(timed(() => createKernel(5).runRange(0, PREFIX, emptyHistogram())));
    count6.push(timed(() => (clearCountingMemo(), countCensus({ n: 6, measures: MEASURES, joint: false }))));
  }
  const c5 = best(count5);
  const g5 = best(gray5);
  const c6 = best(count6);
  const gFull = (g5.cpuMs * 2 ** 32) / PREFIX;
  clearCountingMemo();
  const joint6 = timed(() => countCensus({ n: 6, measures: ['degree', 'relevant', 'balanced', 'bent'], joint: true }));
  const cert = censusCertificate(countCensus({ n: 6, measures: MEASURES, joint: false }), 'bench');
  const verify6 = await timedAsync(async () => {
    const v = await verifyCertificate({ json: cert, baseDir: '/' });
    if (v.status !== 'valid') throw new Error(`the n = 6 certificate did not verify: ${JSON.stringify(v)}`);
  });
  const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  console.log('census by counting (CPU ms, best of interleaved rounds; ratio = this row / the reference row)');
  console.log(
    formatTable(
      ['run', 'CPU ms', 'ratio'],
      [
        ['n=5, all five marginals, by counting (cold)', f(c5.cpuMs), `${(gFull / c5.cpuMs).toFixed(0)}x faster than the kernel (projected)`],
        [`n=5 Gray-code kernel, one thread, first 2^26, projected to 2^32`, f(gFull), 'reference'],
        ['n=6, all five marginals, by counting (cold)', f(c6.cpuMs), 'enumeration: 2^64 functions, out of reach'],
        ['n=6 joint degree x relevant x balanced x bent (cold)', f(joint6.cpuMs), ''],
        ['verify the n=6 certificate (independent recomputation)', f(verify6.cpuMs), `${(verify6.cpuMs / c6.cpuMs).toFixed(1)}x the engine's counting`],
      ],
    ),
  );
}

export const run = runCountingBench;
export default runCountingBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCountingBench();
