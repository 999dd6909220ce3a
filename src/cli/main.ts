#!/usr/bin/env node
/**
 * The cubecheck entry point: parses the command name, hands the rest to the command, and turns
 * errors into one line on stderr. Nothing else happens here.
 */
import { reportError, runCli } from './dispatch.js';
import { nodeIo } from './nodeIo.js';

const controller = new AbortController();
const io = nodeIo(controller.signal);
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts++;
  if (interrupts > 1) process.exit(3); // a second Ctrl-C: stop at once (interrupted)
  controller.abort();
});
process.on('SIGTERM', () => controller.abort());
// A reader that closes the pipe early (`cubecheck ... | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

// An error that escapes every command (a crashed callback, an unhandled rejection) is still one
// line: bad input exits 2, anything else is internal (70), never a stack trace unless asked.
const escaped = (e: unknown): void => {
  process.exit(reportError(e, io));
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

const code = await runCli(process.argv.slice(2), io);
process.exitCode = code;
