/**
 * What the three quota rules (docs/rules.md #1–3) say about a breach the quota test of
 * src/lib/sql/quota.ts found: their parameters, the shared wording of message and evidence, the flag.
 */
import type { RuleId } from '../domain/rule-ids';
import type { QuotaBreach, QuotaParams } from '../sql/quota';
import { citeClause, percentVi, type ClausesByRegime } from './format';
import type { TableName } from '../data/schema';
import { QUOTA_DEFAULTS } from '../sql/quota';
import type { FlagDraft, ParamSpec, QuotaView, Rule } from './types';

export const QUOTA_PARAM_SPEC: { ratio: ParamSpec; denominator: ParamSpec } = {
  ratio: { kind: 'number', min: 0, max: 1, vi: 'Tỷ lệ HTXSNV tối đa so với mẫu số', en: 'Maximum share of excellent against the denominator' },
  denominator: {
    kind: 'choice',
    values: ['good', 'good_or_better'],
    vi: 'Mẫu số: số HTTNV (good) hoặc số HTTNV và HTXSNV (good_or_better)',
    en: 'Denominator: good only, or good and excellent'
  }
};

/** The parts every quota rule shares: its evidence view (the ratings it counted), tables, defaults, parameters. */
export function quotaRuleParts(
  requires: readonly TableName[],
  counted: QuotaView['counted']
): Pick<Rule<QuotaParams>, 'evidenceView' | 'requires' | 'defaults' | 'paramSpec'> {
  return { evidenceView: { kind: 'quota', counted }, requires, defaults: QUOTA_DEFAULTS, paramSpec: QUOTA_PARAM_SPEC };
}

function denominatorVi(p: QuotaParams): string {
  return p.denominator === 'good_or_better' ? 'HTTNV và HTXSNV' : 'HTTNV';
}

/**
 * The part of the message every quota rule shares, e.g. with noun "đảng viên":
 * "4 đảng viên HTXSNV, bằng 26,7% số đảng viên HTTNV (15), vượt tỷ lệ 20%".
 */
export function quotaShareVi(b: QuotaBreach, p: QuotaParams, noun: string): string {
  if (b.n_den === 0) return `${b.n_excellent} ${noun} HTXSNV trong khi không có ${noun} nào được xếp loại ${denominatorVi(p)}`;
  return `${b.n_excellent} ${noun} HTXSNV, bằng ${percentVi(b.n_excellent / b.n_den)} số ${noun} ${denominatorVi(p)} (${b.n_den}), vượt tỷ lệ ${percentVi(p.ratio)}`;
}

/** Both counts, the ratio and the allowed maximum, checkable by hand. */
export function quotaEvidence(b: QuotaBreach, p: QuotaParams): string {
  const share = b.n_den > 0 ? `${b.n_excellent}/${b.n_den} = ${percentVi(b.n_excellent / b.n_den)}` : `${b.n_excellent}/0 (mẫu số bằng 0)`;
  return [
    `HTXSNV: ${b.n_excellent}`,
    `HTTNV: ${b.n_good}`,
    `mẫu số (${denominatorVi(p)}): ${b.n_den}`,
    `tỷ lệ HTXSNV/mẫu số: ${share}`,
    `tối đa cho phép: ${percentVi(p.ratio)} × ${b.n_den} → ${b.allowed} HTXSNV`
  ].join('; ');
}

/**
 * The flag of a breach: medium, on the group (a unit, or a position group without a unit), scored by
 * the ratio (null without a denominator).
 */
export function quotaFlag(
  rule: RuleId,
  b: QuotaBreach,
  subjectType: 'unit' | 'group',
  clauses: ClausesByRegime,
  text: { message: string; evidence: string; related?: FlagDraft['related'] }
): FlagDraft {
  return {
    rule,
    severity: 'medium',
    year: b.year,
    subject_type: subjectType,
    subject_id: b.group_id,
    unit_id: subjectType === 'unit' ? b.group_id : null,
    score: b.score,
    regulation: citeClause(b.year, clauses),
    ...text
  };
}
