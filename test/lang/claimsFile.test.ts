/** .claims files: headers, multi-line formulas, comments, errors with line and column; the CLI on formulas and files. */
import { describe, expect, it } from 'vitest';
import { LangError } from '../../src/lang/index.js';
import { claimProperty, parseClaimsFile } from '../../src/lang/claimsFile.js';
import { runCubecheck } from '../cli/fakeIo.js';

describe('.claims files', () => {
  it('reads named claims with status, statement, scope and multi-line formulas', () => {
    const claims = parseClaimsFile('# a comment\nclaim A theorem "first" n = 3:\n  forall f in boolean(n):\n    deg(f) >= 0 # trailing\n\nclaim B-2 open "second": true\n');
    expect(claims.map((c) => [c.id, c.status, c.statement, c.n])).toEqual([
      ['A', 'theorem', 'first', 3],
      ['B-2', 'open', 'second', null],
    ]);
  });

  it('errors name the line and column in the file', () => {
    const at = (text: string): string => {
      try {
        parseClaimsFile(text);
      } catch (e) {
        if (e instanceof LangError) return e.message;
      }
      return 'no error';
    };
    expect(at('claim A theorem "x":\n  forall f in boolean(3): deg(f) >= frob\n')).toBe("line 2, column 37: expected a bound variable or n, got the unknown name 'frob'");
    expect(at('claim A lemma "x": true')).toBe('column 1: expected claim ID (theorem|conjecture|refuted|open) "statement" [n = N [in A..B]] : formula');
    expect(at('hello\nclaim A open "x": true')).toBe('line 1, column 1: expected \'claim ID STATUS "statement" :\' to start a claim');
    expect(at('claim A open "x": true\nclaim A open "y": true')).toBe('line 2, column 1: claim A is defined twice');
    expect(at('claim A open "x" n = 1 in 2..4: true')).toBe('column 1: claim A: n = 1 must lie in 2..4, within 0..24');
    expect(at('claim A open "x" n = 3 in 2..25: true')).toBe('column 1: claim A: n = 3 must lie in 2..25, within 0..24');
    expect(at('claim A open "  ": true')).toBe('column 1: claim A needs a statement in words');
  });

  it('a statement may span lines (blanks collapse); n = N in A..B bounds the scopes', () => {
    const [c] = parseClaimsFile('claim T5 theorem "for n >= 2 every balanced f\n    has deg2(f) <= n - 1" n = 4 in 2..24:\n  forall f in boolean(n): walsh(f, 0) = 0 implies deg2(f) <= n - 1\n');
    expect([c!.statement, c!.n, c!.range]).toEqual(['for n >= 2 every balanced f has deg2(f) <= n - 1', 4, [2, 24]]);
    const p = claimProperty(c!);
    expect([p.defaultScope.n, p.minN, p.maxN]).toEqual([4, 2, 24]);
    // --n overrides the scope of a run, not the claim's default (the runner checks it against the range)
    expect(claimProperty(c!, 3).defaultScope.n).toBe(4);
  });

  it('a scope outside the range is refused in one line (exit 2)', async () => {
    const r = await runCubecheck(['check', 'T5', '--n', '1']);
    expect([r.code, r.err.split('\n').length]).toEqual([2, 2]);
    expect(r.err).toMatch(/n = 1|2\.\.24/);
  });
});

describe('cubecheck check with formulas', () => {
  it("the issue's three examples", { timeout: 60_000 }, async () => {
    const huang = await runCubecheck(['check', 'forall f in boolean(4): sens(f)^2 >= deg(f)']);
    expect([huang.code, /HOLDS on all 65,536 cases/.test(huang.out)]).toEqual([0, true]);
    const c1 = await runCubecheck(['check', 'forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)', '--json']);
    expect(c1.code).toBe(1);
    expect(JSON.parse(c1.out).counterexample.T).toBe('perm:0,1,2,4,5,3,7,6');
    const bent = await runCubecheck(['check', 'exists f in boolean(4): bent(f) and deg2(f) = 2']);
    expect([bent.code, /hex:0356/.test(bent.out)]).toEqual([0, true]);
  });

  it('--n sets the parameter; a bad formula is one line and exit 2', async () => {
    const r = await runCubecheck(['check', 'forall f in boolean(n): sens(f) >= deg(f)', '--n', '3', '--all']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/56/);
    const bad = await runCubecheck(['check', 'forall f in boolean(4): sens(f) >= deg(f']);
    expect([bad.code, bad.err]).toEqual([2, "cubecheck: formula: column 41: expected ',' or ')', got the end of the formula\n"]);
  });

  it('a catalogue id is still an id', async () => {
    const r = await runCubecheck(['check', 'T4', '--n', '2']);
    expect([r.code, /T4-gf2-degree/.test(r.out)]).toEqual([0, true]);
  });

  it('check file.claims [id]', { timeout: 60_000 }, async () => {
    const one = await runCubecheck(['check', 'examples/claims.claims', 'C1']);
    expect([one.code, /perm:0,1,2,4,5,3,7,6/.test(one.out)]).toEqual([1, true]);
    // every claim matches its status: 0
    const all = await runCubecheck(['check', 'examples/claims.claims']);
    expect([all.code, (all.out.match(/^verdict:/gm) ?? []).length]).toEqual([0, 4]);
    const missing = await runCubecheck(['check', 'examples/claims.claims', 'nope']);
    expect([missing.code, /has no claim 'nope'/.test(missing.err)]).toEqual([2, true]);
  });
});
