/**
 * #2 quota_excellent_units (docs/rules.md): the quota test over the unit ratings, in one year, of the
 * direct children of one parent unit (collectives rated by the same superior).
 */
import type { Rule } from './types';
import { unitRef, type ClausesByRegime } from './format';
import { UNIT_RATINGS } from '../sql/ratings';
import { QUOTA_DEFAULTS, QUOTA_PARAM_SPEC, quotaBreachSql, quotaEvidence, quotaFlag, quotaShareVi, type QuotaBreach, type QuotaParams } from '../sql/quota';

export const CLAUSES: ClausesByRegime = {
  default: 'số tập thể xếp loại HTXSNV không vượt quá 20% số tập thể xếp loại HTTNV do cùng một cấp có thẩm quyền đánh giá, xếp loại'
};

const CHILD_RATINGS = `(SELECT r.year, u.parent_id AS group_id, r.subject_id, r.rank
  FROM ${UNIT_RATINGS} r JOIN units u ON u.unit_id = r.subject_id
  WHERE u.parent_id IS NOT NULL)`;

type Row = QuotaBreach & { name: string | null; excellent_ids: string | null };

export const rule: Rule<QuotaParams> = {
  id: 'quota_excellent_units',
  requires: ['ratings', 'units'],
  defaults: QUOTA_DEFAULTS,
  paramSpec: QUOTA_PARAM_SPEC,
  async run({ engine, params }) {
    const rows = await engine.query<Row>(
      `WITH breaches AS (${quotaBreachSql(CHILD_RATINGS, params)}),
       excellent AS (
         SELECT year, group_id, string_agg(subject_id, ', ' ORDER BY subject_id) AS excellent_ids
         FROM ${CHILD_RATINGS} c WHERE rank = 4 GROUP BY year, group_id)
       SELECT b.*, u.name, e.excellent_ids FROM breaches b
       LEFT JOIN units u ON u.unit_id = b.group_id
       LEFT JOIN excellent e ON e.year = b.year AND e.group_id = b.group_id
       ORDER BY b.year, b.group_id`
    );
    return rows.map((b) =>
      quotaFlag('quota_excellent_units', b, 'unit', CLAUSES, {
        message: `Năm ${b.year}, các đơn vị trực thuộc ${unitRef(b.name, b.group_id)} có ${quotaShareVi(b, params, 'tập thể')}.`,
        evidence: `Xếp loại năm ${b.year} của các đơn vị trực thuộc: ${quotaEvidence(b, params)}; đơn vị HTXSNV: ${b.excellent_ids ?? ''}`
      })
    );
  }
};
