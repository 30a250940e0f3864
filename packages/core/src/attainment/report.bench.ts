import { bench, describe } from 'vitest';
import { minDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import {
  AS_OF,
  nationalObservations,
  nationalProgramme,
  nationalUnits,
} from './__fixtures__/national-shape.js';
import { aggregateCells } from './aggregate-cells.js';
import { buildReport } from './build-report.js';
import { computeReport } from './compute-report.js';
import { createReportAccumulator } from './report-accumulator.js';
import type { CellTotal } from './types.js';

// The national shape (34 provinces, 3,321 communes, 200 targets per province = 6,800 cells),
// rows at commune level. The baseline is stage 1 as it was before targets were indexed: each
// row tested against every target of its unit and of the units above it.
const orgUnits = nationalUnits();
const programme = nationalProgramme();
const rows100k = nationalObservations(100_000);
const rows1m = nationalObservations(1_000_000, 43);

function scanCells(p: Programme, observations: readonly Observation[], index: OrgUnitIndex) {
  const slots = p.targets.map((t) => ({
    t,
    end: minDate(t.period.end, AS_OF),
    match: Object.entries(t.disaggregation),
    sum: 0,
    count: 0,
  }));
  const byUnit = new Map<string, typeof slots>();
  for (const s of slots) byUnit.set(s.t.orgUnit, [...(byUnit.get(s.t.orgUnit) ?? []), s]);
  const chains = new Map<string, string[]>();
  for (const o of observations) {
    if (o.programme !== p.code || o.date > AS_OF) continue;
    let chain = chains.get(o.orgUnit);
    if (!chain) {
      chain = [o.orgUnit, ...index.ancestors(o.orgUnit).map((u) => u.code)];
      chains.set(o.orgUnit, chain);
    }
    for (const unit of chain) {
      for (const s of byUnit.get(unit) ?? []) {
        if (o.indicator !== s.t.indicator || o.date < s.t.period.start || o.date > s.end) continue;
        if (!s.match.every(([k, v]) => o.disaggregation[k] === v)) continue;
        s.sum += o.value as number;
        s.count++;
      }
    }
  }
  return slots.map(
    (s): CellTotal => ({
      programme: p.code,
      indicator: s.t.indicator,
      orgUnit: s.t.orgUnit,
      period: s.t.period,
      disaggregation: s.t.disaggregation,
      target: s.t.value,
      baseline: null,
      actual: String(s.sum),
      count: s.count,
    }),
  );
}

const options = { iterations: 5, warmupIterations: 1, time: 0 };
const input = { programme, orgUnits, asOf: AS_OF };

describe('stage 1: 100k rows, 200 targets per province', () => {
  bench(
    'baseline: test every target of the unit chain per row',
    () => {
      scanCells(programme, rows100k, orgUnits);
    },
    options,
  );
  bench(
    'aggregateCells: targets indexed by indicator, unit, breakdown',
    () => {
      aggregateCells(programme, rows100k, { asOf: AS_OF, orgUnits });
    },
    options,
  );
});

describe('report: 100k national rows → 6,800 cells', () => {
  bench(
    'baseline: scan per row + buildReport',
    () => {
      buildReport(programme, scanCells(programme, rows100k, orgUnits), input);
    },
    options,
  );
  bench(
    'computeReport',
    () => {
      computeReport({ ...input, observations: rows100k });
    },
    options,
  );
  bench(
    'createReportAccumulator, batches of 1,000',
    () => {
      const acc = createReportAccumulator(input);
      for (let at = 0; at < rows100k.length; at += 1000) acc.addMany(rows100k.slice(at, at + 1000));
      acc.report();
    },
    options,
  );
});

describe('report: 1M national rows → 6,800 cells', () => {
  const once = { iterations: 3, warmupIterations: 0, time: 0 };
  bench(
    'baseline: scan per row + buildReport',
    () => {
      buildReport(programme, scanCells(programme, rows1m, orgUnits), input);
    },
    once,
  );
  bench(
    'computeReport',
    () => {
      computeReport({ ...input, observations: rows1m });
    },
    once,
  );
});

describe('buildReport: 6,800 cells', () => {
  const cells = aggregateCells(programme, rows100k, { asOf: AS_OF, orgUnits });
  bench(
    'buildReport',
    () => {
      buildReport(programme, cells, input);
    },
    { iterations: 30, warmupIterations: 3, time: 0 },
  );
});
