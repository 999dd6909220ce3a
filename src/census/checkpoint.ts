/**
 * Checkpoints: a census-partial document saved atomically (temp file in the same directory,
 * fsync, rename, then fsync of the directory where the platform allows it), so a crash leaves
 * either the previous checkpoint or the new one, never a torn file.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../core/result.js';
import { type CensusPartial, parsePartial, partialToJson } from './documents.js';

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  try {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Directories cannot be opened or synced on every platform; the rename itself is atomic.
  }
}

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
