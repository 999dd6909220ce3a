/**
 * `cubecheck check <id | file> [--n N] [--mode exhaustive|random|auto] [--runs R] [--seed S]
 *  [--budget B] [--workers K] [--shard i/N] [--cert FILE] [--json] [--all]`: checks one property
 *  (--shard: only slice i of N of the canonical order, for `merge`; a partial certificate; --all counts
 *  every counterexample; --workers: threads of the census engine, which exhaustive runs of
 *  properties with a census form use at n <= 5; --timeout SECONDS: the most one case of the
 *  predicate may take in the sandbox, default 60). Exit 0 holds, 1 refuted, 2 bad input (also a
 *  predicate that throws or returns a non-boolean), 3 inconclusive (also a time or memory limit,
 *  an interrupt). A census-engine "holds" gets a census certificate (docs/certificates.md).
 * `cubecheck check --all [--out DIR] [--json]`: the whole catalogue at default scopes, a summary
 *  table, one certificate per claim in DIR (default ./certificates). Exit 0 when every result
 *  matches its status, 1 when a theorem is refuted, 3 otherwise.
 * Flags and help: src/cli/help/check.ts; certificates follow the overwrite policy (--force).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Property } from '../../claim/property.js';
import { holdsNewCertificate, saveCheckCertificate, saveNotice } from '../../certificates/write.js';
import { type LoadedProperty, extendedIds, findInCatalogue, loadPropertyFile } from '../../check/catalogue.js';
import { loadCatalogue } from '../../lang/catalogue.js';
import { type CatalogueEntry, catalogueExitCode, runCatalogue } from '../../certificates/catalogueRun.js';
import { runOptionsFrom, timeoutOption } from './checkOptions.js';
import { count, describeValue, formatResult, resultJson, summaryTable } from '../../report/check/index.js';
import { runProperty } from '../../check/runner.js';
import { EvaluationStopped } from '../../check/sandbox/index.js';
import { type CheckResult, DEFAULT_BUDGET, DEFAULT_RUNS, DEFAULT_SEED, type Progress, type RunHooks } from '../../check/types.js';
import { InputError } from '../../core/result.js';
import { CLAIM_ID, claimsTargets, formulaTarget, readClaimsFile } from '../../lang/load.js';
import { matchesStatus } from '../../certificates/catalogueRun.js';
import { type ParsedArgs, boolFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { CHECK_HELP } from '../help/check.js';
import { type CommandIo, EXIT } from '../io.js';
import { type ProgressReporter, progressFor } from '../progress/index.js';
import { drawnSeedLine } from '../seed.js';
import { VERSION } from '../usage.js';

const FLAGS = CHECK_HELP.flags;

/** A path for people: relative to cwd when inside it. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function looksLikeFile(target: string, cwd: string): boolean {
  return /[\\/]/.test(target) || /\.(m?ts|m?js)$/.test(target) || existsSync(resolve(cwd, target));
}

/**
 * A formula (docs/claims.md, "On the command line"): not an existing file, and either not shaped
 * like a catalogue id or path, or containing a blank, '(' or ':' (which no id or path of ours has).
 */
function isFormula(target: string, cwd: string): boolean {
  if (existsSync(resolve(cwd, target))) return false;
  return /[\s(:]/.test(target) || (!CLAIM_ID.test(target) && !looksLikeFile(target, cwd));
}

type Target = LoadedProperty & { readonly formula?: true };

/** What user code writes goes to our stderr, each line prefixed; our stdout stays ours. */
function outputHook(io: CommandIo, label: string): (line: string) => void {
  return (line) => io.stderr(`[${label}] ${line}\n`);
}

async function resolveTarget(target: string, io: CommandIo, args: ParsedArgs): Promise<Target> {
  if (isFormula(target, io.cwd)) return { property: formulaTarget(target, intFlag(args, 'n', undefined, 0, 24)), sourcePath: '', formula: true };
  if (looksLikeFile(target, io.cwd)) return loadPropertyFile(target, io.cwd, { ...timeoutOption(args), signal: io.signal, onOutput: outputHook(io, target) });
  return findInCatalogue(await loadCatalogue(), target);
}

/** `check file.claims [id]`: one claim as usual; every claim of the file, one result after another. */
async function checkClaims(file: string, id: string | undefined, args: ParsedArgs, io: CommandIo): Promise<number> {
  const properties = claimsTargets(file, readClaimsFile(file, io.cwd), id, intFlag(args, 'n', undefined, 0, 24));
  if (properties.length === 1) return checkOne({ property: properties[0]!, sourcePath: '', formula: true }, args, io);
  const options = { ...runOptionsFrom(args), countAll: boolFlag(args, 'all') };
  const json = boolFlag(args, 'json');
  const results: CheckResult[] = [];
  // several claims: --cert names a directory, one formula certificate DIR/<claim id>.json each
  const certDir = stringFlag(args, 'cert') === undefined ? undefined : resolve(io.cwd, stringFlag(args, 'cert')!);
  const certificates: (string | null)[] = [];
  let code: number = EXIT.ok;
  for (const p of properties) {
    const reporter = progressFor(args, io)(p.id, 'cases');
    let r: CheckResult | undefined;
    try {
      r = await runProperty(p, options, hooksFor(io, reporter, p.id));
    } finally {
      reporter.end(r && { done: r.cases });
    }
    results.push(r);
    const certificate = certDir === undefined ? null : await claimCertificate(join(certDir, `${p.id}.json`), r, p, args, io);
    certificates.push(certificate);
    if (p.status === 'theorem' && r.verdict === 'refuted') code = EXIT.refuted;
    else if (code === EXIT.ok && !matchesStatus(p, r)) code = EXIT.inconclusive;
    if (!json) io.stdout(`${formatResult(r, p.statement, certificate)}\n`);
    if (r.reason === 'aborted') return EXIT.inconclusive;
  }
  if (json) io.stdout(`${JSON.stringify(results.map((r, k) => resultJson(r, certificates[k] ?? null)), null, 2)}\n`);
  return code;
}

/** One claim's formula certificate in a --cert directory (made if missing); its shown path or null. */
async function claimCertificate(path: string, r: CheckResult, p: Property, args: ParsedArgs, io: CommandIo): Promise<string | null> {
  if (r.engine !== undefined && r.verdict === 'holds' && r.censusCells === undefined) return null;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new InputError(`option --cert: cannot make the certificate directory ${dirname(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const save = await saveCheckCertificate(path, r, p, '', VERSION, { force: boolFlag(args, 'force') });
  if (save !== null) announce(saveNotice(save, shown(save.path, io.cwd)), io);
  return save !== null && holdsNewCertificate(save) ? shown(save.path, io.cwd) : null;
}

/** The runner's hooks: progress into a reporter (src/cli/progress), user code's output to stderr. */
function hooksFor(io: CommandIo, reporter: ProgressReporter, label: string): RunHooks {
  const onProgress = (p: Progress): void => reporter.update({ done: p.done, total: p.total, rate: p.rate, etaSeconds: p.etaMs === null ? null : p.etaMs / 1000 });
  return { signal: io.signal, onOutput: outputHook(io, label), ...(reporter.active ? { onProgress } : {}) };
}

/** Says on stderr what the overwrite policy did, when it did something other than create the file. */
function announce(notice: string | null, io: CommandIo): void {
  if (notice !== null) io.stderr(`cubecheck: ${notice}\n`);
}

async function checkOne(target: string | Target, args: ParsedArgs, io: CommandIo): Promise<number> {
  if (stringFlag(args, 'out') !== undefined) throw new InputError('option --out goes with check --all and no property (use --cert FILE for one property)');
  const options = { ...runOptionsFrom(args), countAll: boolFlag(args, 'all') };
  if (stringFlag(args, 'seed') === 'random') io.stderr(drawnSeedLine('check', options.seed!));
  const json = boolFlag(args, 'json');
  let loaded: Target;
  try {
    loaded = typeof target === 'string' ? await resolveTarget(target, io, args) : target;
  } catch (e) {
    // Interrupted, or past a limit, while the sandbox loaded the module: nothing was checked.
    if (!(e instanceof EvaluationStopped)) throw e;
    io.stderr(`cubecheck: ${String(target)} was not checked: ${e.kind === 'aborted' ? 'interrupted while loading it' : `loading it stopped: ${e.detail}`}\n`);
    return EXIT.inconclusive;
  }
  const reporter = progressFor(args, io)(loaded.property.id, 'cases');
  let result: CheckResult | undefined;
  try {
    result = await runProperty(loaded.property, options, hooksFor(io, reporter, loaded.property.id));
  } finally {
    reporter.end(result && { done: result.cases });
  }
  const certArg = stringFlag(args, 'cert');
  const uncertifiable = result.engine !== undefined && result.verdict === 'holds' && result.censusCells === undefined;
  if (certArg !== undefined && uncertifiable) {
    io.stderr('cubecheck: no certificate written: the census engine decided this claim, and the verifier cannot re-check it (it re-enumerates at most 2^24 cases)\n');
  }
  const save = certArg === undefined || uncertifiable ? null : await saveCheckCertificate(resolve(io.cwd, certArg), result, loaded.property, loaded.sourcePath, VERSION, { force: boolFlag(args, 'force') });
  if (save !== null) announce(saveNotice(save, shown(save.path, io.cwd)), io);
  const certificate = save !== null && holdsNewCertificate(save) ? shown(save.path, io.cwd) : null;
  const partial = result.slice !== undefined && result.reason === 'slice';
  if (partial && !json) io.stdout(sliceText(result, certificate));
  else io.stdout(json ? `${JSON.stringify(resultJson(result, certificate), null, 2)}\n` : formatResult(result, loaded.property.statement, certificate));
  if (partial) return EXIT.ok;
  return result.verdict === 'holds' ? EXIT.ok : result.verdict === 'refuted' ? EXIT.refuted : EXIT.inconclusive;
}

/** A finished slice of a sharded run: what it covered; it proves nothing until merged. */
function sliceText(r: CheckResult, certificate: string | null): string {
  const s = r.slice!;
  const found = r.quantifier === 'forAll' ? `holds on all ${r.cases}` : `holds on none of the ${r.cases}`;
  return [
    `${r.property} at n = ${r.scope.n}: shard ${s.index} of ${s.count}, cases [${s.from}, ${s.to}) of ${s.total}`,
    `slice: the predicate ${found} (a partial result: merge every shard's certificate with cubecheck merge)`,
    `certificate: ${certificate ?? 'none (use --cert FILE)'}`,
  ].join('\n') + '\n';
}

/** The counterexample of a refuted claim, in notation with its details. */
function findingLines({ result: r }: CatalogueEntry): string[] {
  const c = r.counterexample;
  if (c === null) return [];
  return [`${r.property}: counterexample`, ...r.scope.variables.flatMap((v) => describeValue(v.name, c.values[v.name]!, c.encoded[v.name]!, v.domain).map((l) => `  ${l}`))];
}

async function checkCatalogue(args: ParsedArgs, io: CommandIo): Promise<number> {
  for (const flag of ['n', 'mode', 'runs', 'seed', 'budget', 'workers', 'timeout', 'cert', 'shard'] as const) {
    if (args.flags[flag] !== undefined) throw new InputError(`option --${flag} needs a property: check --all alone runs the catalogue at default scopes`);
  }
  const json = boolFlag(args, 'json');
  const outDir = resolve(io.cwd, stringFlag(args, 'out') ?? 'certificates');
  const reporters = progressFor(args, io);
  let current: ProgressReporter | null = null;
  const hooks = (id: string): RunHooks => {
    current = reporters(id, 'cases');
    return hooksFor(io, current, id);
  };
  const onEntry = (e: CatalogueEntry): void => {
    current?.end({ done: e.result.cases });
    // an unchanged certificate is counted in the summary; kept and replaced ones are named here
    if (e.save !== null && e.save.kind !== 'unchanged') announce(saveNotice(e.save, shown(e.save.path, io.cwd)), io);
  };
  // The extended claims (properties/extended.list) only with --extended.
  const extended = boolFlag(args, 'extended') ? new Set<string>() : extendedIds();
  const claims = (await loadCatalogue()).filter((c) => !extended.has(c.property.id));
  const skipped = extended.size;
  let run: Awaited<ReturnType<typeof runCatalogue>>;
  try {
    run = await runCatalogue(claims, outDir, VERSION, hooks, onEntry, { force: boolFlag(args, 'force') });
  } finally {
    (current as ProgressReporter | null)?.end();
  }
  const { entries, complete } = run;
  if (json) {
    io.stdout(`${JSON.stringify(entries.map((e) => resultJson(e.result, e.certificate && shown(e.certificate, io.cwd))), null, 2)}\n`);
  } else {
    const by = (kind: string): number => entries.filter((e) => e.save?.kind === kind).length;
    const written = by('create') + by('replace');
    const unchanged = by('unchanged');
    const kept = by('keep');
    const lines = [
      `catalogue at default scopes; auto mode: exhaustive when the enumeration cost is at most ${count(DEFAULT_BUDGET)}, else random (seed ${DEFAULT_SEED}, ${DEFAULT_RUNS} runs)`,
      '',
      summaryTable(entries.map((e) => ({ result: e.result, expected: e.expected }))),
      ...entries.flatMap(findingLines),
      `${written} certificate${written === 1 ? '' : 's'} written to ${shown(outDir, io.cwd)}` +
        (unchanged > 0 ? `, ${unchanged} unchanged (the same but for the date)` : '') +
        (kept > 0 ? `, ${kept} kept because they differ (see stderr; --force replaces them)` : ''),
    ];
    if (skipped > 0) lines.push(`${skipped} extended claim${skipped === 1 ? '' : 's'} not run (properties/extended.list; check --all --extended runs them too, minutes)`);
    if (!complete) lines.push('interrupted: the remaining claims were not checked');
    io.stdout(`${lines.join('\n')}\n`);
  }
  return catalogueExitCode(entries, complete);
}

export async function checkCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  const [target, ...extra] = args.positionals;
  const claimsFile = target !== undefined && target.endsWith('.claims');
  if (boolFlag(args, 'extended') && (target !== undefined || !boolFlag(args, 'all'))) throw new InputError('option --extended goes with --all alone (check --all --extended runs the extended claims too)');
  if (extra.length > (claimsFile ? 1 : 0)) throw new InputError(`check takes one property id, file or formula (or a .claims file and a claim id), got ${args.positionals.length}`);
  if (claimsFile) return checkClaims(target, extra[0], args, io);
  if (target !== undefined) return checkOne(target, args, io);
  if (boolFlag(args, 'all')) return checkCatalogue(args, io);
  throw new InputError("check needs a claim id or file, or --all (run 'cubecheck check --help' for the options)");
}
