/**
 * THE registry of operations (../operation.ts): one line per operation. Their twins are in
 * src/verifier/operations/index.ts, keyed by the same ids.
 */
import { byId } from '../registry.js';
import { restriction } from './restriction.js';
import { cofactor } from './cofactor.js';
import { derivative } from './derivative.js';
import { partialDerivative } from './partialDerivative.js';

export const OPERATIONS = byId({
  restriction,
  cofactor,
  derivative,
  partialDerivative,
});

export type Operations = typeof OPERATIONS;
export type OperationId = keyof Operations;
export type OperationInputOf<K extends OperationId> = Operations[K]['input'];

export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

export function isOperationId(name: string): name is OperationId {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}
