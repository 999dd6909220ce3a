/**
 * `cubecheck interpolate <function> --support SPEC [--n N] [--json]`: the min-degree interpolator
 * (docs/math.md section 5) of the function's values on the support, and for Boolean data the least
 * GF(2) degree of a Boolean extension.
 */
import { setElements } from '../../core/cube.js';
import { type CubeFunction, isBoolean, toRationals, valueAt } from '../../core/cubeFunction.js';
import { InputError } from '../../core/result.js';
import { type Gf2Extension, leastGf2Extension } from '../../core/interpolate/gf2Extension.js';
import { type Interpolation, minDegreeInterpolator } from '../../core/interpolate/minDegree.js';
import { nonZeroCoefficients } from '../../core/measures/index.js';
import { formatFunction, parseFunction } from '../../expr/index.js';
import { parseSupport } from '../../expr/supportSpec.js';
import { polynomial } from '../../report/terms.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { INTERPOLATE_HELP } from '../help/interpolate.js';
import { EXIT, type CommandIo } from '../io.js';

/** Exact rational elimination on up to 2^n unknowns: kept small. */
export const MAX_INTERPOLATE_N = 7;

export async function interpolateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, INTERPOLATE_HELP.flags);
  if (args.positionals.length !== 1) {
    throw new InputError(args.positionals.length === 0 ? "interpolate needs a function, e.g. cubecheck interpolate 'and(x1,x2)' --support 'x1'" : 'interpolate takes one function (quote it)');
  }
  const parsed = parseFunction(args.positionals[0]!, { n: intFlag(args, 'n', undefined, 0, MAX_INTERPOLATE_N) });
  if (!parsed.ok) throw new InputError(parsed.error.message);
  const f = parsed.value;
  if (f.n > MAX_INTERPOLATE_N) throw new InputError(`interpolate supports n <= ${MAX_INTERPOLATE_N} (exact elimination over 2^n unknowns), got n = ${f.n}`);
  const spec = stringFlag(args, 'support');
  if (spec === undefined) throw new InputError("interpolate needs --support SPEC (points:0,3,5, a predicate such as 'x1' or 'not(x1)', or all)");
  const support = parseSupport(spec, f.n) ?? Array.from({ length: 2 ** f.n }, (_, i) => i);
  const values = support.map((p) => valueAt(f, p));
  const g = minDegreeInterpolator(f.n, support, values);
  const gf2 = isBoolean(f) ? leastGf2Extension(f.n, support, values.map((v) => v.toSafeInteger())) : null;
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(interpolationJson(f, support, g, gf2))}\n` : interpolationText(f, support, g, gf2));
  return EXIT.ok;
}

export function interpolationJson(f: CubeFunction, support: readonly number[], g: Interpolation, gf2: Gf2Extension | null): unknown {
  return {
    n: f.n,
    support: [...support],
    values: toRationals(g.fn).map(String),
    function: formatFunction(g.fn),
    spectrum: nonZeroCoefficients(g.spectrum).map((c) => ({ set: setElements(c.set), coefficient: c.coefficient.toString() })),
    degreeProfile: g.profile.map(String),
    degree: g.degree,
    gf2Extension: gf2 ? { degree: gf2.degree, function: formatFunction(gf2.fn) } : null,
  };
}

export function interpolationText(f: CubeFunction, support: readonly number[], g: Interpolation, gf2: Gf2Extension | null): string {
  const size = 2 ** f.n;
  const inU = new Set(support);
  const out: string[] = [];
  out.push(`min-degree interpolator on ${support.length} of ${size} points (n = ${f.n})`);
  out.push(`data:   ${Array.from({ length: size }, (_, x) => (inU.has(x) ? valueAt(f, x).toString() : '.')).join(' ')}  ('.' = unseen)`);
  out.push(`g:      ${toRationals(g.fn).map(String).join(' ')}  (${formatFunction(g.fn)})`);
  const coefficients = nonZeroCoefficients(g.spectrum);
  out.push(`g = ${polynomial(coefficients)}`);
  out.push(`degree: ${g.degree ?? 'undefined (g = 0)'}`);
  out.push(`degree profile W^0..W^${f.n}: ${g.profile.map(String).join(', ')}`);
  if (gf2) out.push(`least GF(2) degree of a Boolean extension: ${gf2.degree ?? 'undefined (the data are all +1)'}, e.g. ${formatFunction(gf2.fn)}`);
  return `${out.join('\n')}\n`;
}
