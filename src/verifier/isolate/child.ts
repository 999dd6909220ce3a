/**
 * The program of the isolated child (bundled with its imports into one script by bundle.ts, so the
 * child reads no file): a fresh verifier kernel, the verifier's own decoder, and the certificate's
 * property module, evaluated by the `compile` function boot.ts hands in (no import(), no process,
 * no require in its scope). Each request gets one reply: a description of the module or one bit
 * per case. Nothing here decides anything; the parent checks every reply (session.ts).
 */
import type { ResolvedDomain } from '../../claim/domains.js';
import type { Kernel } from '../../claim/kernel.js';
import type { Value } from '../../claim/values.js';
import { decodeValue } from '../encoding.js';
import { verifierKernel } from '../kernel.js';
import type { Description, Reply, Request } from './protocol.js';

type Predicate = (values: Record<string, Value>, kernel: Kernel, scope: { n: number }) => unknown;
type Variable = { readonly name: string; readonly domain: ResolvedDomain };

/** The kernel as the predicate sees it: frozen, its methods bound (their source text is not shown). */
function opaqueKernel(): Kernel {
  const k = verifierKernel as unknown as Record<string, (...a: unknown[]) => unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(k).sort()) out[key] = k[key]!.bind(undefined);
  return Object.freeze(out) as unknown as Kernel;
}

function copy(v: Value): Value {
  if ('values' in v) return { n: v.n, values: v.values.slice() };
  if ('image' in v) return { n: v.n, m: v.m, image: v.image.slice() };
  return { n: v.n, points: v.points.slice() };
}

const firstLine = (e: unknown): string => {
  try {
    const text = e instanceof Error ? e.message : String(e);
    return typeof text === 'string' ? text.split('\n')[0]!.slice(0, 200) : 'an exception';
  } catch {
    return 'an exception';
  }
};

function describe(p: Record<string, unknown>): Description {
  const data = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)) as unknown);
  const census = p.census as { holds?: unknown } | undefined;
  return {
    isProperty: p.__cubecheckProperty === true,
    id: data(p.id),
    statement: data(p.statement),
    status: data(p.status),
    quantifier: data(p.quantifier),
    variables: data(p.variables),
    minN: data(p.minN),
    maxN: data(p.maxN),
    hasPredicate: typeof p.predicate === 'function',
    hasCensusForm: typeof census === 'object' && census !== null && typeof census.holds === 'function',
  };
}

export function createServer(compile: (code: string) => Record<string, unknown>): (request: Request) => Reply {
  const kernel = opaqueKernel();
  let property: Record<string, unknown> | null = null;
  let n = 0;
  let vars: readonly Variable[] = [];

  const decodeAll = (encs: readonly string[], k: number): Value[] =>
    encs.map((enc) => {
      const d = decodeValue(enc, vars[k]!.domain);
      if (!d.ok) throw new RangeError(`cannot decode ${vars[k]!.name} = ${enc}`);
      return d.value;
    });

  /** One bit per case; the first throw or non-boolean ends the request. */
  function bits(count: number, valuesOf: (c: number) => Value[], ask: (c: number, values: Value[]) => unknown): Reply {
    const out: string[] = new Array<string>(count);
    for (let c = 0; c < count; c++) {
      let r: unknown;
      try {
        r = ask(c, valuesOf(c));
      } catch (e) {
        return { ok: false, problem: 'threw', message: firstLine(e), index: c };
      }
      if (r !== true && r !== false) return { ok: false, problem: 'returned a non-boolean', index: c };
      out[c] = r ? '1' : '0';
    }
    return { ok: true, bits: out.join('') };
  }

  const predicate = (values: Value[]): unknown => {
    const assignment: Record<string, Value> = {};
    vars.forEach((v, k) => (assignment[v.name] = copy(values[k]!)));
    return (property as { predicate: Predicate }).predicate(assignment, kernel, { n });
  };

  return (request) => {
    switch (request.op) {
      case 'load': {
        let exported: Record<string, unknown> | undefined;
        try {
          exported = compile(request.code).default as Record<string, unknown> | undefined;
        } catch (e) {
          return { ok: false, problem: 'threw', message: firstLine(e) };
        }
        if (typeof exported !== 'object' || exported === null) return { ok: false, problem: 'has no property as its default export' };
        property = exported;
        return { ok: true, description: describe(exported) };
      }
      case 'scope':
        n = request.n;
        vars = request.variables;
        return { ok: true };
      case 'cases': {
        const decoded = request.cases.map((c) => c.map((enc, k) => decodeAll([enc], k)[0]!));
        return bits(decoded.length, (c) => decoded[c]!, (_c, values) => predicate(values));
      }
      case 'range': {
        const lists = request.lists.map((l, k) => decodeAll(l, k));
        const at = (c: number): Value[] => {
          const index = lists.map(() => 0);
          for (let k = lists.length - 1, r = c; k >= 0; k--) {
            index[k] = r % lists[k]!.length;
            r = Math.floor(r / lists[k]!.length);
          }
          return index.map((i, k) => lists[k]![i]!);
        };
        return bits(request.to - request.from, (c) => at(request.from + c), (_c, values) => predicate(values));
      }
      case 'cells': {
        const form = property!.census as { holds(cell: unknown): unknown };
        return bits(request.cells.length, () => [], (c) => form.holds(Object.freeze({ ...request.cells[c]! })));
      }
    }
  };
}
