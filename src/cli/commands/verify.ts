/**
 * `cubecheck verify <file...> [--json]`: re-checks certificates with the independent verifier.
 * One line per file (status, path, summary or reason), or a JSON array with --json. Exit 0 when
 * every file is valid, 1 when some file is invalid, 2 when some file is unreadable (2 wins).
 * A census certificate at n = 5 re-counts all 2^32 functions on every core: minutes, with progress
 * on stderr; Ctrl-C stops it (exit code of an interrupted run; nothing printed for that file).
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { type VerifyOutcome, verifyCertificate } from '../../verifier/index.js';
import { boolFlag, parseArgs } from '../args.js';
import { type CommandIo, EXIT } from '../io.js';

const USAGE = 'usage: cubecheck verify <certificate.json...> [--json]';

/** Progress of a census re-count on stderr (only runs that take a while report: n = 5). */
function censusProgress(io: CommandIo, file: string): (done: number, total: number) => void {
  const started = Date.now();
  let announced = false;
  let lastTenth = -1;
  return (done, total) => {
    if (total < 2 ** 32) return;
    if (!announced) {
      announced = true;
      io.stderr(`verify: ${file}: re-counting the census of all ${total} functions on worker threads (minutes)\n`);
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth === lastTenth && !io.isTTY) return;
    lastTenth = tenth;
    const s = (Date.now() - started) / 1000;
    const eta = done > 0 && done < total ? `, about ${Math.ceil((s * (total - done)) / done)} s left` : '';
    const line = `verify: census ${((100 * done) / total).toFixed(1)}% (${done}/${total})${eta}`;
    io.stderr(io.isTTY ? `\r${line}\x1b[K${done >= total ? '\n' : ''}` : `${line}\n`);
  };
}

export async function verifyCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let files: readonly string[];
  let json: boolean;
  try {
    const args = parseArgs(argv, { json: 'boolean' });
    files = args.positionals;
    json = boolFlag(args, 'json');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`${e.message}; ${USAGE}\n`);
    return EXIT.badInput;
  }
  if (files.length === 0) {
    io.stderr(`verify needs at least one certificate file; ${USAGE}\n`);
    return EXIT.badInput;
  }
  const results: (VerifyOutcome & { readonly file: string })[] = [];
  for (const file of files) {
    if (io.signal.aborted) return EXIT.interrupted;
    const outcome = await verifyCertificate(resolve(io.cwd, file), { signal: io.signal, onProgress: censusProgress(io, file) });
    if (io.signal.aborted) return EXIT.interrupted;
    results.push({ file, ...outcome });
  }
  if (json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(`${r.status.padEnd(7)} ${r.file}  ${r.status === 'valid' ? r.summary : r.reason}\n`);
  }
  if (results.some((r) => r.status === 'unreadable')) return EXIT.badInput;
  return results.some((r) => r.status === 'invalid') ? EXIT.refuted : EXIT.ok;
}
