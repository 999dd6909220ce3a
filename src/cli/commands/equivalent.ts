/** `cubecheck equivalent <f> <g>` (src/equivalence): exit 0 with a witness, 1 when not equivalent. */
import { InputError } from '../../core/result.js';
import { MAX_CANON_N, canonicalForm, equivalence } from '../../equivalence/canonical.js';
import { elementJson, elementText, tableText } from '../../report/canonText.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { EQUIVALENT_HELP } from '../help/equivalent.js';
import { EXIT, type CommandIo } from '../io.js';
import { booleanValues, groupOf } from './canon.js';
import { affineEquivalent, isAffineGroup } from './canonAffine.js';
import { equivalentMapCommand, isMapArgument } from './canonMap.js';

export async function equivalentCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, EQUIVALENT_HELP.flags);
  if (args.positionals.length === 2 && args.positionals.some(isMapArgument)) return equivalentMapCommand(args, io);
  const group = groupOf(stringFlag(args, 'group'));
  if (args.positionals.length !== 2) throw new InputError("equivalent takes two Boolean functions, e.g. cubecheck equivalent 'x1*x2' '-x1*x2'");
  let n = intFlag(args, 'n', undefined, 0, MAX_CANON_N);
  if (n === undefined) {
    const a = booleanValues(args.positionals[0]!, undefined, 'f');
    const b = booleanValues(args.positionals[1]!, undefined, 'g');
    n = Math.max(a.n, b.n);
  }
  const f = booleanValues(args.positionals[0]!, n, 'f');
  const g = booleanValues(args.positionals[1]!, n, 'g');
  if (isAffineGroup(group)) return affineEquivalent(n, f.values, g.values, group, boolFlag(args, 'json'), io);
  const e = equivalence(f.values, g.values, n, group);
  const cf = tableText(n, canonicalForm(f.values, n, group).representative);
  const cg = tableText(n, canonicalForm(g.values, n, group).representative);
  if (boolFlag(args, 'json')) {
    io.stdout(`${JSON.stringify({ n, group, equivalent: e !== null, witness: e ? elementJson(e) : null, canonicalF: cf, canonicalG: cg })}\n`);
  } else if (e) {
    io.stdout(`equivalent under ${group}: ${elementText(e)} = g(x)\n`);
  } else {
    io.stdout(`not equivalent under ${group}: the canonical forms differ (f: ${cf}, g: ${cg})\n`);
  }
  return e ? EXIT.ok : EXIT.refuted;
}
