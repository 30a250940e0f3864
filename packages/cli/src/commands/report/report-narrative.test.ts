import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

const SEED = [
  '--targets',
  'seed-004/targets.csv',
  '--actuals',
  'seed-004/actuals.csv',
  '--as-of',
  '2019-05-20',
];

describe('cadre report --format narrative', () => {
  it('writes the review paragraph, with what is behind pro-rata after "Tuy nhiên"', async () => {
    const r = await cli(['report', ...SEED, '--format', 'narrative']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tính đến ngày 20/5/2019');
    expect(r.stdout).toContain('139 người, đạt gần 70% KH');
    // 60% and 45% against 65,19% of the period elapsed: behind; the PhD line: not started.
    expect(r.stdout).toMatch(
      /Tuy nhiên, chưa thực hiện: Đào tạo tiến sĩ; chậm so với tiến độ: .*Luân chuyển cán bộ \(đạt 60% KH, thời gian đã qua 65%\)/,
    );
  });

  it('writes it in English', async () => {
    const r = await cli(['report', ...SEED, '--format', 'narrative', '--lang', 'en']);
    expect(r.stdout).toContain('as of 20 May 2019');
    expect(r.stdout).toContain('However, not started: Đào tạo tiến sĩ');
  });

  it('opens without a title that only repeats the code (targets.csv has no title)', async () => {
    const vi = await cli(['report', ...SEED, '--format', 'narrative']);
    expect(vi.stdout).toMatch(/^Thực hiện Chương trình 12-CTr\/TU, tính đến ngày 20\/5\/2019/);
    expect(vi.stdout).not.toContain('về “12-CTr/TU”');
    const en = await cli(['report', ...SEED, '--format', 'narrative', '--lang', 'en']);
    expect(en.stdout).not.toContain('on “12-CTr/TU”');
  });
});
