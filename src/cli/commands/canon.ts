/** `cubecheck canon <function>` and `cubecheck equivalent <f> <g>` (src/equivalence). */
import { fromInt32, isBoolean } from '../../core/cubeFunction.js';
import { InputError } from '../../core/result.js';
import { MAX_CANON_N, canonicalForm, equivalence } from '../../equivalence/canonical.js';
import { type EquivalenceGroup, EQUIVALENCE_GROUPS, groupOrder } from '../../equivalence/signedPermutation.js';
import { parseFunction } from '../../expr/index.js';
import { elementJson, elementText, tableText } from '../../report/canonText.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { CANON_HELP, EQUIVALENT_HELP } from '../help/canon.js';
import { EXIT, type CommandIo } from '../io.js';

function groupOf(flag: string | undefined): EquivalenceGroup {
  const g = flag ?? 'npn';
  if (!(EQUIVALENCE_GROUPS as readonly string[]).includes(g)) throw new InputError(`unknown group '${g}' (known: ${EQUIVALENCE_GROUPS.join(', ')})`);
  return g as EquivalenceGroup;
}

function booleanValues(text: string, n: number | undefined, what: string): { n: number; values: Int32Array } {
  const parsed = parseFunction(text, { n });
  if (!parsed.ok) throw new InputError(`${what}: ${parsed.error.message}`);
  const f = parsed.value;
  if (!isBoolean(f)) throw new InputError(`${what} is not Boolean (values must be +-1)`);
  if (f.n > MAX_CANON_N) throw new InputError(`${what} has n = ${f.n}: canonical forms are computed for n <= ${MAX_CANON_N}`);
  return { n: f.n, values: Int32Array.from(f.numerators as ArrayLike<number>, Number) };
}

export async function canonCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, CANON_HELP.flags);
  const group = groupOf(stringFlag(args, 'group'));
  if (args.positionals.length !== 1) throw new InputError("canon takes one Boolean function, e.g. cubecheck canon 'x1*x2'");
  const f = booleanValues(args.positionals[0]!, intFlag(args, 'n', undefined, 0, MAX_CANON_N), 'the function');
  const c = canonicalForm(f.values, f.n, group);
  if (boolFlag(args, 'json')) {
    io.stdout(`${JSON.stringify({ n: f.n, group, groupOrder: groupOrder(f.n, group), function: tableText(f.n, f.values), representative: tableText(f.n, c.representative), witness: elementJson(c.witness) })}\n`);
  } else {
    io.stdout(`f = ${tableText(f.n, f.values)} (n = ${f.n})\ngroup: ${group} (${groupOrder(f.n, group)} elements)\nrepresentative: ${tableText(f.n, c.representative)}\nwitness e: ${elementText(c.witness)} = representative(x)\n`);
  }
  return EXIT.ok;
}

export async function equivalentCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, EQUIVALENT_HELP.flags);
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
