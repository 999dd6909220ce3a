/**
 * `cubecheck verify <file...> [--json]`: re-checks certificates with the independent verifier.
 * One line per file (status, path, summary or reason), or a JSON array with --json. Exit 0 when
 * every file is valid, 1 when some file is invalid, 2 when some file is unreadable (2 wins).
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { type VerifyOutcome, verifyCertificate } from '../../verifier/index.js';
import { type ParsedArgs, boolFlag, parseArgs } from '../args.js';
import { VERIFY_HELP } from '../help/verify.js';
import { type CommandIo, EXIT } from '../io.js';
import { progressFor } from '../progress/index.js';

const USAGE = 'usage: cubecheck verify <certificate.json...> [--json]';

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
  const results: (VerifyOutcome & { readonly file: string })[] = [];
  const reporter = progressFor(args, io)('verify', 'certificates');
  try {
    for (const file of files) {
      if (io.signal.aborted) break;
      results.push({ file, ...(await verifyCertificate(resolve(io.cwd, file))) });
      reporter.update({ done: results.length, total: files.length, detail: file });
    }
  } finally {
    reporter.end();
  }
  if (json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(`${r.status.padEnd(7)} ${r.file}  ${r.status === 'valid' ? r.summary : r.reason}\n`);
  }
  if (results.length < files.length) {
    io.stderr(`verify interrupted: ${results.length} of ${files.length} certificates checked\n`);
    return EXIT.interrupted;
  }
  if (results.some((r) => r.status === 'unreadable')) return EXIT.badInput;
  return results.some((r) => r.status === 'invalid') ? EXIT.refuted : EXIT.ok;
}
