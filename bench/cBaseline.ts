/**
 * The C references of the benchmarks: bench/c/*.c compiled with gcc into bench/out/ and run.
 * A build returns the reason instead when gcc is missing or the build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './table.js';

const outDir = fileURLToPath(new URL('./out/', import.meta.url));

export type CBuild = { readonly ok: true; readonly binary: string } | { readonly ok: false; readonly reason: string };

export function buildC(): CBuild {
  return buildCProgram('fwht.c', 'fwht', ['-O3']);
}

/** bench/c/<file> built with gcc and `flags` into bench/out/<name>; the reason when it cannot be. */
export function buildCProgram(file: string, name: string, flags: readonly string[]): CBuild {
  const probe = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return { ok: false, reason: 'gcc not found: C baseline skipped' };
  mkdirSync(outDir, { recursive: true });
  const out = `${outDir}${name}`;
  const src = fileURLToPath(new URL(`./c/${file}`, import.meta.url));
  const build = spawnSync('gcc', [...flags, '-o', out, src], { encoding: 'utf8' });
  if (build.status !== 0) return { ok: false, reason: `gcc ${flags.join(' ')} ${file} failed: ${build.stderr.trim().split('\n')[0]}` };
  return { ok: true, binary: out };
}

/** Median ms of `runs` transforms of 2^n points by the C binary (after one warm-up run). */
export function runC(binaryPath: string, n: number, runs: number): { ms: number; runs: number } | { error: string } {
  const r = spawnSync(binaryPath, [String(n), String(runs + 1)], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { error: `C run failed: ${r.error?.message ?? r.stderr.trim()}` };
  const times = [...r.stdout.matchAll(/^ms ([0-9.]+)$/gm)].map((m) => Number(m[1]));
  if (times.length !== runs + 1) return { error: `unexpected C output: ${r.stdout.slice(0, 200)}` };
  return { ms: median(times.slice(1)), runs };
}
