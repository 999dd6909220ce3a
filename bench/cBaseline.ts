/**
 * The C reference for the FWHT benchmark: bench/c/fwht.c compiled with gcc -O3 into bench/out/
 * and run. Returns null (with the reason) when gcc is missing or the build or run fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './table.js';

const source = fileURLToPath(new URL('./c/fwht.c', import.meta.url));
const outDir = fileURLToPath(new URL('./out/', import.meta.url));
const binary = `${outDir}fwht`;

export type CBuild = { readonly ok: true; readonly binary: string } | { readonly ok: false; readonly reason: string };

export function buildC(): CBuild {
  const probe = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return { ok: false, reason: 'gcc not found: C baseline skipped' };
  mkdirSync(outDir, { recursive: true });
  const build = spawnSync('gcc', ['-O3', '-o', binary, source], { encoding: 'utf8' });
  if (build.status !== 0) return { ok: false, reason: `gcc failed: ${build.stderr.trim()}` };
  return { ok: true, binary };
}

/** Median ms of `runs` transforms of 2^n points by the C binary (after one warm-up run). */
export function runC(binaryPath: string, n: number, runs: number): { ms: number; runs: number } | { error: string } {
  const r = spawnSync(binaryPath, [String(n), String(runs + 1)], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { error: `C run failed: ${r.error?.message ?? r.stderr.trim()}` };
  const times = [...r.stdout.matchAll(/^ms ([0-9.]+)$/gm)].map((m) => Number(m[1]));
  if (times.length !== runs + 1) return { error: `unexpected C output: ${r.stdout.slice(0, 200)}` };
  return { ms: median(times.slice(1)), runs };
}
