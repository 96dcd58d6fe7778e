/**
 * #14 self_level_raised (docs/rules.md): the final level ranks above the level the subject proposed
 * for itself (the collective raised a self-assessment: rare and worth a look). All tracks; one flag
 * per subject-year, on its largest rise. Low severity.
 */
import { queryRule } from './query-rule';
import type { ClausesByRegime } from './format';
import { ratedSql, trackLabelSql } from '../sql/ratings';
import { subjectYearFlagsSql, type SubjectYearRow } from '../sql/per-subject-year';
import { subjectNamed, subjectYearFlag } from './subject';

export const CLAUSES: ClausesByRegime = {
  default: 'quy trình xếp loại: tập thể, cá nhân tự đánh giá, xếp loại; cấp có thẩm quyền xem xét, quyết định mức xếp loại'
};

type Row = SubjectYearRow & { level: string; self_level: string; rise: number; rows: string };

const SQL = `WITH raised AS (
    SELECT r.year, r.subject_type, r.subject_id, r.unit_id, r.track, r.level, r.self_level, r.rank - r.self_rank AS rise,
      ${trackLabelSql('r')} || ': tự nhận ' || r.self_level || ', được xếp loại ' || r.level AS fact
    FROM ratings r WHERE r.self_rank IS NOT NULL AND ${ratedSql('r')} AND r.rank > r.self_rank
  )
  ${subjectYearFlagsSql('raised', 'rise', 'x.level, x.self_level, x.rise')}`;

export const rule = queryRule<Row>({
  id: 'self_level_raised',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'people', 'units'],
  sql: SQL,
  flag: (r) =>
    subjectYearFlag('self_level_raised', 'low', r, CLAUSES, {
      score: r.rise,
      message: `Năm ${r.year}, ${subjectNamed(r)} tự nhận mức ${r.self_level} nhưng được xếp loại ${r.level}, cao hơn mức tự nhận.`
    })
});
