/**
 * Re-checks a census-count certificate (docs/certificates.md): its fields, then every stated count
 * against the verifier's own tables. n <= 4: every function enumerated, any joint table. n = 5, 6:
 * the quarter identities of censusTables.ts, marginals of every measure and joint tables within
 * {degree, relevant, balanced, bent} or {gf2Degree, relevant}.
 */
import { allSpectra, bentBySupports, degreeOf, quarterCounts } from './censusTables.js';
import { reject } from './reject.js';
import { bitCount } from './walsh.js';

const MEASURES = ['degree', 'gf2Degree', 'relevant', 'balanced', 'bent'] as const;
type M = (typeof MEASURES)[number];
type V = number | boolean | null;
type Cell = Record<M, V>;
const FOURIER: readonly M[] = ['degree', 'relevant', 'balanced', 'bent'];
const GF2: readonly M[] = ['gf2Degree', 'relevant'];
const FIELDS = ['format', 'version', 'method', 'n', 'measures', 'joint', 'total', 'counts', 'jointCounts', 'produced', 'integrity'];

function choose(n: number, k: number): bigint {
  const row: bigint[] = [1n];
  for (let i = 1; i <= n; i++) for (let j = i; j >= 0; j--) row[j] = (row[j] ?? 0n) + (j > 0 ? row[j - 1]! : 0n);
  return k < 0 || k > n ? 0n : row[k]!;
}

/** Every cell of every function on n <= 4 variables, from its truth table. */
function enumerateCells(n: number): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const size = 1 << n;
  allSpectra(n).forEach((c, t) => {
    let anf = t; // binary Moebius transform of the truth table: the ANF bits
    for (let bit = 1; bit < size; bit <<= 1) for (let x = 0; x < size; x++) if (x & bit && (anf >>> (x ^ bit)) & 1) anf ^= 2 ** x;
    let gf2: number | null = null;
    for (let s = 0; s < size; s++) if ((anf >>> s) & 1) gf2 = Math.max(gf2 ?? 0, bitCount(s));
    let used = 0;
    c.forEach((v, s) => (used |= v !== 0 ? s : 0));
    const cell: Cell = {
      degree: degreeOf(c),
      gf2Degree: gf2,
      relevant: bitCount(used),
      balanced: c[0] === 0,
      bent: [...c].every((v) => v * v === size),
    };
    const key = JSON.stringify(cell);
    out.set(key, (out.get(key) ?? 0n) + 1n);
  });
  return out;
}

/** e(j) from c(i) = sum_i C(i, t) e(t): e(j) = c(j) - sum_{t < j} C(j, t) e(t). */
function dependOnAll(c: readonly bigint[]): bigint[] {
  const e: bigint[] = [];
  c.forEach((cj, j) => e.push(cj - e.reduce((acc, et, t) => acc + choose(j, t) * et, 0n)));
  return e;
}

const fourierMemo = new Map<number, Map<string, bigint>>();

/** (degree, relevant, balanced, bent) cells at n = 5, 6 (computed once per n). */
function fourierCells(n: number): Map<string, bigint> {
  if (!fourierMemo.has(n)) fourierMemo.set(n, computeFourierCells(n));
  return fourierMemo.get(n)!;
}

function computeFourierCells(n: number): Map<string, bigint> {
  // c[i][d][b]: functions on i variables with degree d, balanced b.
  const exact = (i: number): bigint[][] => {
    const atMost: [bigint, bigint][] = [];
    if (i <= 4) {
      for (let k = 0; k <= i; k++) atMost.push([0n, 0n]);
      for (const c of allSpectra(i)) for (let k = degreeOf(c); k <= i; k++) atMost[k] = [atMost[k]![0] + 1n, atMost[k]![1] + (c[0] === 0 ? 1n : 0n)];
    } else for (let k = 0; k <= i; k++) atMost.push(quarterCounts(i, k));
    return atMost.map(([all, bal], k) => {
      const [pa, pb] = k === 0 ? [0n, 0n] : atMost[k - 1]!;
      return [all - bal - (pa - pb), bal - pb];
    });
  };
  const perI = Array.from({ length: n + 1 }, (_, i) => exact(i));
  const bent = n % 2 === 0 ? bentBySupports(n) : 0n;
  const out = new Map<string, bigint>();
  for (let d = 0; d <= n; d++) {
    for (const b of [0, 1]) {
      const e = dependOnAll(perI.map((t) => t[d]?.[b] ?? 0n));
      for (let j = 0; j <= n; j++) {
        let count = choose(n, j) * e[j]!;
        // A bent function has every W(S) = +-2^(n/2): degree n, all n variables, not balanced.
        if (d === n && j === n && b === 0) {
          out.set(JSON.stringify({ degree: d, relevant: j, balanced: false, bent: true }), bent);
          count -= bent;
        }
        out.set(JSON.stringify({ degree: d, relevant: j, balanced: b === 1, bent: false }), count);
      }
    }
  }
  return out;
}

/** (gf2Degree, relevant) cells: #{deg2 <= r on i} = G(i, r) = G(i-1, r) G(i-1, r-1), G(0, r >= 0) = 2, G(i, -1) = 1. */
function gf2Cells(n: number): Map<string, bigint> {
  const G = (i: number, r: number): bigint => (r < 0 ? 1n : i === 0 ? 2n : G(i - 1, r) * G(i - 1, r - 1));
  const out = new Map<string, bigint>();
  for (let r = -1; r <= n; r++) {
    const c = Array.from({ length: n + 1 }, (_, i) => (r > i ? 0n : G(i, r) - G(i, r - 1) * (r >= 0 ? 1n : 0n)));
    const e = dependOnAll(c);
    for (let j = 0; j <= n; j++) out.set(JSON.stringify({ gf2Degree: r < 0 ? null : r, relevant: j }), choose(n, j) * e[j]!);
  }
  return out;
}

function valueKey(v: V): string {
  return v === null ? 'null' : String(v);
}

function domain(m: M, n: number): V[] {
  const upTo = Array.from({ length: n + 1 }, (_, k) => k);
  if (m === 'gf2Degree') return [null, ...upTo];
  return m === 'balanced' || m === 'bent' ? [false, true] : upTo;
}

/** Sums the cells over the measures not listed: key = JSON of the listed values in order. */
function projectCells(cells: Map<string, bigint>, measures: readonly M[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const [key, count] of cells) {
    const cell = JSON.parse(key) as Cell;
    const k = JSON.stringify(measures.map((m) => cell[m]));
    out.set(k, (out.get(k) ?? 0n) + count);
  }
  return out;
}

function decimal(v: unknown, path: string): bigint {
  if (typeof v !== 'string' || !/^(0|[1-9]\d*)$/.test(v)) reject(`${path} must be a decimal string`);
  return BigInt(v);
}

/** The verifier's table of one measure alone at n = 5, 6 (n <= 4 projects the enumeration). */
function marginal(n: number, m: M): Map<string, bigint> {
  if (m === 'gf2Degree') return projectCells(gf2Cells(n), [m]);
  return projectCells(fourierCells(n), [m]);
}

export function checkCensusCertificate(doc: Record<string, unknown>): string {
  for (const k of Object.keys(doc)) if (!FIELDS.includes(k)) reject(`certificate has an unknown field '${k}'`);
  for (const k of FIELDS.filter((f) => f !== 'jointCounts')) if (!Object.hasOwn(doc, k)) reject(`certificate.${k} is missing`);
  if (doc.method !== 'counting') reject('method must be "counting"');
  const n = doc.n;
  if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > 6) reject('n must be a whole number <= 6');
  const measures = doc.measures;
  if (!Array.isArray(measures) || measures.length === 0 || !measures.every((m) => (MEASURES as readonly unknown[]).includes(m))) reject('measures must be a non-empty list of census measures');
  const ms = measures as M[];
  if (new Set(ms).size !== ms.length || ms.some((m, i) => i > 0 && MEASURES.indexOf(m) < MEASURES.indexOf(ms[i - 1]!))) reject('measures must be distinct, in canonical order');
  if (typeof doc.joint !== 'boolean') reject('joint must be true or false');
  const N = n as number;
  if (decimal(doc.total, 'total') !== 2n ** (2n ** BigInt(N))) reject(`total must be 2^(2^${N})`);
  const small = N <= 4;
  const cells = small ? enumerateCells(N) : null;
  // Marginals: every value of each domain, exactly.
  const counts = doc.counts;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) reject('counts must be an object');
  const stated = counts as Record<string, unknown>;
  if (Object.keys(stated).sort().join() !== [...ms].sort().join()) reject('counts must list exactly the measures');
  for (const m of ms) {
    const table = stated[m] as Record<string, unknown>;
    if (typeof table !== 'object' || table === null || Array.isArray(table)) reject(`counts.${m} must be an object`);
    const mine = cells ? projectCells(cells, [m]) : marginal(N, m);
    const keys = domain(m, N).map(valueKey);
    if (Object.keys(table).sort().join() !== [...keys].sort().join()) reject(`counts.${m} must list the values ${keys.join(', ')}`);
    for (const v of domain(m, N)) {
      const want = mine.get(JSON.stringify([v])) ?? 0n;
      const got = decimal(table[valueKey(v)], `counts.${m}.${valueKey(v)}`);
      if (got !== want) reject(`counts.${m}.${valueKey(v)} is ${got}, the verifier counts ${want}`);
    }
  }
  if (!doc.joint) {
    if (Object.hasOwn(doc, 'jointCounts')) reject('jointCounts given but joint is false');
    return `census by counting, n = ${N}: ${ms.join(', ')} (every count recomputed)`;
  }
  const family = ms.every((m) => FOURIER.includes(m)) ? 'fourier' : ms.every((m) => GF2.includes(m)) ? 'gf2' : null;
  if (!small && family === null) reject(`the verifier re-checks joint tables at n = ${N} within {${FOURIER.join(', ')}} or {${GF2.join(', ')}} only`);
  const mine = projectCells(cells ?? (family === 'gf2' ? gf2Cells(N) : fourierCells(N)), ms);
  const rows = doc.jointCounts;
  if (!Array.isArray(rows)) reject('jointCounts must be an array');
  const seen = new Set<string>();
  (rows as unknown[]).forEach((row, k) => {
    const path = `jointCounts[${k}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) reject(`${path} must be an object`);
    const r = row as Record<string, unknown>;
    if (Object.keys(r).sort().join() !== [...ms, 'count'].sort().join()) reject(`${path} must give exactly ${ms.join(', ')} and count`);
    const values = ms.map((m) => {
      const v = r[m] as V;
      if (!domain(m, N).includes(v)) reject(`${path}.${m} = ${JSON.stringify(v)} is not a value of ${m} at n = ${N}`);
      return v;
    });
    const key = JSON.stringify(values);
    if (seen.has(key)) reject(`${path} repeats a combination`);
    seen.add(key);
    const want = mine.get(key) ?? 0n;
    const got = decimal(r.count, `${path}.count`);
    if (got !== want || got === 0n) reject(`${path} states ${got} functions, the verifier counts ${want}`);
  });
  for (const [key, c] of mine) if (c !== 0n && !seen.has(key)) reject(`jointCounts leaves out ${key} (${c} functions)`);
  return `census by counting, n = ${N}: ${ms.join(', ')} jointly (every count recomputed)`;
}
