/**
 * The one bounded reader for files a user names (checkpoints, census partials, certificates,
 * property sources): it opens without blocking (a FIFO opens at once instead of waiting for a
 * writer), refuses anything that is not a regular file (FIFOs, devices such as /dev/zero,
 * directories, sockets), and refuses a file larger than the limit before reading it, and again
 * if it grows past the limit while being read. Every refusal is an InputError of one line.
 * The verifier has its own small copy (src/verifier/readBounded.ts): it imports nothing of ours.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../core/result.js';

/** Default limit: 64 MiB, far above any checkpoint, partial or certificate cubecheck writes. */
export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

export interface ReadOptions {
  /** How messages name the file, e.g. "checkpoint ck.json"; default: the path. */
  readonly what?: string;
  readonly maxBytes?: number;
}

/** 67108864 -> "64 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} MiB`;
  if (bytes >= 2 ** 10 && bytes % 2 ** 10 === 0) return `${bytes / 2 ** 10} KiB`;
  return `${bytes} bytes`;
}

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const byCode: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a component of the path is not a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
  };
  return (err.code && byCode[err.code]) ?? err.code ?? (e instanceof Error ? e.message : String(e));
}

/** The bytes of a regular file of at most maxBytes bytes. */
export async function readRegularFile(path: string, o: ReadOptions = {}): Promise<Buffer> {
  const what = o.what ?? path;
  const max = o.maxBytes ?? DEFAULT_MAX_BYTES;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw Object.assign(new InputError(`cannot read ${what}: ${reason(e)}`), { code });
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError(`cannot read ${what}: it is ${kindOf(st)}, not a regular file`);
    if (st.size > max) throw new InputError(`cannot read ${what}: it has ${st.size} bytes, more than the limit of ${formatBytes(max)}`);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(2 ** 20, max + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > max) throw new InputError(`cannot read ${what}: it grew past the limit of ${formatBytes(max)} while being read`);
    }
    return Buffer.concat(chunks, length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${what}: ${reason(e)}`);
  } finally {
    await handle.close();
  }
}

/** The file as UTF-8 text (same refusals as readRegularFile). */
export async function readRegularText(path: string, o: ReadOptions = {}): Promise<string> {
  return (await readRegularFile(path, o)).toString('utf8');
}

/** As readRegularText, but null when the file does not exist. */
export async function readRegularTextIfExists(path: string, o: ReadOptions = {}): Promise<string | null> {
  try {
    return await readRegularText(path, o);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return null;
    throw e;
  }
}
