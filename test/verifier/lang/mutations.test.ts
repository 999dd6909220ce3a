/**
 * Random one-field mutations of formula certificates (fixed seed, printed on failure), integrity
 * recomputed: whatever the verifier accepts must be true by the engine's independent reading (the
 * checker's own parser and evaluator re-run the mutated formula at the mutated n and must give the
 * mutated verdict). Mutations that keep the meaning may be accepted; nothing false may be.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProperty } from '../../../src/check/runner.js';
import { formulaProperty } from '../../../src/lang/index.js';
import { type Json, certify, tampered, verify } from './helpers.js';

const SEED = 1101;
const TOKENS = ['deg', 'deg2', 'sens', 'bent', 'balanced', '0', '1', '2', '3', '4', '<', '<=', '>', '>=', '=', '!=', 'and', 'or', 'implies', '+', '*', '-', 'f', 'T', 'n', 'forall', 'exists', 'not', '(', ')'];
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+|<=|>=|!=|[-+*/^=<>()[\],:]/g;

let bases: Json[] = [];
beforeAll(async () => {
  bases = [
    await certify('forall f in boolean(3): sens(f)^2 >= deg(f)'),
    await certify('forall T in bijections(2): maxdeg(T) <= 1'),
    await certify('exists f in boolean(3): deg(f) = 3 and deg2(f) = 2'),
    await certify('forall f in boolean(n): deg(f) <= n', { n: 3 }),
    await certify('forall f in boolean(3): bent(f) implies deg(f) >= 2', { mode: 'random', runs: 20 }),
  ];
});

type Mutate = (c: Json) => void;
const get = (c: Json, path: readonly string[]): Json => path.reduce<Json>((o, k) => o[k] as Json, c);

function mutation(r: number, s: number): Mutate {
  const pick = <T>(xs: readonly T[]): T => xs[s % xs.length]!;
  switch (r % 8) {
    case 0:
    case 1:
      return (c) => {
        const claim = get(c, ['claim']);
        const text = claim.formula as string;
        const spans = [...text.matchAll(TOKEN)];
        const m = spans[s % spans.length]!;
        claim.formula = text.slice(0, m.index) + TOKENS[Math.floor(s / spans.length) % TOKENS.length] + text.slice(m.index! + m[0].length);
      };
    case 2:
      return (c) => (get(c, ['scope']).n = (get(c, ['scope']).n as number) + pick([1, -1]));
    case 3:
      return (c) => (c.verdict = pick(['holds', 'refuted', 'partial']));
    case 4:
      return (c) => (get(c, ['claim']).quantifier = pick(['forAll', 'exists']));
    case 5:
      return (c) => {
        const e = get(c, ['evidence']);
        const key = pick(['cases', 'satisfied', 'seed']);
        if (typeof e[key] === 'number') e[key] = (e[key] as number) + pick([1, -1]);
      };
    case 6:
      return (c) => {
        const e = get(c, ['evidence']);
        if (typeof e.digest === 'string') e.digest = `${pick('0123456789abcdef'.split(''))}${e.digest.slice(1)}`;
      };
    default:
      return (c) => {
        const values = get(c, ['evidence']).values as Record<string, string> | undefined;
        if (values === undefined) return;
        for (const k of Object.keys(values)) {
          const v = values[k]!;
          const at = v.indexOf(':') + 1 + (s % Math.max(1, v.length - v.indexOf(':') - 1));
          values[k] = v.slice(0, at) + pick('0123456789abcdef'.split('')) + v.slice(at + 1);
        }
      };
  }
}

/** The engine's verdict on the certificate's (mutated) claim, or null when the engine refuses it. */
async function engineVerdict(c: Json): Promise<string | null> {
  const claim = c.claim as Json;
  const n = (c.scope as Json).n as number;
  const method = c.method as Json;
  try {
    const p = formulaProperty(claim.formula as string, { n });
    if (p.quantifier !== claim.quantifier) return null;
    const random = method.mode === 'random';
    const r = await runProperty(p, { n, mode: random ? 'random' : 'exhaustive', ...(random ? { seed: method.seed as number, runs: method.runs as number } : {}) }, {});
    return r.verdict;
  } catch {
    return null;
  }
}

describe('mutated formula certificates', () => {
  it('what the verifier accepts, the engine confirms', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), async (b, r, s) => {
        const base = bases[b % bases.length]!;
        const cert = tampered(base, mutation(r, s));
        const out = await verify(cert);
        if (out.status !== 'valid') return;
        accepted++;
        expect(await engineVerdict(cert)).toBe(cert.verdict);
      }),
      { seed: SEED, numRuns: 200, verbose: true },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
