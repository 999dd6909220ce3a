/**
 * `census --n N [--measures degree,gf2Degree,relevant,balanced,bent] [--joint] [--workers K]
 *  [--shard i/N] [--checkpoint FILE] [--resume] [--json] [--[no-]progress[=json]]` (src/cli/help/census.ts)
 * Exact counts of all n-variable Boolean functions (n <= 5) by each measure. A shard prints its
 * census-partial document (merge them with `merge`); Ctrl-C stops cleanly, saves the checkpoint
 * and prints what was counted.
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { CENSUS_HELP } from '../help/census.js';
import { type CommandIo, EXIT } from '../io.js';
import { progressFor } from '../progress/index.js';
import { runCensus } from '../../census/census.js';
import { partialToJson, resultToJson } from '../../census/documents.js';
import { formatPartial, formatResult } from '../../census/format.js';
import { assertCensusN } from '../../census/layout.js';
import { MEASURES, parseMeasures } from '../../census/measures.js';
import type { CensusProgress } from '../../census/progress.js';
import { parseShard } from '../../census/shard.js';
import { classCensusCommand } from './censusClasses.js';
import { countedCensus } from './censusCounting.js';
import { registryCensusCommand, wantsRegistryCensus } from './censusRegistry.js';
import { bijectionClassesCommand } from './censusBijections.js';

const FLAGS = CENSUS_HELP.flags;

export const CENSUS_USAGE = CENSUS_HELP.usage.join(' ').replace(/\s+/g, ' ');

export async function censusCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.positionals.length > 0) throw new InputError(`census takes no arguments, got '${args.positionals[0]}' (usage: ${CENSUS_USAGE})`);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  if (n === undefined) throw new InputError(`census needs --n N (usage: ${CENSUS_USAGE})`);
  const classesText = stringFlag(args, 'classes');
  if (classesText !== undefined) return classCensusCommand(args, n, classesText, io);
  if (boolFlag(args, 'bijection-classes')) return bijectionClassesCommand(args, n, io);
  const measuresText = stringFlag(args, 'measures');
  if (measuresText !== undefined && wantsRegistryCensus(measuresText)) return registryCensusCommand(args, n, measuresText, io);
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
  const reporter = progressFor(args, io)('census', 'functions');

  const outcome = await runCensus({
    n,
    measures: measuresText === undefined ? MEASURES : parseMeasures(measuresText),
    joint: boolFlag(args, 'joint'),
    ...(workers === undefined ? {} : { workers }),
    ...(shard ? { shard } : {}),
    ...(checkpoint ? { checkpoint, resume } : {}),
    signal: io.signal,
    ...(reporter.active ? { onProgress: (p: CensusProgress) => reporter.update(p) } : {}),
  }).finally(() => reporter.end());

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
