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
});
