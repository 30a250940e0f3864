import type { ProgrammeInput } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { readDataJson } from './data-files.js';
import { loadProgramme, type ReportedFile, withInferredIntervals } from './load-programme.js';

const input = () => readDataJson<ProgrammeInput>('programme.json');
const reported = () => readDataJson<ReportedFile>('reported.json');
const indexOf = (p: ProgrammeInput, code: string) =>
  (p.targets ?? []).findIndex((t) => t.indicator === code);

describe('programme.json with targets inferred from the reported percentages', () => {
  it('validates, and every inferred target carries the interval the report allows', () => {
    const r = loadProgramme();
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const intervals = Object.fromEntries(
      r.value.programme.targets
        .filter((t) => t.source === 'inferred')
        .map((t) => [t.indicator, t.interval]),
    );
    // 30 at 300%, 117 at 285%, 4 at 100%: one target each (10, 41, 4).
    // 79 at 45%: 172–177 over rounding and truncation. 139 at "gần 70%" (69 ≤ p < 70): 199–201.
    // 430 at 238%: 180–181.
    expect(intervals).toEqual({
      master_education: { min: 10, max: 10 },
      specialist_health: { min: 41, max: 41 },
      master_culture_tourism: { min: 4, max: 4 },
      state_management: { min: 172, max: 177 },
      department_leadership: { min: 199, max: 201 },
      political_theory_advanced: { min: 180, max: 181 },
    });
  });

  it('flags a chosen target outside its interval, in English and Vietnamese', () => {
    const p = input();
    const i = indexOf(p, 'political_theory_advanced');
    p.targets![i] = { ...p.targets![i]!, value: '179' };
    const r = withInferredIntervals(p, reported());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'example.target_outside_interval',
      path: ['targets', i, 'value'],
    });
    expect(r.issues[0]?.message).toContain('expected 180–181');
    expect(r.issues[0]?.messageVi).toContain('cần từ 180 đến 181');
  });

  it('flags an inferred target that no reported figure supports', () => {
    const p = input();
    const i = indexOf(p, 'master_tourism');
    p.targets![i] = { ...p.targets![i]!, value: '2', source: 'inferred' };
    const r = withInferredIntervals(p, reported());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((x) => x.code)).toEqual(['example.inferred_without_report']);
  });
});
