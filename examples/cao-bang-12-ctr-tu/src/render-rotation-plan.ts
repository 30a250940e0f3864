import {
  formatLegalRef,
  ROTATION_DIRECTION_NAMES,
  type RotationDirection,
  type RotationPlanCheck,
} from '@cadre/core';
import { formatCount } from './format-text.js';

/**
 * The rotation plan checked against the rule pack in force on each rotation's start date: how
 * many rotations each pack judged, the directions, and every violation (vi, then en).
 * @example
 * renderRotationPlan(review.rotationPlan)[2];
 * // '- 24 lượt luân chuyển theo số 98-QĐ/TW ngày 7/10/2017 (Luân chuyển cán bộ (2017))'
 */
export function renderRotationPlan(plan: RotationPlanCheck): string[] {
  const lines = [
    'Kế hoạch luân chuyển đối chiếu quy định có hiệu lực vào ngày bắt đầu từng lượt:',
    'Rotation plan checked against the rules in force on each rotation’s start date:',
  ];
  const packs = new Map<string, { vi: string; en: string; count: number }>();
  const directions = new Map<RotationDirection, number>();
  for (const r of plan.results) {
    const id = r.pack?.id ?? '';
    const pack = r.pack;
    const entry = packs.get(id) ?? {
      vi: pack
        ? `${formatLegalRef(pack.reference, 'vi')} (${pack.title?.vi ?? pack.id})`
        : 'không có quy định có hiệu lực',
      en: pack
        ? `${formatLegalRef(pack.reference, 'en')} (${pack.title?.en ?? pack.id})`
        : 'no rule in force',
      count: 0,
    };
    entry.count += 1;
    packs.set(id, entry);
    if (r.direction) directions.set(r.direction, (directions.get(r.direction) ?? 0) + 1);
  }
  for (const p of packs.values()) {
    lines.push(`- ${formatCount(p.count, 'vi')} lượt luân chuyển theo ${p.vi}`);
    lines.push(`  ${formatCount(p.count, 'en')} rotations under ${p.en}`);
  }
  const dirs = [...directions.entries()];
  lines.push(
    `- Hướng luân chuyển: ${dirs.map(([d, n]) => `${ROTATION_DIRECTION_NAMES[d].vi} ${n}`).join('; ')}`,
    `  Directions: ${dirs.map(([d, n]) => `${ROTATION_DIRECTION_NAMES[d].en} ${n}`).join('; ')}`,
  );
  const codes = Object.entries(plan.countsByCode)
    .map(([code, n]) => `${code} × ${n}`)
    .join(', ');
  const errors = plan.rotationsWithErrors;
  lines.push(
    errors === 0 && codes === ''
      ? '- Không có vi phạm.'
      : `- ${formatCount(errors, 'vi')} lượt có lỗi${codes ? `: ${codes}` : ''}`,
    errors === 0 && codes === ''
      ? '  No violations.'
      : `  ${formatCount(errors, 'en')} rotations with errors${codes ? `: ${codes}` : ''}`,
  );
  for (const r of plan.results) {
    for (const v of r.violations) {
      lines.push(`  · ${v.messageVi} [${v.reference}]`, `    ${v.message}`);
    }
  }
  return lines;
}
