/**
 * Atomic file writes: a temporary file in the same directory, fsync, rename, then fsync of the
 * directory where the platform allows it. A crash leaves the old file or the new one, never a torn
 * one. Used for certificates and checkpoints. Missing directories are created. A target that
 * exists but is not a regular file (a directory, a FIFO, a device), a parent that is a file, or a
 * place we may not write is refused with one line (an InputError), never an internal error.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/result.js';

const CODES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a component of the path is not a directory',
  EEXIST: 'a component of the path is not a directory',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
};

function refusal(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError(`cannot write ${path}: ${(code && CODES[code]) ?? code ?? (e instanceof Error ? e.message : String(e))}`);
}

async function existingKind(path: string): Promise<string | null> {
  try {
    const st = await stat(path);
    if (st.isFile()) return null;
    return st.isDirectory() ? 'a directory' : 'not a regular file';
  } catch {
    return null;
  }
}

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const kind = await existingKind(path);
  if (kind !== null) throw new InputError(`cannot write ${path}: it is ${kind}`);
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw refusal(path, e);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'w');
  } catch (e) {
    throw refusal(path, e);
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw refusal(path, e);
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw refusal(path, e);
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
