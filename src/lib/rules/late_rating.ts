/**
 * #16 late_rating (docs/rules.md): a rating decided after the plan's deadline for its rating body.
 * Person rows rated in a `chi_bo`/`co_so` and unit rows of kind `chi_bo` are grassroots (default
 * deadline 12-05 of the rating year); every other row is district level (12-20). Seed 000: Hà Nội
 * 2023, "cấp cơ sở … trước ngày 5/12/2023; cấp huyện xong trước ngày 20/12/2023".
 * `deadlines` = { default: {grassroots, district}, "<year>": {grassroots?, district?} }, each "MM-DD"
 * of the rating year or, for a given year, a full "YYYY-MM-DD" (a plan may end in January).
 */
import type { Rule } from './types';
import type { ClausesByRegime } from './format';
import { trackLabelSql } from '../sql/ratings';
import { subjectYearFlagsSql, type SubjectYearRow } from '../sql/per-subject-year';
import { subjectNamed, subjectYearFlag } from './subject';
import { join, raw, sql, type Sql } from '../sql/template';

export const CLAUSES: ClausesByRegime = {
  default: 'thời hạn hoàn thành kiểm điểm, đánh giá, xếp loại theo kế hoạch của cấp ủy cấp trên (cấp cơ sở trước, cấp huyện sau)'
};

const LEVELS_OF_BODY = ['grassroots', 'district'] as const;
type Body = (typeof LEVELS_OF_BODY)[number];
export type Deadlines = Record<string, Partial<Record<Body, string>>>;
export type Params = { deadlines: Deadlines };

export const DEFAULT_DEADLINES: Deadlines = { default: { grassroots: '12-05', district: '12-20' } };

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** What is wrong with a `deadlines` value; [] when valid. */
export function checkDeadlines(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['deadlines phải là một đối tượng { default: {...}, "<năm>": {...} } (must be an object)'];
  const errors: string[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (key !== 'default' && !/^\d{4}$/.test(key)) errors.push(`khóa "${key}" không phải "default" hay một năm (key must be "default" or a year)`);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push(`deadlines["${key}"] phải là { grassroots, district } (must be an object)`);
      continue;
    }
    for (const [body, date] of Object.entries(entry)) {
      if (!(LEVELS_OF_BODY as readonly string[]).includes(body)) {
        errors.push(`deadlines["${key}"].${body}: chỉ nhận grassroots, district (unknown level)`);
        continue;
      }
      const md = typeof date === 'string' ? MONTH_DAY.exec(date) : null;
      const full = typeof date === 'string' && key !== 'default' ? FULL_DATE.exec(date) : null;
      const ok = md ? validDate(2024, +md[1], +md[2]) : full ? validDate(+full[1], +full[2], +full[3]) : false;
      if (!ok) errors.push(`deadlines["${key}"].${body} = ${JSON.stringify(date)}: cần "MM-DD"${key === 'default' ? '' : ' hoặc "YYYY-MM-DD"'} (expected a date)`);
    }
  }
  return errors;
}

/** SQL: the deadline of `body` for the rating year in column `yearCol` (year entries over default over built-in). */
export function deadlineSql(deadlines: Deadlines, body: Body, yearCol: string): Sql {
  const fallback = deadlines.default?.[body] ?? DEFAULT_DEADLINES.default[body]!;
  const [m, d] = fallback.split('-').map(Number);
  const cases = Object.entries(deadlines)
    .filter(([key, entry]) => key !== 'default' && entry[body])
    .map(([key, entry]) => {
      const date = entry[body]!;
      return sql`WHEN ${Number(key)} THEN DATE ${MONTH_DAY.test(date) ? `${key}-${date}` : date}`;
    });
  const byDefault = sql`make_date(CAST(${raw(yearCol)} AS BIGINT), ${m}, ${d})`;
  return cases.length ? sql`(CASE ${raw(yearCol)} ${join(cases, ' ')} ELSE ${byDefault} END)` : byDefault;
}

type Row = SubjectYearRow & { decided: string; deadline: string; grassroots: boolean; days: number; rows: string };

function query(p: Params): string {
  // Each year's two deadlines computed once, not per rating row: make_date over a million rows was
  // most of this check's time on duckdb-wasm.
  return sql`WITH deadlines AS (
      SELECT year, ${deadlineSql(p.deadlines, 'grassroots', 'year')} AS grassroots_deadline, ${deadlineSql(p.deadlines, 'district', 'year')} AS district_deadline
      FROM (SELECT DISTINCT year FROM ratings WHERE year IS NOT NULL)
    ), candidates AS (
      SELECT r.year, r.subject_type, r.subject_id, r.unit_id, r.track, r.level, r.decided_on, y.grassroots_deadline, y.district_deadline
      FROM ratings r JOIN deadlines y ON y.year = r.year
      WHERE r.decided_on > least(y.grassroots_deadline, y.district_deadline)
    ), bodies AS (
      SELECT c.*, COALESCE(CASE WHEN c.subject_type = 'unit' THEN k.kind = 'chi_bo' ELSE k.kind IN ('chi_bo', 'co_so') END, FALSE) AS grassroots
      FROM candidates c LEFT JOIN unit_years k ON k.year = c.year AND k.unit_id = CASE WHEN c.subject_type = 'unit' THEN c.subject_id ELSE c.unit_id END
    ), dated AS (
      SELECT b.*, CASE WHEN b.grassroots THEN b.grassroots_deadline ELSE b.district_deadline END AS deadline
      FROM bodies b
    ), late AS (
      SELECT d.*, CAST(date_diff('day', d.deadline, d.decided_on) AS INTEGER) AS days,
        ${trackLabelSql('d')} || ': ' || COALESCE('xếp loại ' || d.level, 'không xếp loại') || ' ngày ' || strftime(d.decided_on, '%d/%m/%Y') || ', thời hạn '
          || strftime(d.deadline, '%d/%m/%Y') || CASE WHEN d.grassroots THEN ' (cấp cơ sở)' ELSE ' (cấp trên cơ sở)' END
          || ', chậm ' || date_diff('day', d.deadline, d.decided_on) || ' ngày' AS fact
      FROM dated d WHERE d.decided_on > d.deadline
    )
    ${subjectYearFlagsSql('late', 'days', "strftime(x.decided_on, '%d/%m/%Y') AS decided, strftime(x.deadline, '%d/%m/%Y') AS deadline, x.grassroots, x.days")}`.text;
}

export const rule: Rule<Params> = {
  id: 'late_rating',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'units', 'people'],
  defaults: { deadlines: DEFAULT_DEADLINES },
  paramSpec: {
    deadlines: {
      kind: 'structured',
      check: checkDeadlines,
      vi: 'Thời hạn xếp loại theo năm: { "default": { "grassroots": "12-05", "district": "12-20" }, "2023": {…} }',
      en: 'Rating deadlines by year, for grassroots and district bodies'
    }
  },
  async run({ engine, params }) {
    const errors = checkDeadlines(params.deadlines);
    if (errors.length) throw new Error(errors.join('; '));
    const rows = await engine.query<Row>(query(params));
    return rows.map((r) =>
      subjectYearFlag('late_rating', 'low', r, CLAUSES, {
        score: r.days,
        message: `Năm ${r.year}, ${subjectNamed(r)} được xếp loại ngày ${r.decided}, chậm ${r.days} ngày so với thời hạn ${r.deadline} của ${r.grassroots ? 'cấp cơ sở' : 'cấp trên cơ sở'}.`
      })
    );
  }
};
