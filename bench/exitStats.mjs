/**
 * Preloaded into a benchmarked CLI run (node --import bench/exitStats.mjs dist/cli/main.js ...):
 * at exit it writes the process's own peak resident memory and CPU time (Node's
 * process.resourceUsage(), all threads) as JSON to the file named by CUBECHECK_BENCH_STATS.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.CUBECHECK_BENCH_STATS;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
