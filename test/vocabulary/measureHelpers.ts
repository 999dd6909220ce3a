/** Run a registered measure on a table, as analyze and the kernel do (through the subject). */
import type { Fn } from '../../src/model/values.js';
import type { AnyMeasure } from '../../src/vocabulary/measure.js';
import { subjectOfFn } from '../../src/vocabulary/subject.js';

export function run<V>(def: { compute(s: never): V }, f: Fn): V {
  return (def as unknown as AnyMeasure).compute(subjectOfFn(f)) as V;
}

export function jsonOf(def: AnyMeasure, f: Fn): unknown {
  return def.json(def.compute(subjectOfFn(f)));
}
