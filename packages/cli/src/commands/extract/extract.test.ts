import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

describe('cadre extract', () => {
  it('reads the figures of the seed 004 review and the targets its percentages fit', async () => {
    const r = await cli(['extract', 'narrative/seed-004.txt']);
    expect(r.code).toBe(0);
    // 430 at "đạt 238% KH": 181 if rounded, 180 if cut.
    expect(r.stdout).toMatch(/430; đạt 238% KH; KH khớp 180–181/);
    // 24 "trong tổng số chỉ tiêu 40 … bằng 60% KH": the stated target fits exactly.
    expect(r.stdout).toMatch(/24; bằng 60% KH; chỉ tiêu 40; KH khớp 40/);
    expect(r.stdout).toMatch(/0 \(chưa chọn cử\)/);
  });

  it('prints the plain JSON of the core, with the rounding and truncation readings', async () => {
    const r = await cli(['extract', 'narrative/seed-004.txt', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const at = doc.figures.findIndex(
      (f: { kind: string; actual?: { value: string } }) =>
        f.kind === 'quantity' && f.actual?.value === '79',
    );
    const fit = doc.reconciliation.figures.find((x: { index: number }) => x.index === at);
    // 79 at "đạt 45% KH": 174–177 when rounded, 172–175 when cut.
    expect(fit.interval.rounding).toEqual({ min: 174, max: 177 });
    expect(fit.interval.truncation).toEqual({ min: 172, max: 175 });
  });

  it('flags the two periods QĐ 106 is given (2007–2010 and 2006–2010), exit 1', async () => {
    const r = await cli(['extract', 'narrative/seed-000.txt', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('To check:');
    expect(r.stdout).toContain('[period.contradiction]');
  });

  it('needs exactly one file (exit 2)', async () => {
    expect((await cli(['extract'])).code).toBe(2);
    expect((await cli(['extract', 'a.txt', 'b.txt'])).code).toBe(2);
  });
});
