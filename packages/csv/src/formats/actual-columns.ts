import type { CsvColumn } from '../read/column-spec.js';

/** Canonical columns of actuals.csv, the quick-path results file, with their Vietnamese headers. */
export const ACTUAL_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'programme',
    aliases: ['Chương trình', 'Mã chương trình', 'Đề án', 'program'],
    required: true,
    expected: { en: 'a programme code', vi: 'mã chương trình' },
  },
  {
    name: 'indicator',
    aliases: ['Chỉ tiêu', 'Mã chỉ tiêu'],
    required: true,
    expected: { en: 'an indicator code', vi: 'mã chỉ tiêu' },
  },
  {
    name: 'org_unit',
    aliases: ['Đơn vị', 'Mã đơn vị', 'Địa phương'],
    required: true,
    field: 'orgUnit',
    expected: { en: 'an org unit code or name', vi: 'mã hoặc tên đơn vị' },
  },
  {
    name: 'date',
    aliases: ['Ngày', 'Ngày thực hiện', 'Thời điểm'],
    required: true,
    type: 'date',
    expected: { en: 'YYYY-MM-DD or dd/MM/yyyy', vi: 'YYYY-MM-DD hoặc dd/MM/yyyy' },
  },
  {
    name: 'value',
    aliases: ['Thực hiện', 'Kết quả', 'Số lượng', 'Giá trị'],
    required: true,
    type: 'decimal',
    expected: { en: 'a number ≥ 0', vi: 'số ≥ 0' },
  },
];
