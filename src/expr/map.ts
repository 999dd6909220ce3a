/**
 * parseMap: a Boolean map C_n -> C_m written as `f1; f2; ...` (one +-1-valued coordinate each) or
 * as `perm:i0,i1,...` (the image index of every point; bit j-1 of an index is coordinate j).
 */
import { MAX_MAP_N, sizeReason } from '../core/cube.js';
import { type CubeFunction, isBoolean } from '../core/cubeFunction.js';
import { type Result, ok, err } from '../core/result.js';
import { type BoolMap, makeMap } from '../maps/boolMap.js';
import { type ExprError, describePoint, evalError, parseError } from './errors.js';
import { literalStart, log2Exact } from './literalPrefix.js';
import { scanList } from './listScanner.js';
import { type ParseOptions, checkOptionN } from './parseFunction.js';
import { type Source, naturalN, readSource, realize } from './source.js';
import { splitTopLevel } from './segments.js';

export function parseMap(text: string, options: ParseOptions = {}): Result<BoolMap, ExprError> {
  const bad = checkOptionN(options.n, MAX_MAP_N);
  if (bad) return err(bad);
  const start = literalStart(text);
  if (start?.word === 'perm') return parsePerm(text.slice(start.bodyStart), start.bodyStart + 1, start.wordStart + 1, options.n);
  const sources: Source[] = [];
  for (const seg of splitTopLevel(text)) {
    if (seg.text.trim() === '') return err(parseError(seg.column, 'expected a map coordinate (an expression or a literal)'));
    const s = readSource(seg.text, seg.column, options.n);
    if (!s.ok) {
      if (s.error.kind === 'parse' && /'perm:'/.test(s.error.message)) {
        return err(parseError(s.error.column, "a 'perm:' literal must be the whole map"));
      }
      return s;
    }
    sources.push(s.value);
  }
  const n = options.n ?? Math.max(...sources.map(naturalN));
  if (sources.length > MAX_MAP_N) return err(evalError('size', null, `a map may have at most ${MAX_MAP_N} coordinates, got ${sources.length}`));
  const image = new Uint32Array(2 ** Math.min(n, MAX_MAP_N));
  for (let j = 0; j < sources.length; j++) {
    const f = realize(sources[j]!, n, MAX_MAP_N);
    if (!f.ok) return f;
    const problem = booleanProblem(f.value);
    if (problem !== null) return err(evalError('domain', sources[j]!.column, `coordinate ${j + 1} must be +-1-valued, ${problem}`));
    const v = f.value.numerators;
    for (let i = 0; i < image.length; i++) if (Number(v[i]) === -1) image[i]! |= 1 << j;
  }
  return ok(makeMap(n, sources.length, image));
}

function booleanProblem(f: CubeFunction): string | null {
  if (isBoolean(f)) return null;
  for (let i = 0; i < f.numerators.length; i++) {
    const x = f.numerators[i]!;
    const isSign = f.denominator.equals(1) && (typeof x === 'number' ? x === 1 || x === -1 : x.abs().equals(1));
    if (!isSign) return `but it is ${x.toString()}${f.denominator.equals(1) ? '' : `/${f.denominator}`} at ${describePoint(i, f.n)}`;
  }
  return null;
}

function parsePerm(body: string, column: number, prefixColumn: number, nOption: number | undefined): Result<BoolMap, ExprError> {
  const list = scanList(body, column, 'perm:', false);
  if (!list.ok) return list;
  const entries = list.value;
  const n = log2Exact(entries.length);
  if (n === null) return err(parseError(prefixColumn, `perm: literal has ${entries.length} entries; expected a power of two`));
  if (n > MAX_MAP_N) return err(evalError('size', prefixColumn, `perm: literal has ${entries.length} entries: n = ${n} is too large: ${sizeReason(MAX_MAP_N)}`));
  if (nOption !== undefined && nOption !== n) {
    return err(evalError('size', prefixColumn, `perm: literal has ${entries.length} entries (n = ${n}) but n = ${nOption} was given`));
  }
  let m = n;
  for (const e of entries) {
    if (e.num >= 2n ** BigInt(MAX_MAP_N)) {
      return err(evalError('size', e.column, `perm: image index ${e.num} needs more than ${MAX_MAP_N} coordinates`));
    }
    while (e.num >= 2n ** BigInt(m)) m++;
  }
  return ok(makeMap(n, m, Uint32Array.from(entries, (e) => Number(e.num))));
}
