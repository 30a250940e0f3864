import { type IsoDate, minDate, type Observation, type Programme } from '@cadre/core';

/**
 * The quick-path files of `cadre report --targets … --actuals …`: `targets.csv` with one row per
 * target, and `actuals.csv` with the programme's actuals summed per indicator and calendar year
 * at the province (dated 31/12, or the review date in its own year). Units are written by name
 * (`unitName`), which the command resolves on each row's date, since codes changed in 2025.
 * Canonical English headers; an empty `target` means no target.
 * @example
 * const { targets, actuals } = quickPathCsv(programme, observations, '2019-05-20', (code) => names.get(code) ?? code);
 * targets.split('\n')[0]; // 'programme,indicator,indicator_name,org_unit,period_start,period_end,target,verb,note'
 */
export function quickPathCsv(
  programme: Programme,
  observations: readonly Observation[],
  asOf: IsoDate,
  unitName: (code: string) => string,
): { targets: string; actuals: string } {
  const unit = unitName(programme.orgUnit ?? programme.targets[0]?.orgUnit ?? '');
  const indicators = new Map(programme.indicators.map((i) => [i.code, i]));
  // The verb travels with the file, so the CLI phrases a figure as the demo does ("bằng 60% KH").
  const targets = programme.targets.map((t) => [
    programme.code,
    t.indicator,
    indicators.get(t.indicator)?.name.vi ?? '',
    unitName(t.orgUnit),
    t.period.start,
    t.period.end,
    t.value ?? '',
    indicators.get(t.indicator)?.verb ?? '',
    t.note ?? '',
  ]);
  // Integer counts per indicator and year; the order follows the programme's indicators.
  const sums = new Map<string, number>();
  for (const o of observations) {
    const key = `${o.indicator}|${minDate(`${o.date.slice(0, 4)}-12-31`, asOf)}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(o.value));
  }
  const rank = new Map(programme.indicators.map((i, n) => [i.code, n]));
  const actuals = [...sums.entries()]
    .map(([key, value]) => {
      const [indicator = '', date = ''] = key.split('|');
      return { indicator, date, value };
    })
    .sort(
      (a, b) =>
        (rank.get(a.indicator) ?? 0) - (rank.get(b.indicator) ?? 0) || (a.date < b.date ? -1 : 1),
    )
    .map((r) => [programme.code, r.indicator, unit, r.date, String(r.value)]);
  return {
    targets: toCsv(
      [
        'programme',
        'indicator',
        'indicator_name',
        'org_unit',
        'period_start',
        'period_end',
        'target',
        'verb',
        'note',
      ],
      targets,
    ),
    actuals: toCsv(['programme', 'indicator', 'org_unit', 'date', 'value'], actuals),
  };
}

function toCsv(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
