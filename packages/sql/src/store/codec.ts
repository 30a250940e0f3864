import type {
  HeadcountSnapshot,
  Observation,
  OrgUnit,
  Person,
  Programme,
  RotationRecord,
  StoredTarget,
  TrainingRecord,
} from '@cadre/core';
import { observationKey, targetKey } from '@cadre/core/adapter';
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

/**
 * The sorted dimension names of a breakdown and its values in that order, encoded for matching.
 * @example
 * dimensionsOf('sqlite', { sector: 'health' }); // { dims: '["sector"]', values: "'health'" }
 */
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

/**
 * An org unit as a row: query columns plus the whole unit as JSON.
 * @example
 * orgUnitToRow(unit).parent_code; // '04'
 */
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

/**
 * A programme definition as a row; its targets go to their own table.
 * @example
 * programmeToRow(programme).period_start; // '2016-05-09'
 */
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

/**
 * A target as a row, with its natural key and the breakdown match columns.
 * @example
 * targetToRow('postgres', target).disagg_key; // '[["sector","health"]]'
 */
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

function emptyBreakdown(d: Record<string, string>): boolean {
  for (const _ in d) return false;
  return true;
}

/**
 * An observation as a row: integers in `value_int`, decimal text in `value_dec`.
 * @example
 * observationToRow(o).value_int; // 24
 */
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

/**
 * Reads an observation row back (drivers return bigint columns as text or numbers).
 * @example
 * rowToObservation(row).value; // 24
 */
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

/**
 * A person as a row.
 * @example
 * personToRow(person).birth_date; // '1979-05-21'
 */
export function personToRow(p: Person): PersonRow {
  return {
    id: p.id,
    org_unit: p.orgUnit,
    birth_date: p.birthDate,
    sex: p.sex,
    data: JSON.stringify(p),
  };
}

/**
 * A training record as a row.
 * @example
 * trainingToRow(record).person_id; // 'p1'
 */
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

/**
 * A rotation as a row, indexed by its destination unit.
 * @example
 * rotationToRow(rotation).to_org_unit; // '04'
 */
export function rotationToRow(r: RotationRecord): RotationRow {
  return {
    id: r.id,
    person_id: r.personId,
    to_org_unit: r.to.orgUnit,
    start: r.start,
    data: JSON.stringify(r),
  };
}

/**
 * A headcount snapshot as a row.
 * @example
 * headcountToRow({ orgUnit: '40', date: '2015-12-31', headcount: 82300 }).headcount; // 82300
 */
export function headcountToRow(h: HeadcountSnapshot): HeadcountRow {
  return {
    org_unit: h.orgUnit,
    date: h.date,
    headcount: h.headcount,
    approved: h.approved ?? null,
  };
}

/**
 * Reads a headcount row back.
 * @example
 * rowToHeadcount(row); // { orgUnit: '40', date: '2015-12-31', headcount: 82300 }
 */
export function rowToHeadcount(r: HeadcountRow): HeadcountSnapshot {
  const out: HeadcountSnapshot = {
    orgUnit: r.org_unit,
    date: r.date,
    headcount: Number(r.headcount),
  };
  if (r.approved !== null) out.approved = Number(r.approved);
  return out;
}
