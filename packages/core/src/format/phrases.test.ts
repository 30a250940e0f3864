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
