import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate, type TemplatePart } from './template.js';

const ROW = ['actual', 'unit', 'target', 'phrase'];

function parsed(source: string): TemplatePart[] {
  const r = parseTemplate(source, ROW, ['wording']);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

describe('parseTemplate and fillTemplate', () => {
  it('fills placeholders and keeps an optional group only when all its values are there', () => {
    const t = parsed('luân chuyển {actual} {unit}[ trong tổng số chỉ tiêu {target}][, {phrase}]');
    expect(
      fillTemplate(t, { actual: '24', unit: 'cán bộ', target: '40', phrase: 'bằng 60% KH' }),
    ).toBe('luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40, bằng 60% KH');
    expect(fillTemplate(t, { actual: '241', unit: 'cán bộ', target: null, phrase: null })).toBe(
      'luân chuyển 241 cán bộ',
    );
  });

  it('writes nothing for an absent value outside a group and tidies the spaces it leaves', () => {
    expect(
      fillTemplate(parsed('{actual} {unit} , {phrase}.'), { actual: '4', unit: 'người' }),
    ).toBe('4 người,.');
  });

  it('writes literal braces and brackets when doubled', () => {
    expect(fillTemplate(parsed('{{x}} [[{actual}]]'), { actual: '1' })).toBe('{x} [1]');
  });

  it('escapes values, never the template text', () => {
    const t = parsed('*{actual}* {unit}');
    expect(fillTemplate(t, { actual: '3', unit: 'a_b' }, (v) => v.replace(/_/g, '\\_'))).toBe(
      '*3* a\\_b',
    );
  });

  it('reports every unknown placeholder with the path and what was expected', () => {
    const r = parseTemplate('cử {actul} {unit}, {pharse}', ROW, ['indicators', 2, 'wording', 'vi']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.input])).toEqual([
      ['narrative.unknown_placeholder', 'actul'],
      ['narrative.unknown_placeholder', 'pharse'],
    ]);
    expect(r.issues[0]?.path).toEqual(['indicators', 2, 'wording', 'vi']);
    expect(r.issues[0]?.message).toContain('indicators.2.wording.vi');
    expect(r.issues[0]?.message).toContain('{actual}');
    expect(r.issues[0]?.messageVi).toContain('không phải chỗ điền');
  });

  it('reports malformed templates', () => {
    for (const bad of [
      'cử {actual',
      'cử {a b}',
      '[[ok]] [{actual}',
      '{actual}]',
      '[a [b]]',
      'x } y',
    ]) {
      const r = parseTemplate(bad, ROW, ['t']);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code, bad).toBe('narrative.bad_template');
    }
  });
});
