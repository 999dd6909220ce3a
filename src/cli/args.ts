/**
 * Command-line options on node:util's parseArgs, strict: each command declares its flags (with
 * the description and default its --help shows, src/cli/help); anything unknown (with the nearest
 * known flag as a suggestion), a missing value or a malformed number is an InputError with a
 * one-line message.
 *
 * A pre-pass decides what is an option before parseArgs sees it, so that mathematics survives:
 * an argument starting with a single `-` (`-x1`, `-1`, `-(x1*x2)`) is a positional, a string
 * flag takes the next argument as its value even when it starts with `-` (`--seed -5`), and
 * everything after `--` is positional.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { InputError } from '../core/result.js';
import { nearest } from './suggest.js';

export type FlagKind = 'boolean' | 'string';

export interface FlagDef {
  readonly type: FlagKind;
  /** The value's placeholder in help, e.g. 'N' (string flags). */
  readonly value?: string;
  readonly description?: string;
  /** The default as help shows it; the command applies it (options absent stay undefined). */
  readonly default?: string;
  /** boolean: --no-NAME is accepted and sets the flag to false. */
  readonly negatable?: boolean;
  /** boolean: --NAME=V is also accepted for these V (the flag's value is then the string V). */
  readonly values?: readonly string[];
}

export type FlagSpec = Readonly<Record<string, FlagKind | FlagDef>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
}

export function flagDef(entry: FlagKind | FlagDef): FlagDef {
  return typeof entry === 'string' ? { type: entry } : entry;
}

function unknownOption(name: string, spec: FlagSpec): InputError {
  const known = Object.keys(spec);
  const guess = nearest(name, known);
  if (guess !== null) return new InputError(`unknown option --${name}; did you mean --${guess}?`);
  const list = known.map((f) => `--${f}`).join(', ');
  return new InputError(`unknown option --${name}${list ? ` (known: ${list})` : ' (this command takes no options)'}`);
}

/** Whether `arg` would be read as one of the spec's long options. */
function isKnownOption(arg: string, spec: FlagSpec): boolean {
  if (!arg.startsWith('--') || arg.length === 2) return false;
  const name = arg.slice(2).split('=')[0]!;
  return Object.hasOwn(spec, name) || (name.startsWith('no-') && Object.hasOwn(spec, name.slice(3)));
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const normalized: string[] = [];
  // boolean flags that also take a value (--progress, --no-progress, --progress=json): last one wins
  const extra: Record<string, string | boolean> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    // a single dash: `-` (stdin), a negative number, an expression such as -x1; never an option
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const entry = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (entry === undefined) {
      const base = name.startsWith('no-') ? name.slice(3) : null;
      const negated = base !== null && Object.hasOwn(spec, base) ? flagDef(spec[base]!) : null;
      if (negated?.type === 'boolean' && negated.negatable) {
        if (inline !== undefined) throw new InputError(`option --${name} takes no value`);
        if (negated.values?.length) extra[base!] = false;
        else normalized.push(`--${name}`);
        continue;
      }
      throw unknownOption(name, spec);
    }
    const def = flagDef(entry);
    if (def.type === 'boolean') {
      if (inline === undefined) {
        if (def.values?.length) extra[name] = true;
        else normalized.push(`--${name}`);
      } else if (def.values?.includes(inline)) extra[name] = inline;
      else {
        const allowed = def.values?.length ? ` other than ${def.values.map((v) => `--${name}=${v}`).join(' or ')}` : '';
        throw new InputError(`option --${name} takes no value${allowed}, got '${arg}'`);
      }
      continue;
    }
    if (inline !== undefined) {
      normalized.push(`--${name}=${inline}`);
      continue;
    }
    const value = argv[k + 1];
    if (value === undefined || value === '--' || isKnownOption(value, spec)) {
      throw new InputError(`option --${name} needs a value${def.value ? ` (--${name} ${def.value})` : ''}`);
    }
    normalized.push(`--${name}=${value}`);
    k++;
  }
  const options = Object.fromEntries(
    Object.entries(spec)
      .map(([name, entry]) => [name, flagDef(entry)] as const)
      .filter(([, def]) => !def.values?.length)
      .map(([name, def]) => [name, { type: def.type }]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    values = nodeParseArgs({ args: normalized, options, strict: true, allowPositionals: false, allowNegative: true }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (e) {
    // the pre-pass has already refused what parseArgs would; this is a safety net, still one line
    throw new InputError((e instanceof Error ? e.message : String(e)).split('\n')[0]!);
  }
  return { positionals, flags: { ...values, ...extra } };
}

/** A non-negative integer option, or the default when absent. */
export function intFlag(args: ParsedArgs, name: string, fallback: number, min?: number, max?: number): number;
export function intFlag(args: ParsedArgs, name: string, fallback: undefined, min?: number, max?: number): number | undefined;
export function intFlag(args: ParsedArgs, name: string, fallback: number | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = args.flags[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d{1,20}$/.test(raw)) throw new InputError(`option --${name} needs a whole number, got '${String(raw).slice(0, 40)}'`);
  const v = Number(raw);
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new InputError(`option --${name} must be between ${min} and ${max}, got ${raw}`);
  return v;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const raw = args.flags[name];
  return typeof raw === 'string' ? raw : undefined;
}

export function boolFlag(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}
