/**
 * A command's help, declared next to its flag spec: the command parses its argv with exactly
 * these flags, and `cubecheck <command> --help` prints them, so the two cannot drift apart.
 */
import type { FlagDef } from '../args.js';

/** A flag as help shows it: every flag says what it does. */
export type HelpFlag = FlagDef & { readonly description: string };

export interface CommandHelp {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Synopses, each after `cubecheck `. */
  readonly usage: readonly string[];
  readonly arguments?: readonly { readonly name: string; readonly description: string }[];
  readonly flags: Readonly<Record<string, HelpFlag>>;
  /** Command lines, each after `cubecheck `; at least one. */
  readonly examples: readonly string[];
  readonly notes?: readonly string[];
}
