/** Parsing `--tasks "h1; h2; ..."` and `--psi MAP` for a given number of latents. */
import type { CubeFunction } from '../core/cubeFunction.js';
import { InputError } from '../core/result.js';
import { maxVariable, parseExpression, parseFunction, parseMap } from '../expr/index.js';
import type { BoolMap } from '../maps/boolMap.js';
import { identityMap } from '../maps/boolMap.js';

/** Splits at the ';' outside parentheses (thr(k; ...) keeps its ';'). */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
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

export function parsePsi(text: string | undefined, d: number): BoolMap {
  if (text === undefined) return identityMap(d);
  const m = parseMap(text, { n: d });
  if (!m.ok) throw new InputError(`--psi: ${m.error.message}`);
  if (m.value.m !== d) throw new InputError(`--psi must have ${d} coordinates (a map C_${d} -> C_${d}), got ${m.value.m}`);
  return m.value;
}
