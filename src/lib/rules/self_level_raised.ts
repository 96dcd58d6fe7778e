/**
 * #14 self_level_raised (docs/rules.md): the final level ranks above the level the subject proposed
 * for itself (the collective raised a self-assessment: rare and worth a look). All tracks; one flag
 * per subject-year, on its largest rise. Low severity.
 */
import type { Rule } from './types';
import { citeClause, subjectRef, type ClausesByRegime } from './format';
import { SUBJECT_NAMES, trackLabelSql } from './sql/ratings';
import { onePerSubjectYear } from './sql/per-subject-year';

export const CLAUSES: ClausesByRegime = {
  default: 'quy trình xếp loại: tập thể, cá nhân tự đánh giá, xếp loại; cấp có thẩm quyền xem xét, quyết định mức xếp loại'
};

type Params = Record<string, never>;

type Row = {
  year: number;
  subject_type: 'person' | 'unit';
  subject_id: string;
  unit_id: string | null;
  name: string | null;
  level: string;
  self_level: string;
  rise: number;
  rows: string;
};

const SQL = `WITH raised AS (
    SELECT r.year, r.subject_type, r.subject_id, r.unit_id, r.track, r.level, r.self_level, r.rank - r.self_rank AS rise,
      ${trackLabelSql('r')} || ': tự nhận ' || r.self_level || ', được xếp loại ' || r.level AS fact
    FROM ratings r WHERE r.self_rank IS NOT NULL AND r.rank > r.self_rank
  )
  SELECT x.year, x.subject_type, x.subject_id, CASE WHEN x.subject_type = 'unit' THEN x.subject_id ELSE x.unit_id END AS unit_id,
    x.level, x.self_level, x.rise, n.name, x.facts AS rows
  FROM ${onePerSubjectYear('raised', 'rise DESC, track NULLS FIRST', 'track NULLS FIRST')} x
  LEFT JOIN ${SUBJECT_NAMES} n ON n.subject_type = x.subject_type AND n.subject_id = x.subject_id
  ORDER BY x.year, x.subject_type, x.subject_id`;

export const rule: Rule<Params> = {
  id: 'self_level_raised',
  requires: ['ratings', 'people', 'units'],
  defaults: {},
  async run({ engine }) {
    const rows = await engine.query<Row>(SQL);
    return rows.map((r) => ({
      rule: 'self_level_raised',
      severity: 'low',
      year: r.year,
      subject_type: r.subject_type,
      subject_id: r.subject_id,
      unit_id: r.unit_id,
      score: r.rise,
      regulation: citeClause(r.year, CLAUSES),
      message: `Năm ${r.year}, ${subjectRef(r.subject_type, r.name, r.subject_id)} tự nhận mức ${r.self_level} nhưng được xếp loại ${r.level}, cao hơn mức tự nhận.`,
      evidence: `Năm ${r.year}: ${r.rows}`
    }));
  }
};
