/**
 * Checkpoints: a census-partial document saved atomically (src/fs/writeFileAtomic.ts), so a crash
 * leaves either the previous checkpoint or the new one, never a torn file.
 */
import { readRegularTextIfExists } from '../fs/readRegularFile.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { type CensusPartial, parsePartial, partialToJson } from './documents.js';

export async function saveCheckpoint(path: string, partial: CensusPartial): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(partialToJson(partial), null, 1)}\n`);
}

/** The checkpoint at `path`, or null when there is none. */
export async function loadCheckpoint(path: string): Promise<CensusPartial | null> {
  const text = await readRegularTextIfExists(path, { what: `checkpoint ${path}` });
  if (text === null) return null;
  return parsePartial(text, `checkpoint ${path}`);
}
