import { GLOBAL_OPTIONS, type OptionDefs } from '../args/option-defs.js';
import type { Command } from '../commands/command.js';
import { type Lang, say } from './text.js';

/**
 * The help of the whole program: commands, global options and where to read more.
 * @example
 * io.stdout.write(renderGlobalHelp(COMMANDS, 'vi'));
 */
export function renderGlobalHelp(commands: readonly Command[], lang: Lang): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = [
    say(
      {
        vi: 'cadre — báo cáo kết quả thực hiện chỉ tiêu phát triển cán bộ',
        en: 'cadre — attainment reports for cadre-development programmes',
      },
      lang,
    ),
    '',
    say({ vi: 'Cách dùng: cadre <lệnh> [tùy chọn]', en: 'Usage: cadre <command> [options]' }, lang),
    '',
    say({ vi: 'Lệnh:', en: 'Commands:' }, lang),
    ...commands.map((c) => `  ${c.name.padEnd(width)}${say(c.summary, lang)}`),
    '',
    say({ vi: 'Tùy chọn chung:', en: 'Global options:' }, lang),
    ...optionLines(GLOBAL_OPTIONS, lang),
    `  --version${' '.repeat(Math.max(2, 20 - 9))}${say({ vi: 'in số phiên bản', en: 'print the version' }, lang)}`,
    '',
    say(
      {
        vi: 'Mã thoát: 0 thành công, 1 dữ liệu có lỗi, 2 sai cú pháp lệnh, 3 lỗi môi trường (CSDL, mạng).',
        en: 'Exit codes: 0 success, 1 data issues, 2 usage errors, 3 environment failures (database, network).',
      },
      lang,
    ),
    say({ vi: 'Xem thêm: cadre <lệnh> --help', en: 'More: cadre <command> --help' }, lang),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The help of one command: synopsis, options, positional files and examples.
 * @example
 * io.stdout.write(renderCommandHelp(reportCommand, 'en'));
 */
export function renderCommandHelp(command: Command, lang: Lang): string {
  const lines = [
    `${say({ vi: 'Cách dùng', en: 'Usage' }, lang)}: cadre ${command.usage}`,
    '',
    say(command.summary, lang),
    '',
  ];
  if (command.positionals) {
    lines.push(`  ${command.positionals.value.padEnd(18)}  ${say(command.positionals.help, lang)}`);
  }
  lines.push(say({ vi: 'Tùy chọn:', en: 'Options:' }, lang));
  lines.push(...optionLines(command.options, lang), ...optionLines(GLOBAL_OPTIONS, lang));
  if (command.examples && command.examples.length > 0) {
    lines.push('', say({ vi: 'Ví dụ:', en: 'Examples:' }, lang));
    lines.push(...command.examples.map((e) => `  ${e}`));
  }
  return `${lines.join('\n')}\n`;
}

function optionLines(options: OptionDefs, lang: Lang): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(18)}  ${say(o.help, lang)}`;
  });
}
