/**
 * `cubecheck recover --latents D --tasks "h1; h2; ..." [--psi MAP] [--bias B] [--up-to G]
 *  [--observed M] [--support SPEC] [--method auto|exhaustive|tuples|search] [--seed S] [--evaluations N] [--time-limit SECONDS] [--json]`:
 * the world-model recovery question of docs/math.md section 5.
 */
import { resolve } from 'node:path';
import { InputError } from '../../core/result.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../../certificates/recoveryCertificate.js';
import { saveCertificate, saveNotice } from '../../certificates/write.js';
import type { Certificate } from '../../certificates/types.js';
import { VERSION } from '../usage.js';
import { MAX_EXHAUSTIVE_D, recover } from '../../recovery/engine.js';
import { recoveryJson } from '../../report/recoveryJson.js';
import { objectiveText, recoveryText } from '../../report/recoveryText.js';
import { parseSupport } from '../../expr/supportSpec.js';
import { parsePsi, parseTasks } from '../../expr/taskList.js';
import { BIASES, GROUPS, isBias, isGroup, type Bias, type Group, type Progress } from '../../recovery/types.js';
import { MAX_LATENTS, MAX_OBSERVED } from '../../recovery/validate.js';
import { boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { RECOVER_HELP } from '../help/recover.js';
import { EXIT, type CommandIo } from '../io.js';
import { progressFor } from '../progress/index.js';
import { UINT32_SEEDS, seedFromArgs } from '../seed.js';

export function biasFlag(value: string | undefined): Bias {
  if (value === undefined) return 'head-degree';
  if (!isBias(value)) throw new InputError(`unknown bias '${value}' (known: ${BIASES.join(', ')})`);
  return value;
}

export function groupFlag(value: string | undefined): Group {
  if (value === undefined) return 'signed-permutation';
  if (!isGroup(value)) throw new InputError(`unknown group '${value}' for --up-to (known: ${GROUPS.join(', ')})`);
  return value;
}

/** --observed M: observations x = psi(z) in C_M, M >= D (the paper's setting); default D. */
function observedFlag(args: ReturnType<typeof parseArgs>, d: number): number {
  const m = intFlag(args, 'observed', d, 1, MAX_OBSERVED);
  if (m < d) throw new InputError(`--observed ${m} is below --latents ${d}: psi: C_${d} -> C_m must be injective, so m >= ${d}`);
  return m;
}

export async function recoverCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, RECOVER_HELP.flags);
  if (args.positionals.length > 0) throw new InputError(`recover takes options only; unexpected '${args.positionals[0]}'`);
  const d = intFlag(args, 'latents', undefined, 1, MAX_LATENTS);
  if (d === undefined) throw new InputError('recover needs --latents D (the number of latents, 1..6)');
  const tasksText = stringFlag(args, 'tasks');
  if (tasksText === undefined) throw new InputError('recover needs --tasks "h1; h2; ..." (functions of x1..xD, the latents)');
  const method = stringFlag(args, 'method') ?? 'auto';
  if (method !== 'auto' && method !== 'exhaustive' && method !== 'search' && method !== 'tuples') throw new InputError(`unknown method '${method}' (known: auto, exhaustive, tuples, search)`);
  if (method === 'exhaustive' && d > MAX_EXHAUSTIVE_D) throw new InputError(`--method exhaustive covers at most ${MAX_EXHAUSTIVE_D} latents ((2^d)! bijections)`);
  const supportSpec = stringFlag(args, 'support');
  const problem = {
    d,
    psi: parsePsi(stringFlag(args, 'psi'), d, observedFlag(args, d)),
    tasks: parseTasks(tasksText, d),
    bias: biasFlag(stringFlag(args, 'bias')),
    group: groupFlag(stringFlag(args, 'up-to')),
    support: supportSpec === undefined ? null : parseSupport(supportSpec, d),
  };
  const json = boolFlag(args, 'json');
  const seed = seedFromArgs(args, UINT32_SEEDS, 1, 'recover', io.stderr);
  const maxEvaluations = intFlag(args, 'evaluations', 200_000, 1);
  const certPath = stringFlag(args, 'cert');
  const reporter = progressFor(args, io)('recover', 'evaluations');
  const started = Date.now();
  const result = await recover(problem, {
    method,
    seed,
    maxEvaluations,
    exactTimeLimitMs: 1000 * intFlag(args, 'time-limit', 60, 1, 86_400),
    signal: io.signal,
    ...(reporter.active ? { onProgress: (p: Progress) => reporter.update({ done: p.evaluations, total: maxEvaluations, detail: `best ${objectiveText(p.best)}` }) } : {}),
  }).catch((e: unknown) => {
    reporter.end();
    throw e;
  });
  reporter.end({ done: result.stats.evaluations });
  if (result.stats.method === 'search') io.stderr(`recover: seeded search, seed ${seed} (the same seed gives the same search)\n`);
  io.stdout(json ? `${JSON.stringify(recoveryJson(result))}\n` : recoveryText(result));
  if (result.stats.aborted) return EXIT.interrupted;
  if (certPath !== undefined) {
    const why = recoveryCertificateProblem(result);
    if (why !== null) {
      io.stderr(`recover: no certificate written: ${why}\n`);
      return EXIT.inconclusive;
    }
    const cert = recoveryCertificate(result, `cubecheck ${VERSION}`, Date.now() - started) as unknown as Certificate;
    const saved = await saveCertificate(resolve(io.cwd, certPath), cert, { force: boolFlag(args, 'force') });
    const notice = saveNotice(saved, certPath);
    if (notice !== null) io.stderr(`recover: ${notice}\n`);
  }
  return EXIT.ok;
}
