import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSurvey } from './run-survey.js';

// Every expected figure is worked out by hand from the article of 21/7/2020 (seed 002).
let lines: string[] = [];
beforeAll(async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const { stdout } = await promisify(execFile)('pnpm', ['run', '--silent', 'start'], { cwd });
  lines = stdout.trimEnd().split('\n');
}, 120_000);

describe('pnpm start: the QĐ 494/QĐ-BNV survey, 22/6–3/7/2020', () => {
  it('reads the decision and the dates from the article', () => {
    // 22–30 June is 9 days, 1–3 July 3 more: 12 with both ends counted.
    // 13/6/2019 → 13/6/2020 is 366 days (29/2/2020 lies between), then 9 more to 22/6: 375.
    expect(lines[0]).toBe(
      'Khảo sát theo Quyết định 494/QĐ-BNV ngày 13/6/2019: từ 22/6/2020 đến 3/7/2020, 12 ngày, bắt đầu 375 ngày sau quyết định.',
    );
    expect(lines[1]).toBe(
      'Survey under Decision 494/QĐ-BNV of 13 June 2019: 22 June 2020 to 3 July 2020, 12 days, starting 375 days after the decision.',
    );
    expect(lines[2]).toBe('Đối tượng: cán bộ, công chức cấp xã tại 3 tỉnh.');
  });

  it('resolves the provinces as written, "Đăk Lăk" included, and follows them past 1/7/2025', () => {
    // NQ 202/2025/QH15: Quảng Nam joined Đà Nẵng (48), Phú Yên joined Đắk Lắk (66), Lai Châu (12)
    // stayed as it was.
    expect(lines.slice(4).filter((l) => l.startsWith('- '))).toEqual([
      '- Quảng Nam [pre2025:quang-nam]: từ 1/7/2025 thuộc Đà Nẵng [48]',
      '- Đăk Lăk (Đắk Lắk) [pre2025:dak-lak]: từ 1/7/2025 thuộc Đắk Lắk [66]',
      '- Lai Châu [pre2025:lai-chau]: từ 1/7/2025 thuộc Lai Châu [12]',
    ]);
  });
});

describe('runSurvey', () => {
  const text = readFileSync(new URL('../data/bao-cao.txt', import.meta.url), 'utf8');

  it('names a province the article does not mention', () => {
    const r = runSurvey({ input: { article: 'bao-cao.txt', provinces: ['Kon Tum'] }, text });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'survey.name_not_in_article',
        path: ['provinces', 0],
      });
  });

  it('says which figure is missing rather than guess it', () => {
    const undated = text.replace('Từ ngày 22/6 đến ngày 03/7/2020', 'Trong mùa hè năm 2020');
    const r = runSurvey({ text: undated });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([['article', 'period']]);
  });
});
