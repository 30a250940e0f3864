import { readFileSync } from 'node:fs';
import {
  defineProgramme,
  fail,
  type IsoDate,
  type Issue,
  ok,
  type Programme,
  type Result,
} from '@cadre/core';
import { createVnAdminIndex, REFORM_DATE } from '@cadre/vn-admin';
import { type DistrictLineage, districtLineage } from './district-lineage.js';
import { type Overlap, splitOverlap } from './split-overlap.js';

/** `data/programmes.json`: the two projects discussed at the workshop, and where. */
export interface BachThongFile {
  district: string;
  province: string;
  asOf: IsoDate;
  programmes: unknown[];
}

/** The two projects, how their periods meet, and the district's lineage. */
export interface BachThongReview {
  term: Programme;
  plan: Programme;
  overlap: Overlap;
  lineage: DistrictLineage;
}

/**
 * Reads `data/programmes.json`, NFC-normalised.
 * @example
 * readBachThongFile().programmes.length; // 2
 */
export function readBachThongFile(): BachThongFile {
  const text = readFileSync(new URL('../data/programmes.json', import.meta.url), 'utf8');
  return JSON.parse(text.normalize('NFC')) as BachThongFile;
}

/**
 * Validates both projects, splits their periods into shared and separate days, and traces the
 * district (gone since 1/7/2025) and its communes to the units of today.
 * @example
 * const r = runBachThong(readBachThongFile());
 * if (r.ok) r.value.overlap.both; // { start: '2016-05-22', end: '2020-12-31', … }
 */
export function runBachThong(file: BachThongFile): Result<BachThongReview> {
  const issues: Issue[] = [];
  const programmes = file.programmes.flatMap((input, i) => {
    const r = defineProgramme(input);
    if (r.ok) return [r.value];
    issues.push(...r.issues.map((x) => ({ ...x, path: ['programmes', i, ...x.path] })));
    return [];
  });
  if (issues.length > 0) return fail(issues);
  const [term, plan] = programmes;
  if (!term || !plan) {
    return fail([
      {
        code: 'example.two_programmes',
        path: ['programmes'],
        message: `programmes: expected the two projects of the workshop, got ${programmes.length}`,
        messageVi: `programmes: cần hai đề án của hội thảo, nhận được ${programmes.length}`,
      },
    ]);
  }
  const index = createVnAdminIndex({ levels: ['province', 'district', 'commune'] });
  const names = { province: file.province, district: file.district };
  const lineage = districtLineage(index, names, file.asOf, REFORM_DATE);
  if (!lineage.ok) return lineage;
  return ok({
    term,
    plan,
    overlap: splitOverlap(term.period, plan.period),
    lineage: lineage.value,
  });
}
