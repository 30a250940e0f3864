import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCadreError } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../__fixtures__/run-cli.js';
import { detectKind } from './detect-kind.js';

describe('detectKind', () => {
  it('tells each quick-path and record file from its header, in English or Vietnamese', async () => {
    expect(await detectKind(join(FIXTURES, 'seed-004/targets.csv'))).toBe('targets');
    expect(await detectKind(join(FIXTURES, 'seed-004/actuals.csv'))).toBe('actuals');
    expect(await detectKind(join(FIXTURES, 'qd-106/targets.csv'))).toBe('targets');
    expect(await detectKind(join(FIXTURES, 'qd-106/actuals.csv'))).toBe('actuals');
    expect(await detectKind(join(FIXTURES, 'rules/persons.csv'))).toBe('persons');
    expect(await detectKind(join(FIXTURES, 'rules/rotations.csv'))).toBe('rotations');
    expect(await detectKind('programme.json')).toBe('programme');
  });

  it('reads headers written with a BOM, semicolons and Vietnamese names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-kind-'));
    const path = join(dir, 'don-vi.csv');
    writeFileSync(
      path,
      '\uFEFFMã đơn vị;Tên đơn vị;Cấp;Mã cấp trên\n04.01;Sở Nội vụ;department;04\n',
    );
    expect(await detectKind(path)).toBe('org-units');
  });

  it('asks for --kind when the header fits no format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-kind-'));
    const path = join(dir, 'other.csv');
    writeFileSync(path, 'a,b,c\n1,2,3\n');
    const error = await detectKind(path).catch((e: unknown) => e);
    expect(isCadreError(error) && error.code).toBe('usage');
    expect((error as Error).message).toContain('other.csv: the header fits no known kind');
  });
});
