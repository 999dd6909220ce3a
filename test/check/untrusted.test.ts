/**
 * User code is untrusted input, in process too (property objects handed to runProperty): a
 * predicate that writes into its values changes nothing the engine or another case sees; every
 * counterexample and witness is evaluated again from its encoding before it is reported; property
 * objects and domain specs are validated on every path (bad input, never a verdict or exit 70).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Property, defineProperty, domains } from '../../src/claim/index.js';
import type { CubeMap, Fn } from '../../src/claim/values.js';
import type { ResolvedDomain } from '../../src/claim/domains.js';
import { runProperty } from '../../src/check/runner.js';
import { decoderFor } from '../../src/check/sandbox/decode.js';
import { handlerFor } from '../../src/search/domains/index.js';
import { InputError } from '../../src/core/result.js';
import { allPermutations, booleanFromNumber } from './helpers.js';

const minus = (f: Fn): number => f.values.filter((v) => v === -1).length;

/** "f is -1 on at most 2 points", with a predicate that then vandalises its input. */
function fewMinus(vandal: (f: Fn) => void): Property {
  return defineProperty({
    id: 'test-few-minus',
    statement: 'f is -1 on at most 2 points',
    status: 'conjecture',
    variables: { f: domains.booleanFunctions() },
    predicate: ({ f }) => {
      const ok = minus(f) <= 2;
      vandal(f);
      return ok;
    },
    defaultScope: { n: 2 },
  });
}

/** Slow: at n = 2, the 16 functions in canonical order and whether each has at most 2 points at -1. */
const slow = Array.from({ length: 16 }, (_, t) => minus(booleanFromNumber(2, t)) <= 2);
const slowDigest = (enc: (t: number) => string): string =>
  createHash('sha256').update(slow.map((h, t) => `${enc(t)}\t${h ? 1 : 0}\n`).join('')).digest('hex');

describe('a predicate that writes into its input', () => {
  const vandals: Record<string, (f: Fn) => void> = {
    'fill(1)': (f) => f.values.fill(1),
    'fill(-1)': (f) => f.values.fill(-1),
    reverse: (f) => f.values.reverse(),
  };
  for (const [name, vandal] of Object.entries(vandals)) {
    it(`${name}: the first counterexample, the --all count and the digest are those of the honest predicate`, async () => {
      const p = fewMinus(vandal);
      const first = await runProperty(p, { mode: 'exhaustive' });
      const t = slow.indexOf(false);
      expect([first.verdict, first.foundAt, first.counterexample?.encoded.f]).toEqual(['refuted', t + 1, `hex:${t.toString(16)}`]);
      // The reported value is decoded afresh: the vandal's writes are not in it.
      expect(Array.from((first.counterexample!.values.f as Fn).values)).toEqual(Array.from(booleanFromNumber(2, t).values));
      const all = await runProperty(p, { mode: 'exhaustive', countAll: true });
      expect([all.cases, all.satisfied, all.counterexamples]).toEqual([16, slow.filter(Boolean).length, slow.filter((h) => !h).length]);
      expect(all.digest).toBe(slowDigest((x) => `hex:${x.toString(16)}`));
    });
  }

  it('reversing T.image of bijections: every one of the 24 is seen once, and T(0) = 3 counted exactly', async () => {
    const seen = new Set<string>();
    const p = defineProperty({
      id: 'test-image-reverse',
      statement: 'T(0) is not 3',
      status: 'conjecture',
      variables: { T: domains.bijections() },
      predicate: ({ T }) => {
        seen.add(Array.from(T.image).join(','));
        const ok = T.image[0] !== 3;
        T.image.reverse();
        return ok;
      },
      defaultScope: { n: 2 },
    });
    const r = await runProperty(p, { mode: 'exhaustive', countAll: true });
    const perms = allPermutations(4);
    expect([r.cases, r.counterexamples]).toEqual([24, perms.filter((q) => q[0] === 3).length]);
    expect(r.counterexample!.encoded.T).toBe(`perm:${perms.find((q) => q[0] === 3)!.join(',')}`);
    expect((r.counterexample!.values.T as CubeMap).image[0]).toBe(3);
    expect(seen.size).toBe(24);
  });

  it('a closed claim whose predicate mutates the scope still has one case', async () => {
    const p = defineProperty({
      id: 'test-closed-vandal',
      statement: 'true',
      status: 'theorem',
      variables: {},
      predicate: (_, __, scope) => {
        (scope as { n: number }).n = 99;
        return true;
      },
      defaultScope: { n: 1 },
    });
    const r = await runProperty(p);
    expect([r.verdict, r.cases, r.scope.n]).toEqual(['holds', 1, 1]);
  });

  it('random mode: the shrunk counterexample is decoded afresh and confirmed', async () => {
    const r = await runProperty(fewMinus((f) => f.values.fill(1)), { n: 3, mode: 'random', runs: 200 });
    expect(r.verdict).toBe('refuted');
    expect(minus(r.counterexample!.values.f as Fn)).toBeGreaterThan(2);
  });
});

describe('counterexamples and witnesses are evaluated again before they are reported', () => {
  it('a predicate whose answer depends on how often it ran is a one-line error, not a verdict', async () => {
    let calls = 0;
    const flaky = defineProperty({ ...fewMinus(() => {}), id: 'test-flaky', predicate: () => ++calls !== 3 });
    const e = await runProperty(flaky, { mode: 'exhaustive' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^the predicate of test-flaky is not deterministic or changes state between cases: on f = hex:2 it returned false, then true when evaluated again$/);
    let once = false;
    const witness = defineProperty({ ...fewMinus(() => {}), id: 'test-flaky-exists', quantifier: 'exists', predicate: () => !once && (once = true) });
    await expect(runProperty(witness, { mode: 'exhaustive' })).rejects.toThrow(/not deterministic/);
  });
});

describe('predicates that answer wrongly are bad input', () => {
  it('an async predicate (a Promise) is a one-line error naming the case, even when it rejects', async () => {
    const p = defineProperty({ ...fewMinus(() => {}), id: 'test-async', predicate: (async () => Promise.reject(new Error('no'))) as never });
    const e = await runProperty(p).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('the predicate of test-async returned a Promise (an async predicate): predicates must return a boolean synchronously, on f = hex:0');
  });
});

describe('property objects and domains are validated wherever they enter', () => {
  const good = fewMinus(() => {});
  const broken: [string, unknown, RegExp][] = [
    ['missing predicate', { ...good, predicate: undefined }, /needs a predicate function/],
    ['missing variables', { ...good, variables: undefined }, /needs variables/],
    ['missing statement', { ...good, statement: undefined }, /needs a statement/],
    ['unknown status', { ...good, status: 'proved' }, /status must be one of/],
    ['unknown quantifier', { ...good, quantifier: 'most' }, /quantifier must be forAll or exists/],
    ['missing default scope', { ...good, defaultScope: undefined }, /needs a defaultScope/],
    ['unknown domain kind', { ...good, variables: { f: { kind: 'functions' } } }, /variable f: unknown domain kind "functions"/],
    ['no domain', { ...good, variables: { f: null } }, /variable f: needs a domain/],
    ['maxDegree NaN', { ...good, variables: { f: { kind: 'low-degree-functions', maxDegree: Number.NaN } } }, /maxDegree a whole number >= 0, got NaN/],
    ['maxDegree missing', { ...good, variables: { f: { kind: 'low-degree-functions' } } }, /maxDegree a whole number/],
    ['maxDegree 1.5', { ...good, variables: { f: { kind: 'low-degree-functions', maxDegree: 1.5 } } }, /got 1.5/],
    ['m Infinity', { ...good, variables: { T: { kind: 'maps', m: Infinity } } }, /m a whole number/],
    ['min > max', { ...good, variables: { f: { kind: 'integer-functions', min: 2, max: 1 } } }, /min <= max/],
    ['an unknown field', { ...good, variables: { f: { kind: 'boolean-functions', degree: 2 } } }, /has no field 'degree'/],
    ['census form on exists', { ...good, quantifier: 'exists', census: { measures: ['degree'], holds: () => true } }, /census form needs a forAll property/],
    ['not a property at all', { id: 'x' }, /not a property/],
  ];
  for (const [name, p, message] of broken) {
    it(`${name}: runProperty refuses it with one line (exit 2)`, async () => {
      const e = await runProperty(p as Property, { n: 2 }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message).not.toContain('\n');
    });
  }

  it('defineProperty refuses the same (maxDegree NaN gave "HOLDS on all 16 cases")', () => {
    expect(() => defineProperty({ ...good, variables: { f: { kind: 'low-degree-functions', maxDegree: Number.NaN } } })).toThrow(/maxDegree/);
    expect(() => domains.lowDegreeFunctions(Number.NaN)).toThrow(RangeError);
  });
});

describe('the sandbox decoders (fresh values for every case) agree with the strict ones', () => {
  const cases: ResolvedDomain[] = [
    { kind: 'boolean-functions', n: 0 },
    { kind: 'boolean-functions', n: 1 },
    { kind: 'boolean-functions', n: 3 },
    { kind: 'low-degree-functions', n: 3, maxDegree: 1 },
    { kind: 'bijections', n: 3 },
    { kind: 'maps', n: 2, m: 1 },
    { kind: 'signed-permutations', n: 2 },
    { kind: 'subsets', n: 2 },
    { kind: 'integer-functions', n: 1, min: -1, max: 2 },
  ];
  for (const d of cases) {
    it(`${d.kind} at n = ${d.n}: every member round-trips, malformed text is refused alike`, () => {
      const h = handlerFor(d);
      const fast = decoderFor(d);
      const c = h.cursor();
      do {
        const text = c.encode();
        const a = fast(text);
        expect(a).toEqual(h.decode(text));
        expect(h.encode(a)).toBe(text);
        expect(fast(text)).not.toBe(a);
      } while (c.next());
      for (const bad of ['hex:', 'hex:0g', 'hex:00x', 'perm:', 'perm:01,0', 'perm:0,,1', 'perm:0,1,', 'perm:9,9,9,9,9,9,9,9', 'tt:', 'points:2,1', '']) {
        const strict = (() => {
          try {
            return h.decode(bad);
          } catch {
            return 'refused';
          }
        })();
        const ours = (() => {
          try {
            return fast(bad);
          } catch {
            return 'refused';
          }
        })();
        expect(ours, bad).toEqual(strict);
      }
    });
  }
});
