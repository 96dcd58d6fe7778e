/**
 * #3 quota_excellent_leaders (docs/rules.md): the quota test over `leader`-track ratings sharing a
 * position_group (equivalent positions at one level) in one year. The subject is the group.
 */
import type { Rule } from './types';
import { related } from './related';
import type { ClausesByRegime } from './format';
import { LEADER_RATINGS, leaderSql, RANK } from '../sql/ratings';
import { sql } from '../sql/template';
import { quotaBreachSql, type QuotaBreach, type QuotaParams } from '../sql/quota';
import { quotaEvidence, quotaFlag, quotaRuleParts, quotaShareVi } from './quota';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD21':
    'phần tập thể, cá nhân cán bộ lãnh đạo, quản lý: số cán bộ xếp loại HTXSNV không vượt quá 20% số cán bộ xếp loại HTTNV, "theo chức danh tương đương ở từng cấp"',
  default: 'số cán bộ lãnh đạo, quản lý xếp loại HTXSNV không vượt quá 20% số xếp loại HTTNV, theo chức danh tương đương ở từng cấp'
};

const GROUP_RATINGS = sql`(SELECT year, position_group AS group_id, subject_id, rank FROM ${LEADER_RATINGS} l
  WHERE position_group IS NOT NULL AND trim(position_group) <> '')`;

export const rule: Rule<QuotaParams> = {
  id: 'quota_excellent_leaders',
  // The leader ratings of the position group.
  ...quotaRuleParts(['ratings'], (f) => sql`${leaderSql('r')} AND r.position_group = ${f.subject_id}`),
  async run({ engine, params }) {
    // The leaders rated HTXSNV in each group over the quota: the persons the flag rests on.
    const rows = await engine.query<QuotaBreach & { excellent_ids: string | null }>(
      sql`WITH breaches AS (${quotaBreachSql(GROUP_RATINGS, params)})
       SELECT b.*, (SELECT string_agg(g.subject_id, ',' ORDER BY g.subject_id) FROM ${GROUP_RATINGS} g WHERE g.year = b.year AND g.group_id = b.group_id AND g.rank = ${RANK.excellent}) AS excellent_ids
       FROM breaches b ORDER BY b.year, b.group_id`.text
    );
    return rows.map((b) =>
      quotaFlag('quota_excellent_leaders', b, 'group', CLAUSES, {
        message: `Năm ${b.year}, nhóm chức danh "${b.group_id}" có ${quotaShareVi(b, params, 'cán bộ')}.`,
        evidence: `Cán bộ lãnh đạo, quản lý nhóm chức danh "${b.group_id}" xếp loại năm ${b.year}: ${quotaEvidence(b, params)}`,
        related: (b.excellent_ids ?? '').split(',').map(related.person)
      })
    );
  }
};
