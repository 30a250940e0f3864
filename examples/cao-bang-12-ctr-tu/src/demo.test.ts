import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// Every expected figure below is worked out by hand from the review of 20/5/2019 (seed 004).
let lines: string[] = [];
const row = (n: number) => {
  const i = lines.findIndex((l) => l.startsWith(`${n}. `));
  return { vi: lines[i] ?? '', en: lines[i + 1] ?? '' };
};
const reconciled = (indicatorVi: string) => lines.find((l) => l.startsWith(`- ${indicatorVi}:`));

// The demo runs as users run it, `pnpm demo` from source with no build step, in its own process.
beforeAll(async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const { stdout } = await promisify(execFile)('pnpm', ['run', '--silent', 'demo'], { cwd });
  lines = stdout.split('\n');
}, 120_000);

describe('pnpm demo: Cao Bằng 12-CTr/TU reviewed on 20/5/2019, on SQLite', () => {
  it('dates the review and measures the elapsed share of 9/5/2016–31/12/2020', () => {
    expect(lines[0]).toContain('số 12-CTr/TU ngày 9/5/2016');
    expect(lines[0]).toContain('kết quả đến ngày 20/5/2019');
    expect(lines[1]).toContain('results as of 20 May 2019');
    // 9/5/2016 → 9/5/2019 is 365 × 3 days, then 11 more to 20/5: 1106 days apart, 1107 counted.
    // 9/5/2016 → 9/5/2020 is 1461 days (29/2/2020 inside), then 22 + 214 to 31/12: 1698 counted.
    // 1107 / 1698 = 65,194…%, shown with one decimal as "gần 65,2%" (never plain 65,2%).
    expect(lines[2]).toContain('1.107/1.698 ngày');
    expect(lines[2]).toContain('(gần 65,2%)');
    expect(lines[3]).toContain('1,107 of 1,698 days');
  });

  it('prints every figure of the review, Vietnamese line then English line', () => {
    expect(row(1).vi).toContain(': 173 người — chưa có chỉ tiêu');
    expect(row(1).en).toContain(': 173 people — no target');
    // 30 / 10 = 300%.
    expect(row(2).vi).toContain('30 người, chỉ tiêu 10');
    expect(row(2).vi).toContain('— đạt 300% chỉ tiêu (vượt)');
    expect(row(2).en).toContain('— 300% of target (exceeded)');
    // 117 / 41 = 285,37% → "285%": rounded down, so written plainly.
    expect(row(3).vi).toContain('— bằng 285% KH (vượt)');
    // 4 / 4 = 100%.
    expect(row(4).vi).toContain('— đạt 100% KH (đạt)');
    // 79 / 175 = 45,14% → "45%".
    expect(row(5).vi).toContain('79 người, chỉ tiêu 175');
    expect(row(5).vi).toContain('— đạt 45% KH (chưa đạt)');
    expect(row(6).vi).toContain(': 241 người — chưa có chỉ tiêu');
    // 139 / 199 = 69,85% → 70 is above the exact value, so "gần 70%".
    expect(row(7).vi).toContain('— đạt gần 70% KH (chưa đạt)');
    expect(row(7).en).toContain('— nearly 70% of plan (not met)');
    // 430 / 181 = 237,57% → 238 is above the exact value, so "gần 238%".
    expect(row(8).vi).toContain('430 người, chỉ tiêu 181');
    expect(row(8).vi).toContain('— đạt gần 238% KH (vượt)');
    expect(row(9).vi).toContain(': 153 người — chưa có chỉ tiêu');
    // 24 / 40 = 60%.
    expect(row(10).vi).toContain('24 người, chỉ tiêu 40 — bằng 60% KH (chưa đạt)');
    // PhD: "chưa chọn cử"; tourism: none sent.
    expect(row(11).vi).toContain('Đào tạo tiến sĩ: 0 người — chưa thực hiện');
    expect(row(11).en).toContain('0 people — not started');
    expect(row(12).vi).toContain(': 0 người — chưa thực hiện');
  });

  it('compares each row with the elapsed share: 24/40 is behind 65,19%', () => {
    // 60% < 65,19% and 45,14% < 65,19%: behind. 69,85% and the rest are ahead of it.
    expect(row(10).vi).toContain('chậm so với tiến độ thời gian');
    expect(row(10).en).toContain('behind the elapsed share of the period');
    expect(row(5).vi).toContain('chậm so với tiến độ thời gian');
    for (const n of [2, 3, 4, 7, 8]) expect(row(n).vi).toContain('kịp tiến độ thời gian');
  });

  it('shows the intervals the reported percentages allow, and the 238/239 case', () => {
    // 44,5 ≤ 7900/T < 45,5 ⇔ 173,6… < T ≤ 177,5… → 174–177; truncating 45 ≤ 7900/T < 46 → 172–175.
    const qlnn = reconciled(
      'Bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính',
    );
    expect(qlnn).toContain('174–177 khi làm tròn, 172–175 khi cắt bỏ');
    // 237,5 ≤ 43000/T < 238,5 ⇔ 180,29… < T ≤ 181,05… → 181; 238 ≤ 43000/T < 239 → 180.
    const llct = reconciled('Đào tạo cao cấp lý luận chính trị (tập trung và không tập trung)');
    expect(llct).toContain('181 khi làm tròn, 180 khi cắt bỏ');
    // 430/180 = 238,89% → "gần 239%"; 430/181 = 237,57% → "gần 238%": the plain "238%" of the
    // report is a rounding up, which the rule forbids.
    expect(llct).toContain('430/180 → gần 239%; 430/181 → gần 238%');
    expect(llct).toContain('reported.rounded_up');
    // 3000/300,5 < T ≤ 3000/299,5 → 10 either way.
    expect(reconciled('Đào tạo thạc sĩ chuyên ngành giáo dục')).toContain(
      'Dùng chỉ tiêu 10: khớp.',
    );
  });

  it('checks the 24 rotations against QĐ 98-QĐ/TW, in force from 7/10/2017 to 27/4/2022', () => {
    const at = lines.findIndex((l) => l.startsWith('Kế hoạch luân chuyển'));
    const plan = lines.slice(at).join('\n');
    expect(plan).toContain('24 lượt luân chuyển theo số 98-QĐ/TW ngày 7/10/2017');
    // The cohort file declares 16 agency → district, 5 district → agency, 3 district → district.
    expect(plan).toContain('từ trên xuống 16; từ dưới lên 5; giữa các địa phương 3');
    // Two are planned for 24 months; QĐ 98 asks for 36.
    expect(plan).toContain('2 lượt có lỗi: rotation.duration_short × 2');
    expect(plan.match(/cần ít nhất 36 tháng/g)).toHaveLength(2);
  });
});
