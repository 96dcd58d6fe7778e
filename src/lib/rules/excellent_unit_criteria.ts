/**
 * #8 excellent_unit_criteria (docs/rules.md): a unit rated HTXSNV in year Y must have all of its
 * components at HTNV or better and at least `min_good_share` of them at HTTNV or better (HD 21 §1.3:
 * "100% tổ chức đảng, đảng viên trực thuộc"; kept in every regime, docs/rules.md). Components are
 * the unit ratings in Y of its child party organisations in the tree of Y — leadership collectives
 * (`tap_the`) are not components — and the party-member ratings in Y of the members rated directly
 * in it. Exactly 80% passes; no components, no flag.
 */
import type { Rule } from './types';
import { related } from './related';
import { citeClause, percentVi, unitRef, type ClausesByRegime } from './format';
import { PARTY_MEMBER_RATINGS, partyMemberSql, RANK, SUBJECT_NAMES, UNIT_RATINGS } from '../sql/ratings';
import { sql } from '../sql/template';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD21': 'mục 1.3, tiêu chuẩn tổ chức đảng HTXSNV: 100% tổ chức đảng, đảng viên trực thuộc xếp loại HTNV trở lên, trong đó ít nhất 80% HTTNV trở lên',
  default: 'tiêu chuẩn tập thể HTXSNV: 100% đơn vị, đảng viên trực thuộc hoàn thành nhiệm vụ trở lên, trong đó ít nhất 80% hoàn thành tốt nhiệm vụ trở lên'
};

/** Failing components listed in the evidence, at most this many (a big organisation may have hundreds). */
const LISTED = 30;

export type Params = { min_good_share: number };

type Row = {
  year: number;
  unit_id: string;
  name: string | null;
  n_units: number;
  n_persons: number;
  n: number;
  n_good: number;
  n_failed: number;
  n_below: number;
  share: number;
  share_low: boolean;
  below: string | null;
  /** `unit:`/`person:` items of the components listed in `below`, comma-separated. */
  below_items: string | null;
};

function query(p: Params): string {
  return sql`WITH excellent AS (
      SELECT year, subject_id AS unit_id FROM ${UNIT_RATINGS} r WHERE rank = ${RANK.excellent}
    ), children AS MATERIALIZED (
      -- Materialized so the rating rows are joined to (year, child) pairs: over Parquet views, with
      -- no statistics, the planner otherwise joined rating rows with each other on the year first
      -- (477 million rows at four provinces).
      SELECT e.year, e.unit_id, u.unit_id AS child_id FROM excellent e
      JOIN unit_years u ON u.year = e.year AND u.parent_id = e.unit_id
      WHERE u.kind <> 'tap_the'
    ), child_components AS (
      SELECT ch.year, ch.unit_id, 'unit' AS comp_type, c.subject_id AS comp_id, c.level, c.rank
      FROM children ch JOIN ${UNIT_RATINGS} c ON c.subject_id = ch.child_id AND c.year = ch.year
    ), member_components AS (
      SELECT e.year, e.unit_id, 'person' AS comp_type, m.subject_id AS comp_id, m.level, m.rank
      FROM excellent e JOIN ${PARTY_MEMBER_RATINGS} m ON m.unit_id = e.unit_id AND m.year = e.year
    ), components AS (
      SELECT * FROM child_components UNION ALL SELECT * FROM member_components
    ), below AS (
      SELECT c.*, n.name, row_number() OVER (PARTITION BY c.year, c.unit_id ORDER BY c.rank, c.comp_id) AS k
      FROM components c LEFT JOIN ${SUBJECT_NAMES} n ON n.subject_type = c.comp_type AND n.subject_id = c.comp_id
      WHERE c.rank < ${RANK.good}
    ), stats AS (
      SELECT year, unit_id, count(*) FILTER (WHERE comp_type = 'unit') AS n_units, count(*) FILTER (WHERE comp_type = 'person') AS n_persons, count(*) AS n,
        count(*) FILTER (WHERE rank >= ${RANK.good}) AS n_good, count(*) FILTER (WHERE rank = ${RANK.notCompleted}) AS n_failed, count(*) FILTER (WHERE rank < ${RANK.good}) AS n_below
      FROM components GROUP BY year, unit_id
    ), listed AS (
      -- The first LISTED components below HTTNV of each unit-year, grouped once and joined.
      SELECT year, unit_id, string_agg(COALESCE(name || ' (' || comp_id || ')', comp_id) || ': ' || level, '; ' ORDER BY k) AS below,
        string_agg(comp_type || ':' || comp_id, ',' ORDER BY k) AS below_items
      FROM below WHERE k <= ${LISTED} GROUP BY year, unit_id
    )
    SELECT s.*, round(s.n_good / s.n, 4) AS share, u.name, s.n_good < ${p.min_good_share} * s.n AS share_low, l.below, l.below_items
    FROM stats s LEFT JOIN unit_years u ON u.year = s.year AND u.unit_id = s.unit_id
    LEFT JOIN listed l ON l.year = s.year AND l.unit_id = s.unit_id
    WHERE s.n_failed > 0 OR s.n_good < ${p.min_good_share} * s.n
    ORDER BY s.year, s.unit_id`.text;
}

export const rule: Rule<Params> = {
  id: 'excellent_unit_criteria',
  // Its child party organisations (not the leadership collectives) and the members rated directly in it.
  evidenceView: {
    kind: 'quota',
    counted: (f) => sql`((r.subject_type = 'unit' AND r.subject_id IN (SELECT unit_id FROM unit_years WHERE year = ${f.year} AND parent_id = ${f.subject_id} AND kind <> 'tap_the'))
      OR (${partyMemberSql('r')} AND r.unit_id = ${f.subject_id}))`
  },
  requires: ['ratings', 'units', 'people'],
  defaults: { min_good_share: 0.8 },
  paramSpec: {
    min_good_share: { kind: 'number', min: 0, max: 1, vi: 'Tỷ lệ tối thiểu thành phần đạt HTTNV trở lên', en: 'Minimum share of components rated good or better' }
  },
  async run({ engine, params }) {
    const rows = await engine.query<Row>(query(params));
    return rows.map((r) => {
      const noun = componentNoun(r);
      const problems: string[] = [];
      if (r.share_low) problems.push(`chỉ ${r.n_good}/${r.n} ${noun} (${percentVi(r.n_good / r.n)}) đạt HTTNV trở lên, dưới mức ${percentVi(params.min_good_share)}`);
      if (r.n_failed > 0) problems.push(`có ${r.n_failed} ${noun} KHTNV`);
      const more = r.n_below > LISTED ? ` và ${r.n_below - LISTED} khác` : '';
      return {
        rule: 'excellent_unit_criteria',
        severity: 'medium',
        year: r.year,
        subject_type: 'unit',
        subject_id: r.unit_id,
        unit_id: r.unit_id,
        score: r.share,
        regulation: citeClause(r.year, CLAUSES),
        message: `Năm ${r.year}, ${unitRef(r.name, r.unit_id)} được xếp loại HTXSNV nhưng ${problems.join(' và ')}.`,
        evidence: `Thành phần năm ${r.year} (${componentCounts(r)}): ${r.n}, HTTNV trở lên: ${r.n_good} (${percentVi(r.n_good / r.n)}), KHTNV: ${r.n_failed}; dưới HTTNV: ${r.below ?? ''}${more}`,
        related: [related.unit(r.unit_id), ...(r.below_items ? r.below_items.split(',') : [])]
      };
    });
  }
};

/** What the components are, as the message counts them. */
function componentNoun(r: Row): string {
  if (r.n_persons === 0) return 'tổ chức đảng trực thuộc';
  if (r.n_units === 0) return 'đảng viên';
  return 'thành phần';
}

/** "3 tổ chức đảng trực thuộc, 12 đảng viên sinh hoạt trực tiếp". */
function componentCounts(r: Row): string {
  const parts: string[] = [];
  if (r.n_units) parts.push(`${r.n_units} tổ chức đảng trực thuộc`);
  if (r.n_persons) parts.push(`${r.n_persons} đảng viên sinh hoạt trực tiếp`);
  return parts.join(', ');
}
