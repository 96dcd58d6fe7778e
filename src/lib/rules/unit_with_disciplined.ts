/**
 * #7 unit_with_disciplined (docs/rules.md): a unit rated above KHTNV in year Y while (a) the head
 * named on its rating row was disciplined in Y, or (b) more than `child_ratio` of its direct child
 * units rated in Y were disciplined in Y. `min_form` can restrict the forms counted (HD 21 counted
 * leadership members disciplined from "cảnh cáo" up); by default every form counts.
 */
import type { Rule } from './types';
import { citeClause, percentVi, unitRef, type ClausesByRegime } from './format';
import { UNIT_RATINGS } from '../sql/ratings';
import { DISCIPLINES, decisionTextSql, formsFromSql } from '../sql/disciplines';
import { DISCIPLINE_FORMS, type DisciplineForm } from '../domain/disciplines';
import { sqlLiteral } from '../engine/types';

export const CLAUSES: ClausesByRegime = {
  'QD366-HD43': 'Điều 11 khoản 1: tập thể HTXSNV không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật; xếp loại tập thể gắn với trách nhiệm người đứng đầu',
  default: 'xếp loại tập thể gắn với trách nhiệm của người đứng đầu và kết quả của các đơn vị trực thuộc bị kỷ luật trong năm'
};

export type Params = { child_ratio: number; min_form: string };

type Row = {
  year: number;
  unit_id: string;
  name: string | null;
  level: string;
  head_id: string | null;
  head_name: string | null;
  head_decisions: string | null;
  n_children: number | null;
  n_disc: number | null;
  child_decisions: string | null;
  children_over: boolean;
};

function sql(p: Params): string {
  const ratio = sqlLiteral(p.child_ratio);
  return `WITH d AS (
      SELECT d.*, ${decisionTextSql('d')} AS decision_text FROM ${DISCIPLINES} d WHERE d.form IN ${formsFromSql(p.min_form as DisciplineForm)}
    ), decided AS (
      SELECT subject_type, subject_id, decided_year, string_agg(decision_text, '; ' ORDER BY decided_on, decision_no) AS decisions
      FROM d GROUP BY subject_type, subject_id, decided_year
    ), rated AS (
      SELECT year, subject_id AS unit_id, level, head_id FROM ${UNIT_RATINGS} r WHERE rank > 1
    ), children AS (
      SELECT c.year, u.parent_id AS unit_id, count(*) AS n_children, count(k.subject_id) AS n_disc,
        string_agg(c.subject_id || ' — ' || k.decisions, '; ' ORDER BY c.subject_id) AS child_decisions
      FROM ${UNIT_RATINGS} c
      JOIN units u ON u.unit_id = c.subject_id
      LEFT JOIN decided k ON k.subject_type = 'unit' AND k.subject_id = c.subject_id AND k.decided_year = c.year
      WHERE u.parent_id IS NOT NULL
      GROUP BY c.year, u.parent_id
    )
    SELECT r.year, r.unit_id, un.name, r.level, r.head_id, pe.full_name AS head_name, hd.decisions AS head_decisions,
      ch.n_children, ch.n_disc, ch.child_decisions,
      COALESCE(ch.n_disc > ${ratio} * ch.n_children, FALSE) AS children_over
    FROM rated r
    LEFT JOIN decided hd ON hd.subject_type = 'person' AND hd.subject_id = r.head_id AND hd.decided_year = r.year
    LEFT JOIN children ch ON ch.year = r.year AND ch.unit_id = r.unit_id
    LEFT JOIN units un ON un.unit_id = r.unit_id
    LEFT JOIN people pe ON pe.person_id = r.head_id
    WHERE hd.decisions IS NOT NULL OR ch.n_disc > ${ratio} * ch.n_children
    ORDER BY r.year, r.unit_id`;
}

export const rule: Rule<Params> = {
  id: 'unit_with_disciplined',
  requires: ['ratings', 'disciplines', 'units', 'people'],
  defaults: { child_ratio: 0.2, min_form: 'khien_trach' },
  paramSpec: {
    child_ratio: { kind: 'number', min: 0, max: 1, vi: 'Tỷ lệ đơn vị trực thuộc bị kỷ luật (vượt quá thì cảnh báo)', en: 'Share of disciplined sub-units above which the unit is flagged' },
    min_form: {
      kind: 'choice',
      values: DISCIPLINE_FORMS,
      vi: 'Hình thức kỷ luật nhẹ nhất được tính (mặc định: khiển trách, tức mọi hình thức)',
      en: 'Mildest discipline form counted (default: reprimand, i.e. every form)'
    }
  },
  async run({ engine, params }) {
    const rows = await engine.query<Row>(sql(params));
    return rows.map((r) => {
      const share = r.n_children ? r.n_disc! / r.n_children : 0;
      const reasons: string[] = [];
      const facts: string[] = [`Mức xếp loại năm ${r.year}: ${r.level}`];
      if (r.head_decisions) {
        const head = r.head_name ? `${r.head_name} (${r.head_id})` : r.head_id;
        reasons.push(`người đứng đầu bị kỷ luật trong năm`);
        facts.push(`người đứng đầu ${head}: ${r.head_decisions}`);
      }
      if (r.children_over) {
        reasons.push(`${r.n_disc}/${r.n_children} đơn vị trực thuộc (${percentVi(share)}) bị kỷ luật trong năm`);
        facts.push(`đơn vị trực thuộc có xếp loại năm ${r.year}: ${r.n_children}, bị kỷ luật: ${r.n_disc} (${percentVi(share)}, ngưỡng ${percentVi(params.child_ratio)}): ${r.child_decisions}`);
      }
      return {
        rule: 'unit_with_disciplined',
        severity: 'medium',
        year: r.year,
        subject_type: 'unit',
        subject_id: r.unit_id,
        unit_id: r.unit_id,
        score: r.children_over ? Math.round(share * 10000) / 10000 : 1,
        regulation: citeClause(r.year, CLAUSES),
        message: `Năm ${r.year}, ${unitRef(r.name, r.unit_id)} được xếp loại ${r.level} dù ${reasons.join(' và ')}.`,
        evidence: facts.join('; ')
      };
    });
  }
};
