import { isCadreError } from '@cadre/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { type Command, EXIT } from '../commands/command.js';
import { COMMANDS } from '../commands/index.js';
import { cliVersion } from '../version.js';
import { type RunIO, resolveIO } from './io.js';
import { prescan } from './prescan.js';
import { renderCommandHelp, renderGlobalHelp } from './render-help.js';
import { say } from './text.js';
import { errorMessage, USAGE, usageError } from './usage-error.js';

/**
 * Runs the `cadre` command line in-process and resolves to its exit code: 0 success, 1 data
 * issues, 2 usage errors, 3 failures of the environment (database, network, unexpected errors).
 * Never throws and never prints a stack trace unless `--debug` is given.
 * @example
 * const code = await run(['report', '--targets', 'targets.csv', '--actuals', 'actuals.csv',
 *   '--as-of', '2019-05-20', '--format', 'json'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function run(argv: readonly string[], io: RunIO): Promise<number> {
  const resolved = resolveIO(io);
  const { stdout, stderr } = resolved;
  const pre = prescan(argv);
  const lang = pre.lang ?? 'vi';
  try {
    if (pre.badLang !== undefined) {
      throw usageError({
        vi: `--lang: "${pre.badLang}" không hợp lệ; cần vi hoặc en`,
        en: `--lang: "${pre.badLang}" is not allowed; expected vi or en`,
      });
    }
    const first = argv[0];
    if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
      (first === undefined ? stderr : stdout).write(renderGlobalHelp(COMMANDS, lang));
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      stdout.write(`${cliVersion()}\n`);
      return EXIT.ok;
    }
    const found = findCommand(argv);
    if (!found) throw unknownCommand(argv);
    const { command, rest } = found;
    const parsed = parseCommandArgs(rest, command.options, {
      positionals: command.positionals !== undefined,
    });
    if (parsed.values.help === true) {
      stdout.write(renderCommandHelp(command, lang));
      return EXIT.ok;
    }
    return await command.run({ io: resolved, lang, debug: pre.debug, ...parsed });
  } catch (error) {
    const usage = isCadreError(error) && error.code === USAGE;
    const label = usage
      ? { vi: 'Lỗi cú pháp lệnh', en: 'Usage error' }
      : { vi: 'Lỗi', en: 'Error' };
    const lines = [`${say(label, lang)}: ${errorMessage(error, lang)}`];
    if (pre.debug && error instanceof Error && error.stack) lines.push(error.stack);
    if (usage) {
      const name = findCommand(argv)?.command.name;
      lines.push(
        say(
          {
            vi: `Xem hướng dẫn: cadre ${name ? `${name} ` : ''}--help`,
            en: `See: cadre ${name ? `${name} ` : ''}--help`,
          },
          lang,
        ),
      );
    } else if (!pre.debug) {
      lines.push(
        say(
          {
            vi: 'Chạy lại với --debug để xem chi tiết.',
            en: 'Run again with --debug for details.',
          },
          lang,
        ),
      );
    }
    stderr.write(`${lines.join('\n')}\n`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  const byLength = [...COMMANDS].sort((a, b) => b.name.length - a.name.length);
  for (const command of byLength) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

function unknownCommand(argv: readonly string[]): Error {
  const groups = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `)).map((c) => c.name);
  if (groups.length > 0) {
    const list = groups.join(', ');
    return usageError({
      vi: `"${argv[0]}" cần một lệnh con: ${list}`,
      en: `"${argv[0]}" needs a sub-command: ${list}`,
    });
  }
  const list = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]))].join(', ');
  return usageError({
    vi: `không có lệnh "${argv[0]}"; các lệnh: ${list}`,
    en: `unknown command "${argv[0]}"; commands: ${list}`,
  });
}
