import type { CsvLocaleName } from '@cadre/csv';
import { GEOGRAPHIES, type Geography } from '../org-units/load-org-units.js';
import type { OptionDefs, OptionValues } from './option-defs.js';
import { choiceOption } from './option-values.js';

/** Options shared by the commands that read CSV files. */
export const CSV_OPTIONS: OptionDefs = {
  locale: {
    type: 'string',
    value: 'vi|en|plain',
    help: {
      vi: 'cách viết số trong tệp CSV: vi "1.234,5", en "1,234.5", plain "1234.5" (mặc định)',
      en: 'how the CSV files write numbers: vi "1.234,5", en "1,234.5", plain "1234.5" (default)',
    },
  },
  'skip-bad-rows': {
    type: 'boolean',
    help: {
      vi: 'bỏ qua dòng lỗi, vẫn dùng các dòng hợp lệ (mã thoát vẫn là 1)',
      en: 'skip bad rows and use the valid ones (the exit code is still 1)',
    },
  },
  'org-units': {
    type: 'string',
    value: 'FILE',
    help: {
      vi: 'tệp CSV đơn vị bổ sung (thay đơn vị cùng mã của danh mục hành chính)',
      en: 'CSV of extra org units (replacing geography units of the same code)',
    },
  },
  geography: {
    type: 'string',
    value: 'province|all|none',
    help: {
      vi: 'danh mục hành chính để tra tên đơn vị: tỉnh (mặc định), tất cả, không dùng',
      en: 'administrative geography to resolve unit names: provinces (default), all, none',
    },
  },
};

const LOCALES = { vi: 'vi-VN', en: 'en', plain: 'plain' } as const satisfies Record<
  string,
  CsvLocaleName
>;

/**
 * The CSV options of a command line, in the csv package's terms.
 * @example
 * csvOptions({ locale: 'vi' }).locale; // 'vi-VN'
 */
export function csvOptions(values: OptionValues): {
  locale: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
  geography: Geography;
} {
  const locale = choiceOption(values, 'locale', ['vi', 'en', 'plain'] as const, 'plain');
  return {
    locale: LOCALES[locale],
    mode: values['skip-bad-rows'] === true ? 'skip_bad_rows' : 'all_or_nothing',
    geography: choiceOption(values, 'geography', GEOGRAPHIES, 'province'),
  };
}
