/**
 * The class domains npn-classes, affine-classes, ea-classes (src/equivalence/classDomain.ts): a
 * listed set of Boolean tables in their documented order, n <= 4.
 */
import type { Fn } from '../../model/values.js';
import { InputError } from '../../core/result.js';
import type { CensusGroup } from '../../equivalence/burnside.js';
import { MAX_CLASS_DOMAIN_N, classDomainTables } from '../../equivalence/classDomain.js';
import { encodeBoolean } from './encoding.js';
import { isBooleanTable } from './lowDegree.js';
import type { Cursor } from './types.js';

export type ClassDomainKind = 'npn-classes' | 'affine-classes' | 'ea-classes';

export const CLASS_DOMAIN_GROUP: Readonly<Record<ClassDomainKind, CensusGroup>> = { 'npn-classes': 'npn', 'affine-classes': 'affine', 'ea-classes': 'ea' };

export function classTables(kind: ClassDomainKind, n: number): Uint32Array {
  if (n > MAX_CLASS_DOMAIN_N) throw new InputError(`domain ${kind} is listed for n <= ${MAX_CLASS_DOMAIN_N}, got n = ${n}`);
  return classDomainTables(n, CLASS_DOMAIN_GROUP[kind]);
}

function load(values: Int32Array, table: number): void {
  for (let x = 0; x < values.length; x++) values[x] = (table >>> x) & 1 ? -1 : 1;
}

export function classCursor(kind: ClassDomainKind, n: number): Cursor {
  const tables = classTables(kind, n);
  const value: Fn = { n, values: new Int32Array(2 ** n) };
  let index = 0;
  load(value.values, tables[0]!);
  return {
    value,
    reset() {
      index = 0;
      load(value.values, tables[0]!);
    },
    next() {
      if (++index >= tables.length) return false;
      load(value.values, tables[index]!);
      return true;
    },
    encode: () => encodeBoolean(value),
  };
}

export function isClassMember(kind: ClassDomainKind, n: number, f: Fn): boolean {
  if (!isBooleanTable(f, n) || n > MAX_CLASS_DOMAIN_N) return false;
  let t = 0;
  for (let x = 0; x < f.values.length; x++) if (f.values[x] === -1) t |= 1 << x;
  return classTables(kind, n).includes(t >>> 0);
}
