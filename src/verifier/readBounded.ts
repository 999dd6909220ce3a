/**
 * The verifier's own bounded reader (it imports nothing of cubecheck; src/fs/readRegularFile.ts
 * is the engine's twin). Opens without blocking, so a FIFO named as a certificate or as
 * claim.source is refused instead of waiting forever for a writer; refuses anything that is not a
 * regular file (FIFOs, /dev/zero and other devices, directories) and files over the limit.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** 64 MiB: far above any certificate or property module. */
export const MAX_READ_BYTES = 64 * 2 ** 20;

export type ReadOutcome = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

export async function readBounded(path: string, max: number = MAX_READ_BYTES): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'ENOENT' ? 'ENOENT: no such file' : (err.code ?? String(e)) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      const kind = st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
      return { ok: false, reason: `it is ${kind}, not a regular file` };
    }
    if (st.size > max) return { ok: false, reason: `it has ${st.size} bytes, more than the limit of ${max} bytes` };
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(2 ** 20, max + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > max) return { ok: false, reason: `it grew past the limit of ${max} bytes while being read` };
    }
    return { ok: true, bytes: Buffer.concat(chunks, length) };
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    await handle.close();
  }
}
