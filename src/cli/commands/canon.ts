/** `cubecheck canon <function>` (src/equivalence); the parsing helpers `equivalent` shares. */
import { fromInt32, isBoolean } from '../../core/cubeFunction.js';
import { InputError } from '../../core/result.js';
import { MAX_CANON_N, canonicalForm } from '../../equivalence/canonical.js';
import { type EquivalenceGroup, EQUIVALENCE_GROUPS, groupOrder } from '../../equivalence/signedPermutation.js';
import { parseFunction } from '../../expr/index.js';
import { elementJson, elementText, tableText } from '../../report/canonText.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { CANON_HELP } from '../help/canon.js';
import { EXIT, type CommandIo } from '../io.js';
import type { AffineGroup } from '../../equivalence/affineElement.js';
import { affineCanon, isAffineGroup, unknownGroup } from './canonAffine.js';
import { canonMapCommand, isMapArgument } from './canonMap.js';

export function groupOf(flag: string | undefined): EquivalenceGroup | AffineGroup {
  const g = flag ?? 'npn';
  if (isAffineGroup(g)) return g;
  if (!(EQUIVALENCE_GROUPS as readonly string[]).includes(g)) throw unknownGroup(g, EQUIVALENCE_GROUPS);
  return g as EquivalenceGroup;
}

export function booleanValues(text: string, n: number | undefined, what: string): { n: number; values: Int32Array } {
  const parsed = parseFunction(text, { n });
  if (!parsed.ok) throw new InputError(`${what}: ${parsed.error.message}`);
  const f = parsed.value;
  if (!isBoolean(f)) throw new InputError(`${what} is not Boolean (values must be +-1)`);
  if (f.n > MAX_CANON_N) throw new InputError(`${what} has n = ${f.n}: canonical forms are computed for n <= ${MAX_CANON_N}`);
  return { n: f.n, values: Int32Array.from(f.numerators as ArrayLike<number>, Number) };
}

export async function canonCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, CANON_HELP.flags);
  if (args.positionals.length === 1 && isMapArgument(args.positionals[0]!)) return canonMapCommand(args, io);
  const group = groupOf(stringFlag(args, 'group'));
  if (args.positionals.length !== 1) throw new InputError("canon takes one Boolean function, e.g. cubecheck canon 'x1*x2'");
  const f = booleanValues(args.positionals[0]!, intFlag(args, 'n', undefined, 0, MAX_CANON_N), 'the function');
  if (isAffineGroup(group)) return affineCanon(f, group, boolFlag(args, 'json'), io);
  const c = canonicalForm(f.values, f.n, group);
  if (boolFlag(args, 'json')) {
    io.stdout(`${JSON.stringify({ n: f.n, group, groupOrder: groupOrder(f.n, group), function: tableText(f.n, f.values), representative: tableText(f.n, c.representative), witness: elementJson(c.witness) })}\n`);
  } else {
    io.stdout(`f = ${tableText(f.n, f.values)} (n = ${f.n})\ngroup: ${group} (${groupOrder(f.n, group)} elements)\nrepresentative: ${tableText(f.n, c.representative)}\nwitness e: ${elementText(c.witness)} = representative(x)\n`);
  }
  return EXIT.ok;
}
