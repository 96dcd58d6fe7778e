/**
 * #5 disciplined_not_downgraded (docs/rules.md): a person or unit disciplined in year Y (decision
 * dated in Y, any form) and still rated above KHTNV in Y, on every track the decision bears on: a
 * unit's own row; a person's party discipline → the party-member and leader rows, an administrative
 * discipline → the civil-servant and leader rows. From `self_detected_from` (2023, QĐ 124) a
 * decision marked self-detected does not count. One flag per subject-year listing every row.
 */
import type { Rule } from './types';
import { citeClause, type ClausesByRegime } from './format';
import { DISCIPLINES, TRACK_RATINGS, decisionTextSql, decisionsBySubjectYearSql, decisionItems, levelsSaid, rowsSaid, trackOfSystemSql, violationPeriodSql, type DecisionsRow } from '../sql/disciplines';
import { flagSubject, subjectNamed, subjectRelated } from './subject';
import { sql } from '../sql/template';
import { RANK } from '../sql/ratings';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD16': 'khung tiêu chuẩn mức "Không hoàn thành nhiệm vụ": bị thi hành kỷ luật trong năm',
  'QD132-HD21': 'mục 1.3 (tổ chức đảng) và 2.3 (đảng viên), mức "Không hoàn thành nhiệm vụ": bị thi hành kỷ luật trong năm',
  'QD124-HD25': 'bị thi hành kỷ luật trong năm thì xếp loại "Không hoàn thành nhiệm vụ", "trừ trường hợp tự phát hiện và khắc phục xong hậu quả"',
  'QD366-HD43': 'Điều 11, mức "Không hoàn thành nhiệm vụ": bị thi hành kỷ luật trong năm, trừ trường hợp tự phát hiện và khắc phục xong hậu quả',
  default: 'bị thi hành kỷ luật trong năm thì xếp loại "Không hoàn thành nhiệm vụ"'
};

export type Params = { self_detected_from: number };

function query(p: Params): string {
  return sql`WITH counted AS (
      SELECT d.*, ${decisionTextSql('d')} AS decision_text FROM ${DISCIPLINES} d
      WHERE NOT (d.self_detected AND d.decided_year >= ${p.self_detected_from})
    ), hits AS (
      SELECT r.*, c.decided_on, c.decision_no, c.decision_text, ${violationPeriodSql('c')} AS period
      FROM counted c
      JOIN ${TRACK_RATINGS} r ON r.subject_type = c.subject_type AND r.subject_id = c.subject_id AND r.year = c.decided_year
      WHERE r.rank > ${RANK.notCompleted} AND ${trackOfSystemSql('c', 'r')}
    )
    SELECT * FROM (${decisionsBySubjectYearSql('hits')})`.text;
}

export const rule: Rule<Params> = {
  id: 'disciplined_not_downgraded',
  evidenceView: { kind: 'timeline' },
  requires: ['ratings', 'disciplines', 'people', 'units'],
  defaults: { self_detected_from: 2023 },
  paramSpec: {
    self_detected_from: {
      kind: 'number',
      integer: true,
      min: 1900,
      max: 2100,
      vi: 'Từ năm này, kỷ luật do tự phát hiện và khắc phục không buộc xếp loại KHTNV (QĐ 124)',
      en: 'From this year, a self-detected and remedied violation does not force KHTNV (QĐ 124)'
    }
  },
  async run({ engine, params }) {
    const rows = await engine.query<DecisionsRow>(query(params));
    return rows.map((r) => {
      const who = subjectNamed(r);
      const what = r.n_decisions === 1 ? `bị kỷ luật (${r.first_decision})` : `có ${r.n_decisions} quyết định kỷ luật trong năm`;
      return {
        rule: 'disciplined_not_downgraded',
        severity: 'high',
        ...flagSubject(r),
        score: r.rank,
        regulation: citeClause(r.year, CLAUSES),
        message: `Năm ${r.year}, ${who} ${what} nhưng vẫn được xếp loại ${levelsSaid(r)}.`,
        evidence: `Kỷ luật năm ${r.year}: ${r.decisions}; mức xếp loại năm ${r.year}: ${rowsSaid(r)}`,
        related: [...decisionItems(r.decision_nos), ...(subjectRelated(r) ?? [])]
      };
    });
  }
};
