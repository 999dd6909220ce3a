/**
 * Checkpoints: a census-partial document saved atomically (src/fs/writeFileAtomic.ts), so a crash
 * leaves either the previous checkpoint or the new one, never a torn file.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { InputError } from '../core/result.js';
import { type CensusPartial, parsePartial, partialToJson } from './documents.js';

export async function saveCheckpoint(path: string, partial: CensusPartial): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(partialToJson(partial), null, 1)}\n`);
}

/** The checkpoint at `path`, or null when there is none. */
export async function loadCheckpoint(path: string): Promise<CensusPartial | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(`cannot read checkpoint ${path}: ${(e as Error).message}`);
  }
  return parsePartial(text, `checkpoint ${path}`);
}
