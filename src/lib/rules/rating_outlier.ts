/**
 * #15 rating_outlier (docs/rules.md), two statistical signals on party-member ratings by unit:
 * (a) peer_gap — a `chi_bo`/`co_so` with ≥ `min_ratings` ratings over all years whose share ≥ HTTNV
 *     exceeds by ≥ `min_gap` the median share of its peers (the other units of the same parent and
 *     kind with ≥ `min_ratings`; at least `min_peers` of them); flagged at its last rated year. Parent
 *     and kind are each unit's placement in the tree of its last rated year.
 * (b) uniform_levels — ≥ `min_members` ratings in each of `min_years` (3) consecutive years, all of one
 *     and the same level ("xếp loại hình thức"); flagged at each year that completes such a run.
 * Both on one unit-year give one flag. score: the gap for (a), else the years running for (b).
 */
import type { Rule } from './types';
import { related } from './related';
import { capitalize, citeClause, percentVi, unitRef, type ClausesByRegime } from './format';
import { PARTY_MEMBER_RATINGS, RANK } from '../sql/ratings';
import { raw, sql } from '../sql/template';

export const CLAUSES: ClausesByRegime = {
  default: 'đánh giá phải khách quan, thực chất, "có sự so sánh giữa các vị trí tương đương"; tránh xếp loại hình thức, chạy theo thành tích'
};

export type Params = { min_ratings: number; min_peers: number; min_gap: number; min_members: number; min_years: number };

// Shares are ratios of counts and the median may average two: compare the gap with a tolerance so
// that a gap of exactly min_gap is not lost to binary rounding.
const EPSILON = 1e-9;
/** Peers listed in the evidence, at most. */
const LISTED_PEERS = 12;

type GapRow = {
  unit_id: string;
  name: string | null;
  kind: string;
  parent_id: string;
  parent_name: string | null;
  first_year: number;
  year: number;
  n: number;
  n_good: number;
  share: number;
  peer_median: number;
  n_peers: number;
  gap: number;
  peers: string;
};

type RunRow = { unit_id: string; name: string | null; year: number; level: string; run_years: number; facts: string };

const pctSql = (x: string) => sql`(replace(regexp_replace(CAST(round(100 * ${raw(x)}, 1) AS VARCHAR), '\\.0+$', ''), '.', ',') || '%')`;

function peerGapSql(p: Params): string {
  // Counted per unit and year first, so that the tree of the year is joined to a row per unit-year,
  // not per rating; the peers are listed (a window over all pairs, shares formatted) only for the
  // few units that are flagged.
  return sql`WITH per_unit_year AS (
      SELECT unit_id, year, count(*) AS n, count(*) FILTER (WHERE rank >= ${RANK.good}) AS n_good
      FROM ${PARTY_MEMBER_RATINGS} r GROUP BY unit_id, year
    ), per_unit AS (
      -- A unit's parent, kind and name: its placement in the tree of the last year it has ratings.
      SELECT r.unit_id, arg_max(u.parent_id, r.year) AS parent_id, arg_max(u.kind, r.year) AS kind, arg_max(u.name, r.year) AS name,
        CAST(sum(r.n) AS BIGINT) AS n, CAST(sum(r.n_good) AS BIGINT) AS n_good, min(r.year) AS first_year, max(r.year) AS year
      FROM per_unit_year r JOIN unit_years u ON u.year = r.year AND u.unit_id = r.unit_id
      GROUP BY r.unit_id
      HAVING arg_max(u.kind, r.year) IN ('chi_bo', 'co_so') AND arg_max(u.parent_id, r.year) IS NOT NULL
    ), eligible AS (
      SELECT *, n_good / n AS share FROM per_unit WHERE n >= ${p.min_ratings}
    ), compared AS (
      SELECT e.unit_id, median(q.share) AS peer_median, count(*) AS n_peers
      FROM eligible e JOIN eligible q ON q.parent_id = e.parent_id AND q.kind = e.kind AND q.unit_id <> e.unit_id
      GROUP BY e.unit_id
    ), flagged AS (
      SELECT e.*, c.peer_median, c.n_peers, e.share - c.peer_median AS gap
      FROM eligible e JOIN compared c ON c.unit_id = e.unit_id
      WHERE c.n_peers >= ${p.min_peers} AND e.share - c.peer_median >= ${p.min_gap} - ${EPSILON}
    ), ranked_peers AS (
      SELECT f.unit_id, q.unit_id AS peer_id, q.share,
        row_number() OVER (PARTITION BY f.unit_id ORDER BY q.share DESC, q.unit_id) AS k
      FROM flagged f JOIN eligible q ON q.parent_id = f.parent_id AND q.kind = f.kind AND q.unit_id <> f.unit_id
    ), listed AS (
      SELECT unit_id, string_agg(peer_id || ': ' || ${pctSql('share')}, ', ' ORDER BY k) AS peers
      FROM ranked_peers WHERE k <= ${LISTED_PEERS} GROUP BY unit_id
    )
    SELECT f.unit_id, f.name, f.kind, f.parent_id, pu.name AS parent_name, f.first_year, f.year, f.n, f.n_good, f.share,
      f.peer_median, f.n_peers, f.gap, l.peers
    FROM flagged f JOIN listed l ON l.unit_id = f.unit_id
    LEFT JOIN unit_years pu ON pu.year = f.year AND pu.unit_id = f.parent_id
    ORDER BY f.unit_id`.text;
}

function uniformSql(p: Params): string {
  return sql`WITH per_year AS (
      SELECT unit_id, year, count(*) AS n, min(rank) AS lo, max(rank) AS hi, min(level) AS level
      FROM ${PARTY_MEMBER_RATINGS} r WHERE unit_id IS NOT NULL GROUP BY unit_id, year
    ), uniform AS (
      SELECT *, year - row_number() OVER (PARTITION BY unit_id, lo ORDER BY year) AS island
      FROM per_year WHERE n >= ${p.min_members} AND lo = hi
    ), runs AS (
      SELECT *, row_number() OVER (PARTITION BY unit_id, lo, island ORDER BY year) AS run_years FROM uniform
    )
    SELECT f.unit_id, any_value(u.name) AS name, f.year, any_value(f.level) AS level, any_value(f.run_years) AS run_years,
      string_agg(i.year || ': ' || i.n || '/' || i.n || ' ' || i.level, '; ' ORDER BY i.year) AS facts
    FROM runs f
    JOIN runs i ON i.unit_id = f.unit_id AND i.lo = f.lo AND i.island = f.island AND i.year <= f.year
    LEFT JOIN unit_years u ON u.year = f.year AND u.unit_id = f.unit_id
    WHERE f.run_years >= ${p.min_years}
    GROUP BY f.unit_id, f.year
    ORDER BY f.unit_id, f.year`.text;
}

const integer = (min: number, vi: string, en: string) => ({ kind: 'number' as const, integer: true, min, vi, en });

export const rule: Rule<Params> = {
  id: 'rating_outlier',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'units'],
  defaults: { min_ratings: 20, min_peers: 3, min_gap: 0.25, min_members: 5, min_years: 3 },
  paramSpec: {
    min_ratings: integer(1, 'Số lượt xếp loại đảng viên tối thiểu của một đơn vị (qua các năm) để so sánh', 'Minimum party-member ratings of a unit (all years) to compare it'),
    min_peers: integer(1, 'Số đơn vị cùng cấp tối thiểu để so sánh', 'Minimum number of peers'),
    min_gap: { kind: 'number', min: 0, max: 1, vi: 'Chênh lệch tối thiểu so với trung vị đơn vị cùng cấp (tỷ lệ HTTNV trở lên)', en: 'Minimum gap above the peers’ median share good or better' },
    min_members: integer(1, 'Số đảng viên tối thiểu mỗi năm để xét xếp loại đồng loạt một mức', 'Minimum members a year for the identical-levels signal'),
    min_years: integer(2, 'Số năm liền xếp loại đồng loạt một mức', 'Consecutive years of identical levels')
  },
  async run({ engine, params }) {
    const gaps = await engine.query<GapRow>(peerGapSql(params));
    const runs = await engine.query<RunRow>(uniformSql(params));
    const flags = new Map<string, { unit_id: string; name: string | null; year: number; gap?: GapRow; run?: RunRow }>();
    const entry = (unit_id: string, name: string | null, year: number) => {
      const key = `${year}|${unit_id}`;
      if (!flags.has(key)) flags.set(key, { unit_id, name, year });
      return flags.get(key)!;
    };
    for (const g of gaps) entry(g.unit_id, g.name, g.year).gap = g;
    for (const r of runs) entry(r.unit_id, r.name, r.year).run = r;

    return [...flags.values()].map(({ unit_id, name, year, gap, run }) => {
      const sentences: string[] = [];
      const facts: string[] = [];
      if (gap) {
        const years = gap.first_year === gap.year ? `năm ${gap.year}` : `${gap.first_year}–${gap.year}`;
        sentences.push(
          `${unitRef(name, unit_id)} có ${percentVi(gap.share)} lượt xếp loại đảng viên đạt HTTNV trở lên (${years}), cao hơn ${decimalPoints(gap.gap)} điểm phần trăm so với trung vị ${percentVi(gap.peer_median)} của ${gap.n_peers} đơn vị cùng cấp`
        );
        facts.push(
          `Tỷ lệ HTTNV trở lên ${years}: ${gap.n_good}/${gap.n} = ${percentVi(gap.share)}; đơn vị cùng cấp (trực thuộc ${unitRef(gap.parent_name, gap.parent_id)}, loại ${gap.kind}, mỗi đơn vị từ ${params.min_ratings} lượt): ${gap.peers}${gap.n_peers > LISTED_PEERS ? ', …' : ''}; trung vị ${percentVi(gap.peer_median)}; chênh lệch ${decimalPoints(gap.gap)} điểm % (ngưỡng ${decimalPoints(params.min_gap)})`
        );
      }
      if (run) {
        const what = `${run.run_years} năm liền ${year - run.run_years + 1}–${year}, tất cả đảng viên của ${gap ? 'đơn vị' : unitRef(name, unit_id)} đều được xếp cùng một mức ${run.level}`;
        sentences.push(gap ? `đồng thời ${what}` : what);
        facts.push(`Xếp loại đảng viên cùng một mức: ${run.facts}`);
      }
      return {
        rule: 'rating_outlier' as const,
        severity: 'low' as const,
        year,
        subject_type: 'unit' as const,
        subject_id: unit_id,
        unit_id,
        score: gap ? Math.round(gap.gap * 10000) / 10000 : run!.run_years,
        regulation: citeClause(year, CLAUSES),
        message: capitalize(`${sentences.join('; ')}.`),
        evidence: facts.join('. '),
        related: [related.unit(unit_id), related.unit(gap?.parent_id)]
      };
    });
  }
};

/** A gap of shares in percentage points: 0.35 → "35". */
function decimalPoints(gap: number): string {
  return percentVi(gap).replace('%', '');
}
