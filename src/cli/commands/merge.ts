/**
 * `cubecheck merge <partial...> [--json]`: combines the census-partial documents of `census --shard`
 * runs into one result, refusing gaps, overlaps and mismatched n / measures.
 */
import { mergePartialFiles, formatResult, resultToJson } from '../../census/index.js';
import { InputError } from '../../core/result.js';
import { boolFlag, parseArgs } from '../args.js';
import { EXIT, type CommandIo } from '../io.js';

export async function mergeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean' });
  if (args.positionals.length === 0) throw new InputError('merge needs the partial files of every shard, e.g. cubecheck merge shard-*.json');
  const result = await mergePartialFiles(args.positionals, io.cwd);
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(resultToJson(result), null, 1)}\n` : formatResult(result));
  return EXIT.ok;
}
