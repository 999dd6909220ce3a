/**
 * `cubecheck verify <file...> [--json]`: re-checks certificates with the independent verifier.
 * One line per file (status, path, summary or reason), or a JSON array with --json. Exit 0 when
 * every file is valid, 1 when some file is invalid, 2 when some file is unreadable (2 wins).
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { type VerifyOutcome, verifyCertificate } from '../../verifier/index.js';
import { boolFlag, parseArgs } from '../args.js';
import { type CommandIo, EXIT } from '../io.js';

const USAGE = 'usage: cubecheck verify <certificate.json...> [--json]';

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
    results.push({ file, ...(await verifyCertificate(resolve(io.cwd, file))) });
  }
  if (json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(`${r.status.padEnd(7)} ${r.file}  ${r.status === 'valid' ? r.summary : r.reason}\n`);
  }
  if (results.some((r) => r.status === 'unreadable')) return EXIT.badInput;
  return results.some((r) => r.status === 'invalid') ? EXIT.refuted : EXIT.ok;
}
