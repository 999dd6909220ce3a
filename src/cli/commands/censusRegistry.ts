/**
 * The registry path of `census` (src/census/registryCensus.ts): taken when --measures names a
 * registered measure without a census engine. Plain enumeration, n <= 4; the engine-only flags
 * are refused, and so is n >= 5 (2^32 functions and more), with what works instead.
 */
import { InputError } from '../../core/result.js';
import { isMeasure } from '../../census/measures.js';
import { REGISTRY_CENSUS_MAX_N, formatRegistryCensus, registryCounters, registryCensusToJson, runRegistryCensus } from '../../census/registryCensus.js';
import { type ParsedArgs, boolFlag, stringFlag } from '../args.js';
import { type CommandIo, EXIT } from '../io.js';
import { progressFor } from '../progress/index.js';

const names = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

/** True when some name is not one of the five engine measures (the registry census counts it). */
export function wantsRegistryCensus(measuresText: string): boolean {
  return names(measuresText).some((m) => !isMeasure(m));
}

export async function registryCensusCommand(args: ParsedArgs, n: number, measuresText: string, io: CommandIo): Promise<number> {
  const measures = names(measuresText);
  const engineOnly = ['method', 'certificate', 'shard', 'checkpoint', 'workers'].filter((f) => stringFlag(args, f) !== undefined);
  if (boolFlag(args, 'resume')) engineOnly.push('resume');
  if (engineOnly.length > 0) throw new InputError(`--${engineOnly[0]} belongs to the census engines (degree, gf2Degree, relevant, balanced, bent), not to the census by registry measures`);
  registryCounters(measures); // unknown, list-valued or repeated names first
  if (n > REGISTRY_CENSUS_MAX_N) {
    const other = measures.filter((m) => !isMeasure(m));
    throw new InputError(
      `census by ${other.join(', ')} enumerates every function and stops at n = ${REGISTRY_CENSUS_MAX_N}: n = ${n} has 2^${2 ** n} functions; ` +
        `at n = ${n} count by the engine measures (degree, gf2Degree, relevant, balanced, bent) or use n <= ${REGISTRY_CENSUS_MAX_N}`,
    );
  }
  const reporter = progressFor(args, io)('census', 'functions');
  const result = await runRegistryCensus(
    { n, measures, joint: boolFlag(args, 'joint') },
    { signal: io.signal, ...(reporter.active ? { onProgress: (p: { done: number; total: number }) => reporter.update(p) } : {}) },
  ).finally(() => reporter.end());
  io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(registryCensusToJson(result), null, 1)}\n` : formatRegistryCensus(result));
  if (result.complete) return EXIT.ok;
  io.stderr('census interrupted; the counts cover the functions counted so far\n');
  return EXIT.interrupted;
}
