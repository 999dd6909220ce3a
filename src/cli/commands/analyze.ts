/** `cubecheck analyze <function> [--n N] [--json] | --stdin`. */
import { analyzeFunction } from '../../analysis/functionAnalysis.js';
import { InputError } from '../../core/result.js';
import { parseFunction } from '../../expr/index.js';
import { functionText } from '../../report/functionText.js';
import { functionJsonChunks } from '../../report/streamJson.js';
import { type MeasureId, MEASURE_IDS, isMeasureId } from '../../vocabulary/measures/index.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { ANALYZE_HELP } from '../help/analyze.js';
import { EXIT, type CommandIo } from '../io.js';
import { runLines } from './lines.js';

export async function analyzeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, ANALYZE_HELP.flags);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  const options = { force: forcedMeasures(stringFlag(args, 'measures')) };
  if (boolFlag(args, 'stdin')) {
    if (args.positionals.length > 0) throw new InputError('give either a function or --stdin, not both');
    return runLines(io, (line) => {
      const parsed = parseFunction(line, { n });
      return parsed.ok ? { ok: true, text: functionJsonChunks(analyzeFunction(parsed.value, options)) } : { ok: false, error: parsed.error.message };
    });
  }
  if (args.positionals.length !== 1) {
    throw new InputError(
      args.positionals.length === 0 ? "analyze needs a function, e.g. cubecheck analyze 'maj(x1,x2,x3)'" : 'analyze takes one function (quote it)',
    );
  }
  const parsed = parseFunction(args.positionals[0]!, { n });
  if (!parsed.ok) throw new InputError(parsed.error.message);
  const analysis = analyzeFunction(parsed.value, options);
  if (!boolFlag(args, 'json')) io.stdout(functionText(analysis));
  else {
    // Streamed in chunks of about 64 KB: at n = 24 the text is over a gigabyte.
    for (const piece of functionJsonChunks(analysis)) {
      io.stdout(piece);
      await io.stdoutDrained?.();
    }
    io.stdout('\n');
  }
  return EXIT.ok;
}

/** --measures a,b: measures to compute even above their maxN. */
function forcedMeasures(flag: string | undefined): MeasureId[] {
  if (flag === undefined) return [];
  return flag.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((id) => {
    if (!isMeasureId(id)) throw new InputError(`unknown measure '${id}' (known: ${MEASURE_IDS.join(', ')})`);
    return id;
  });
}
