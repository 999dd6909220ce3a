/**
 * `cubecheck curve --latents D --tasks-from DIST --k K|A..B --samples M [--bias B|all|B1,B2]
 *  [--up-to G] [--psi MAP] [--seed S] [--json]`: the identifiability curve of docs/math.md S4.
 * DIST: uniform, parity:S, degree:Q, junta:J (see src/recovery/distributions.ts).
 */
import { InputError } from '../../core/result.js';
import { formatMap } from '../../expr/index.js';
import { type CurveResult, MAX_CURVE_D, identifiabilityCurve } from '../../recovery/curve.js';
import { describeDistribution, parseDistribution } from '../../recovery/distributions.js';
import { parsePsi } from '../../expr/taskList.js';
import { BIASES, type Bias, type Group } from '../../recovery/types.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { CURVE_HELP } from '../help/curve.js';
import { EXIT, type CommandIo } from '../io.js';
import { progressFor } from '../progress/index.js';
import { UINT32_SEEDS, seedFromArgs } from '../seed.js';
import { biasFlag, groupFlag } from './recover.js';
import { GROUP_KINDS } from '../../vocabulary/groups/index.js';

export function parseKRange(text: string | undefined): { from: number; to: number } {
  if (text === undefined) throw new InputError('curve needs --k K or --k 1..K (the numbers of tasks)');
  const m = /^\s*(?:(\d+)\s*\.\.\s*)?(\d+)\s*$/.exec(text);
  if (!m) throw new InputError(`--k must be K or A..B, got '${text}'`);
  const from = m[1] === undefined ? 1 : Number(m[1]);
  const to = Number(m[2]);
  if (from < 1 || to < from || to > 64) throw new InputError(`--k must satisfy 1 <= A <= B <= 64, got '${text}'`);
  return { from, to };
}

export function parseBiasList(text: string | undefined): Bias[] {
  if (text === 'all') return [...BIASES];
  return (text ?? 'head-degree').split(',').map((b) => biasFlag(b.trim()));
}

export async function curveCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, CURVE_HELP.flags);
  if (args.positionals.length > 0) throw new InputError(`curve takes options only; unexpected '${args.positionals[0]}'`);
  const d = intFlag(args, 'latents', undefined, 1, MAX_CURVE_D);
  if (d === undefined) throw new InputError(`curve needs --latents D (1..${MAX_CURVE_D}: every instance is solved exactly)`);
  const distText = stringFlag(args, 'tasks-from');
  if (distText === undefined) throw new InputError('curve needs --tasks-from DIST (uniform, parity:S, degree:Q, junta:J)');
  const distribution = parseDistribution(distText, d);
  const { from, to } = parseKRange(stringFlag(args, 'k'));
  const samples = intFlag(args, 'samples', 100, 1, 1_000_000);
  const seed = seedFromArgs(args, UINT32_SEEDS, 1, 'curve', io.stderr);
  const biases = parseBiasList(stringFlag(args, 'bias'));
  const group = groupFlag(stringFlag(args, 'up-to'));
  const psi = parsePsi(stringFlag(args, 'psi'), d);
  const json = boolFlag(args, 'json');
  const timeLimit = intFlag(args, 'time-limit', 20, 1, 86_400)!;
  const timings = boolFlag(args, 'timings');
  const started = Date.now();
  let undecidedSoFar = 0;
  const reporter = progressFor(args, io)('curve', 'samples');
  const total = (to - from + 1) * samples;
  const result = await identifiabilityCurve({
    d,
    psi,
    biases,
    group,
    distribution,
    kMin: from,
    kMax: to,
    samples,
    seed,
    signal: io.signal,
    instanceTimeLimitMs: 1000 * timeLimit,
    onInstance: (i) => {
      if (i.recovers === null) undecidedSoFar++;
    },
    ...(reporter.active ? { onProgress: (k: number, s: number) => reporter.update({ done: (k - from) * samples + s, total, detail: `k = ${k}${undecidedSoFar > 0 ? `, ${undecidedSoFar} undecided` : ''}` }) } : {}),
  }).catch((e: unknown) => {
    reporter.end();
    throw e;
  });
  reporter.end({ done: result.points.reduce((sum, p) => sum + p.samples, 0) });
  const shown: CurveResult = result;
  if (json) {
    io.stdout(
      `${JSON.stringify({
        latents: d,
        distribution: describeDistribution(distribution),
        samples,
        seed,
        group,
        psi: formatMap(psi),
        biases,
        points: shown.points.map((p) => ({
          k: p.k,
          samples: p.samples,
          recovered: Object.fromEntries(biases.map((b, i) => [b, p.recovered[i]!])),
          fraction: Object.fromEntries(biases.map((b, i) => [b, p.fractions[i]!.toString()])),
          undecided: Object.fromEntries(biases.map((b, i) => [b, p.undecided[i]!])),
        })),
        timeLimitSeconds: timeLimit,
        // every instance answer: recovers null = undecided within the time limit; times only
        // with --timings (the output is otherwise the same for a seed)
        instances: result.instances.map((i) => ({ k: i.k, sample: i.sample, bias: i.bias, recovers: i.recovers, decided: i.recovers !== null, ...(timings ? { ms: i.ms } : {}) })),
        ...(timings ? { wallMs: Date.now() - started } : {}),
        aborted: result.aborted,
      })}\n`,
    );
  } else {
    io.stdout(curveText(d, describeDistribution(distribution), samples, seed, group, biases, shown));
    if (timings) io.stdout(timingText(result, Date.now() - started));
  }
  return result.aborted ? EXIT.interrupted : EXIT.ok;
}

function curveText(d: number, dist: string, samples: number, seed: number, group: Group, biases: readonly Bias[], r: CurveResult): string {
  const out: string[] = [];
  out.push(`identifiability curve: ${d} latents, tasks from ${dist}, ${samples} sampled task sets per k (seed ${seed})`);
  out.push(`fraction of instances where every minimiser is a ${GROUP_KINDS[group].singular} (exact per instance)`);
  out.push('');
  // the decimal is for reading only; the exact count is shown beside it
  const rows = r.points.map((p) => p.recovered.map((c) => `${c}/${p.samples} (${(c / p.samples).toFixed(2)})`));
  const width = Math.max(...biases.map((b) => b.length), ...rows.flat().map((c) => c.length)) + 2;
  out.push(`${'k'.padStart(3)}  ${biases.map((b) => b.padEnd(width)).join('')}`);
  r.points.forEach((p, i) => out.push(`${String(p.k).padStart(3)}  ${rows[i]!.map((c) => c.padEnd(width)).join('')}`));
  const undecided = r.points.reduce((s, p) => s + p.undecided.reduce((a, b) => a + b, 0), 0);
  if (undecided > 0) out.push(`(${undecided} instance answer(s) undecided within the time limit, counted as not recovered; see --json)`);
  if (r.aborted) out.push('(interrupted: the last row may hold fewer samples)');
  return `${out.join('\n')}\n`;
}

/** --timings in text: the wall time and, per bias, the slowest instance answers. */
function timingText(r: CurveResult, wallMs: number): string {
  const out = [`wall time ${(wallMs / 1000).toFixed(1)} s for ${r.instances.length} instance answers`];
  const biases = [...new Set(r.instances.map((i) => i.bias))];
  for (const b of biases) {
    const mine = r.instances.filter((i) => i.bias === b);
    const slow = [...mine].sort((x, y) => y.ms - x.ms)[0];
    const total = mine.reduce((s, i) => s + i.ms, 0);
    out.push(`  ${b}: ${(total / 1000).toFixed(1)} s in all, slowest ${slow ? `${(slow.ms / 1000).toFixed(1)} s (k = ${slow.k}, sample ${slow.sample})` : '-'}, ${mine.filter((i) => i.recovers === null).length} undecided`);
  }
  return `${out.join('\n')}\n`;
}
