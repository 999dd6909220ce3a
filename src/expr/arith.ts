/** Exact arithmetic on node values (constants and whole tables). */
import { negSigns, xorSigns } from './signOps.js';
import { addNums, addScalar, mulNums, negNums, scaleNums } from './numsOps.js';
import { type Val, asTable, bigGcd, constVal, signsVal, tableVal } from './values.js';

function lcm(a: bigint, b: bigint): bigint {
  return a === b ? a : (a / bigGcd(a, b)) * b;
}

export function neg(v: Val): Val {
  if (v.kind === 'const') return { kind: 'const', num: -v.num, den: v.den };
  if (v.kind === 'signs') return signsVal(negSigns(v.signs));
  return { kind: 'table', nums: negNums(v.nums), den: v.den };
}

export function add(a: Val, b: Val): Val {
  if (a.kind === 'const' && b.kind === 'const') return constVal(a.num * b.den + b.num * a.den, a.den * b.den);
  if (a.kind === 'const') return add(b, a);
  if (a.kind === 'signs') return add(asTable(a), b);
  if (b.kind === 'signs') return add(a, asTable(b));
  const den = lcm(a.den, b.den);
  const x = scaleNums(a.nums, den / a.den);
  if (b.kind === 'const') return tableVal(addScalar(x, b.num * (den / b.den)), den);
  return tableVal(addNums(x, scaleNums(b.nums, den / b.den)), den);
}

export function sub(a: Val, b: Val): Val {
  return add(a, neg(b));
}

export function mul(a: Val, b: Val): Val {
  if (a.kind === 'const' && b.kind === 'const') return constVal(a.num * b.num, a.den * b.den);
  if (a.kind === 'const') return mul(b, a);
  if (a.kind === 'signs' && b.kind === 'signs') return signsVal(xorSigns([a.signs, b.signs]));
  if (a.kind === 'signs') return mul(asTable(a), b);
  if (b.kind === 'signs') return mul(a, asTable(b));
  if (b.kind === 'const') return tableVal(scaleNums(a.nums, b.num), a.den * b.den);
  return tableVal(mulNums(a.nums, b.nums), a.den * b.den);
}

/** a divided by a non-zero constant. */
export function divConst(a: Val, c: { num: bigint; den: bigint }): Val {
  return mul(a, constVal(c.den, c.num));
}

/** v^k by repeated squaring; v^0 = 1. */
export function pow(v: Val, k: number): Val {
  let result: Val = constVal(1n);
  let base = v;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mul(result, base);
    if (e > 1) base = mul(base, base);
  }
  return result;
}
