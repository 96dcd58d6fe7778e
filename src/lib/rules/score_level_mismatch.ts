/**
 * #13 score_level_mismatch (docs/rules.md): from QĐ 366 (rating year `from_year`, 2025) a rating
 * carries a 100-point score; the level may not rank above what the score allows (≥ 90 HTXSNV,
 * ≥ 70 HTTNV, ≥ 50 HTNV, else KHTNV). All tracks; one flag per subject-year, on its largest gap.
 */
import type { ParamSpec, Rule } from './types';
import { decimalVi, type ClausesByRegime } from './format';
import { levelOfRankSql, RANK, ratedSql, scoreTextSql, trackLabelSql } from '../sql/ratings';
import { subjectYearFlagsSql, type SubjectYearRow } from '../sql/per-subject-year';
import { subjectNamed, subjectYearFlag } from './subject';
import { sql } from '../sql/template';

export const CLAUSES: ClausesByRegime = {
  'QD366-HD43': 'Điều 11: HTXSNV từ 90 điểm trở lên, HTTNV từ 70 đến dưới 90 điểm, HTNV từ 50 đến dưới 70 điểm, KHTNV dưới 50 điểm',
  default: 'mức xếp loại phải tương ứng với tổng điểm đánh giá (thang 100 điểm của Quy định 366-QĐ/TW, Điều 11)'
};

export type Params = { from_year: number; excellent: number; good: number; completed: number };

type Row = SubjectYearRow & { level: string; score: number; allowed_level: string; rows: string };

function query(p: Params): string {
  const [ex, good, comp] = [p.excellent, p.good, p.completed];
  return sql`WITH scored AS (
      SELECT r.year, r.subject_type, r.subject_id, r.unit_id, r.track, r.level, r.rank, r.score, CASE WHEN r.score >= ${ex} THEN ${RANK.excellent} WHEN r.score >= ${good} THEN ${RANK.good} WHEN r.score >= ${comp} THEN ${RANK.completed} ELSE ${RANK.notCompleted} END AS allowed_rank,
        ${trackLabelSql('r')} AS as_what
      FROM ratings r WHERE r.year >= ${p.from_year} AND r.score IS NOT NULL AND ${ratedSql('r')}
    ), over AS (
      SELECT s.year, s.subject_type, s.subject_id, s.unit_id, s.track, s.level, s.score, s.allowed_rank, s.rank - s.allowed_rank AS gap,
        s.as_what || ': ' || s.level || ' với ' || ${scoreTextSql('s.score')} || ' điểm (điểm cho phép tối đa ' || ${levelOfRankSql('s.allowed_rank')} || ')' AS fact
      FROM scored s WHERE s.rank > s.allowed_rank
    )
    ${subjectYearFlagsSql('over', 'gap', `x.level, x.score, ${levelOfRankSql('x.allowed_rank')} AS allowed_level`)}`.text;
}

const points = (vi: string, en: string): ParamSpec => ({ kind: 'number', min: 0, max: 100, vi, en });

export const rule: Rule<Params> = {
  id: 'score_level_mismatch',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'people', 'units'],
  defaults: { from_year: 2025, excellent: 90, good: 70, completed: 50 },
  paramSpec: {
    from_year: { kind: 'number', integer: true, min: 1900, max: 2100, vi: 'Áp dụng từ năm xếp loại', en: 'First rating year checked' },
    excellent: points('Điểm tối thiểu mức HTXSNV', 'Minimum score for excellent'),
    good: points('Điểm tối thiểu mức HTTNV', 'Minimum score for good'),
    completed: points('Điểm tối thiểu mức HTNV', 'Minimum score for completed')
  },
  async run({ engine, params }) {
    if (!(params.excellent >= params.good && params.good >= params.completed)) {
      throw new Error(`ngưỡng điểm phải giảm dần: excellent ≥ good ≥ completed (thresholds must decrease), được ${params.excellent}, ${params.good}, ${params.completed}`);
    }
    const rows = await engine.query<Row>(query(params));
    const minimum: Record<string, number> = { HTXSNV: params.excellent, HTTNV: params.good, HTNV: params.completed };
    return rows.map((r) =>
      subjectYearFlag('score_level_mismatch', 'medium', r, CLAUSES, {
        score: r.score,
        message: `Năm ${r.year}, ${subjectNamed(r)} được xếp loại ${r.level} với ${decimalVi(r.score, 2)} điểm, trong khi số điểm này chỉ đạt mức ${r.allowed_level} (${r.level} cần từ ${decimalVi(minimum[r.level], 2)} điểm).`,
        evidenceMore: `; ngưỡng: HTXSNV ≥ ${decimalVi(params.excellent, 2)}, HTTNV ≥ ${decimalVi(params.good, 2)}, HTNV ≥ ${decimalVi(params.completed, 2)} điểm`
      })
    );
  }
};
