/**
 * Evaluation of an expression over whole tables, node by node (never point by point): every node's
 * value is a constant or a table of 2^n exact values (see values.ts).
 */
import { MAX_ANALYSIS_N, sizeReason } from '../core/cube.js';
import type { CubeFunction } from '../core/cubeFunction.js';
import { type Result, ok, err } from '../core/result.js';
import { type Expr, maxVariable } from './ast.js';
import { type ExprError, describePoint, evalError } from './errors.js';
import { add, divConst, mul, neg, pow, sub } from './arith.js';
import { LIMIT_TEXT, MAX_NUMBER_BITS, bitsOf, powerBits, productBits, sumBits } from './numberLimits.js';
import { sgnSigns, signsOf } from './logic.js';
import { andSigns, chiSigns, majSigns, negSigns, orSigns, thresholdSigns, xorSigns } from './signOps.js';
import { type Val, constVal, constantOf, int32Table, signsVal, toCubeFunction } from './values.js';

class EvalFailure {
  constructor(readonly error: ExprError) {}
}

interface Context {
  readonly n: number;
  readonly columns: ReadonlyMap<Expr, number> | undefined;
}

/** Checks n (0 <= n <= MAX_ANALYSIS_N and no smaller than the largest variable used). */
export function checkN(expr: Expr, n: number, limit = MAX_ANALYSIS_N): ExprError | null {
  if (!Number.isInteger(n) || n < 0) return evalError('size', null, `n must be a non-negative integer, got ${n}`);
  const used = maxVariable(expr);
  if (used > limit) return evalError('size', null, `x${used} is too large: ${sizeReason(limit)}`);
  if (n > limit) return evalError('size', null, `n = ${n} is too large: ${sizeReason(limit)}`);
  if (used > n) return evalError('size', null, `the expression uses x${used} but n = ${n}`);
  return null;
}

/** The function an expression defines on C_n. */
export function evaluate(expr: Expr, n: number, columns?: ReadonlyMap<Expr, number>): Result<CubeFunction, ExprError> {
  const bad = checkN(expr, n);
  if (bad) return err(bad);
  try {
    return ok(toCubeFunction(evalNode(expr, { n, columns }), n));
  } catch (e) {
    if (e instanceof EvalFailure) return err(e.error);
    throw e;
  }
}

/** Refuses an operation whose result could pass the number limit (numberLimits.ts). */
function bounded(ctx: Context, e: Expr, bits: number, what: string): void {
  if (bits > MAX_NUMBER_BITS) fail(ctx, e, 'size', `${what} is too large: numbers in expressions are limited to ${LIMIT_TEXT} (this could need ${bits} bits)`);
}

function fail(ctx: Context, e: Expr, kind: 'domain' | 'division' | 'size', message: string): never {
  throw new EvalFailure(evalError(kind, ctx.columns?.get(e) ?? null, message));
}

function evalNode(e: Expr, ctx: Context): Val {
  switch (e.kind) {
    case 'num':
      return constVal(e.value);
    case 'var':
      return signsVal(chiSigns(2 ** (e.index - 1), ctx.n));
    case 'chi':
      return e.indices.length === 0 ? constVal(1n) : signsVal(chiSigns(e.indices.reduce((m, i) => m + 2 ** (i - 1), 0), ctx.n));
    case 'neg':
      return neg(evalNode(e.arg, ctx));
    case 'pow': {
      const base = evalNode(e.base, ctx);
      bounded(ctx, e, powerBits(bitsOf(base), e.exponent), `the power ^${e.exponent}`);
      return pow(base, e.exponent);
    }
    case 'binary':
      return evalBinaryChain(e, ctx);
    case 'call':
      return evalCall(e, ctx);
    case 'thr':
      return signsVal(thresholdSigns(e.k, signArgs(e, 'thr', e.args, ctx)));
  }
}

/** a op b op c ...: walks the left spine iteratively so long sums do not deepen the stack. */
function evalBinaryChain(e: Expr & { kind: 'binary' }, ctx: Context): Val {
  const spine: (Expr & { kind: 'binary' })[] = [];
  let cur: Expr = e;
  while (cur.kind === 'binary') {
    spine.push(cur);
    cur = cur.left;
  }
  let acc = evalNode(cur, ctx);
  for (let k = spine.length - 1; k >= 0; k--) {
    const node = spine[k]!;
    const right = evalNode(node.right, ctx);
    const [a, b] = [bitsOf(acc), bitsOf(right)];
    const op = node.op === '+' || node.op === '-' ? 'sum' : node.op === '*' ? 'product' : 'quotient';
    bounded(ctx, node, op === 'sum' ? sumBits(a, b) : op === 'product' ? productBits(a, b) : productBits(a, { num: b.den, den: b.num }), `the ${op}`);
    if (node.op === '+') acc = add(acc, right);
    else if (node.op === '-') acc = sub(acc, right);
    else if (node.op === '*') acc = mul(acc, right);
    else acc = divConst(acc, divisor(node, right, ctx));
  }
  return acc;
}

function divisor(node: Expr, right: Val, ctx: Context): { num: bigint; den: bigint } {
  const c = constantOf(right);
  if (c === null) fail(ctx, node, 'division', "the right operand of '/' must evaluate to a non-zero constant, but it is not constant");
  if (c.num === 0n) fail(ctx, node, 'division', 'division by zero');
  return c;
}

function signArgs(e: Expr, fn: string, args: readonly Expr[], ctx: Context): Int8Array[] {
  return args.map((a, k) => {
    const s = signsOf(evalNode(a, ctx), ctx.n);
    if (s.ok) return s.signs;
    const which = fn === 'ite' ? 'the condition (argument 1)' : `argument ${k + 1}`;
    return fail(ctx, e, 'domain', `${fn} needs +-1 arguments, but ${which} is ${s.value} at ${describePoint(s.point, ctx.n)}`);
  });
}

function evalCall(e: Expr & { kind: 'call' }, ctx: Context): Val {
  switch (e.name) {
    case 'sgn': {
      const v = evalNode(e.args[0]!, ctx);
      if (v.kind === 'const') return constVal(v.num < 0n ? -1n : 1n);
      return v.kind === 'signs' ? v : signsVal(sgnSigns(v.nums));
    }
    case 'ite': {
      const [c] = signArgs(e, 'ite', [e.args[0]!], ctx);
      const a = evalNode(e.args[1]!, ctx);
      const b = evalNode(e.args[2]!, ctx);
      bounded(ctx, e, sumBits(bitsOf(a), bitsOf(b)) + 1, 'the value of ite');
      // ite = b + (a - b) * t with t = (1 - c) / 2, which is 1 where c = -1 and 0 where c = +1.
      const t = int32Table(Int32Array.from(c!, (x) => (1 - x) >> 1));
      return add(b, mul(sub(a, b), t));
    }
    default: {
      const s = signArgs(e, e.name, e.args, ctx);
      if (e.name === 'not') return signsVal(negSigns(s[0]!));
      const combine = { and: andSigns, or: orSigns, xor: xorSigns, maj: majSigns }[e.name];
      return signsVal(combine(s));
    }
  }
}
