/** The verifier's operation twins, keyed by src/vocabulary/operations' ids (type-only import). */
import type { OperationId, OperationInputOf } from '../../vocabulary/operations/index.js';
import type { OperationTwin } from './twin.js';

export const OPERATION_TWINS = {} satisfies { readonly [K in OperationId]: OperationTwin<OperationInputOf<K>> };
