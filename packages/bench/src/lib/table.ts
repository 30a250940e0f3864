import type { BenchRow } from './measure.js';

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);

/** Renders benchmark rows as a Markdown table. */
export function renderTable(rows: BenchRow[]): string {
  const head = '| scenario | what | value | ratio | goal | met |\n|---|---|---|---|---|---|';
  const body = rows.map((r) => {
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.baseline ?? ''}`.trim();
    const met = r.met === undefined ? '' : r.met ? 'yes' : 'no';
    return `| ${r.scenario} | ${r.name} | ${fmt(r.value)} ${r.metric} | ${ratio} | ${r.goal ?? ''} | ${met} |`;
  });
  return [head, ...body].join('\n');
}
