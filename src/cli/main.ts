#!/usr/bin/env node
/**
 * The cubecheck entry point: parses the command name, hands the rest to the command, and turns
 * errors into one line on stderr. Nothing else happens here.
 */
import { runCli } from './dispatch.js';
import { nodeIo } from './nodeIo.js';

const controller = new AbortController();
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

const code = await runCli(process.argv.slice(2), nodeIo(controller.signal));
process.exitCode = code;
