import { z } from 'zod';

// Kept apart from schema.ts so that the indicator schema can use them without an import cycle.

/** kế hoạch (planned), đang học / đang luân chuyển (enrolled), hoàn thành (completed), thôi (dropped). */
export const RecordStatusSchema = z.enum(['planned', 'enrolled', 'completed', 'dropped']);
/** Status of a training or rotation record: planned, enrolled, completed or dropped. */
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
/** Trình độ đào tạo: the level of a degree course, from trung cấp to tiến sĩ and chuyên khoa. */
export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;

/** Bồi dưỡng (refresher) kinds: LLCT, QLNN by ngạch, leadership post, sector knowledge and skills. */
export const RefresherKindSchema = z.enum([
  'political_theory',
  'state_management',
  'leadership',
  'sector_skills',
]);
/** Loại bồi dưỡng: political theory, state management, leadership or sector skills. */
export type RefresherKind = z.infer<typeof RefresherKindSchema>;

/** tập trung (full-time) / không tập trung (part-time). */
export const TrainingModeSchema = z.enum(['full_time', 'part_time']);
/** Hình thức học: full-time (tập trung) or part-time (không tập trung). */
export type TrainingMode = z.infer<typeof TrainingModeSchema>;
