import { parseArgs } from 'node:util';
import { usageError } from '../run/usage-error.js';
import { GLOBAL_OPTIONS, type OptionDefs, type OptionValues } from './option-defs.js';

/** What a command line holds after parsing. */
export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
}

/**
 * Parses a command's arguments with Node's `util.parseArgs` (strict: unknown options are
 * errors), adding the global options. Parse failures become bilingual usage errors (exit 2)
 * that name the option and what was expected.
 * @example
 * parseCommandArgs(['--targets', 't.csv'], { targets: { type: 'string', help } }).values.targets; // 't.csv'
 */
export function parseCommandArgs(
  argv: readonly string[],
  options: OptionDefs,
  accept: { positionals?: boolean } = {},
): ParsedArgs {
  const config = Object.fromEntries(
    Object.entries({ ...GLOBAL_OPTIONS, ...options }).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short && { short: o.short }),
        ...(o.multiple && { multiple: true }),
      },
    ]),
  );
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: config,
      strict: true,
      allowPositionals: accept.positionals ?? false,
    });
    return { values: parsed.values as OptionValues, positionals: parsed.positionals };
  } catch (error) {
    throw translateParseError(error);
  }
}

function translateParseError(error: unknown): Error {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const name = quoted.split(' ')[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return usageError(
      {
        vi: `không có tùy chọn ${name}; xem --help để biết các tùy chọn hợp lệ`,
        en: `unknown option ${name}; see --help for the valid options`,
      },
      [name],
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return usageError(
      {
        vi: `không cần đối số "${quoted}"; giá trị phải đi sau một tùy chọn, ví dụ --targets targets.csv`,
        en: `unexpected argument "${quoted}"; values go after an option, e.g. --targets targets.csv`,
      },
      [quoted],
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const takesValue = /argument missing|ambiguous/.test(message);
    return usageError(
      takesValue
        ? {
            vi: `tùy chọn ${name} cần một giá trị ngay sau nó`,
            en: `option ${name} needs a value right after it`,
          }
        : { vi: `tùy chọn ${name} không nhận giá trị`, en: `option ${name} takes no value` },
      [name],
    );
  }
  return usageError({ vi: message, en: message });
}
