/** `cubecheck analyze <function> [--n N] [--json] | --stdin`. */
import { analyzeFunction } from '../../analysis/functionAnalysis.js';
import { InputError } from '../../core/result.js';
import { parseFunction } from '../../expr/index.js';
import { batchLineJson } from '../../report/batchJson.js';
import { functionText } from '../../report/functionText.js';
import { NATIVE_MAX_N, functionJsonChunks, streamedJsonChunks } from '../../report/streamJson.js';
import { evaluateSelected } from '../../vocabulary/evaluate.js';
import { subjectOf } from '../../vocabulary/subject.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { ANALYZE_HELP } from '../help/analyze.js';
import { EXIT, type CommandIo } from '../io.js';
import { runLines } from './lines.js';
import { batchSelection, forcedMeasures } from './measureFlags.js';

export async function analyzeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, ANALYZE_HELP.flags);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  if (boolFlag(args, 'stdin')) {
    if (args.positionals.length > 0) throw new InputError('give either a function or --stdin, not both');
    const selection = batchSelection(stringFlag(args, 'measures'), stringFlag(args, 'only'));
    return runLines(io, (line) => {
      const parsed = parseFunction(line, { n });
      if (!parsed.ok) return { ok: false, error: parsed.error.message };
      const subject = subjectOf(parsed.value);
      const outcomes = evaluateSelected(subject, selection.ids, { force: selection.force });
      if (subject.n <= NATIVE_MAX_N) return { ok: true, text: [batchLineJson(subject, outcomes, selection.listings)] };
      const source = { n: subject.n, boolean: subject.boolean, function: subject.function, spectrum: subject.spectrum(), measures: outcomes };
      return { ok: true, text: streamedJsonChunks(source, selection.listings) };
    });
  }
  if (stringFlag(args, 'only') !== undefined) throw new InputError('--only is for batch mode (--stdin); for one function use --measures');
  if (args.positionals.length !== 1) {
    throw new InputError(
      args.positionals.length === 0 ? "analyze needs a function, e.g. cubecheck analyze 'maj(x1,x2,x3)'" : 'analyze takes one function (quote it)',
    );
  }
  const parsed = parseFunction(args.positionals[0]!, { n });
  if (!parsed.ok) throw new InputError(parsed.error.message);
  const analysis = analyzeFunction(parsed.value, forcedMeasures(stringFlag(args, 'measures')));
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
