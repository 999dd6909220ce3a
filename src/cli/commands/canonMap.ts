/**
 * `canon perm:... --group affine` and `equivalent perm:... perm:... --group affine`: bijections of
 * C_n (n <= 5) under affine equivalence A o T o B (src/equivalence/affineBijectionCanon.ts);
 * canon.ts and equivalent.ts hand a map argument (perm: or 'f1; f2; ...') over to this file.
 */
import { InputError } from '../../core/result.js';
import { MAX_AFFINE_MAP_N, composePerm, invertPerm } from '../../equivalence/affineGroup.js';
import { type AffineCanonical, affineCanonicalFormWithin } from '../../equivalence/affineBijectionCanon.js';
import { differingInvariant } from '../../equivalence/affineInvariants.js';
import { parseMap } from '../../expr/index.js';
import { bijectivity, describeNonBijective } from '../../maps/bijectivity.js';
import { type MapEquivalence, canonMapJson, canonMapText, equivalentMapJson, equivalentMapText } from '../../report/canonMapText.js';
import { type ParsedArgs, boolFlag, intFlag, stringFlag } from '../args.js';
import { EXIT, type CommandIo } from '../io.js';

/** n = 5 search bound: a typical bijection needs under 10^5 steps, 10^7 take some 10 s. */
export const MAX_STEPS_N5 = 10_000_000;

class Inconclusive extends Error {}

function canonical(t: Uint8Array, what: string): AffineCanonical {
  const c = affineCanonicalFormWithin(t, t.length > 16 ? MAX_STEPS_N5 : Infinity);
  if (c === null) throw new Inconclusive(`${what} has too many self-equivalence candidates: the n = 5 search stopped after ${MAX_STEPS_N5} steps (inconclusive)`);
  return c;
}

/** Runs a map command, turning a bounded search that ran out into one line and exit 3. */
async function bounded(io: CommandIo, body: () => number): Promise<number> {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof Inconclusive)) throw e;
    io.stderr(`cubecheck: ${e.message}\n`);
    return EXIT.inconclusive;
  }
}

/** A perm: literal or a ';'-separated list of coordinates. */
export const isMapArgument = (text: string): boolean => /^\s*perm\s*:/i.test(text) || text.includes(';');

function mapGroup(args: ParsedArgs): void {
  const g = stringFlag(args, 'group') ?? 'affine';
  if (g !== 'affine') throw new InputError(`maps are classified under --group affine (A o T o B), not '${g}'`);
}

export function bijectionTable(text: string, n: number | undefined, what: string): { n: number; table: Uint8Array } {
  const parsed = parseMap(text, { n });
  if (!parsed.ok) throw new InputError(`${what}: ${parsed.error.message}`);
  const t = parsed.value;
  if (t.m !== t.n) throw new InputError(`${what} maps C_${t.n} to C_${t.m}: affine equivalence here is for bijections of C_n`);
  const b = bijectivity(t);
  if (!b.bijective) throw new InputError(`${what}: ${describeNonBijective(b)}`);
  if (t.n > MAX_AFFINE_MAP_N) throw new InputError(`${what} has n = ${t.n}: affine canonical forms of bijections are computed for n <= ${MAX_AFFINE_MAP_N}`);
  return { n: t.n, table: Uint8Array.from(t.image) };
}

export async function canonMapCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  mapGroup(args);
  const t = bijectionTable(args.positionals[0]!, intFlag(args, 'n', undefined, 0, MAX_AFFINE_MAP_N), 'the map');
  return bounded(io, () => {
    const c = canonical(t.table, 'the map');
    io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(canonMapJson(t.n, t.table, c))}\n` : canonMapText(t.n, t.table, c));
    return EXIT.ok;
  });
}

/** Invariants first (cheap, and they say why), then the canonical forms. */
export function decideMapEquivalence(f: Uint8Array, g: Uint8Array): MapEquivalence {
  const invariant = differingInvariant(f, g);
  if (invariant !== null) return { equivalent: false, invariant, canonicalF: null, canonicalG: null };
  const cf = canonical(f, 'f');
  const cg = canonical(g, 'g');
  if (cf.representative.every((v, x) => v === cg.representative[x])) {
    // R = Af f Bf = Ag g Bg, so g = (Ag^-1 Af) f (Bf Bg^-1).
    const outer = composePerm(invertPerm(cg.outer), cf.outer);
    const inner = composePerm(cf.inner, invertPerm(cg.inner));
    const check = composePerm(outer, composePerm(f, inner));
    if (!check.every((v, x) => v === g[x])) throw new Error('internal: the affine witness does not reproduce g');
    return { equivalent: true, outer, inner };
  }
  return { equivalent: false, invariant: null, canonicalF: cf.representative, canonicalG: cg.representative };
}

export async function equivalentMapCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  mapGroup(args);
  let n = intFlag(args, 'n', undefined, 0, MAX_AFFINE_MAP_N);
  const f = bijectionTable(args.positionals[0]!, n, 'f');
  n ??= f.n;
  const g = bijectionTable(args.positionals[1]!, n, 'g');
  if (g.n !== f.n) throw new InputError(`f is a bijection of C_${f.n} but g one of C_${g.n}`);
  return bounded(io, () => {
    const e = decideMapEquivalence(f.table, g.table);
    io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(equivalentMapJson(f.n, e))}\n` : equivalentMapText(e));
    return e.equivalent ? EXIT.ok : EXIT.refuted;
  });
}
