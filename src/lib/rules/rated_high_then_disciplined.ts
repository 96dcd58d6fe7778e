/**
 * #6 rated_high_then_disciplined (docs/rules.md): a person or unit rated HTXSNV or HTTNV in year Y,
 * where a discipline decided in a later year covers a violation period that includes Y (seed 003:
 * Đảng ủy Cục thuế TP HCM, rated well during the 2015–2020 term it was later disciplined for).
 * Every track the decision bears on, as in #5 (party discipline: party-member and leader rows;
 * administrative: civil-servant and leader rows); a self-detected and remedied violation does not
 * count for rating years from `self_detected_from` (2023, QĐ 124), as in #5. Severity high when a
 * row is HTXSNV, else medium.
 */
import type { Rule } from './types';
import { citeClause, type ClausesByRegime } from './format';
import { DISCIPLINES, TRACK_RATINGS, decisionTextSql, decisionsBySubjectYearSql, decisionItems, levelsSaid, rowsSaid, trackOfSystemSql, violationPeriodSql, type DecisionsRow } from '../sql/disciplines';
import { sql } from '../sql/template';
import { flagSubject, subjectNamed, subjectRelated } from './subject';
import { LEVELS, type LevelCode } from '../domain/levels';

// The re-rating duty is QĐ 124's; for earlier years the flag still cites the rules the year was rated under.
export const CLAUSES: ClausesByRegime = {
  'QD124-HD25': 'Điều 12: khi phát hiện khuyết điểm, vi phạm phải xem xét, đánh giá, xếp loại lại "tại thời điểm xảy ra khuyết điểm, vi phạm"',
  default: 'mức xếp loại của năm có vi phạm (bị kỷ luật sau) cần được xem xét lại "tại thời điểm xảy ra khuyết điểm, vi phạm" (Quy định 124-QĐ/TW, Điều 12)'
};

export type Params = { min_level: string; self_detected_from: number };

function query(minRank: number, p: Params): string {
  return sql`WITH hits AS (
      SELECT r.*, d.decided_on, d.decision_no,
        ${decisionTextSql('d')} AS decision_text,
        ${violationPeriodSql('d')} AS period
      FROM ${TRACK_RATINGS} r
      JOIN ${DISCIPLINES} d ON d.subject_type = r.subject_type AND d.subject_id = r.subject_id
        AND d.decided_year > r.year AND r.year BETWEEN d.violation_from AND d.violation_to
      WHERE r.rank >= ${minRank} AND ${trackOfSystemSql('d', 'r')}
        AND NOT (d.self_detected AND r.year >= ${p.self_detected_from})
    )
    SELECT * FROM (${decisionsBySubjectYearSql('hits')})`.text;
}

export const rule: Rule<Params> = {
  id: 'rated_high_then_disciplined',
  evidenceView: { kind: 'timeline' },
  requires: ['ratings', 'disciplines', 'people', 'units'],
  defaults: { min_level: 'HTTNV', self_detected_from: 2023 },
  paramSpec: {
    min_level: {
      kind: 'choice',
      values: ['HTXSNV', 'HTTNV', 'HTNV'],
      vi: 'Mức xếp loại thấp nhất bị xét (mặc định HTTNV: xét HTXSNV và HTTNV)',
      en: 'Lowest level checked (default HTTNV: excellent and good)'
    },
    self_detected_from: {
      kind: 'number',
      integer: true,
      min: 1900,
      max: 2100,
      vi: 'Từ năm xếp loại này, vi phạm tự phát hiện và khắc phục không buộc xếp loại lại (QĐ 124)',
      en: 'From this rating year, a self-detected and remedied violation does not call for re-rating (QĐ 124)'
    }
  },
  async run({ engine, params }) {
    const rows = await engine.query<DecisionsRow>(query(LEVELS[params.min_level as LevelCode].rank, params));
    return rows.map((r) => {
      const who = subjectNamed(r);
      const later =
        r.n_decisions === 1
          ? `quyết định kỷ luật ngày ${r.first_decided_on} xác định vi phạm trong năm ${r.first_period}`
          : `${r.n_decisions} quyết định kỷ luật sau đó xác định vi phạm trong năm ${r.year}`;
      return {
        rule: 'rated_high_then_disciplined',
        severity: r.rank === 4 ? 'high' : 'medium',
        ...flagSubject(r),
        score: r.rank,
        regulation: citeClause(r.year, CLAUSES),
        message: `Năm ${r.year}, ${who} được xếp loại ${levelsSaid(r)}, nhưng ${later}.`,
        evidence: `Mức xếp loại năm ${r.year}: ${rowsSaid(r)}; kỷ luật sau đó: ${r.decisions}`,
        related: [...decisionItems(r.decision_nos), ...(subjectRelated(r) ?? [])]
      };
    });
  }
};
