import {
  type HeadcountSnapshot,
  type Observation,
  type OrgUnit,
  observationKey,
  type Person,
  type Programme,
  type RotationRecord,
  type StoredTarget,
  type TrainingRecord,
  targetKey,
} from '@cadre/core';
import { encodeBreakdownDims, encodeBreakdownValues } from '../pushdown/breakdown-match.js';
import type { Engine } from '../schema/engine.js';
import type {
  HeadcountRow,
  ObservationRow,
  OrgUnitRow,
  PersonRow,
  ProgrammeRow,
  RotationRow,
  TargetRow,
  TrainingRow,
} from '../schema/tables.js';

/** The sorted dimension names of a disaggregation and its values in that order, encoded. */
export function dimensionsOf(
  engine: Engine,
  d: Record<string, string>,
): { dims: string; values: string } {
  const names = Object.keys(d).sort();
  return {
    dims: encodeBreakdownDims(names),
    values: encodeBreakdownValues(
      engine,
      names.map((n) => d[n] as string),
    ),
  };
}

export function orgUnitToRow(u: OrgUnit): OrgUnitRow {
  return {
    code: u.code,
    name: u.name,
    level: u.level,
    parent_code: u.parentCode,
    valid_from: u.validFrom,
    valid_to: u.validTo,
    data: JSON.stringify(u),
  };
}

export function programmeToRow(p: Programme): ProgrammeRow {
  const { targets: _targets, ...definition } = p;
  return {
    code: p.code,
    title_vi: p.title.vi,
    period_start: p.period.start,
    period_end: p.period.end,
    org_unit: p.orgUnit ?? null,
    data: JSON.stringify(definition),
  };
}

export function targetToRow(engine: Engine, t: StoredTarget): TargetRow {
  const { dims, values } = dimensionsOf(engine, t.disaggregation);
  return {
    programme: t.programme,
    indicator: t.indicator,
    org_unit: t.orgUnit,
    period_start: t.period.start,
    period_end: t.period.end,
    disagg_key: targetKey(t)[5] as string,
    disagg_dims: dims,
    disagg_values: values,
    value: t.value,
    baseline: t.baseline ?? null,
    data: JSON.stringify(t),
  };
}

export function targetKeyOf(
  r: Pick<
    TargetRow,
    'programme' | 'indicator' | 'org_unit' | 'period_start' | 'period_end' | 'disagg_key'
  >,
): string[] {
  return [r.programme, r.indicator, r.org_unit, r.period_start, r.period_end, r.disagg_key];
}

function emptyBreakdown(d: Record<string, string>): boolean {
  for (const _ in d) return false;
  return true;
}

export function observationToRow(o: Observation): ObservationRow {
  return {
    programme: o.programme,
    indicator: o.indicator,
    org_unit: o.orgUnit,
    date: o.date,
    disagg_key: emptyBreakdown(o.disaggregation) ? '[]' : (observationKey(o)[4] as string),
    disaggregation: emptyBreakdown(o.disaggregation) ? '{}' : JSON.stringify(o.disaggregation),
    value_int: typeof o.value === 'number' ? o.value : null,
    value_dec: typeof o.value === 'string' ? o.value : null,
  };
}

export function rowToObservation(r: ObservationRow): Observation {
  const d = r.disaggregation;
  return {
    programme: r.programme,
    indicator: r.indicator,
    orgUnit: r.org_unit,
    date: r.date,
    value: r.value_dec ?? Number(r.value_int),
    disaggregation: (typeof d === 'string' ? JSON.parse(d) : d) as Record<string, string>,
  };
}

export function personToRow(p: Person): PersonRow {
  return {
    id: p.id,
    org_unit: p.orgUnit,
    birth_date: p.birthDate,
    sex: p.sex,
    data: JSON.stringify(p),
  };
}

export function trainingToRow(t: TrainingRecord): TrainingRow {
  return {
    id: t.id,
    person_id: t.personId,
    org_unit: t.orgUnit,
    programme: t.programme ?? null,
    start: t.start,
    data: JSON.stringify(t),
  };
}

export function rotationToRow(r: RotationRecord): RotationRow {
  return {
    id: r.id,
    person_id: r.personId,
    to_org_unit: r.to.orgUnit,
    start: r.start,
    data: JSON.stringify(r),
  };
}

export function headcountToRow(h: HeadcountSnapshot): HeadcountRow {
  return {
    org_unit: h.orgUnit,
    date: h.date,
    headcount: h.headcount,
    approved: h.approved ?? null,
  };
}

export function rowToHeadcount(r: HeadcountRow): HeadcountSnapshot {
  const out: HeadcountSnapshot = {
    orgUnit: r.org_unit,
    date: r.date,
    headcount: Number(r.headcount),
  };
  if (r.approved !== null) out.approved = Number(r.approved);
  return out;
}
