/** `cubecheck map <f1; f2; ...> | perm:i0,i1,... [--n N] [--json] | --stdin`. */
import { analyzeMap } from '../../analysis/mapAnalysis.js';
import { InputError } from '../../core/result.js';
import { parseMap } from '../../expr/index.js';
import { mapJson } from '../../report/mapJson.js';
import { mapText } from '../../report/mapText.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { MAP_HELP, TABLE_IDS } from '../help/map.js';
import { type MapMeasureId, MAP_MEASURE_IDS, isMapMeasureId } from '../../vocabulary/maps/index.js';
import { EXIT, type CommandIo } from '../io.js';
import { SCALABLE_MAP_MEASURE_IDS } from '../../vocabulary/maps/evaluate.js';
import { runLines } from './lines.js';

export async function mapCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, MAP_HELP.flags);
  const n = intFlag(args, 'n', undefined, 0, 1_000_000);
  const force = measureList(stringFlag(args, 'measures'), MAP_MEASURE_IDS, 'measure');
  const tables = measureList(stringFlag(args, 'tables'), TABLE_IDS, 'table');
  const options = { force: [...force, ...tables] };
  if (boolFlag(args, 'stdin')) {
    if (args.positionals.length > 0) throw new InputError('give either a map or --stdin, not both');
    // Batch: the vectorial measures with no size limit, plus those named by --measures / --tables
    // (`--measures all`: every one within its size limit, as for one map).
    const all = stringFlag(args, 'measures')?.trim() === 'all';
    const batch = all ? { select: MAP_MEASURE_IDS, force: tables } : { select: [...SCALABLE_MAP_MEASURE_IDS, ...force, ...tables], force: options.force };
    return runLines(io, (line) => {
      const parsed = parseMap(line, { n });
      return parsed.ok ? { ok: true, json: mapJson(analyzeMap(parsed.value, batch), { tables }) } : { ok: false, error: parsed.error.message };
    });
  }
  if (args.positionals.length !== 1) {
    throw new InputError(
      args.positionals.length === 0 ? "map needs a map, e.g. cubecheck map 'x2; x1' or 'perm:0,2,1,3'" : 'map takes one map (quote it)',
    );
  }
  const parsed = parseMap(args.positionals[0]!, { n });
  if (!parsed.ok) throw new InputError(parsed.error.message);
  const analysis = analyzeMap(parsed.value, options);
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(mapJson(analysis, { tables }))}\n` : mapText(analysis));
  return EXIT.ok;
}

/** --measures a,b / --tables ddt,lat (or all): ids from `known`, each checked. */
function measureList(flag: string | undefined, known: readonly MapMeasureId[], what: string): MapMeasureId[] {
  if (flag === undefined) return [];
  if (flag.trim() === 'all') return [...known];
  return flag.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((id) => {
    if (!isMapMeasureId(id) || !known.includes(id)) throw new InputError(`unknown ${what} '${id}' (known: ${known.join(', ')})`);
    return id;
  });
}
