import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

describe('cadre reconcile', () => {
  it('430 at "đạt 238% KH": target 181 when rounding, 180 when truncating (seed 004)', async () => {
    const r = await cli(['reconcile', '--actual', '430', '--reported', 'đạt 238% KH']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nếu làm tròn  181\n');
    expect(r.stdout).toContain('nếu cắt bớt   180\n');
    expect(r.stdout).toContain('một trong hai 180–181\n');
  });

  it('79 at "đạt 45% KH": 174–177 under rounding; a stored 180 does not fit (exit 1)', async () => {
    const r = await cli([
      'reconcile',
      '--actual',
      '79',
      '--reported',
      'đạt 45% KH',
      '--target',
      '180',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.targets.rounding).toEqual({ min: 174, max: 177 });
    expect(doc.check.fits).toBe(false);
    expect(doc.check.issues[0].code).toBe('reported.inconsistent');
  });

  it('139 of 200 fits "đạt gần 70% KH": 69.5% may be called nearly 70%', async () => {
    const r = await cli([
      'reconcile',
      '--actual',
      '139',
      '--reported',
      'đạt gần 70% KH',
      '--target',
      '200',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Stored target 200 (ratio 69.5%): fits the phrase.');
  });

  it('reads --actual in Vietnamese style by default: 6.666 is six thousand six hundred sixty-six', async () => {
    // Seed 003: 6.666 posts cut, "đạt gần 8,1%" of about 82.300: 82.300 must fit.
    const r = await cli([
      'reconcile',
      '--actual',
      '6.666',
      '--reported',
      'đạt gần 8,1%',
      '--format',
      'json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.actual).toBe('6666');
    const { min, max } = doc.targets.union;
    expect(min <= 82300 && 82300 <= max).toBe(true);
  });

  it('treats unreadable values as usage errors (exit 2)', async () => {
    const bad = await cli(['reconcile', '--actual', 'bốn', '--reported', 'đạt 238% KH']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--actual: "bốn" không phải là số');
    const phrase = await cli(['reconcile', '--actual', '4', '--reported', 'khoảng 70%']);
    expect(phrase.code).toBe(2);
    expect(phrase.stderr).toContain('--reported:');
  });

  it('takes --near-band 0.5 and 0,5 in either language; the band narrows "gần 70%"', async () => {
    const base = [
      'reconcile',
      '--actual',
      '139',
      '--reported',
      'đạt gần 70% KH',
      '--format',
      'json',
    ];
    const ranges: unknown[] = [];
    for (const [band, lang] of [
      ['0.5', 'en'],
      ['0,5', 'en'],
      ['0.5', 'vi'],
      ['0,5', 'vi'],
    ]) {
      const r = await cli([...base, '--near-band', band!, '--lang', lang!]);
      expect(r.stderr, `${band} ${lang}`).toBe('');
      expect(r.code).toBe(0);
      ranges.push(JSON.parse(r.stdout).targets.union);
    }
    // 139 / 0.695 = 200 is the widest target "gần 70%" allows with a band of 0.5 (69.5%–70%).
    expect(new Set(ranges.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(ranges[0]).toMatchObject({ max: 200 });
    const wide = await cli([...base, '--near-band', '1']);
    expect(JSON.parse(wide.stdout).targets.union.max).toBeGreaterThan(200);
  });

  it('refuses a band that is not a small positive number, in one language', async () => {
    for (const band of ['0', '1.000', 'một', '11']) {
      const en = await cli([
        'reconcile',
        '--actual',
        '1',
        '--reported',
        'đạt 50%',
        '--near-band',
        band,
        '--lang',
        'en',
      ]);
      expect(en.code, band).toBe(2);
      expect(en.stderr).toContain(`--near-band: "${band}" is not allowed`);
      expect(en.stderr).not.toMatch(/ví dụ|hoặc|không/);
    }
  });

  it('says every number error in one language', async () => {
    const vi = await cli([
      'reconcile',
      '--actual',
      '6,66',
      '--reported',
      'đạt 50%',
      '--locale',
      'en',
    ]);
    expect(vi.stderr).toContain('(ví dụ 6,666 hoặc 8.1)');
    expect(vi.stderr).not.toMatch(/\bor\b/);
    const en = await cli([
      'reconcile',
      '--actual',
      '6.66',
      '--reported',
      'đạt 50%',
      '--lang',
      'en',
    ]);
    expect(en.stderr).toContain('(expected e.g. 6.666 or 8,1)');
    expect(en.stderr).not.toMatch(/ví dụ|hoặc/);
  });
});
