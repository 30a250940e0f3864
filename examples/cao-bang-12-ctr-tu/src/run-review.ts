import {
  type AttainmentReport,
  type CadreStore,
  createOrgUnitIndex,
  evaluateRotationPlan,
  fail,
  type ImportSummary,
  type IsoDate,
  type OrgUnitInput,
  observationsFromRecords,
  ok,
  type Page,
  type PageRequest,
  type Programme,
  type Result,
  type RotationPlanCheck,
} from '@cadre/core';
import { readDataJson } from './data-files.js';
import { loadProgramme, type ReportedFile } from './load-programme.js';
import { type CohortSpec, generateRecords } from './synthetic-records.js';

/** Everything the review of 20/5/2019 prints, read back from the store. */
export interface Review {
  asOf: IsoDate;
  /** The programme as the store returns it, targets with their inferred intervals. */
  programme: Programme;
  reported: ReportedFile;
  summary: ImportSummary;
  report: AttainmentReport;
  rotationPlan: RotationPlanCheck;
}

/**
 * Runs the Cao Bằng review end to end on any store: loads the programme and its org units,
 * generates the synthetic records, turns them into observations with the core's records helpers,
 * imports everything in one batch, then queries attainment and checks the rotation plan from
 * what the store holds. Data problems come back as issues.
 * @example
 * const store = await createSqliteStore({ filename: 'cao-bang.db' });
 * const review = await runReview(store);
 * if (review.ok) review.value.report.rows.length; // 12
 */
export async function runReview(store: CadreStore): Promise<Result<Review>> {
  const loaded = loadProgramme();
  if (!loaded.ok) return loaded;
  const { programme, reported } = loaded.value;
  const asOf = reported.asOf;
  const orgUnits = readDataJson<OrgUnitInput[]>('org-units.json');
  const records = generateRecords(readDataJson<CohortSpec>('cohorts.json'));
  const observations = observationsFromRecords(programme, records, { asOf });
  if (!observations.ok) return observations;

  const summary = await store.importBatch({
    orgUnits,
    programmes: [programme],
    observations: observations.value,
    ...records,
  });
  if (summary.issues.length > 0) return fail(summary.issues);

  const stored = await store.getProgramme(programme.code);
  if (stored === null) return fail([missing(programme.code)]);
  const report = await store.queryAttainment({ programme: programme.code, asOf });
  const units = await listAll((page) => store.listOrgUnits(page));
  const persons = new Map((await listAll((p) => store.listPersons(p))).map((p) => [p.id, p]));
  const rotations = await listAll((page) => store.listRotations(page));
  const entries = rotations.flatMap((rotation) => {
    const person = persons.get(rotation.personId);
    return person ? [{ person, rotation }] : [];
  });
  const rotationPlan = evaluateRotationPlan(entries, asOf, {
    context: { orgUnits: createOrgUnitIndex(units) },
  });
  return ok({ asOf, programme: stored, reported, summary, report, rotationPlan });
}

/**
 * Reads every page of a store list.
 * @example
 * const units = await listAll((page) => store.listOrgUnits(page));
 */
export async function listAll<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await list({ cursor, limit: 1000 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

function missing(code: string) {
  return {
    code: 'example.programme_missing',
    path: ['programmes', code],
    message: `programme ${code} was imported but the store does not return it; expected it back`,
    messageVi: `đã nạp chương trình ${code} nhưng kho dữ liệu không trả lại; cần đọc lại được`,
  };
}
