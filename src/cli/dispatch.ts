/**
 * Command dispatch. Commands load lazily so `cubecheck analyze` never pays for ink or the checker.
 * Every error becomes one line on stderr: InputError (bad input) exits 2; anything else is an
 * internal error, also one line (set CUBECHECK_DEBUG=1 for the stack).
 */
import { InputError } from '../core/result.js';
import { EXIT, type Command, type CommandIo } from './io.js';
import { usage, VERSION } from './usage.js';

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  map: async () => (await import('./commands/map.js')).mapCommand,
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

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    if (io.isTTY) return runCli(['ui'], io);
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(usage());
    return EXIT.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`cubecheck: unknown command '${name}' (run 'cubecheck --help' for the list)\n`);
    return EXIT.badInput;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

function reportError(e: unknown, io: CommandIo): number {
  const message = e instanceof Error ? e.message : String(e);
  const oneLine = message.split('\n')[0] ?? message;
  if (e instanceof InputError || e instanceof RangeError) {
    io.stderr(`cubecheck: ${oneLine}\n`);
    return EXIT.badInput;
  }
  io.stderr(`cubecheck: internal error: ${oneLine}\n`);
  if (io.env.CUBECHECK_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return 70;
}
