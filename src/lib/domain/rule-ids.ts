/** The stable rule ids (docs/rules.md): the UI, exports and tests use them. */
import type { Label } from './label';

export const RULE_IDS = [
  'quota_excellent_members',
  'quota_excellent_units',
  'quota_excellent_leaders',
  'head_above_collective',
  'disciplined_not_downgraded',
  'rated_high_then_disciplined',
  'unit_with_disciplined',
  'excellent_unit_criteria',
  'not_completed_twice',
  'review_copied_prior_year',
  'review_copied_colleague',
  'repeated_weaknesses',
  'score_level_mismatch',
  'self_level_raised',
  'rating_outlier',
  'late_rating',
  'missing_rating',
  'track_mismatch'
] as const;
export type RuleId = (typeof RULE_IDS)[number];

// Titles name no threshold: the quota ratio is a parameter (Settings); the evidence page shows the value in effect.
export const RULE_TITLES: Record<RuleId, Label> = {
  quota_excellent_members: { vi: 'Vượt tỷ lệ đảng viên HTXSNV', en: 'Excellent members over the quota' },
  quota_excellent_units: { vi: 'Vượt tỷ lệ tập thể HTXSNV', en: 'Excellent units over the quota' },
  quota_excellent_leaders: { vi: 'Vượt tỷ lệ cán bộ lãnh đạo HTXSNV', en: 'Excellent leaders over the quota' },
  head_above_collective: { vi: 'Người đứng đầu xếp loại cao hơn tập thể', en: 'Head rated above the collective' },
  disciplined_not_downgraded: { vi: 'Bị kỷ luật nhưng vẫn xếp loại trên KHTNV', en: 'Disciplined but not downgraded' },
  rated_high_then_disciplined: { vi: 'Xếp loại cao trong năm sau này bị kỷ luật', en: 'Rated high in a year later disciplined' },
  unit_with_disciplined: { vi: 'Tập thể có người đứng đầu hoặc đơn vị trực thuộc bị kỷ luật', en: 'Unit whose head or sub-units were disciplined' },
  excellent_unit_criteria: { vi: 'Tập thể HTXSNV không đủ tiêu chí', en: 'Excellent unit failing the criteria' },
  not_completed_twice: { vi: 'Hai năm liền không hoàn thành nhiệm vụ', en: 'Not completed two years running' },
  review_copied_prior_year: { vi: 'Bản kiểm điểm sao chép năm trước', en: 'Self-review copied from a prior year' },
  review_copied_colleague: { vi: 'Bản kiểm điểm giống của đồng chí khác', en: 'Self-review copied from a colleague' },
  repeated_weaknesses: { vi: 'Hạn chế, khuyết điểm lặp lại ba năm', en: 'Weaknesses repeated three years' },
  score_level_mismatch: { vi: 'Mức xếp loại không khớp điểm số', en: 'Level above what the score allows' },
  self_level_raised: { vi: 'Mức xếp loại cao hơn mức tự nhận', en: 'Final level above the self-assessment' },
  rating_outlier: { vi: 'Xếp loại bất thường so với đơn vị cùng cấp', en: 'Rating outlier against peers' },
  late_rating: { vi: 'Xếp loại sau thời hạn', en: 'Rating decided after the deadline' },
  missing_rating: { vi: 'Thiếu kết quả xếp loại', en: 'Expected rating missing' },
  track_mismatch: { vi: 'Đảng viên HTXSNV nhưng xếp loại thấp hơn ở vị trí công tác', en: 'Excellent as a member, lower in the post' }
};

export type Severity = 'high' | 'medium' | 'low';
