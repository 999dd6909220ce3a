/** Parsing `--tasks "h1; h2; ..."` and `--psi MAP` for a given number of latents. */
import type { CubeFunction } from '../core/cubeFunction.js';
import { InputError } from '../core/result.js';
import { maxVariable, parseExpression, parseFunction, parseMap, splitTopLevel as splitSegments } from './index.js';
import type { BoolMap } from '../maps/boolMap.js';
import { identityMap } from '../maps/boolMap.js';

/** The `;`-separated parts of a list, outside parentheses. */
export function splitTopLevel(text: string): string[] {
  return splitSegments(text).map((s) => s.text);
}

export function parseTasks(text: string, d: number): CubeFunction[] {
  const parts = splitTopLevel(text).map((s) => s.trim());
  if (parts.length === 1 && parts[0] === '') throw new InputError('--tasks lists no task');
  return parts.map((part, i) => {
    if (part === '') throw new InputError(`task ${i + 1} is empty (two ';' in a row?)`);
    const expr = parseExpression(part);
    if (expr.ok && maxVariable(expr.value) > d) {
      throw new InputError(`task ${i + 1} '${part}' uses x${maxVariable(expr.value)}, but there are only ${d} latents (x1..x${d})`);
    }
    const f = parseFunction(part, { n: d });
    if (!f.ok) throw new InputError(`task ${i + 1}: ${f.error.message}`);
    return f.value;
  });
}

/**
 * psi: C_d -> C_observed (observed = d unless --observed says more, the paper's setting). Without
 * text: the identity, padded for observed > d with constant +1 coordinates x_{d+1}..x_m = 1.
 */
export function parsePsi(text: string | undefined, d: number, observed: number = d): BoolMap {
  if (text === undefined) {
    if (observed === d) return identityMap(d);
    return { n: d, m: observed, image: identityMap(d).image };
  }
  const m = parseMap(text, { n: d });
  if (!m.ok) throw new InputError(`--psi: ${m.error.message}`);
  if (m.value.m !== observed) {
    throw new InputError(
      observed === d
        ? `--psi must have ${d} coordinates (a map C_${d} -> C_${d}), got ${m.value.m}${m.value.m > d ? ` (for longer observations give --observed ${m.value.m})` : ''}`
        : `--psi must have ${observed} coordinates (a map C_${d} -> C_${observed}, --observed ${observed}), got ${m.value.m}`,
    );
  }
  return m.value;
}
