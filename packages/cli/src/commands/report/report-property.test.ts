import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDecimal } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from './report-json.js';

const units = ['04', '06', '08'];

describe('cadre report on any small quick-path data', () => {
  it('prints exact percentages of summed actuals, statuses by the default bands, and a valid contract', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-prop-'));
    const cell = (minLength: number) =>
      fc.record({
        target: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
        actuals: fc.array(fc.integer({ min: 0, max: 300 }), { minLength, maxLength: 3 }),
      });
    // An actuals file needs one row at least: a header alone is an issue of its own.
    await fc.assert(
      fc.asyncProperty(fc.tuple(cell(1), cell(0), cell(0)), async (cells) => {
        const targets = ['programme,indicator,org_unit,period_start,period_end,target'];
        const actuals = ['programme,indicator,org_unit,date,value'];
        for (const [k, c] of cells.entries()) {
          targets.push(`P,i,${units[k]},2020-01-01,2020-12-31,${c.target ?? ''}`);
          for (const [d, v] of c.actuals.entries()) {
            actuals.push(`P,i,${units[k]},2020-0${d + 1}-15,${v}`);
          }
        }
        writeFileSync(join(dir, 't.csv'), targets.join('\n'));
        writeFileSync(join(dir, 'a.csv'), actuals.join('\n'));
        const r = await cli(
          [
            'report',
            '--targets',
            't.csv',
            '--actuals',
            'a.csv',
            '--as-of',
            '2020-12-31',
            '--geography',
            'none',
            '--format',
            'json',
          ],
          { cwd: dir },
        );
        expect(r.code).toBe(0);
        const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
        expect(doc.rows).toHaveLength(3);
        for (const [k, c] of cells.entries()) {
          const row = doc.rows.find((x) => x.org_unit.code === units[k])!;
          const actual = c.actuals.reduce((a, b) => a + b, 0);
          expect(row.actual).toBe(String(actual));
          if (actual === 0) expect(row.status).toBe('not_started');
          if (c.target === null || c.target === 0) {
            expect(row.percent).toBeNull();
            if (actual > 0) expect(row.status).toBe('no_target');
            continue;
          }
          expect(toDecimal(row.percent!).eq(toDecimal(actual).times(100).div(c.target))).toBe(true);
          if (actual > 0) {
            const expected =
              actual > c.target ? 'exceeded' : actual === c.target ? 'met' : 'not_met';
            expect(row.status).toBe(expected);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
