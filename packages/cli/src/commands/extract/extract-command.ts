import type { Command } from '../command.js';

/** `cadre extract`: the figures a review text states, read with the core's `extractFigures`. */
export const extractCommand: Command = {
  name: 'extract',
  summary: {
    vi: 'Đọc các số liệu trong văn bản báo cáo (.txt) và đối chiếu tỷ lệ với chỉ tiêu',
    en: 'Read the figures a review text (.txt) states and reconcile its percentages',
  },
  usage: 'extract FILE [--format table|json] [--near-band P]',
  positionals: {
    value: 'FILE',
    help: { vi: 'văn bản báo cáo, UTF-8', en: 'the review text, UTF-8' },
  },
  options: {
    format: {
      type: 'string',
      value: 'table|json',
      help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
    },
    'near-band': {
      type: 'string',
      value: 'P',
      help: {
        vi: 'độ rộng của "gần"/"hơn", tính bằng điểm phần trăm (mặc định 1)',
        en: 'width of "gần"/"hơn" (nearly/over) in percentage points (default 1)',
      },
    },
  },
  examples: ['cadre extract bao-cao.txt', 'cadre extract bao-cao.txt --format json'],
  run: async (ctx) => (await import('./run-extract.js')).runExtract(ctx),
};
