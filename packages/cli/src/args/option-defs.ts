import type { Text } from '../run/text.js';

/** One command-line option: its kind, a short letter, a value placeholder and its help text. */
export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help: FILE, YYYY-MM-DD… */
  value?: string;
  help: Text;
}

export type OptionDefs = Readonly<Record<string, OptionDef>>;

/** Values after parsing: text, flags, or lists of text for `multiple` options. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** Options every command accepts. */
export const GLOBAL_OPTIONS: OptionDefs = {
  lang: {
    type: 'string',
    value: 'vi|en',
    help: { vi: 'ngôn ngữ thông báo (mặc định vi)', en: 'language of messages (default vi)' },
  },
  debug: {
    type: 'boolean',
    help: { vi: 'in cả vết ngăn xếp khi có lỗi', en: 'print stack traces on failures' },
  },
  help: { type: 'boolean', short: 'h', help: { vi: 'in hướng dẫn', en: 'print help' } },
};
