/**
 * The counting path of `census` (src/census/counting): taken with --method counting, or by default
 * (--method auto) when no shard, checkpoint or resume is asked and the identities cover the spec.
 * --certificate FILE writes a census-count certificate the verifier re-checks.
 */
import { resolve } from 'node:path';
import { countCensus, countingSupport } from '../../census/counting/countingCensus.js';
import { censusCertificate } from '../../census/counting/certificate.js';
import { resultToJson } from '../../census/documents.js';
import { formatResult } from '../../census/format.js';
import { type Measure, normalizeMeasures } from '../../census/measures.js';
import { InputError } from '../../core/result.js';
import { writeFileAtomic } from '../../fs/writeFileAtomic.js';
import { type ParsedArgs, boolFlag, stringFlag } from '../args.js';
import { type CommandIo, EXIT } from '../io.js';
import { VERSION } from '../usage.js';

const METHODS = ['auto', 'counting', 'enumerate'] as const;

/** The exit code when the census was counted here, null when the enumeration engine should run. */
export async function countedCensus(args: ParsedArgs, n: number, measures: readonly Measure[], io: CommandIo): Promise<number | null> {
  const method = stringFlag(args, 'method') ?? 'auto';
  if (!(METHODS as readonly string[]).includes(method)) throw new InputError(`--method must be one of ${METHODS.join(', ')}, got '${method}'`);
  const certificate = stringFlag(args, 'certificate');
  const enumerationOnly = ['shard', 'checkpoint', 'workers'].filter((f) => stringFlag(args, f) !== undefined);
  if (boolFlag(args, 'resume')) enumerationOnly.push('resume');
  if (method === 'enumerate') {
    if (certificate !== undefined) throw new InputError('--certificate needs the census by counting (drop --method enumerate)');
    return null;
  }
  const spec = { n, measures: normalizeMeasures(measures), joint: boolFlag(args, 'joint') };
  const support = countingSupport(spec);
  const forced = method === 'counting' || certificate !== undefined;
  if (forced && enumerationOnly.length > 0) throw new InputError(`--${enumerationOnly[0]} belongs to the enumeration engine, not to the census by counting`);
  if (!support.ok) {
    if (forced || n > 5) throw new InputError(`${support.reason}${n <= 5 ? ' (--method enumerate counts any table at n <= 5)' : ''}`);
    return null;
  }
  if (enumerationOnly.length > 0) return null;
  const result = countCensus(spec);
  if (certificate !== undefined) {
    const doc = censusCertificate(result, VERSION);
    await writeFileAtomic(resolve(io.cwd, certificate), `${JSON.stringify(doc, null, 1)}\n`);
  }
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(resultToJson(result), null, 1)}\n` : formatResult(result));
  return EXIT.ok;
}
