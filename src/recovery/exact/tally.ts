/**
 * The tally of a pass of the tuple search (exactRecovery.ts's head-only drivers): counts the
 * minimisers of the leaves it is shown (leaf weight times the coset size, leaves.ts), keeps one
 * minimiser and a witness outside the group. Definitions: docs/world-model.md and docs/math.md.
 */
import type { Group } from '../types.js';
import type { Cost } from './costs.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import type { Leaf } from './tupleSpec.js';
import type { ExactOutcome } from './exactOutcome.js';

/** Counts the minimisers of the leaves it is shown, keeps one and a witness outside the group. */
export class Tally {
  count = 0n;
  witness: Uint32Array | null = null;
  best: Uint32Array | null = null;
  constructor(
    private readonly d: number,
    private readonly group: Group,
    private readonly escape: ((v0: Uint32Array) => Uint32Array) | null = null,
  ) {}
  reset(): void {
    this.count = 0n;
    this.witness = null;
    this.best = null;
  }
  add(leaf: Leaf): void {
    this.count += BigInt(leaf.weight) * cosetSize(leaf.xClasses);
    if (this.best !== null && this.witness !== null) return;
    const v0 = baseMinimiser(this.d, leaf.xClasses, leaf.zClasses);
    this.best ??= v0;
    this.witness ??= leafVerdict(this.d, v0, leaf.zClasses, this.group) ?? (this.escape !== null ? this.escape(v0) : null);
  }
  outcome(minimum: Cost, infeasible: readonly number[], nodes: number): ExactOutcome {
    return { minimum, minimizers: this.count, recovers: this.witness === null, witness: this.witness, best: this.best!, infeasible, nodes, aborted: false };
  }
}
