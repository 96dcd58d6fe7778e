/**
 * #14 self_level_raised (docs/rules.md): the final level ranks above the level the subject proposed
 * for itself (the collective raised a self-assessment: rare and worth a look). All tracks; one flag
 * per subject-year, on its largest rise. Low severity.
 */
import type { Rule } from './types';
import { citeClause, type ClausesByRegime } from './format';
import { ratedSql, trackLabelSql } from '../sql/ratings';
import { subjectYearFlagsSql, type SubjectYearRow } from '../sql/per-subject-year';
import { flagSubject, subjectNamed, subjectRelated } from './subject';

export const CLAUSES: ClausesByRegime = {
  default: 'quy trình xếp loại: tập thể, cá nhân tự đánh giá, xếp loại; cấp có thẩm quyền xem xét, quyết định mức xếp loại'
};

type Params = Record<string, never>;

type Row = SubjectYearRow & { level: string; self_level: string; rise: number; rows: string };

const SQL = `WITH raised AS (
    SELECT r.year, r.subject_type, r.subject_id, r.unit_id, r.track, r.level, r.self_level, r.rank - r.self_rank AS rise,
      ${trackLabelSql('r')} || ': tự nhận ' || r.self_level || ', được xếp loại ' || r.level AS fact
    FROM ratings r WHERE r.self_rank IS NOT NULL AND ${ratedSql('r')} AND r.rank > r.self_rank
  )
  ${subjectYearFlagsSql('raised', 'rise', 'x.level, x.self_level, x.rise')}`;

export const rule: Rule<Params> = {
  id: 'self_level_raised',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'people', 'units'],
  defaults: {},
  async run({ engine }) {
    const rows = await engine.query<Row>(SQL);
    return rows.map((r) => ({
      rule: 'self_level_raised',
      severity: 'low',
      ...flagSubject(r),
      score: r.rise,
      regulation: citeClause(r.year, CLAUSES),
      message: `Năm ${r.year}, ${subjectNamed(r)} tự nhận mức ${r.self_level} nhưng được xếp loại ${r.level}, cao hơn mức tự nhận.`,
      evidence: `Năm ${r.year}: ${r.rows}`,
      related: subjectRelated(r)
    }));
  }
};
