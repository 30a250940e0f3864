import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../attainment/compute-attainment.js';
import { ATTAINMENT_STATUSES } from '../attainment/types.js';
import { attainmentPhrase, reductionPhrase, statusLabel } from './phrases.js';

describe('attainmentPhrase', () => {
  it('speaks the review-meeting phrases', () => {
    const phrase = (actual: number, target: number | null, o = {}) =>
      attainmentPhrase(computeAttainment({ actual, target }), { lang: 'vi', ...o });
    expect(phrase(30, 10, { basis: 'chỉ tiêu' })).toBe('đạt 300% chỉ tiêu');
    expect(phrase(24, 40, { verb: 'bằng' })).toBe('bằng 60% KH');
    expect(phrase(139, 200)).toBe('đạt gần 70% KH');
    expect(phrase(0, null)).toBe('chưa thực hiện');
    expect(phrase(241, null)).toBe('chưa có chỉ tiêu');
  });

  it('has English alternatives', () => {
    const en = (actual: number, target: number | null, o = {}) =>
      attainmentPhrase(computeAttainment({ actual, target }), { lang: 'en', ...o });
    expect(en(30, 10, { basis: 'chỉ tiêu' })).toBe('300% of target');
    expect(en(139, 200)).toBe('nearly 70% of plan');
    expect(en(0, 5)).toBe('not started');
    expect(en(3, null)).toBe('no target');
  });

  it('writes NFC even when given decomposed words', () => {
    const nfd = 'chỉ tiêu'.normalize('NFD') as 'chỉ tiêu';
    const text = attainmentPhrase(computeAttainment({ actual: 30, target: 10 }), {
      lang: 'vi',
      basis: nfd,
    });
    expect(text).toBe('đạt 300% chỉ tiêu'.normalize('NFC'));
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('attainmentPhrase just above 100%', () => {
  const phrase = (actual: number, target: number, lang: 'vi' | 'en' = 'vi') =>
    attainmentPhrase(computeAttainment({ actual, target }), { lang });

  it('never prints an excess as a plain 100%: it shows two decimals, or says "hơn 100%"', () => {
    // 10 019 of 10 000 is 100,19%: "100%" would read as met while the status is exceeded.
    expect(phrase(10019, 10000)).toBe('đạt 100,19% KH');
    expect(phrase(10019, 10000, 'en')).toBe('100.19% of plan');
    expect(phrase(1002, 1000)).toBe('đạt 100,2% KH');
    // 100,004% shows as 100 even with two decimals: said "hơn 100%".
    expect(phrase(100004, 100000)).toBe('đạt hơn 100% KH');
    expect(phrase(100004, 100000, 'en')).toBe('over 100% of plan');
  });

  it('leaves exact 100%, below 100% and clear excesses to the rounding rule', () => {
    expect(phrase(40, 40)).toBe('đạt 100% KH');
    expect(phrase(9996, 10000)).toBe('đạt gần 100% KH');
    expect(phrase(1013, 1000)).toBe('đạt 101% KH');
  });

  it('shows a figure the status calls exceeded above 100 for every excess up to 0,5 points', () => {
    for (let extra = 1; extra <= 500; extra += 7) {
      const text = phrase(100_000 + extra, 100_000);
      expect(computeAttainment({ actual: 100_000 + extra, target: 100_000 }).status).toBe(
        'exceeded',
      );
      expect(text, String(extra)).not.toBe('đạt 100% KH');
    }
  });
});

describe('reductionPhrase', () => {
  it('reads Nghệ An 2015–2018: "giảm được 6.666 biên chế, đạt gần 8,1%"', () => {
    // 6666 / 82300 = 0.080996… → 8,0996…% → shown 8,1 (above exact) → "gần".
    const unit = { vi: 'biên chế', en: 'staff positions' };
    expect(reductionPhrase({ cut: 6666, baseline: 82300, unit }, { lang: 'vi' })).toBe(
      'giảm được 6.666 biên chế, đạt gần 8,1%',
    );
    expect(reductionPhrase({ cut: 6666, baseline: 82300, unit }, { lang: 'en' })).toBe(
      'cut 6,666 staff positions, nearly 8.1% of the baseline',
    );
    expect(reductionPhrase({ cut: 6666, baseline: null, unit: 'biên chế' }, { lang: 'vi' })).toBe(
      'giảm được 6.666 biên chế',
    );
  });
});

describe('statusLabel', () => {
  it('names every status in both languages', () => {
    expect(ATTAINMENT_STATUSES.map((s) => statusLabel(s, 'vi'))).toEqual([
      'vượt',
      'đạt',
      'chưa đạt',
      'chưa thực hiện',
      'chưa có chỉ tiêu',
    ]);
    for (const s of ATTAINMENT_STATUSES) expect(statusLabel(s, 'en')).toMatch(/^[a-z ]+$/);
  });
});
