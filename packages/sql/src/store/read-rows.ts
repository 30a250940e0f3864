import type {
  HeadcountSnapshot,
  ObservationFilter,
  OrgUnit,
  Page,
  PageRequest,
  Person,
  PersonRecordFilter,
  Programme,
  RecordFilter,
  RotationRecord,
  StoredTarget,
  TrainingRecord,
} from '@cadre/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ObservationRow, Tables } from '../schema/tables.js';
import { rowToHeadcount, rowToObservation } from './codec.js';
import { readPage, toPage } from './page.js';

type Db = Kysely<Tables>;
type Row = Record<string, unknown>;

/** A keyset page over one table: filters, natural-key order, and `limit + 1` rows fetched. */
async function pageOf<T>(
  db: Db,
  table: keyof Tables,
  key: string[],
  filters: RawBuilder<unknown>[],
  page: PageRequest | undefined,
  decode: (row: Row) => T,
): Promise<Page<T>> {
  const { limit, after } = readPage(page, key.length);
  const where = [...filters];
  if (after !== null) {
    where.push(sql`(${sql.join(key.map((k) => sql.ref(k)))}) > (${sql.join(after)})`);
  }
  let q = db.selectFrom(table).selectAll();
  for (const w of where) q = q.where(w as RawBuilder<boolean>);
  for (const k of key) q = q.orderBy(sql.ref(k));
  const rows = (await q.limit(limit + 1).execute()) as Row[];
  return toPage(rows, limit, (r) => key.map((k) => String(r[k])), decode);
}

const fromData = <T>(r: Row): T => JSON.parse(r.data as string) as T;

/**
 * Lists org units by code.
 * @example
 * await listOrgUnitRows(db, { limit: 50 });
 */
export function listOrgUnitRows(db: Db, page?: PageRequest): Promise<Page<OrgUnit>> {
  return pageOf(db, 'org_units', ['code'], [], page, fromData<OrgUnit>);
}

/**
 * Lists programme definitions by code; `assemble` adds each one's targets.
 * @example
 * await listProgrammeRows(db, undefined, (d) => assemble(db, d));
 */
export async function listProgrammeRows(
  db: Db,
  page: PageRequest | undefined,
  assemble: (definition: Omit<Programme, 'targets'>) => Promise<Programme>,
): Promise<Page<Programme>> {
  const defs = await pageOf(
    db,
    'programmes',
    ['code'],
    [],
    page,
    fromData<Omit<Programme, 'targets'>>,
  );
  const items: Programme[] = [];
  for (const d of defs.items) items.push(await assemble(d));
  return { items, nextCursor: defs.nextCursor };
}

const TARGET_KEY = [
  'programme',
  'indicator',
  'org_unit',
  'period_start',
  'period_end',
  'disagg_key',
];
const OBSERVATION_KEY = ['programme', 'indicator', 'org_unit', 'date', 'disagg_key'];

function recordFilters(f: RecordFilter): RawBuilder<unknown>[] {
  const out = [sql`programme = ${f.programme}`];
  if (f.indicator !== undefined) out.push(sql`indicator = ${f.indicator}`);
  if (f.orgUnit !== undefined) out.push(sql`org_unit = ${f.orgUnit}`);
  return out;
}

/**
 * Lists targets of a programme in target-key order.
 * @example
 * await listTargetRows(db, { programme: '12-CTr/TU', indicator: 'rotation' });
 */
export function listTargetRows(db: Db, f: RecordFilter): Promise<Page<StoredTarget>> {
  return pageOf(db, 'targets', TARGET_KEY, recordFilters(f), f, fromData<StoredTarget>);
}

/**
 * Lists observations of a programme in observation-key order, within `from`…`to`.
 * @example
 * await listObservationRows(db, { programme: '12-CTr/TU', from: '2016-05-09', to: '2019-05-20' });
 */
export function listObservationRows(db: Db, f: ObservationFilter) {
  const filters = recordFilters(f);
  if (f.from !== undefined) filters.push(sql`date >= ${f.from}`);
  if (f.to !== undefined) filters.push(sql`date <= ${f.to}`);
  return pageOf(db, 'observations', OBSERVATION_KEY, filters, f, (r) =>
    rowToObservation(r as unknown as ObservationRow),
  );
}

function personFilters(f: PersonRecordFilter | undefined, idColumn: string, unitColumn: string) {
  const out: RawBuilder<unknown>[] = [];
  if (f?.personId !== undefined) out.push(sql`${sql.ref(idColumn)} = ${f.personId}`);
  if (f?.orgUnit !== undefined) out.push(sql`${sql.ref(unitColumn)} = ${f.orgUnit}`);
  return out;
}

/**
 * Lists persons by id.
 * @example
 * await listPersonRows(db, { orgUnit: '04' });
 */
export function listPersonRows(db: Db, f?: PersonRecordFilter): Promise<Page<Person>> {
  return pageOf(db, 'persons', ['id'], personFilters(f, 'id', 'org_unit'), f, fromData<Person>);
}

/**
 * Lists training records by id.
 * @example
 * await listTrainingRows(db, { personId: 'p1' });
 */
export function listTrainingRows(db: Db, f?: PersonRecordFilter): Promise<Page<TrainingRecord>> {
  const filters = personFilters(f, 'person_id', 'org_unit');
  return pageOf(db, 'training_records', ['id'], filters, f, fromData<TrainingRecord>);
}

/**
 * Lists rotations by id; `orgUnit` is the destination unit.
 * @example
 * await listRotationRows(db, { orgUnit: '04' });
 */
export function listRotationRows(db: Db, f?: PersonRecordFilter): Promise<Page<RotationRecord>> {
  const filters = personFilters(f, 'person_id', 'to_org_unit');
  return pageOf(db, 'rotations', ['id'], filters, f, fromData<RotationRecord>);
}

/**
 * Lists headcounts by org unit, then date.
 * @example
 * await listHeadcountRows(db, { orgUnit: '40' });
 */
export function listHeadcountRows(
  db: Db,
  f?: PersonRecordFilter,
): Promise<Page<HeadcountSnapshot>> {
  const filters: RawBuilder<unknown>[] = [];
  if (f?.orgUnit !== undefined) filters.push(sql`org_unit = ${f.orgUnit}`);
  return pageOf(db, 'headcounts', ['org_unit', 'date'], filters, f, (r) =>
    rowToHeadcount(r as never),
  );
}
