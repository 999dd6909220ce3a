/** The verifier's operation twins, keyed by src/vocabulary/operations' ids (type-only import). */
import type { OperationId, OperationInputOf } from '../../vocabulary/operations/index.js';
import { restriction } from './restriction.js';
import { cofactor } from './cofactor.js';
import { derivative } from './derivative.js';
import { partialDerivative } from './partialDerivative.js';
import type { OperationTwin } from './twin.js';

export const OPERATION_TWINS = {
  restriction,
  cofactor,
  derivative,
  partialDerivative,
} satisfies { readonly [K in OperationId]: OperationTwin<OperationInputOf<K>> };
