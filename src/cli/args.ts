/**
 * A small, strict argument parser: each command declares its flags; anything unknown, a missing
 * value or a malformed number is an InputError with a one-line message.
 */
import { InputError } from '../core/result.js';

export type FlagSpec = Readonly<Record<string, 'boolean' | 'string'>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (kind === undefined) {
      const known = Object.keys(spec).map((f) => `--${f}`).join(', ');
      throw new InputError(`unknown option --${name}${known ? ` (known: ${known})` : ''}`);
    }
    if (kind === 'boolean') {
      if (eq >= 0) throw new InputError(`option --${name} takes no value`);
      flags[name] = true;
    } else if (eq >= 0) {
      flags[name] = arg.slice(eq + 1);
    } else {
      const value = argv[k + 1];
      if (value === undefined) throw new InputError(`option --${name} needs a value`);
      flags[name] = value;
      k++;
    }
  }
  return { positionals, flags };
}

/** A non-negative integer option, or the default when absent. */
export function intFlag(args: ParsedArgs, name: string, fallback: number, min?: number, max?: number): number;
export function intFlag(args: ParsedArgs, name: string, fallback: undefined, min?: number, max?: number): number | undefined;
export function intFlag(args: ParsedArgs, name: string, fallback: number | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = args.flags[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new InputError(`option --${name} needs a whole number, got '${String(raw)}'`);
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
