/**
 * The README's "Formula claims from the library" example: the block below is the README's, verbatim
 * (the first test insists), and the second runs the same calls and checks every commented value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LangError, checkClaim, loadClaims, parseFormula, printFormula } from '../../src/index.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

const BLOCK = `import { checkClaim, loadClaims, parseFormula, printFormula, type LangError } from 'cubecheck';

const c1 = await checkClaim('forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)');
c1.verdict;                                  // 'refuted'
c1.counterexample?.encoded.T;                // 'perm:0,1,2,4,5,3,7,6'

const huang = await checkClaim('forall f in boolean(n): sens(f)^2 >= deg(f)', { n: 3 });
[huang.verdict, huang.cases];                // ['holds', 256]

const apn = await checkClaim('exists T in bijections(3): apn(T)');
apn.witness?.encoded.T;                      // 'perm:0,1,2,4,3,6,7,5'

for (const claim of loadClaims('examples/claims.claims')) {
  const r = await checkClaim(claim, { mode: 'exhaustive' });
  console.log(claim.id, claim.status, r.verdict);   // huang theorem holds, sens-ge-deg refuted refuted, ...
}

await checkClaim('forall f in boolean(3): deg(f) >= frob').catch((e: LangError) => e.message);
// "column 35: expected a bound variable or n, got the unknown name 'frob'"
printFormula(parseFormula('forall f in boolean(3): deg(f) <= 1 + 2 * sens(f)'));
// 'forall f in boolean(3): deg(f) <= (1 + (2 * sens(f)))'
`;

describe('README: formula claims from the library', () => {
  it('the README shows this block verbatim', () => {
    expect(README).toContain(BLOCK);
  });

  it('every commented value is what the calls return', { timeout: 60_000 }, async () => {
    const c1 = await checkClaim('forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)');
    expect(c1.verdict).toBe('refuted');
    expect(c1.counterexample?.encoded.T).toBe('perm:0,1,2,4,5,3,7,6');
    const huang = await checkClaim('forall f in boolean(n): sens(f)^2 >= deg(f)', { n: 3 });
    expect([huang.verdict, huang.cases]).toEqual(['holds', 256]);
    const apn = await checkClaim('exists T in bijections(3): apn(T)');
    expect(apn.witness?.encoded.T).toBe('perm:0,1,2,4,3,6,7,5');
    const lines: string[] = [];
    for (const claim of loadClaims('examples/claims.claims')) {
      const r = await checkClaim(claim, { mode: 'exhaustive' });
      lines.push(`${claim.id} ${claim.status} ${r.verdict}`);
    }
    expect(lines.slice(0, 2)).toEqual(['huang theorem holds', 'sens-ge-deg refuted refuted']);
    expect(await checkClaim('forall f in boolean(3): deg(f) >= frob').catch((e: LangError) => e.message)).toBe("column 35: expected a bound variable or n, got the unknown name 'frob'");
    expect(printFormula(parseFormula('forall f in boolean(3): deg(f) <= 1 + 2 * sens(f)'))).toBe('forall f in boolean(3): deg(f) <= (1 + (2 * sens(f)))');
  });

  it('loadClaims: a missing file is one line; readClaims errors name line and column', async () => {
    expect(() => loadClaims('no/such.claims')).toThrow(/^claims file .*no\/such\.claims cannot be read \(ENOENT\)$/);
    const { readClaims } = await import('../../src/index.js');
    expect(() => readClaims('claim A theorem "x":\n  forall f in boolean(3): frob(f)')).toThrow(/^line 2, column 27: expected a measure/);
    const [a] = readClaims('claim A theorem "x" n = 2:\n  forall f in boolean(n): deg(f) <= n');
    expect((await checkClaim(a!)).cases).toBe(16);
    expect((await checkClaim(a!, { n: 3 })).cases).toBe(256);
  });
});
