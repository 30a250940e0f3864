import { z } from 'zod';

// Kept apart from schema.ts so that the indicator schema can use them without an import cycle.

/** kế hoạch (planned), đang học / đang luân chuyển (enrolled), hoàn thành (completed), thôi (dropped). */
export const RecordStatusSchema = z.enum(['planned', 'enrolled', 'completed', 'dropped']);
export type RecordStatus = z.infer<typeof RecordStatusSchema>;

/**
 * Đào tạo (degree) levels: trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ,
 * chuyên khoa cấp I, chuyên khoa cấp II.
 */
export const DegreeLevelSchema = z.enum([
  'intermediate',
  'college',
  'bachelor',
  'master',
  'phd',
  'specialist_1',
  'specialist_2',
]);
export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;

/** Bồi dưỡng (refresher) kinds: LLCT, QLNN by ngạch, leadership post, sector knowledge and skills. */
export const RefresherKindSchema = z.enum([
  'political_theory',
  'state_management',
  'leadership',
  'sector_skills',
]);
export type RefresherKind = z.infer<typeof RefresherKindSchema>;

/** tập trung (full-time) / không tập trung (part-time). */
export const TrainingModeSchema = z.enum(['full_time', 'part_time']);
export type TrainingMode = z.infer<typeof TrainingModeSchema>;
