/**
 * #17 missing_rating (docs/rules.md): a subject that should have a rating in year Y has no row of Y
 * at all — neither a level nor a `not_rated` row saying why — so that "no flags" is never mistaken
 * for "no data". Low severity.
 * - A person (party-member track): a member for the whole of Y (joined_on before 1 January Y and no
 *   left_on before 31 December Y); without joined_on, one rated in a year before Y and in a year
 *   after Y (and not gone before the end of Y). Only years in which party members were rated at all.
 * - A unit: a grassroots organisation (`co_so`) or cell (`chi_bo`) of the tree of Y in force for the
 *   whole of Y, in a year when units of its kind were rated.
 */
import type { FlagDraft, Rule } from './types';
import { capitalize, citeClause, dateVi, personRef, unitRef, type ClausesByRegime } from './format';
import { related } from './related';
import { partyMemberSql, ratedSql } from '../sql/ratings';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD16': 'đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt đảng) và các tổ chức đảng đều được đánh giá, xếp loại chất lượng hằng năm',
  'QD132-HD21':
    'mục 2.1: đối tượng đánh giá, xếp loại là "đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt, đảng viên bị đình chỉ sinh hoạt đảng)"; các tổ chức đảng được đánh giá, xếp loại hằng năm',
  'QD124-HD25':
    'Điều 5 khoản 2.1: đảng viên trong toàn Đảng được kiểm điểm, đánh giá, xếp loại hằng năm "trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng"',
  default: 'đảng viên và tổ chức đảng được đánh giá, xếp loại chất lượng hằng năm, trừ các trường hợp không xếp loại (miễn công tác và sinh hoạt đảng, đình chỉ sinh hoạt đảng, chưa đủ thời gian)'
};

type Params = Record<string, never>;

type PersonRow = {
  year: number;
  person_id: string;
  name: string | null;
  joined_on: string | null;
  left_on: string | null;
  before: number | null;
  after: number | null;
  unit_id: string | null;
};

type UnitRow = { year: number; unit_id: string; name: string | null; kind: string; n_rated: number };

// Years in which party members were rated (a row with a level or a reason), and the persons expected
// then. The expected person-years (a province: 1.2 million) meet the rated ones in one anti join
// first; dates are formatted and the nearest rated years looked up only for the few left.
const PERSONS_SQL = `WITH pm AS (
    SELECT year, subject_id, unit_id FROM ratings WHERE ${partyMemberSql()}
  ), years AS (SELECT DISTINCT year FROM pm),
  spans AS (
    SELECT subject_id, min(year) AS first_year, max(year) AS last_year FROM pm GROUP BY subject_id
  ), expected AS (
    SELECT y.year, p.person_id
    FROM years y JOIN people p ON (p.left_on IS NULL OR p.left_on >= make_date(y.year, 12, 31))
    LEFT JOIN spans s ON s.subject_id = p.person_id
    WHERE (p.joined_on IS NOT NULL AND p.joined_on < make_date(y.year, 1, 1))
       OR (p.joined_on IS NULL AND s.first_year < y.year AND s.last_year > y.year)
  ), missing AS (
    SELECT e.year, e.person_id FROM expected e ANTI JOIN pm r ON r.subject_id = e.person_id AND r.year = e.year
  )
  SELECT m.year, m.person_id, p.full_name AS name, strftime(p.joined_on, '%Y-%m-%d') AS joined_on, strftime(p.left_on, '%Y-%m-%d') AS left_on,
    (SELECT max(b.year) FROM pm b WHERE b.subject_id = m.person_id AND b.year < m.year) AS before,
    (SELECT min(a.year) FROM pm a WHERE a.subject_id = m.person_id AND a.year > m.year) AS after,
    (SELECT arg_max(b.unit_id, b.year) FROM pm b WHERE b.subject_id = m.person_id AND b.year < m.year) AS unit_id
  FROM missing m JOIN people p ON p.person_id = m.person_id
  ORDER BY m.year, m.person_id`;

// Units of a kind that was rated in Y, in force for the whole of Y, without a row of Y.
const UNITS_SQL = `WITH rated_kinds AS (
    SELECT r.year, y.kind, count(*) AS n_rated
    FROM ratings r JOIN unit_years y ON y.year = r.year AND y.unit_id = r.subject_id
    WHERE r.subject_type = 'unit' AND y.kind IN ('co_so', 'chi_bo') AND ${ratedSql('r')}
    GROUP BY r.year, y.kind
  ), in_force AS (
    SELECT unit_id, min(COALESCE(valid_from, DATE '0001-01-01')) AS first_day, max(COALESCE(valid_to, DATE '9999-12-31')) AS last_day
    FROM units GROUP BY unit_id
  )
  SELECT y.year, y.unit_id, y.name, y.kind, k.n_rated
  FROM unit_years y
  JOIN rated_kinds k ON k.year = y.year AND k.kind = y.kind
  JOIN in_force f ON f.unit_id = y.unit_id
  WHERE f.first_day <= make_date(y.year, 1, 1) AND f.last_day >= make_date(y.year, 12, 31)
    AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.subject_type = 'unit' AND r.subject_id = y.unit_id AND r.year = y.year)
  ORDER BY y.year, y.unit_id`;

const KIND_SAID: Record<string, string> = { co_so: 'tổ chức cơ sở đảng', chi_bo: 'chi bộ' };

function personFlag(r: PersonRow): FlagDraft {
  const why = r.joined_on
    ? `là đảng viên cả năm ${r.year} (vào Đảng ngày ${dateVi(r.joined_on)}${r.left_on ? `, ra khỏi Đảng ngày ${dateVi(r.left_on)}` : ''})`
    : `được xếp loại năm ${r.before} và năm ${r.after}`;
  const seen = [r.before !== null ? `năm trước gần nhất có xếp loại: ${r.before}` : null, r.after !== null ? `năm sau gần nhất có xếp loại: ${r.after}` : null].filter(Boolean);
  return {
    rule: 'missing_rating',
    severity: 'low',
    year: r.year,
    subject_type: 'person',
    subject_id: r.person_id,
    unit_id: r.unit_id,
    score: null,
    regulation: citeClause(r.year, CLAUSES),
    message: capitalize(`${personRef(r.name, r.person_id)} không có kết quả xếp loại đảng viên năm ${r.year} (không có mức xếp loại, cũng không ghi lý do không xếp loại), dù ${why}.`),
    evidence: [
      `Năm ${r.year}: không có dòng xếp loại đảng viên`,
      `ngày vào Đảng: ${r.joined_on ? dateVi(r.joined_on) : 'không ghi'}`,
      `ngày ra khỏi Đảng: ${r.left_on ? dateVi(r.left_on) : 'không ghi'}`,
      ...seen
    ].join('; '),
    related: [related.person(r.person_id), related.unit(r.unit_id)]
  };
}

function unitFlag(r: UnitRow): FlagDraft {
  const kind = KIND_SAID[r.kind] ?? r.kind;
  return {
    rule: 'missing_rating',
    severity: 'low',
    year: r.year,
    subject_type: 'unit',
    subject_id: r.unit_id,
    unit_id: r.unit_id,
    score: null,
    regulation: citeClause(r.year, CLAUSES),
    message: `Năm ${r.year}, ${unitRef(r.name, r.unit_id)} không có kết quả xếp loại (không có mức xếp loại, cũng không ghi lý do), dù hoạt động cả năm và ${r.n_rated} ${kind} khác được xếp loại năm đó.`,
    evidence: `Năm ${r.year}: không có dòng xếp loại của ${kind} này; ${kind} có xếp loại năm ${r.year}: ${r.n_rated}`,
    related: [related.unit(r.unit_id)]
  };
}

export const rule: Rule<Params> = {
  id: 'missing_rating',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'people', 'units'],
  defaults: {},
  async run({ engine }) {
    const persons = await engine.query<PersonRow>(PERSONS_SQL);
    const units = await engine.query<UnitRow>(UNITS_SQL);
    return [...persons.map(personFlag), ...units.map(unitFlag)];
  }
};
