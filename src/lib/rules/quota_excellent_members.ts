/**
 * #1 quota_excellent_members (docs/rules.md): per year and grassroots organisation G (kind `co_so`),
 * over the party-member ratings of persons rated in G or in any unit below it in the tree of that
 * year, excellent ratings may not exceed `ratio` of the denominator.
 */
import type { Rule } from './types';
import { related } from './related';
import { unitRef, type ClausesByRegime } from './format';
import { PARTY_MEMBER_RATINGS, partyMemberSql } from '../sql/ratings';
import { UNIT_YEAR_ANCESTORS } from '../sql/tree-walks';
import { sql } from '../sql/template';
import { quotaBreachSql, type QuotaBreach, type QuotaParams } from '../sql/quota';
import { quotaEvidence, quotaFlag, quotaRuleParts, quotaShareVi } from './quota';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD21': 'mục 2.3.a: số đảng viên HTXSNV "không vượt quá 20% số đảng viên được xếp loại HTTNV trong từng tổ chức cơ sở đảng"',
  default: 'số đảng viên xếp loại HTXSNV không vượt quá 20% số đảng viên xếp loại HTTNV trong từng tổ chức cơ sở đảng'
};

// Every party-member rating counted once for each co_so at or above the unit it was rated in, in
// the tree of the rating's year.
const RATINGS_BY_GRASSROOTS = sql`(SELECT r.year, a.ancestor_id AS group_id, r.rank
  FROM ${PARTY_MEMBER_RATINGS} r
  JOIN ${UNIT_YEAR_ANCESTORS} a ON a.year = r.year AND a.unit_id = r.unit_id
  JOIN unit_years g ON g.year = r.year AND g.unit_id = a.ancestor_id
  WHERE g.kind = 'co_so')`;

export const rule: Rule<QuotaParams> = {
  id: 'quota_excellent_members',
  // The party-member ratings of every unit at or below the organisation in the tree of the year.
  ...quotaRuleParts(['ratings', 'units'], (f) =>
    sql`${partyMemberSql('r')} AND r.unit_id IN (SELECT unit_id FROM unit_years WHERE year = ${f.year} AND list_contains(path, ${f.subject_id}))`
  ),
  async run({ engine, params }) {
    const rows = await engine.query<QuotaBreach & { name: string | null }>(
      sql`SELECT b.*, u.name FROM (${quotaBreachSql(RATINGS_BY_GRASSROOTS, params)}) b
       LEFT JOIN unit_years u ON u.year = b.year AND u.unit_id = b.group_id ORDER BY b.year, b.group_id`.text
    );
    return rows.map((b) =>
      quotaFlag('quota_excellent_members', b, 'unit', CLAUSES, {
        message: `Năm ${b.year}, ${unitRef(b.name, b.group_id)} có ${quotaShareVi(b, params, 'đảng viên')}.`,
        evidence: `Đảng viên xếp loại năm ${b.year} trong tổ chức cơ sở đảng và các chi bộ trực thuộc: ${quotaEvidence(b, params)}`,
        related: [related.unit(b.group_id)]
      })
    );
  }
};
