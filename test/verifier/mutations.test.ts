/**
 * Mutates valid certificates one field at a time. Without a recomputed integrity hash nothing may be
 * accepted. With it, a mutation that changes the meaning must still be rejected by the semantic
 * checks; one that preserves it (provenance fields, another source label, dropping optional
 * evidence) must be accepted; a changed witness/counterexample/sampled value is judged by a
 * test-side oracle (is it the encoding of a member, and does the predicate say what is claimed?).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain, Value } from '../../src/claim/index.js';
import { verifyCertificate } from '../../src/verifier/index.js';
import { type Entry, catalog } from './helpers/catalog.js';
import { BASE_DIR, type Json, canon, holds, variablesOf, withIntegrity } from './helpers/certificates.js';
import { slowEncode, slowEnumerate } from './helpers/domains.js';

type Path = readonly (string | number)[];
type Expectation = 'rejected' | 'accepted' | 'unreadable';
interface Mutation {
  readonly label: string;
  readonly apply: (c: Json) => void;
  /** What a certificate with a recomputed integrity hash must give. */
  readonly expect: (mutated: Json) => Expectation;
}

const get = (o: unknown, path: Path): unknown => path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], o);
function set(o: Json, path: Path, value: unknown): void {
  const parent = get(o, path.slice(0, -1)) as Record<string | number, unknown>;
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
}

const members = new Map<string, Map<string, Value>>();
/** The member of d whose canonical encoding is enc, if any (test-side enumeration). */
function member(d: ResolvedDomain, enc: string): Value | undefined {
  const key = canon(d);
  if (!members.has(key)) members.set(key, new Map(slowEnumerate(d).map((v) => [slowEncode(v, d), v])));
  return members.get(key)!.get(enc);
}

/** Oracle for a certificate whose case at `path` was changed: member, and predicate as claimed? */
function caseOracle(entry: Entry, path: Path, want: boolean) {
  return (mutated: Json): Expectation => {
    const vars = variablesOf(entry.spec.property, entry.spec.n);
    const values = vars.map((v) => member(v.domain, get(mutated, [...path, v.name]) as string));
    if (values.some((v) => v === undefined)) return 'rejected';
    return holds(entry.spec.property, vars, values as Value[]) === want ? 'accepted' : 'rejected';
  };
}

const ALPHABET: Record<string, string> = { hex: '0123456789abcdef', tt: '+-', vals: '-0123456789,', perm: '0123456789,', points: '0123456789,' };
function changeChar(text: string, alphabet: string, r: number): string {
  const at = r % text.length;
  const options = alphabet.split('').filter((c) => c !== text[at]);
  return text.slice(0, at) + options[Math.floor(r / text.length) % options.length] + text.slice(at + 1);
}
function changeEncoding(enc: string, r: number): string {
  const colon = enc.indexOf(':');
  const prefix = enc.slice(0, colon + 1);
  const body = enc.slice(colon + 1);
  if (body === '' || r % 7 === 0) return `${prefix}${body}${body === '' ? '' : ','}${r % 4}`; // one more entry
  return prefix + changeChar(body, ALPHABET[enc.slice(0, colon)]!, r);
}

/** Mutations of the claim, scope, method and envelope; then those of the evidence itself. */
function mutationsFor(entry: Entry, r: number): { readonly fields: Mutation[]; readonly evidence: Mutation[] } {
  const c = entry.cert;
  const ev = c.evidence as Json;
  const reject = (): Expectation => 'rejected';
  const accept = (): Expectation => 'accepted';
  const m = (label: string, path: Path, value: unknown, expect: Mutation['expect'] = reject): Mutation => ({
    label: `${label} ${path.join('.')}`, apply: (x) => set(x, path, value), expect,
  });
  const digit = (path: Path): Mutation => m('one hex digit of', path, changeChar(get(c, path) as string, ALPHABET.hex!, r));
  const bump = (path: Path): Mutation => m('+-1 on', path, (get(c, path) as number) + (r % 2 ? 1 : -1));
  const source = (get(c, ['claim', 'source']) as string).slice('fixtures/'.length);
  const out: Mutation[] = [
    m('another id', ['claim', 'id'], 'vf-other'),
    m('reworded', ['claim', 'statement'], `${String(get(c, ['claim', 'statement']))} `),
    m('another status', ['claim', 'status'], get(c, ['claim', 'status']) === 'theorem' ? 'open' : 'theorem'),
    m('the other quantifier', ['claim', 'quantifier'], get(c, ['claim', 'quantifier']) === 'forAll' ? 'exists' : 'forAll'),
    // claim.source is only a label (the module is embedded in claim.sourceText): any relative .ts path keeps the certificate true.
    m('another source', ['claim', 'source'], r % 2 ? 'fixtures/dictators-missing.ts' : 'fixtures/plancherel.ts', accept),
    m('an equivalent source path', ['claim', 'source'], `./fixtures/../fixtures/${source}`, accept),
    m('an absolute source', ['claim', 'source'], `/fixtures/${source}`),
    m('another embedded source', ['claim', 'sourceText'], `${String(get(c, ['claim', 'sourceText']))}\n`),
    digit(['claim', 'sourceSha256']),
    bump(['scope', 'n']),
    m('renamed', ['scope', 'variables', 0, 'name'], 'renamed'),
    bump(['scope', 'variables', 0, 'domain', 'n']),
    m('another mode', ['method', 'mode'], get(c, ['method', 'mode']) === 'random' ? 'exhaustive' : 'random'),
    m('the other verdict', ['verdict'], c.verdict === 'holds' ? 'refuted' : 'holds'),
    m('another evidence kind', ['evidence', 'kind'], ['exhaustive', 'witness', 'counterexample', 'sampled'].filter((k) => k !== ev.kind)[r % 3]),
    m('an unknown field in', [['claim', 'scope', 'method', 'evidence'][r % 4]!, 'extra'], 1),
    m('no', [['claim', 'scope', 'method', 'evidence'][r % 4]!, ['id', 'n', 'mode', 'kind'][r % 4]!], undefined),
    m('another format', ['format'], 'cubecheck-cert', () => 'unreadable'),
    m('another version', ['version'], 2, () => 'unreadable'),
    m('provenance', ['produced', 'elapsedMs'], 13 + (r % 1000), accept),
    m('provenance', ['produced', 'date'], '2027-02-02T00:00:00.000Z', accept),
    m('provenance', ['produced', 'host'], 'elsewhere', accept),
  ];
  const domain = get(c, ['scope', 'variables', 0, 'domain']) as Json;
  for (const p of ['m', 'maxDegree', 'min', 'max']) if (p in domain) out.push(bump(['scope', 'variables', 0, 'domain', p]));
  if (get(c, ['method', 'mode']) === 'random') {
    // The seed and run count are provenance for a witness or counterexample, but bound to sampled cases.
    const expect = ev.kind === 'sampled' ? reject : accept;
    out.push(m('+-1 on', ['method', 'seed'], (get(c, ['method', 'seed']) as number) + 1, expect), m('+1 on', ['method', 'runs'], (get(c, ['method', 'runs']) as number) + 1, expect));
  } else {
    out.push(m('a seed in', ['method', 'seed'], r % 100));
  }
  const evidence: Mutation[] = [];
  const tallyAt = ev.kind === 'exhaustive' || ev.kind === 'sampled' ? ['evidence'] : ev.exhaustive ? ['evidence', 'exhaustive'] : null;
  if (tallyAt) evidence.push(bump([...tallyAt, 'cases']), bump([...tallyAt, 'satisfied']), digit([...tallyAt, 'digest']));
  if (ev.exhaustive) evidence.push(m('dropped optional', ['evidence', 'exhaustive'], undefined, accept));
  const names = Object.keys((ev.values ?? {}) as Json);
  const name = names[r % Math.max(names.length, 1)];
  if (ev.kind === 'witness' || ev.kind === 'counterexample') {
    const path = ['evidence', 'values'];
    evidence.push(m('one character of', [...path, name!], changeEncoding(get(c, [...path, name!]) as string, r), caseOracle(entry, path, ev.kind === 'witness')));
  }
  if (ev.kind === 'sampled') {
    evidence.push(bump(['evidence', 'seed']), m('another distribution in', ['evidence', 'distribution'], r % 2 ? 'cubecheck-mix/2' : 'uniform'));
  }
  return { fields: out, evidence };
}

describe('mutated certificates', () => {
  it('are rejected unless the mutation provably keeps the certificate true', async () => {
    const seen = { rejected: 0, accepted: 0, unreadable: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(catalog.length - 1), fc.boolean(), fc.nat(), fc.nat(), fc.boolean(), async (e, ofEvidence, pick, r, recompute) => {
        const entry = catalog[e]!;
        const { fields, evidence } = mutationsFor(entry, r);
        const options = ofEvidence ? evidence : fields;
        const mutation = options[pick % options.length]!;
        const mutated = structuredClone(entry.cert);
        mutation.apply(mutated);
        expect(canon(mutated), mutation.label).not.toBe(canon(entry.cert));
        const json = recompute ? withIntegrity(mutated) : mutated;
        const outcome = await verifyCertificate({ json, baseDir: BASE_DIR });
        const expected = recompute ? mutation.expect(mutated) : mutation.expect(mutated) === 'unreadable' ? 'unreadable' : 'rejected';
        const got = outcome.status === 'valid' ? 'accepted' : outcome.status === 'invalid' ? 'rejected' : 'unreadable';
        seen[got]++;
        expect(got, `${entry.name}: ${mutation.label} (integrity ${recompute ? 'recomputed' : 'kept'}) -> ${JSON.stringify(outcome)}`).toBe(expected);
      }),
      { seed: 1234, numRuns: 240 },
    );
    // The generator reaches every outcome, so the property is not vacuous.
    expect(Math.min(seen.rejected, seen.accepted, seen.unreadable)).toBeGreaterThan(5);
  });
});
