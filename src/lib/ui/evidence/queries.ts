/**
 * The SQL behind each evidence view: the rows a flag stands on, read from the loaded tables
 * (through the worker in the browser, any Engine in tests). Builders only: callers run them.
 */
import type { Flag } from '../../rules/types';
import { quotaDenominator, type QuotaParams } from '../../sql/quota';
import { ratedSql } from '../../sql/ratings';
import { ruleById } from '../../rules/registry';
import { sql, type Sql } from '../../sql/template';
import type { LevelCode } from '../../domain/levels';

export type RatingRow = {
  year: number;
  subject_type: string;
  subject_id: string;
  name: string | null;
  unit_id: string | null;
  unit_name: string | null;
  /** The kind of a rated unit in that year's tree (null for a person). */
  subject_kind: string | null;
  track: string | null;
  /** Null on a not-rated row, which says why in not_rated (and note). */
  level: string | null;
  not_rated: string | null;
  note: string | null;
  self_level: string | null;
  head_id: string | null;
  score: number | null;
  decided_on: string | null;
};

export type DisciplineRow = {
  subject_type: string;
  subject_id: string;
  name: string | null;
  decided_on: string;
  form: string;
  violation_from: number | null;
  violation_to: number | null;
  self_detected: boolean | null;
  decision_no: string | null;
  reason: string | null;
};

const RATING_COLUMNS = sql`r.year, r.subject_type, r.subject_id,
  COALESCE(p.full_name, su.name) AS name, r.unit_id, u.name AS unit_name, su.kind AS subject_kind, r.track, r.level, r.not_rated, r.note, r.self_level, r.head_id, r.score, r.decided_on`;
// Names as they were in the rating's year (a unit renamed or merged later keeps its name of then).
const RATING_FROM = sql`ratings r
  LEFT JOIN people p ON r.subject_type = 'person' AND p.person_id = r.subject_id
  LEFT JOIN unit_years su ON r.subject_type = 'unit' AND su.year = r.year AND su.unit_id = r.subject_id
  LEFT JOIN unit_years u ON u.year = r.year AND u.unit_id = r.unit_id`;
/** Each unit named as it last stood, for rows without a year of their own. */
const LAST_NAMES = sql`(SELECT unit_id, arg_max(name, year) AS name FROM unit_years GROUP BY unit_id)`;
const RATING_ORDER = sql`ORDER BY r.rank DESC, r.subject_id, r.track`;

function ratings(where: Sql, order = RATING_ORDER): string {
  return sql`SELECT ${RATING_COLUMNS} FROM ${RATING_FROM} WHERE ${where} ${order}`.text;
}

/**
 * The ratings a quota or criteria flag counted (docs/rules.md checks 1–3 and 8), as its rule's view
 * names them (QuotaView.counted), in the tree of the flag's year; rows without a level (not rated)
 * count in no quota and are left out.
 */
export function countedRatingsSql(flag: Pick<Flag, 'rule' | 'year' | 'subject_id'>): string {
  const view = ruleById(flag.rule)?.evidenceView;
  if (view?.kind !== 'quota') throw new Error(`no counted ratings for ${flag.rule}`);
  return ratings(sql`r.year = ${flag.year} AND ${ratedSql('r')} AND ${view.counted(flag)}`);
}

/** head_above_collective: the unit's row and every rating of its head that year. */
export function headAndCollectiveSql(flag: Pick<Flag, 'year' | 'subject_id' | 'unit_id'>): string {
  return ratings(
    sql`r.year = ${flag.year} AND ((r.subject_type = 'unit' AND r.subject_id = ${flag.unit_id}) OR (r.subject_type = 'person' AND r.subject_id = ${flag.subject_id}))`,
    sql`ORDER BY r.subject_type DESC, r.track`
  );
}

/** Every rating of a subject, oldest first. */
export function subjectRatingsSql(flag: Pick<Flag, 'subject_type' | 'subject_id'>): string {
  return ratings(sql`r.subject_type = ${flag.subject_type} AND r.subject_id = ${flag.subject_id}`, sql`ORDER BY r.year, r.track`);
}

/** The ratings of a subject in the flag's year (every track). */
export function yearRatingsSql(flag: Pick<Flag, 'year' | 'subject_type' | 'subject_id'>): string {
  return ratings(sql`r.year = ${flag.year} AND r.subject_type = ${flag.subject_type} AND r.subject_id = ${flag.subject_id}`, sql`ORDER BY r.track`);
}

/**
 * Discipline decisions behind a timeline: the subject's own and, for a unit, those of its heads
 * and direct child units of any year (check 7).
 */
export function disciplinesSql(flag: Pick<Flag, 'subject_type' | 'subject_id'>): string {
  const s = flag.subject_id;
  const related =
    flag.subject_type === 'unit'
      ? sql` OR (d.subject_type = 'unit' AND d.subject_id IN (SELECT unit_id FROM unit_years WHERE parent_id = ${s}))
          OR (d.subject_type = 'person' AND d.subject_id IN (SELECT head_id FROM ratings WHERE subject_type = 'unit' AND subject_id = ${s} AND head_id IS NOT NULL))`
      : sql``;
  return sql`SELECT d.subject_type, d.subject_id, COALESCE(p.full_name, u.name) AS name, d.decided_on, d.form,
      d.violation_from, d.violation_to, d.self_detected, d.decision_no, d.reason
    FROM disciplines d
    LEFT JOIN people p ON d.subject_type = 'person' AND p.person_id = d.subject_id
    LEFT JOIN ${LAST_NAMES} u ON d.subject_type = 'unit' AND u.unit_id = d.subject_id
    WHERE (d.subject_type = ${flag.subject_type} AND d.subject_id = ${s})${related}
    ORDER BY d.decided_on, d.subject_id`.text;
}

export type ReviewText = {
  person_id: string;
  year: number;
  name: string | null;
  text: string;
};

export function reviewSql(personId: string, year: number): string {
  return sql`SELECT r.person_id, r.year, r.text, p.full_name AS name FROM reviews r LEFT JOIN people p ON p.person_id = r.person_id
    WHERE r.person_id = ${personId} AND r.year = ${year}`.text;
}

/** How many rows of each level (not-rated rows, with no level, are not counted). */
export function levelCounts(rows: readonly Pick<RatingRow, 'level'>[]): Record<LevelCode, number> {
  const counts: Record<LevelCode, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  for (const r of rows) if (r.level && r.level in counts) counts[r.level as LevelCode]++;
  return counts;
}

export type QuotaArithmetic = {
  counts: Record<LevelCode, number>;
  excellent: number;
  good: number;
  /** The quota's denominator as the rule counted it (QuotaParams.denominator). */
  den: number;
  ratio: number;
  denominator: QuotaParams['denominator'];
  /** ratio × den: the excellent ratings the quota allows (not rounded). */
  limit: number;
  /** excellent / den; null when den = 0. */
  share: number | null;
  breach: boolean;
};

// ratio × den in binary floating point may land a hair off the decimal product (0.1 × 3); the rule
// compares exactly in SQL, so a difference below this is equality here.
const EPSILON = 1e-9;

/** The quota test of rules 1–3 on the counted rows, with the parameters the audit ran with. */
export function quotaArithmetic(rows: readonly Pick<RatingRow, 'level'>[], params: QuotaParams): QuotaArithmetic {
  const counts = levelCounts(rows);
  const excellent = counts.HTXSNV;
  const good = counts.HTTNV;
  const den = quotaDenominator(params.denominator, excellent, good);
  const limit = params.ratio * den;
  return { counts, excellent, good, den, ratio: params.ratio, denominator: params.denominator, limit, share: den ? excellent / den : null, breach: excellent - limit > EPSILON };
}

/**
 * Rule 2 compares the children of one kind together (party organisations apart from leadership
 * collectives): the arithmetic of each kind among the rows, by kind.
 */
export function quotaByKind(rows: readonly Pick<RatingRow, 'level' | 'subject_kind'>[], params: QuotaParams): { kind: string | null; q: QuotaArithmetic }[] {
  const kinds = [...new Set(rows.map((r) => r.subject_kind))].sort();
  return kinds.map((kind) => ({ kind, q: quotaArithmetic(rows.filter((r) => r.subject_kind === kind), params) }));
}

export type CriteriaArithmetic = {
  counts: Record<LevelCode, number>;
  /** Components with a level. */
  total: number;
  /** Shares of components at HTNV or better and at HTTNV or better (0 without components). */
  completedShare: number;
  goodShare: number;
  /** The minimum share at HTTNV or better in effect (rule 8's min_good_share). */
  minGoodShare: number;
  /** Which criterion fails: some component below HTNV, too few at HTTNV or better. */
  failsCompleted: boolean;
  failsGood: boolean;
};

/** Rule 8's criteria on the components: 100% at HTNV or better, at least `minGoodShare` at HTTNV or better. */
export function criteriaArithmetic(rows: readonly Pick<RatingRow, 'level'>[], minGoodShare: number): CriteriaArithmetic {
  const counts = levelCounts(rows);
  const total = counts.HTXSNV + counts.HTTNV + counts.HTNV + counts.KHTNV;
  const good = counts.HTXSNV + counts.HTTNV;
  return {
    counts,
    total,
    completedShare: total ? (total - counts.KHTNV) / total : 0,
    goodShare: total ? good / total : 0,
    minGoodShare,
    failsCompleted: counts.KHTNV > 0,
    failsGood: minGoodShare * total - good > EPSILON
  };
}

/**
 * Whether the figure recomputed from the rows is the flag's own score (4 decimals, as the rules
 * round it): when not, the rows shown are not the ones the check counted, and the page says so.
 */
export function agreesWithFlag(flag: Pick<Flag, 'score'>, recomputed: number | null): boolean {
  if (flag.score === null || recomputed === null) return flag.score === recomputed;
  return Math.abs(flag.score - Math.round(recomputed * 1e4) / 1e4) < 1e-6;
}
