/**
 * The plain values a property quantifies over: they live in the bottom layer (src/model/values.ts)
 * and are re-exported here for property modules and older imports.
 */
export type { CubeMap, Fn, PointSet, Q, Value } from '../model/values.js';
