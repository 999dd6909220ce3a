/**
 * Whole-command timings of the built CLI (node dist/cli/main.js ...), start-up included: wall
 * time from the outside, CPU time and peak memory from inside (bench/exitStats.mjs). The command
 * runs with its output thrown away (/dev/null), its input from `input` when given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const hook = new URL('./exitStats.mjs', import.meta.url).href;

export type CliRun =
  | { readonly ok: true; readonly wallMs: number; readonly cpuMs: number; readonly peakMb: number; readonly status: number }
  | { readonly ok: false; readonly reason: string };

export function runCli(args: readonly string[], o: { readonly input?: string; readonly timeoutMs?: number } = {}): CliRun {
  const main = join(root, 'dist/cli/main.js');
  if (!existsSync(main)) return { ok: false, reason: 'dist/cli/main.js missing: npm run build first' };
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-bench-'));
  const stats = join(dir, 'stats.json');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', hook, main, ...args], {
      cwd: root,
      input: o.input ?? '',
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { ...process.env, CUBECHECK_BENCH_STATS: stats },
      timeout: o.timeoutMs ?? 600_000,
      maxBuffer: 1 << 20,
    });
    const wallMs = performance.now() - t0;
    if (r.error) return { ok: false, reason: `${args[0]}: ${r.error.message}` };
    if (r.signal) return { ok: false, reason: `${args[0]} ended by ${r.signal} after ${(wallMs / 1000).toFixed(0)} s` };
    if (!existsSync(stats)) return { ok: false, reason: `${args[0]} exited ${r.status} without stats: ${String(r.stderr).trim().split('\n')[0]}` };
    const s = JSON.parse(readFileSync(stats, 'utf8')) as { maxRssKb: number; cpuMs: number };
    return { ok: true, wallMs, cpuMs: s.cpuMs, peakMb: s.maxRssKb / 1024, status: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the least CPU time (wall time when CPU ties), or the first failure. */
export function bestRun(runs: readonly CliRun[]): CliRun {
  const bad = runs.find((r) => !r.ok);
  if (bad) return bad;
  return runs.reduce((a, b) => (b.ok && a.ok && b.cpuMs < a.cpuMs ? b : a));
}
