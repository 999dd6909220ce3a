/**
 * Tampered formula certificates are rejected: without a fresh integrity hash by the hash; with one
 * by the verifier's own re-derivation (formula, n, verdict, counterexample, witness, counts,
 * digest, variables, seed). A construct the verifier does not know is rejected in one line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runWithBudget } from '../../../src/verifier/lang/budget.js';
import { extend, parse, value } from '../../../src/verifier/lang/index.js';
import { rat } from '../../../src/verifier/rational.js';
import { type Json, certify, tampered, verify, withIntegrity } from './helpers.js';

let holds: Json;
let refuted: Json;
let witness: Json;
let sampled: Json;
let census: Json;

beforeAll(async () => {
  holds = await certify('forall f in boolean(3): sens(f)^2 >= deg(f)');
  refuted = await certify('forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)', { countAll: true });
  witness = await certify('exists f in boolean(4): bent(f) and deg2(f) = 2');
  sampled = await certify('forall f in boolean(5): sens(f)^2 >= deg(f)', { mode: 'random', runs: 30 });
  census = await certify('forall f in boolean(3): defined(deg2(f)) implies deg2(f) <= deg(f)', { mode: 'exhaustive', budget: 10n });
});

const c = (o: Json, k: string): Json => o[k] as Json;

async function rejected(cert: Json, reason: RegExp): Promise<void> {
  const out = await verify(cert);
  expect(out.status).toBe('invalid');
  if (out.status !== 'valid') {
    expect(out.reason).toMatch(reason);
    expect(out.reason).not.toContain('\n');
  }
}

describe('tampered formula certificates', () => {
  it('any change without a new integrity hash', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(3): true'), false), /integrity/);
  });

  it('a changed formula (the same variables, another claim)', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(3): (sens(f)^2) > deg(f)')), /satisfied|digest/);
    await rejected(tampered(refuted, (x) => (c(x, 'claim').formula = 'forall T in bijections(3): maxdeg(T) <= 3')), /satisfies the predicate/);
    await rejected(tampered(witness, (x) => (c(x, 'claim').formula = 'exists f in boolean(4): bent(f) and deg2(f) = 3')), /does not satisfy/);
  });

  it('a formula whose bindings are not the certificate variables', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall g in boolean(3): sens(g)^2 >= deg(g)')), /next leading binding is 'g'/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(2): sens(f)^2 >= deg(f)')), /domain/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'exists f in boolean(3): sens(f)^2 >= deg(f)')), /leading 'forall'/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'sens(chi(3, 1))^2 >= 1')), /leading 'forall'/);
  });

  it('n, the domain, the variables', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'scope').n = 2)), /scope\.n is 2/);
    await rejected(tampered(holds, (x) => ((c(x, 'scope').variables as Json[])[0]!.domain = { kind: 'boolean-functions', n: 2 })), /domain/);
    await rejected(tampered(holds, (x) => (c(x, 'scope').variables = [])), /closed|satisf|threw|digest|cases/);
    await rejected(tampered(holds, (x) => ((c(x, 'scope').variables as Json[])[0]!.domain = { kind: 'low-degree-functions', n: 3, maxDegree: 3 })), /domain/);
  });

  it('the verdict and the quantifier', async () => {
    await rejected(tampered(holds, (x) => (x.verdict = 'refuted')), /proves forAll-holds/);
    await rejected(tampered(refuted, (x) => (x.verdict = 'holds')), /needs verdict refuted/);
    await rejected(tampered(witness, (x) => (c(x, 'claim').quantifier = 'forAll')), /needs verdict holds and quantifier exists|leading/);
  });

  it('counts and digests', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'evidence').cases = 255)), /cases/);
    await rejected(tampered(holds, (x) => (c(x, 'evidence').satisfied = 255)), /satisfied/);
    await rejected(tampered(holds, (x) => (c(x, 'evidence').digest = '0'.repeat(64))), /digest/);
    await rejected(tampered(refuted, (x) => (c(c(x, 'evidence'), 'exhaustive').satisfied = 1)), /satisfied/);
    await rejected(tampered(sampled, (x) => (c(x, 'evidence').satisfied = 29)), /satisfied/);
    await rejected(tampered(sampled, (x) => ((c(x, 'evidence').seed = 7), (c(x, 'method').seed = 7))), /digest/);
    await rejected(tampered(census, (x) => (c(x, 'evidence').satisfied = 255)), /satisfied/);
    await rejected(tampered(census, (x) => ((c(x, 'evidence').cells as Json[])[0]!.count = 2)), /re-counted census/);
  });

  it('the counterexample and the witness', async () => {
    await rejected(tampered(refuted, (x) => (c(c(x, 'evidence'), 'values').T = 'perm:0,1,2,3,4,5,6,7')), /satisfies the predicate/);
    await rejected(tampered(refuted, (x) => (c(c(x, 'evidence'), 'values').T = 'perm:0,0,2,3,4,5,6,7')), /not a bijection/);
    await rejected(tampered(witness, (x) => (c(c(x, 'evidence'), 'values').f = 'hex:0000')), /does not satisfy/);
    await rejected(tampered(witness, (x) => (c(c(x, 'evidence'), 'values').g = 'hex:0356')), /exactly the variables/);
  });

  it('a construct or a field the verifier does not know: rejected in one line, never accepted', async () => {
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(3): frobnicate(f) >= 0')), /claim\.formula: type error .*frobnicate/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(3): sens(f) >>= 0')), /claim\.formula: parse error/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in boolean(3): sens(f)')), /truth value/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').formula = 'forall f in cubes(3): true')), /no domain or range 'cubes'/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').extra = 1)), /unknown field 'extra'/);
    await rejected(tampered(holds, (x) => (c(x, 'claim').source = '../evil.ts')), /unknown field 'source'/);
  });

  it('a closed claim whose evaluation fails is rejected, not accepted', async () => {
    const cert = await certify('sum S in subsets(2): 1 = 4');
    await rejected(tampered(cert, (x) => (c(x, 'claim').formula = '1 / (1 - 1) = 0')), /division by zero/);
    await rejected(tampered(cert, (x) => (c(x, 'claim').formula = 'deg(chi(0, 0) o inv(chi(1, 1))) = 0')), /map/);
  });

  it('a crafted certificate for a false claim with self-consistent fields', async () => {
    const fake = tampered(holds, (x) => {
      c(x, 'claim').formula = 'forall f in boolean(3): deg(f) <= 2';
    });
    await rejected(fake, /satisfied|digest/);
    const exists = withIntegrity({ ...witness, claim: { ...c(witness, 'claim'), formula: 'exists f in boolean(4): deg(f) = 5' } });
    await rejected(exists, /does not satisfy/);
  });

  it('a formula past the work budget is stopped with a reason, whatever its value', async () => {
    const runaway = parse('forall a in range(0, 999): forall b in range(0, 999): true');
    await expect(runWithBudget(10_000, async () => value(runaway, extend(null, 'n', rat(0n))))).rejects.toThrow(/budget of 10000 quantifier steps/);
    expect(await runWithBudget(2_000_000, async () => value(runaway, extend(null, 'n', rat(0n))))).toBe(true);
    expect(() => value(parse('((((3^64)^64)^64)^64)^64 > 0'), extend(null, 'n', rat(0n)))).toThrow(/more than 1048576 bits/);
    expect(value(parse('binom(100000, 50000) > pow2(4096)'), extend(null, 'n', rat(0n)))).toBe(true);
  });
});
