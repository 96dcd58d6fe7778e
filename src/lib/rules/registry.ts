/**
 * Every rule, by id. One file per rule in this folder, named by its rule id (docs/rules.md).
 * To add a rule: write src/lib/rules/<rule_id>.ts exporting `rule` (with the evidence view its flags
 * get: a quota view names the rows it counted), list it here, and give its id and title in
 * src/lib/domain/rule-ids.ts; docs/rules.md defines it (docs/architecture.md, "How to add").
 * test/unit/rules/registry.test.ts fails when one of these is missing.
 */
import type { RuleId } from '../domain/rule-ids';
import type { Rule } from './types';
import { rule as quotaExcellentMembers } from './quota_excellent_members';
import { rule as quotaExcellentUnits } from './quota_excellent_units';
import { rule as quotaExcellentLeaders } from './quota_excellent_leaders';
import { rule as headAboveCollective } from './head_above_collective';
import { rule as disciplinedNotDowngraded } from './disciplined_not_downgraded';
import { rule as ratedHighThenDisciplined } from './rated_high_then_disciplined';
import { rule as unitWithDisciplined } from './unit_with_disciplined';
import { rule as excellentUnitCriteria } from './excellent_unit_criteria';
import { rule as notCompletedTwice } from './not_completed_twice';
import { rule as reviewCopiedPriorYear } from './review_copied_prior_year';
import { rule as reviewCopiedColleague } from './review_copied_colleague';
import { rule as repeatedWeaknesses } from './repeated_weaknesses';
import { rule as scoreLevelMismatch } from './score_level_mismatch';
import { rule as selfLevelRaised } from './self_level_raised';
import { rule as ratingOutlier } from './rating_outlier';
import { rule as lateRating } from './late_rating';
import { rule as missingRating } from './missing_rating';
import { rule as trackMismatch } from './track_mismatch';

export const RULES: Rule[] = [
  quotaExcellentMembers,
  quotaExcellentUnits,
  quotaExcellentLeaders,
  headAboveCollective,
  disciplinedNotDowngraded,
  ratedHighThenDisciplined,
  unitWithDisciplined,
  excellentUnitCriteria,
  notCompletedTwice,
  reviewCopiedPriorYear,
  reviewCopiedColleague,
  repeatedWeaknesses,
  scoreLevelMismatch,
  selfLevelRaised,
  ratingOutlier,
  lateRating,
  missingRating,
  trackMismatch
];

export function ruleById(id: RuleId): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
