import type { OptionDefs, OptionValues } from '../args/option-defs.js';
import type { ResolvedIO } from '../run/io.js';
import type { Lang, Text } from '../run/text.js';

/** What a command receives: its parsed arguments, the IO and the language. */
export interface CommandContext {
  io: ResolvedIO;
  lang: Lang;
  debug: boolean;
  values: OptionValues;
  positionals: string[];
}

/**
 * One `cadre` command. Adding a command is one file exporting a `Command` plus one line in
 * `commands/index.ts`.
 */
export interface Command {
  /** The words that select it: 'report', 'rules rotation'. */
  name: string;
  summary: Text;
  /** Synopsis shown in help, after "cadre ". */
  usage: string;
  options: OptionDefs;
  /** Positional arguments (files), when the command takes them. */
  positionals?: { value: string; help: Text };
  /** Examples for help, one command line each. */
  examples?: readonly string[];
  /** Resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/**
 * Exit codes: success, data issues, usage errors, failures of the environment, and 130 (128 +
 * SIGINT, the shells' convention) when Ctrl-C stopped a command before it finished.
 */
export const EXIT = { ok: 0, dataIssues: 1, usage: 2, failure: 3, interrupted: 130 } as const;
