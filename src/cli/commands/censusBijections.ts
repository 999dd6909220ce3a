/** `census --bijection-classes --n N [--json]`: the affine classes of bijections of C_N, N <= 4. */
import { InputError } from '../../core/result.js';
import { MAX_CLASS_TABLE_N, affineBijectionClassTable } from '../../census/affineBijectionClassTable.js';
import { bijectionClassesJson, bijectionClassesText } from '../../report/bijectionClassesText.js';
import { type ParsedArgs, boolFlag } from '../args.js';
import { EXIT, type CommandIo } from '../io.js';

const OTHER = ['measures', 'joint', 'method', 'certificate', 'workers', 'shard', 'checkpoint', 'resume'];

export async function bijectionClassesCommand(args: ParsedArgs, n: number, io: CommandIo): Promise<number> {
  const other = OTHER.find((f) => args.flags[f] !== undefined);
  if (other) throw new InputError(`--bijection-classes does not take --${other}`);
  if (n < 1 || n > MAX_CLASS_TABLE_N) throw new InputError(`--bijection-classes lists the affine classes of bijections for 1 <= n <= ${MAX_CLASS_TABLE_N}`);
  const rows = affineBijectionClassTable(n);
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(bijectionClassesJson(n, rows))}\n` : bijectionClassesText(n, rows));
  return EXIT.ok;
}
