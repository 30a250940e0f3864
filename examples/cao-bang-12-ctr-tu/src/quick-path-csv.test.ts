import { type OrgUnitInput, observationsFromRecords } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { readDataJson, readDataText } from './data-files.js';
import { loadProgramme } from './load-programme.js';
import { quickPathCsv } from './quick-path-csv.js';
import { type CohortSpec, generateRecords } from './synthetic-records.js';

describe('the quick-path CSVs shipped in data/', () => {
  const loaded = loadProgramme();
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const { programme, reported } = loaded.value;
  const records = generateRecords(readDataJson<CohortSpec>('cohorts.json'));
  const names = new Map(
    readDataJson<OrgUnitInput[]>('org-units.json').map((u) => [u.code, u.name]),
  );
  const observations = observationsFromRecords(programme, records, { asOf: reported.asOf });
  if (!observations.ok) throw new Error(observations.issues.map((i) => i.message).join('\n'));
  const files = quickPathCsv(
    programme,
    observations.value,
    reported.asOf,
    (code) => names.get(code) ?? code,
  );

  it('match the programme and the records (regenerate with `pnpm export-csv`)', () => {
    expect(readDataText('targets.csv')).toBe(files.targets);
    expect(readDataText('actuals.csv')).toBe(files.actuals);
  });

  it('sum to the review counts per indicator', () => {
    const sums: Record<string, number> = {};
    for (const line of readDataText('actuals.csv').trim().split('\n').slice(1)) {
      const [, indicator = '', , , value = '0'] = line.split(',');
      sums[indicator] = (sums[indicator] ?? 0) + Number(value);
    }
    // Seed 004: 173 (30 + 117 + 4 + others), 79, 241, 139, 430, 153 (2 classes), 24 rotations.
    expect(sums).toEqual({
      master_level: 173,
      master_education: 30,
      specialist_health: 117,
      master_culture_tourism: 4,
      state_management: 79,
      leadership_skills: 241,
      department_leadership: 139,
      political_theory_advanced: 430,
      source_cadre: 153,
      rotation_young_provincial: 24,
    });
  });

  it('target the seed figures, with an empty cell where no target was set', () => {
    const rows = readDataText('targets.csv').trim().split('\n').slice(1);
    const target = (code: string) =>
      rows
        .find((r) => r.startsWith(`12-CTr/TU,${code},`))
        ?.match(/,(\d*),[^,]*,(?:"[^"]*"|[^,]*)$/)?.[1];
    expect(target('master_education')).toBe('10');
    expect(target('specialist_health')).toBe('41');
    expect(target('rotation_young_provincial')).toBe('40');
    expect(target('phd')).toBe('');
  });
});
