/**
 * Command dispatch. Commands load lazily so `cubecheck analyze` never pays for ink or the checker.
 * One error channel: an InputError (bad input) is one line on stderr and exit 2; anything else
 * is an internal error, one line that asks for a report, exit 70 (CUBECHECK_DEBUG=1 adds the stack).
 */
import { InputError } from '../core/result.js';
import { commandHelpText, helpFor } from './help/index.js';
import { EXIT, type Command, type CommandIo } from './io.js';
import { nearest } from './suggest.js';
import { usage, VERSION } from './usage.js';

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  map: async () => (await import('./commands/map.js')).mapCommand,
  canon: async () => (await import('./commands/canon.js')).canonCommand,
  equivalent: async () => (await import('./commands/equivalent.js')).equivalentCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  list: async () => (await import('./commands/list.js')).listCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  recover: async () => (await import('./commands/recover.js')).recoverCommand,
  interpolate: async () => (await import('./commands/interpolate.js')).interpolateCommand,
  curve: async () => (await import('./commands/curve.js')).curveCommand,
  ui: async () => (await import('./commands/ui.js')).uiCommand,
  census: async () => (await import('./commands/census.js')).censusCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(commands);

function unknownCommand(name: string, io: CommandIo): number {
  const guess = nearest(name, COMMAND_NAMES);
  const hint = guess === null ? '' : `; did you mean '${guess}'?`;
  io.stderr(`cubecheck: unknown command '${name}'${hint} (run 'cubecheck --help' for the list)\n`);
  return EXIT.badInput;
}

/** `help`, `help <command>`, `<command> --help`: the page, or the list of commands. */
function showHelp(name: string | undefined, io: CommandIo): number {
  if (name === undefined) {
    io.stdout(usage());
    return EXIT.ok;
  }
  const help = helpFor(name);
  if (help === undefined) return unknownCommand(name, io);
  io.stdout(commandHelpText(help));
  return EXIT.ok;
}

/** Whether argv asks for help before any `--` (after it, --help is a value). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    if (io.isTTY) return runCli(['ui'], io);
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h') return showHelp(undefined, io);
  if (name === 'help') {
    if (rest.length > 1) return reportError(new InputError(`help takes one command name, got ${rest.length}`), io);
    return showHelp(rest[0], io);
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = commands[name];
  if (!load) return unknownCommand(name, io);
  if (asksForHelp(rest)) return showHelp(name, io);
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

export function reportError(e: unknown, io: CommandIo): number {
  const message = e instanceof Error ? e.message : String(e);
  const oneLine = (message.split('\n')[0] ?? message).slice(0, 500);
  if (e instanceof InputError) {
    io.stderr(`cubecheck: ${oneLine}\n`);
    return EXIT.badInput;
  }
  io.stderr(`cubecheck: internal error: ${oneLine} (this is a bug in cubecheck, please report it; CUBECHECK_DEBUG=1 prints the stack)\n`);
  if (io.env.CUBECHECK_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.internal;
}
