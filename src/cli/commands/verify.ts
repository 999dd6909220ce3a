/**
 * `cubecheck verify <file...> [--json]`: re-checks certificates with the independent verifier.
 * One line per file (status, path, summary or reason), or a JSON array with --json. Exit 0 when
 * every file is valid, 1 when some file is invalid, 2 when some file is unreadable (2 wins).
 * A census certificate at n = 5 re-counts all 2^32 functions on every core: minutes, with progress
 * on stderr; Ctrl-C stops it (exit code of an interrupted run; nothing printed for that file).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { type VerifyOutcome, verifyCertificate } from '../../verifier/index.js';
import { type ParsedArgs, boolFlag, parseArgs } from '../args.js';
import { VERIFY_HELP } from '../help/verify.js';
import { type CommandIo, EXIT } from '../io.js';
import { type ProgressReporter, progressFor } from '../progress/index.js';

const USAGE = 'usage: cubecheck verify <certificate.json...> [--json]';
/** Certificates checked at the same time (each mostly waits for its isolated child). */
const VERIFY_LANES = Math.max(1, Math.min(2, availableParallelism()));

/** Progress of a census re-count (only runs that take a while report: n = 5, 2^32 functions). */
function censusProgress(io: CommandIo, file: string, reporterFor: (task: string, unit: string) => ProgressReporter): (done: number, total: number) => void {
  let reporter: ProgressReporter | null = null;
  return (done, total) => {
    if (total < 2 ** 32) return;
    if (reporter === null) {
      io.stderr(`verify: ${file}: re-counting the census of all ${total} functions on worker threads (minutes)\n`);
      reporter = reporterFor('verify census', 'functions');
    }
    reporter.update({ done, total });
    if (done >= total) reporter.end();
  };
}

export async function verifyCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let files: readonly string[];
  let json: boolean;
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, VERIFY_HELP.flags);
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
  const found: (VerifyOutcome & { readonly file: string })[] = [];
  const reporterFor = progressFor(args, io);
  const reporter = reporterFor('verify', 'certificates');
  // Each certificate is checked on its own (a TypeScript module in its own child process), so two
  // at a time share nothing; the output keeps the order of the files.
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length && !io.signal.aborted) {
      const k = next++;
      const file = files[k]!;
      const outcome = await verifyCertificate(resolve(io.cwd, file), { signal: io.signal, onProgress: censusProgress(io, file, reporterFor) });
      if (io.signal.aborted) return;
      found[k] = { file, ...outcome };
      reporter.update({ done: ++done, total: files.length, detail: file });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(VERIFY_LANES, files.length) }, lane));
  } finally {
    reporter.end();
  }
  const gap = found.findIndex((r) => r === undefined);
  const results = found.slice(0, gap < 0 ? found.length : gap);
  if (json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(`${r.status.padEnd(7)} ${r.file}  ${r.status === 'valid' ? r.summary : r.reason} [${r.trust ?? 'no foreign code'}]\n`);
  }
  if (results.length < files.length) {
    io.stderr(`verify interrupted: ${results.length} of ${files.length} certificates checked\n`);
    return EXIT.interrupted;
  }
  if (results.some((r) => r.status === 'unreadable')) return EXIT.badInput;
  return results.some((r) => r.status === 'invalid') ? EXIT.refuted : EXIT.ok;
}
