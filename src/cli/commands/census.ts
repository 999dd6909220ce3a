/**
 * `census --n N [--measures degree,gf2Degree,relevant,balanced,bent] [--joint] [--workers K]
 *  [--shard i/N] [--checkpoint FILE] [--resume] [--json] [--progress]`
 * Exact counts of all n-variable Boolean functions (n <= 5) by each measure. A shard prints its
 * census-partial document (merge them with `merge`); Ctrl-C stops cleanly, saves the checkpoint
 * and prints what was counted.
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { type CommandIo, EXIT } from '../io.js';
import { runCensus } from '../../census/census.js';
import { partialToJson, resultToJson } from '../../census/documents.js';
import { formatPartial, formatResult } from '../../census/format.js';
import { assertCensusN } from '../../census/layout.js';
import { MEASURES, parseMeasures } from '../../census/measures.js';
import type { CensusProgress } from '../../census/progress.js';
import { parseShard } from '../../census/shard.js';
import { countedCensus } from './censusCounting.js';

const FLAGS = {
  n: 'string',
  measures: 'string',
  joint: 'boolean',
  workers: 'string',
  shard: 'string',
  checkpoint: 'string',
  resume: 'boolean',
  json: 'boolean',
  progress: 'boolean',
  method: 'string',
  certificate: 'string',
} as const;

export const CENSUS_USAGE =
  'census --n N [--measures ' + MEASURES.join(',') + '] [--joint] [--method auto|counting|enumerate] [--certificate FILE] [--workers K] [--shard i/N] [--checkpoint FILE] [--resume] [--json] [--progress]';

function seconds(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** A throttled progress line on stderr: rewritten in place on a terminal, one line per report otherwise. */
function progressPrinter(io: CommandIo): { report: (p: CensusProgress) => void; end: () => void } {
  let last = 0;
  let shown = false;
  let finished = false;
  return {
    report(p) {
      const now = Date.now();
      if (finished || (now - last < (io.isTTY ? 250 : 2000) && p.done < p.total)) return;
      finished = p.done >= p.total;
      last = now;
      const pct = ((100 * p.done) / p.total).toFixed(1);
      const eta = p.etaSeconds === null ? '' : `, ${seconds(p.etaSeconds)} left`;
      const line = `census: ${pct}% (${p.done}/${p.total}), ${(p.rate / 1e6).toFixed(1)}M functions/s${eta}`;
      io.stderr(io.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
      shown = true;
    },
    end() {
      if (shown && io.isTTY) io.stderr('\n');
    },
  };
}

export async function censusCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.positionals.length > 0) throw new InputError(`census takes no arguments, got '${args.positionals[0]}' (usage: ${CENSUS_USAGE})`);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  if (n === undefined) throw new InputError(`census needs --n N (usage: ${CENSUS_USAGE})`);
  const measuresText = stringFlag(args, 'measures');
  const counted = await countedCensus(args, n, measuresText === undefined ? MEASURES : parseMeasures(measuresText), io);
  if (counted !== null) return counted;
  assertCensusN(n);
  const shardText = stringFlag(args, 'shard');
  const checkpointText = stringFlag(args, 'checkpoint');
  const resume = boolFlag(args, 'resume');
  if (resume && checkpointText === undefined) throw new InputError('--resume needs --checkpoint FILE');
  const workers = intFlag(args, 'workers', undefined, 0, 4096);
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  const checkpoint = checkpointText === undefined ? undefined : resolve(io.cwd, checkpointText);
  const printer = io.isTTY || boolFlag(args, 'progress') ? progressPrinter(io) : null;

  const outcome = await runCensus({
    n,
    measures: measuresText === undefined ? MEASURES : parseMeasures(measuresText),
    joint: boolFlag(args, 'joint'),
    ...(workers === undefined ? {} : { workers }),
    ...(shard ? { shard } : {}),
    ...(checkpoint ? { checkpoint, resume } : {}),
    signal: io.signal,
    ...(printer ? { onProgress: printer.report } : {}),
  });
  printer?.end();

  const json = boolFlag(args, 'json');
  if (outcome.status === 'complete' && outcome.result) {
    io.stdout(json ? `${JSON.stringify(resultToJson(outcome.result), null, 1)}\n` : formatResult(outcome.result));
    return EXIT.ok;
  }
  io.stdout(json ? `${JSON.stringify(partialToJson(outcome.partial), null, 1)}\n` : formatPartial(outcome.partial));
  if (outcome.status === 'complete') return EXIT.ok;
  const where = checkpoint ? `; checkpoint saved to ${checkpointText} (continue with --resume)` : '; pass --checkpoint FILE to keep progress';
  io.stderr(`census interrupted${where}\n`);
  return EXIT.interrupted;
}
