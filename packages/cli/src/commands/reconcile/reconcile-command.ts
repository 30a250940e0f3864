import type { Command } from '../command.js';

/** `cadre reconcile`: which targets a reported percentage can stand for. */
export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: {
    vi: 'Suy ra chỉ tiêu từ kết quả thực hiện và tỷ lệ đã báo cáo ("đạt 238% KH")',
    en: 'Infer the targets a reported percentage ("đạt 238% KH") stands for',
  },
  usage: 'reconcile --actual N --reported TEXT [--target N] [--near-band P] [--format table|json]',
  options: {
    actual: {
      type: 'string',
      value: 'N',
      help: { vi: 'số thực hiện, ví dụ 430', en: 'the actual figure, e.g. 430' },
    },
    reported: {
      type: 'string',
      value: 'TEXT',
      help: {
        vi: 'tỷ lệ đã báo cáo, ví dụ "đạt 238% KH", "đạt gần 70% KH"',
        en: 'the reported percentage, e.g. "đạt 238% KH", "đạt gần 70% KH"',
      },
    },
    target: {
      type: 'string',
      value: 'N',
      help: {
        vi: 'chỉ tiêu đã lưu, để kiểm tra câu báo cáo có khớp không',
        en: 'a stored target, to check whether the phrase fits it',
      },
    },
    'near-band': {
      type: 'string',
      value: 'P',
      help: {
        vi: 'độ rộng của "gần"/"hơn", tính bằng điểm phần trăm (mặc định 1)',
        en: 'width of "gần"/"hơn" (nearly/over) in percentage points (default 1)',
      },
    },
    locale: {
      type: 'string',
      value: 'vi|en',
      help: {
        vi: 'cách viết số của --actual và --target: vi "6.666" (mặc định), en "6,666"',
        en: 'how --actual and --target are written: vi "6.666" (default), en "6,666"',
      },
    },
    format: {
      type: 'string',
      value: 'table|json',
      help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
    },
  },
  examples: [
    'cadre reconcile --actual 430 --reported "đạt 238% KH"',
    'cadre reconcile --actual 79 --reported "đạt 45% KH" --target 180',
  ],
  run: async (ctx) => (await import('./run-reconcile.js')).runReconcile(ctx),
};
