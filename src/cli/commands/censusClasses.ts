/** `census --classes G --n N [--json]`: class counts and tables (src/equivalence). */
import { InputError } from '../../core/result.js';
import { affineGroupOrder } from '../../equivalence/affineElement.js';
import { type CensusGroup, MAX_BURNSIDE_N, burnsideCount } from '../../equivalence/burnside.js';
import { MAX_CLASS_TABLE_N, classTable } from '../../equivalence/classCensus.js';
import { groupOrder } from '../../equivalence/signedPermutation.js';
import { type ClassCensusReport, classCensusJson, classCensusText } from '../../report/classCensusText.js';
import { type ParsedArgs, boolFlag } from '../args.js';
import { EXIT, type CommandIo } from '../io.js';

export const CENSUS_GROUPS: readonly CensusGroup[] = ['npn', 'np', 'affine', 'ea', 'agl'];
/** Flags of census that --classes accepts besides --n and --json. */
const ENGINE_FLAGS = ['measures', 'joint', 'method', 'certificate', 'workers', 'shard', 'checkpoint', 'resume'];

export function classCensusReport(n: number, group: CensusGroup): ClassCensusReport {
  const order = group === 'np' || group === 'npn' ? BigInt(groupOrder(n, group)) : affineGroupOrder(n, group);
  if (n <= MAX_CLASS_TABLE_N) {
    const rows = classTable(n, group);
    return { n, group, groupOrder: order, classes: BigInt(rows.length), method: 'orbits', rows };
  }
  return { n, group, groupOrder: order, classes: burnsideCount(n, group), method: 'burnside', rows: null };
}

export function classCensusCommand(args: ParsedArgs, n: number, groupsText: string, io: CommandIo): number {
  const used = ENGINE_FLAGS.find((f) => args.flags[f] !== undefined);
  if (used) throw new InputError(`census --classes does not take --${used}`);
  const groups = groupsText === 'all' ? CENSUS_GROUPS : groupsText.split(',');
  for (const g of groups) if (!(CENSUS_GROUPS as readonly string[]).includes(g)) throw new InputError(`unknown group '${g}' for --classes (known: ${CENSUS_GROUPS.join(', ')}, all)`);
  if (n > MAX_BURNSIDE_N) throw new InputError(`census --classes supports n <= ${MAX_BURNSIDE_N} (tables n <= ${MAX_CLASS_TABLE_N}, counts by Burnside's lemma at n = 5), got n = ${n}`);
  const reports = (groups as CensusGroup[]).map((g) => classCensusReport(n, g));
  if (boolFlag(args, 'json')) io.stdout(`${JSON.stringify(reports.length === 1 ? classCensusJson(reports[0]!) : reports.map(classCensusJson))}\n`);
  else io.stdout(reports.map(classCensusText).join('\n'));
  return EXIT.ok;
}
