/**
 * `cubecheck merge <file...> [--json] [--out FILE]`: census partials of `census --shard` runs merge
 * into one census result; partial certificates of `check --shard` runs merge into one
 * exhaustive-sharded certificate (written to --out FILE, else printed). Gaps, overlaps and
 * mismatches are refused (exit 2), and so is replacing a different --out FILE without --force.
 * The logic lives in src/census and src/certificates.
 */
import { mergePartialFiles, formatResult, resultToJson } from '../../census/index.js';
import { holdsNewCertificate, isCertificateFile, mergeCertificateFiles, saveNotice } from '../../certificates/index.js';
import { InputError } from '../../core/result.js';
import { boolFlag, parseArgs, stringFlag } from '../args.js';
import { MERGE_HELP } from '../help/merge.js';
import { EXIT, type CommandIo } from '../io.js';
import { VERSION } from '../usage.js';

export async function mergeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, MERGE_HELP.flags);
  if (args.positionals.length === 0) throw new InputError('merge needs the partial files of every shard, e.g. cubecheck merge shard-*.json');
  const out = stringFlag(args, 'out') ?? null;
  if (await isCertificateFile(args.positionals[0]!, io.cwd)) {
    const { text, written, save } = await mergeCertificateFiles(args.positionals, io.cwd, out, VERSION, new Date(), { force: boolFlag(args, 'force') });
    const notice = save && saveNotice(save, out ?? undefined);
    if (notice) io.stderr(`cubecheck: ${notice}\n`);
    if (save && !holdsNewCertificate(save)) return EXIT.badInput;
    io.stdout(written === null ? text : `certificate: ${written}\n`);
    return EXIT.ok;
  }
  if (out !== null) throw new InputError('option --out goes with merging check certificates, not census partials');
  const result = await mergePartialFiles(args.positionals, io.cwd);
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(resultToJson(result), null, 1)}\n` : formatResult(result));
  return EXIT.ok;
}
