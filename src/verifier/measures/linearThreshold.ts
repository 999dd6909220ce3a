/**
 * The verifier's linear-threshold test, certified either way: integer weights w with
 * f(x) (w0 + sum w_i x_i) > 0 at every point (checked) prove "threshold"; a variable in which f is
 * neither increasing nor decreasing, or a Farkas vector lambda >= 0, sum lambda = 1,
 * sum_x lambda_x f(x) (1, x) = 0 (checked exactly) proves "not". lambda comes from a plain phase-I
 * simplex (Bland's rule) on the verifier's own rationals; weights from the perceptron.
 */
import { add, div, mul, rat, sub, type Q, ZERO } from '../rational.js';
import { defineTwin } from './twin.js';

const MAX_N = 7;

function row(values: ArrayLike<number>, n: number, x: number): number[] {
  const s = values[x]!;
  const out = [s];
  for (let i = 0; i < n; i++) out.push((Math.floor(x / 2 ** i) % 2 === 1 ? -1 : 1) * s);
  return out;
}

function perceptron(values: ArrayLike<number>, n: number, budget: number): number[] | null {
  const w: number[] = new Array(n + 1).fill(0);
  let updates = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let x = 0; x < values.length; x++) {
      const a = row(values, n, x);
      let dot = 0;
      for (let i = 0; i <= n; i++) dot += a[i]! * w[i]!;
      if (dot > 0) continue;
      for (let i = 0; i <= n; i++) w[i] = w[i]! + a[i]!;
      changed = true;
      if (++updates > budget) return null;
    }
  }
  return w;
}

function notUnate(values: ArrayLike<number>, n: number): boolean {
  for (let i = 0; i < n; i++) {
    let up = false;
    let down = false;
    for (let x = 0; x < values.length; x++) {
      const y = x ^ (2 ** i);
      if (x < y && values[x] === 1 && values[y] === -1) up = true;
      if (x < y && values[x] === -1 && values[y] === 1) down = true;
    }
    if (up && down) return true;
  }
  return false;
}

/** A Farkas vector lambda (length 2^n), or null when phase I ends with a positive optimum. */
function farkas(values: ArrayLike<number>, n: number): Q[] | null {
  const N = values.length;
  const m = n + 2;
  const t: Q[][] = [];
  for (let j = 0; j < m; j++) {
    const r: Q[] = [];
    for (let x = 0; x < N; x++) r.push(rat(BigInt(j < m - 1 ? row(values, n, x)[j]! : 1)));
    for (let a = 0; a < m; a++) r.push(rat(a === j ? 1n : 0n));
    r.push(rat(j === m - 1 ? 1n : 0n));
    t.push(r);
  }
  const basis = [...Array(m).keys()].map((j) => N + j);
  const width = N + m + 1;
  const cost = (k: number): Q => (k >= N && k < N + m ? ZERO : t.reduce((s, r) => sub(s, r[k]!), ZERO));
  let z = [...Array(width).keys()].map(cost);
  for (;;) {
    const enter = z.findIndex((c, k) => k < N + m && c.p < 0n);
    if (enter < 0) break;
    let leave = -1;
    for (let j = 0; j < m; j++) {
      if (t[j]![enter]!.p <= 0n) continue;
      if (leave < 0) leave = j;
      else {
        const d = sub(div(t[j]![width - 1]!, t[j]![enter]!), div(t[leave]![width - 1]!, t[leave]![enter]!));
        if (d.p < 0n || (d.p === 0n && basis[j]! < basis[leave]!)) leave = j;
      }
    }
    const p = t[leave]![enter]!;
    t[leave] = t[leave]!.map((v) => div(v, p));
    const pr = t[leave]!;
    for (let j = 0; j < m; j++) if (j !== leave) t[j] = t[j]!.map((v, i) => sub(v, mul(t[j]![enter]!, pr[i]!)));
    const ze = z[enter]!;
    z = z.map((v, i) => sub(v, mul(ze, pr[i]!)));
    basis[leave] = enter;
  }
  if (z[width - 1]!.p !== 0n) return null;
  const lambda: Q[] = new Array(N).fill(ZERO);
  basis.forEach((b, j) => {
    if (b < N) lambda[b] = t[j]![width - 1]!;
  });
  return lambda;
}

function checkFarkas(values: ArrayLike<number>, n: number, lambda: readonly Q[]): void {
  if (lambda.some((l) => l.p < 0n) || lambda.reduce(add, ZERO).p !== 1n || lambda.reduce(add, ZERO).q !== 1n) throw new Error('bad Farkas vector');
  for (let j = 0; j <= n; j++) {
    const s = lambda.reduce((acc, l, x) => add(acc, mul(l, rat(BigInt(row(values, n, x)[j]!)))), ZERO);
    if (s.p !== 0n) throw new Error('Farkas vector does not sum to 0');
  }
}

export const linearThreshold = defineTwin({
  input: 'boolean',
  compute(f) {
    const { n, values } = f;
    if (n > MAX_N) return { threshold: null, weights: null, reason: `the exact LP is run for n <= ${MAX_N} only` };
    if (notUnate(values, n)) return { threshold: false, weights: null, reason: null };
    let w = perceptron(values, n, 64 * values.length);
    if (!w) {
      const lambda = farkas(values, n);
      if (lambda) {
        checkFarkas(values, n, lambda);
        return { threshold: false, weights: null, reason: null };
      }
      w = perceptron(values, n, 50_000_000);
      if (!w) throw new Error('no Farkas vector, yet the perceptron does not stop');
    }
    for (let x = 0; x < values.length; x++) {
      if (row(values, n, x).reduce((s, a, i) => s + a * w[i]!, 0) <= 0) throw new Error('weights do not separate');
    }
    return { threshold: true, weights: w, reason: null };
  },
  value: (v) => v.threshold,
});
