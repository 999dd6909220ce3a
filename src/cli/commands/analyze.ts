/** `cubecheck analyze <function> [--n N] [--json] | --stdin`. */
import { analyzeFunction } from '../../analysis/functionAnalysis.js';
import { InputError } from '../../core/result.js';
import { parseFunction } from '../../expr/index.js';
import { functionJson } from '../../report/functionJson.js';
import { functionText } from '../../report/functionText.js';
import { boolFlag, intFlag, parseArgs } from '../args.js';
import { ANALYZE_HELP } from '../help/analyze.js';
import { EXIT, type CommandIo } from '../io.js';
import { runLines } from './lines.js';

export async function analyzeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, ANALYZE_HELP.flags);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  if (boolFlag(args, 'stdin')) {
    if (args.positionals.length > 0) throw new InputError('give either a function or --stdin, not both');
    return runLines(io, (line) => {
      const parsed = parseFunction(line, { n });
      return parsed.ok ? { ok: true, json: functionJson(analyzeFunction(parsed.value)) } : { ok: false, error: parsed.error.message };
    });
  }
  if (args.positionals.length !== 1) {
    throw new InputError(
      args.positionals.length === 0 ? "analyze needs a function, e.g. cubecheck analyze 'maj(x1,x2,x3)'" : 'analyze takes one function (quote it)',
    );
  }
  const parsed = parseFunction(args.positionals[0]!, { n });
  if (!parsed.ok) throw new InputError(parsed.error.message);
  const analysis = analyzeFunction(parsed.value);
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(functionJson(analysis))}\n` : functionText(analysis));
  return EXIT.ok;
}
