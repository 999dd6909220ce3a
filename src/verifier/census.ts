/**
 * Census evidence (docs/certificates.md): a census-engine run of a property with a census form,
 * one variable over boolean-functions or low-degree-functions, n <= 5. The verifier
 *  1. re-counts all 2^(2^n) functions by cell with its own census (censusCount.ts, censusPool.ts;
 *     at n = 5 minutes on worker threads) and requires exactly the certificate's cells and counts;
 *  2. asks the property's census form on every non-empty cell of the domain (degree <= maxDegree)
 *     and recomputes cases and satisfied from the counts;
 *  3. evaluates the predicate itself: at n <= 4 on every function of the domain, which must agree
 *     with the census form on its cell (so the certificate proves the predicate outright); at
 *     n = 5 on the smallest function of each cell, which must agree with the form there. At n = 5
 *     that the form equals the predicate on every other function of a cell is the property's
 *     declaration, not re-checked (2^32 predicate calls); the summary says so.
 */
import type { Fn } from '../claim/values.js';
import { bitsOf, evaluateCases } from './cases.js';
import type { Certificate, CensusEvidence } from './certificate.js';
import { type CensusCell, CELL_CODES, MAX_VERIFIER_CENSUS_N, cellCode, cellOfCode } from './censusCount.js';
import { type CensusRunOptions, censusOfAll } from './censusPool.js';
import { encodeValue } from './encoding.js';
import type { Oracle } from './oracle.js';
import { reject } from './reject.js';

function expect(ok: boolean, reason: string): void {
  if (!ok) reject(reason);
}

const showCell = (c: CensusCell): string =>
  `{degree ${c.degree}, gf2Degree ${c.gf2Degree}, relevant ${c.relevant}, balanced ${c.balanced}, bent ${c.bent}}`;

/** The certificate's cells as counts by cell code; refuses impossible or repeated cells. */
function statedCounts(e: CensusEvidence, n: number): Float64Array {
  const counts = new Float64Array(CELL_CODES);
  const inRange = (v: unknown, lo: number, hi: number): boolean => Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= hi;
  e.cells.forEach((c, k) => {
    const path = `evidence.cells[${k}]`;
    expect(inRange(c.degree, 0, n), `${path}.degree must be a whole number in 0..${n}`);
    expect(c.gf2Degree === null || inRange(c.gf2Degree, 0, n), `${path}.gf2Degree must be null or a whole number in 0..${n}`);
    expect(inRange(c.relevant, 0, n), `${path}.relevant must be a whole number in 0..${n}`);
    expect(inRange(c.count, 1, e.functions), `${path}.count must be a whole number in 1..${e.functions}`);
    const code = cellCode(c.degree as number, c.gf2Degree === null ? -1 : c.gf2Degree, c.relevant, c.balanced, c.bent);
    expect(counts[code] === 0, `${path} repeats the cell ${showCell(c)}`);
    counts[code] = c.count;
  });
  return counts;
}

function fnOf(word: number, n: number): Fn {
  return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => (Math.floor(word / 2 ** x) % 2 === 1 ? -1 : 1)) };
}

/** The census form on each cell, asked in one batch. */
async function formOn(p: Oracle, cells: readonly CensusCell[]): Promise<Uint8Array> {
  const a = await p.cells!(cells.map((c) => ({ ...c })));
  if (!a.ok) {
    const cell = showCell(cells[a.index]!);
    return reject(a.problem === 'threw' ? `the census form threw on the cell ${cell}: ${a.message}` : `the census form returned a non-boolean on the cell ${cell}`);
  }
  return bitsOf(a, [], () => []);
}

export async function checkCensus(cert: Certificate, e: CensusEvidence, p: Oracle, o: CensusRunOptions = {}): Promise<string> {
  const { claim, scope, method, verdict } = cert;
  const n = scope.n;
  const q = claim.quantifier;
  expect(method.mode === 'exhaustive', 'evidence.kind census needs method.mode exhaustive');
  expect((q === 'forAll') === (verdict === 'holds'), `census evidence proves forAll-holds or exists-refuted, not ${q}-${verdict}`);
  expect(scope.variables.length === 1, 'census evidence needs exactly one variable');
  const v = scope.variables[0]!;
  const d = v.domain as { kind: string; n: number; maxDegree?: number };
  expect(d.kind === 'boolean-functions' || d.kind === 'low-degree-functions', `census evidence needs a variable over boolean-functions or low-degree-functions, not ${d.kind}`);
  expect(n <= MAX_VERIFIER_CENSUS_N && d.n === n, `census evidence covers n <= ${MAX_VERIFIER_CENSUS_N} only`);
  const maxDegree = d.kind === 'low-degree-functions' ? d.maxDegree! : n;
  expect(p.cells !== undefined, 'the property has no census form, so census evidence cannot apply');
  const functions = 2 ** 2 ** n;
  expect(e.functions === functions, `evidence.functions = ${e.functions} but there are ${functions} Boolean functions on ${n} variables`);
  const stated = statedCounts(e, n);
  const found = await censusOfAll(n, o);
  if (found === null) return reject('interrupted before the census was re-counted');
  for (let code = 0; code < CELL_CODES; code++) {
    if (stated[code] !== found.hist[code]) {
      reject(`the re-counted census has ${found.hist[code]} functions in the cell ${showCell(cellOfCode(code))}, the certificate ${stated[code]}`);
    }
  }
  let cases = 0;
  let satisfied = 0;
  const form = new Int8Array(CELL_CODES).fill(-1);
  const asked: number[] = [];
  for (let code = 0; code < CELL_CODES; code++) if (found.hist[code] !== 0 && cellOfCode(code).degree! <= maxDegree) asked.push(code);
  const answers = await formOn(p, asked.map(cellOfCode));
  asked.forEach((code, k) => {
    const holds = answers[k] === 1;
    form[code] = holds ? 1 : 0;
    cases += found.hist[code]!;
    if (holds) satisfied += found.hist[code]!;
  });
  /** The predicate on the functions (words), each in the cell code, in one batch. */
  const agree = async (words: readonly number[], codes: readonly number[]): Promise<void> => {
    const encs = words.map((word) => encodeValue(fnOf(word, n), v.domain));
    const bits = await evaluateCases(p, scope.variables, encs.map((enc) => [enc]));
    words.forEach((_word, k) => {
      const byPredicate = bits[k] === 1;
      const code = codes[k]!;
      if (byPredicate !== (form[code] === 1)) {
        reject(`the census form is ${form[code] === 1} on the cell ${showCell(cellOfCode(code))} but the predicate is ${byPredicate} on its function ${v.name} = ${encs[k]}`);
      }
    });
  };
  const everyCase = n <= 4;
  const words: number[] = [];
  const codes: number[] = [];
  if (everyCase) {
    for (let word = 0; word < functions; word++) {
      const code = found.codes![word]!;
      if (form[code] !== -1) (words.push(word), codes.push(code));
    }
  } else {
    for (let code = 0; code < CELL_CODES; code++) if (form[code] !== -1) (words.push(found.rep[code]!), codes.push(code));
  }
  await agree(words, codes);
  expect(e.cases === cases, `evidence.cases = ${e.cases} but the domain has ${cases} cases`);
  expect(e.satisfied === satisfied, `evidence.satisfied = ${e.satisfied} but the census form holds on ${satisfied} of them`);
  expect(satisfied === (q === 'forAll' ? cases : 0), `the census form holds on ${satisfied} of ${cases} cases, so the verdict ${verdict} is wrong`);
  const cells = form.reduce((c, f) => c + (f === -1 ? 0 : 1), 0);
  const how = everyCase
    ? `the predicate agrees with the census form on every case`
    : `the predicate agrees with the census form on one function per cell; that it does on every function of a cell is the property's declaration`;
  return `${claim.id} ${verdict} on n = ${n} (census of all ${functions} functions re-counted; ${cases} cases in ${cells} cells; ${how})`;
}
