/**
 * Every figure of issue 14 in one table, each beside its baseline and its target, measured side by
 * side in this run: the contenders of a row run in interleaved rounds (A B A B ...) and each keeps
 * its best, so a machine that slows down slows both. Kernel rows: the WebAssembly kernels against
 * AVX2 C built here (bench/c, gcc -O3 -march=native); command rows run the built CLI, start-up
 * included, so they measure whatever dist/ has. BENCH_ROUNDS=k sets the rounds (default 3; the
 * n = 24 commands, a minute or more each on a busy machine, run floor(k / 3) times, at least once;
 * verify ceil(k / 2) times). ISSUE14_ONLY=fwht,census,counting,batch,verify,analyze picks rows.
 * Run by bench/run.ts (`npm run bench -- issue14`), or alone: npx tsx bench/issue14.ts
 */
import { readdirSync } from 'node:fs';
import { analyzeFunction } from '../src/analysis/functionAnalysis.js';
import { fromInt32 } from '../src/core/cubeFunction.js';
import { functionText } from '../src/report/functionText.js';
import { pathToFileURL } from 'node:url';
import { fwhtInt32InPlace, wasmInt32Array } from '../src/core/fwht.js';
import { createKernel } from '../src/census/kernelRunner.js';
import { emptyHistogram } from '../src/census/histogram.js';
import { MEASURES, type Measure } from '../src/census/measures.js';
import { clearCountingMemo, countCensus } from '../src/census/counting/countingCensus.js';
import { buildCProgram } from './cBaseline.js';
import { checkHash } from './census.js';
import { type CliRun, runCli } from './cliRun.js';
import { spawnSync } from 'node:child_process';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) | 0);
const AVX2 = ['-O3', '-march=native', '-mavx2'];

interface Row {
  readonly figure: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly met: string;
}
const rows: Row[] = [];
const notes: string[] = [];
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(3)} ms`);
const verdict = (ok: boolean | null): string => (ok === null ? '-' : ok ? 'yes' : 'NO');

function signs(a: Int32Array, seed: number): void {
  let s = seed >>> 0 || 1;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s >>> 31 ? -1 : 1;
  }
}

/** Best ms of `runs` transforms of a resident array (the values refilled before each, untimed). */
function wasmFwht(n: number, runs: number): number {
  const a = wasmInt32Array(2 ** n);
  if (a === null) return NaN;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    signs(a, r + 1);
    const t0 = performance.now();
    fwhtInt32InPlace(a);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * The C program's block and chunk sizes tried (log2 values): the baseline is the best of them,
 * so it is at least as well blocked as the kernel (whose sizes are the first pair).
 */
const C_BLOCKINGS = [[14, 19], [14, 18], [15, 19], [16, 20]] as const;

/** Best ms of `runs` transforms by the C program (its first, self-checked run not counted). */
function cFwht(binary: string, n: number, runs: number, blocking: readonly [number, number]): number {
  const r = spawnSync(binary, [String(n), String(runs + 1), ...blocking.map(String)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`C FWHT failed: ${r.stderr}`);
  const times = [...r.stdout.matchAll(/^ms ([0-9.]+)$/gm)].map((m) => Number(m[1])).slice(1);
  return Math.min(...times);
}

function fwhtRows(): void {
  const c = buildCProgram('fwhtBlocked.c', 'fwht-blocked-avx2', AVX2);
  if (!c.ok) notes.push(`FWHT: ${c.reason}`);
  for (const [n, runs] of [[16, 400], [20, 30], [24, 4]] as const) {
    let w = Infinity;
    let k = Infinity;
    for (let r = 0; r < ROUNDS; r++) {
      w = Math.min(w, wasmFwht(n, runs));
      if (c.ok) for (const b of C_BLOCKINGS) k = Math.min(k, cFwht(c.binary, n, runs, b));
    }
    const ratio = w / k;
    rows.push({
      figure: `FWHT 2^${n} (WebAssembly SIMD, array in its memory)`,
      measured: ms(w),
      baseline: c.ok ? `${ms(k)} blocked AVX2 C (best blocking)` : 'no gcc',
      ratio: c.ok ? `${ratio.toFixed(2)}x` : '-',
      target: n === 16 ? '(measured only)' : '<= 1.5x',
      met: verdict(!c.ok || n === 16 ? null : ratio <= 1.5),
    });
  }
}

type Timed = { readonly cpuMs: number; readonly hash: string };

function kernelRun(measures: readonly Measure[], count: number): Timed {
  const kernel = createKernel(5, measures);
  const h = emptyHistogram();
  const c0 = process.cpuUsage();
  kernel.runRange(0, count, h);
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, hash: checkHash(h) };
}

function cCensus(binary: string, count: number, mode: 'degree' | 'all'): Timed {
  const r = spawnSync(binary, ['5', '0', String(count), mode], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`C census failed: ${r.stderr}`);
  return { cpuMs: Number(/^cpu_ms ([0-9.]+)$/m.exec(r.stdout)?.[1]), hash: /^check (\d+)$/m.exec(r.stdout)?.[1] ?? '' };
}

function censusRows(): void {
  const count = 2 ** 26;
  const c = buildCProgram('censusAvx2.c', 'census-avx2', AVX2);
  if (!c.ok) notes.push(`census: ${c.reason}`);
  const modes = [
    { label: 'degree only', measures: ['degree'] as Measure[], mode: 'degree' as const },
    { label: 'all five measures', measures: [...MEASURES], mode: 'all' as const },
  ];
  for (const m of modes) {
    let w: Timed | null = null;
    let k: Timed | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      const a = kernelRun(m.measures, count);
      if (!w || a.cpuMs < w.cpuMs) w = a;
      if (c.ok) {
        const b = cCensus(c.binary, count, m.mode);
        if (!k || b.cpuMs < k.cpuMs) k = b;
      }
    }
    const ratio = k ? w!.cpuMs / k.cpuMs : NaN;
    if (k && k.hash !== w!.hash) notes.push(`census ${m.label}: the kernel's histogram DIFFERS from the C program's`);
    rows.push({
      figure: `census n=5 ${m.label}, one thread, first 2^26 (CPU)`,
      measured: `${ms(w!.cpuMs)} (${(count / w!.cpuMs / 1e3).toFixed(0)} M/s)`,
      baseline: k ? `${ms(k.cpuMs)} AVX2 C Gray code` : 'no gcc',
      ratio: k ? `${ratio.toFixed(2)}x` : '-',
      target: '<= 2x',
      met: verdict(k ? ratio <= 2 && k.hash === w!.hash : null),
    });
  }
  if (c.ok) notes.push('census: kernel and C histograms compared cell by cell (hash) in every row: identical unless said');
}

function countingRows(): void {
  for (const n of [5, 6]) {
    let best = Infinity;
    for (let r = 0; r < ROUNDS; r++) {
      clearCountingMemo();
      const c0 = process.cpuUsage();
      countCensus({ n, measures: MEASURES, joint: false });
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1000);
    }
    rows.push({
      figure: `census by counting n=${n}, all five marginals, cold (CPU)`,
      measured: ms(best),
      baseline: n === 5 ? 'C outside the project: 20 ms (issue 14)' : 'enumeration: 2^64, out of reach',
      ratio: '-',
      target: n === 5 ? 'milliseconds' : '(measured only)',
      met: n === 5 ? verdict(best < 1000) : '-',
    });
  }
}

/** A dense function on 24 variables that fits on a command line: a threshold with weights 1..24. */
const DENSE24 = `sgn(${Array.from({ length: 24 }, (_, k) => `${k + 1}*x${k + 1}`).join(' + ')} + 1/2)`;

function best(runs: readonly CliRun[]): { cpuMs: number; wallMs: number; peakMb: number } | string {
  const bad = runs.find((r) => !r.ok || r.status !== 0);
  if (bad) return bad.ok ? `exit ${bad.status}` : bad.reason;
  const ok = runs as Extract<CliRun, { ok: true }>[];
  return {
    cpuMs: Math.min(...ok.map((r) => r.cpuMs)),
    wallMs: Math.min(...ok.map((r) => r.wallMs)),
    peakMb: Math.max(...ok.map((r) => r.peakMb)),
  };
}

function analyzeRows(): void {
  const big = Math.max(1, Math.floor(ROUNDS / 3));
  const json: CliRun[] = [];
  const text: CliRun[] = [];
  for (let r = 0; r < big; r++) {
    json.push(runCli(['analyze', DENSE24, '--json'], { timeoutMs: 900_000 }));
    text.push(runCli(['analyze', DENSE24], { timeoutMs: 900_000 }));
  }
  const j = best(json);
  rows.push({
    figure: 'analyze --json, n=24 dense (threshold, 1 process)',
    measured: typeof j === 'string' ? j : `${ms(j.wallMs)} wall, ${ms(j.cpuMs)} CPU, ${j.peakMb.toFixed(0)} MB peak`,
    baseline: 'out of memory after 99 s (issue 14)',
    ratio: '-',
    target: 'peak a few hundred MB',
    met: typeof j === 'string' ? 'NO' : verdict(j.peakMb <= 500),
  });
  const t = best(text);
  rows.push({
    figure: 'analyze (text), n=24 dense',
    measured: typeof t === 'string' ? t : `${ms(t.wallMs)} wall, ${ms(t.cpuMs)} CPU, ${t.peakMb.toFixed(0)} MB peak`,
    baseline: '8.6 s (issue 14 era)',
    ratio: '-',
    target: '~1 s',
    met: typeof t === 'string' ? 'NO' : verdict(t.cpuMs <= 1500),
  });
  // The command above spends most of its time evaluating the expression over 2^24 points (the
  // expression language works node by node on whole tables); this row is the analysis alone.
  const v = new Int32Array(2 ** 24);
  let seed = 2025;
  for (let x = 0; x < v.length; x++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    v[x] = seed >>> 31 ? -1 : 1;
  }
  const times: number[] = [];
  let length = 0;
  for (let r = 0; r < big; r++) {
    const start = performance.now();
    length = functionText(analyzeFunction(fromInt32(24, v))).length;
    times.push(performance.now() - start);
  }
  rows.push({
    figure: 'analyze (text), n=24 dense random table, analysis and text only (in process)',
    measured: `${ms(Math.min(...times))} wall (${length} characters)`,
    baseline: '3.8 s (previous stop)',
    ratio: `${(Math.min(...times) / 3800).toFixed(2)}x`,
    target: '~1 s',
    met: verdict(Math.min(...times) <= 1500),
  });
}

function batchRows(): void {
  const lines: string[] = [];
  let s = 2026;
  for (let i = 0; i < 20_000; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    lines.push(`hex:${s.toString(16).padStart(8, '0')}`);
  }
  const input = `${lines.join('\n')}\n`;
  const b = best(Array.from({ length: ROUNDS }, () => runCli(['analyze', '--stdin'], { input })));
  const rate = typeof b === 'string' ? 0 : (lines.length / b.cpuMs) * 1000;
  rows.push({
    figure: `batch analyze --stdin, ${lines.length} five-variable functions`,
    measured: typeof b === 'string' ? b : `${rate.toFixed(0)}/s by CPU (${((lines.length / b.wallMs) * 1000).toFixed(0)}/s wall)`,
    baseline: '6,600/s (issue 14)',
    ratio: typeof b === 'string' ? '-' : `${(rate / 6600).toFixed(1)}x`,
    target: '>= 10x (66,000/s)',
    met: typeof b === 'string' ? 'NO' : verdict(rate >= 66_000),
  });
  // The lean batch mode: five measures per line instead of the 25 scalable ones (README, analyze).
  const only = ['analyze', '--stdin', '--only', 'degree,gf2Degree,balanced,bent,nonlinearity'];
  const o = best(Array.from({ length: ROUNDS }, () => runCli(only, { input })));
  const oRate = typeof o === 'string' ? 0 : (lines.length / o.cpuMs) * 1000;
  rows.push({
    figure: `batch ${only.slice(1).join(' ')}, same input`,
    measured: typeof o === 'string' ? o : `${oRate.toFixed(0)}/s by CPU (${((lines.length / o.wallMs) * 1000).toFixed(0)}/s wall)`,
    baseline: '6,600/s (issue 14)',
    ratio: typeof o === 'string' ? '-' : `${(oRate / 6600).toFixed(1)}x`,
    target: '>= 10x (66,000/s)',
    met: typeof o === 'string' ? 'NO' : verdict(oRate >= 66_000),
  });
}

function verifyRows(): void {
  const files = readdirSync(new URL('../certificates/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
  const v = best(Array.from({ length: Math.ceil(ROUNDS / 2) }, () => runCli(['verify', ...files.map((f) => `certificates/${f}`)])));
  rows.push({
    figure: `verify certificates/*.json (${files.length} files)`,
    measured: typeof v === 'string' ? v : `${ms(v.wallMs)} wall, ${ms(v.cpuMs)} CPU`,
    baseline: '8.6 s, S1-d3 4.9 s of it (issue 14)',
    ratio: typeof v === 'string' ? '-' : `${(v.cpuMs / 8600).toFixed(2)}x by CPU`,
    target: 'faster (S1-d3 shortcut or workers)',
    met: '-',
  });
}

/** A plain-text table, every column left-aligned (the cells are phrases, not numbers). */
function leftTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export async function runIssue14Bench(): Promise<void> {
  console.log(`issue 14, every figure beside its baseline (best of ${ROUNDS} interleaved rounds; CPU where marked)`);
  const sections: Record<string, () => void> = {
    fwht: fwhtRows,
    census: censusRows,
    counting: countingRows,
    batch: batchRows,
    verify: verifyRows,
    analyze: analyzeRows,
  };
  // ISSUE14_ONLY=fwht,census runs only those sections (default: all, in this order).
  const only = process.env.ISSUE14_ONLY?.split(',').map((x) => x.trim()).filter((x) => x.length > 0);
  const unknown = (only ?? []).filter((x) => !(x in sections));
  if (unknown.length > 0) throw new Error(`ISSUE14_ONLY: unknown section ${unknown.join(', ')} (known: ${Object.keys(sections).join(', ')})`);
  for (const [name, section] of Object.entries(sections)) if (!only || only.includes(name)) section();
  console.log(
    leftTable(
      ['figure', 'measured', 'baseline', 'ratio', 'target', 'met'],
      rows.map((r) => [r.figure, r.measured, r.baseline, r.ratio, r.target, r.met]),
    ),
  );
  for (const n of notes) console.log(`note: ${n}`);
}

export const run = runIssue14Bench;
export default runIssue14Bench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runIssue14Bench();
