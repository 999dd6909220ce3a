/** Starting from a checkpoint, and saving new ones at intervals (never two writes at once). */
import { InputError } from '../core/result.js';
import type { CensusSpec } from './counts.js';
import type { CensusPartial } from './documents.js';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.js';
import { type Shard, formatShard } from './shard.js';

/** The checkpoint to continue, or null to start afresh; refuses to overwrite unless resuming. */
export async function resumeFrom(path: string, spec: CensusSpec, shard: Shard, resume: boolean): Promise<CensusPartial | null> {
  const found = await loadCheckpoint(path);
  if (found === null) return null;
  if (!resume) throw new InputError(`checkpoint ${path} already exists: resume it (--resume) or remove it`);
  const want = `n = ${spec.n}, measures ${spec.measures.join(',')}, joint ${spec.joint}, shard ${formatShard(shard)}`;
  const has = `n = ${found.spec.n}, measures ${found.spec.measures.join(',')}, joint ${found.spec.joint}, shard ${formatShard(found.shard)}`;
  if (want !== has) throw new InputError(`checkpoint ${path} is for ${has}, not ${want}`);
  return found;
}

export class Checkpointer {
  private last = Date.now();
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly everyMs: number,
  ) {}

  /** Saves when the interval has passed since the last save. */
  async maybeSave(partial: () => CensusPartial): Promise<void> {
    if (Date.now() - this.last < this.everyMs) return;
    await this.save(partial());
  }

  async save(partial: CensusPartial): Promise<void> {
    this.last = Date.now();
    const write = this.pending.then(() => saveCheckpoint(this.path, partial));
    this.pending = write.catch(() => undefined);
    await write;
  }
}
