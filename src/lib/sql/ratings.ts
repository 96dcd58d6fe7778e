/**
 * The rating rows rules and stats read, as SQL subqueries over the canonical `ratings` table.
 * A person row without a track is a party-member row (docs/data-format.md), hence the COALESCE.
 * Each keeps only rows with a level: a `not_rated` row (level and rank NULL) counts in no quota,
 * share, distribution or level-based check; the one check that reads it (missing_rating) reads
 * `ratings` itself.
 */
import { LEVEL_CODES, LEVELS } from '../domain/levels';
import { LATEST_UNIT_NAMES } from './tree-walks';
import { join, raw, sql, type Sql } from './template';

/** `alias.` before a column, or nothing. */
const prefix = (alias?: string): Sql => raw(alias ? `${alias}.` : '');

/** Each level's rank (domain/levels.ts), for SQL that compares the `rank` column instead of a bare 4 or 3. */
export const RANK = {
  excellent: LEVELS.HTXSNV.rank,
  good: LEVELS.HTTNV.rank,
  completed: LEVELS.HTNV.rank,
  notCompleted: LEVELS.KHTNV.rank
} as const;

/** SQL condition on a ratings row (alias optional): the row carries a level, i.e. is not a not-rated row. */
export function ratedSql(alias?: string): Sql {
  return sql`${prefix(alias)}rank IS NOT NULL`;
}

const RATED = ratedSql();

/** SQL: a ratings row's track, a person row without one being a party member's (docs/data-format.md). */
export function trackSql(alias?: string): Sql {
  return sql`COALESCE(${prefix(alias)}track, 'party_member')`;
}

/** SQL: the row's track is the party-member track (or none): a person's own row, or a unit's row. */
export function partyMemberTrackSql(alias?: string): Sql {
  return sql`${trackSql(alias)} = 'party_member'`;
}

/**
 * SQL condition on a ratings row (alias optional): a person's party-member row, "a person's rating"
 * (docs/rules.md), rated or not.
 */
export function partyMemberSql(alias?: string): Sql {
  return sql`${prefix(alias)}subject_type = 'person' AND ${partyMemberTrackSql(alias)}`;
}

/** Person rows of the `party_member` track with a level: "a person's rating" (docs/rules.md). */
export const PARTY_MEMBER_RATINGS = sql`(SELECT * FROM ratings WHERE ${partyMemberSql()} AND ${RATED})`;

/** SQL condition on a ratings row (alias optional): a person's row as cán bộ lãnh đạo, quản lý (`leader` track), rated or not. */
export function leaderSql(alias?: string): Sql {
  return sql`${prefix(alias)}subject_type = 'person' AND ${prefix(alias)}track = 'leader'`;
}

/** Person rows of the `leader` track (as cán bộ lãnh đạo, quản lý) with a level. */
export const LEADER_RATINGS = sql`(SELECT * FROM ratings WHERE ${leaderSql()} AND ${RATED})`;

/** Unit rows (a collective's or organisation's own rating). */
export const UNIT_RATINGS = sql`(SELECT * FROM ratings WHERE subject_type = 'unit' AND ${RATED})`;

/** Names for messages: person_id or unit_id → name (people.full_name; a unit's latest name). */
export const SUBJECT_NAMES = sql`(SELECT 'person' AS subject_type, person_id AS subject_id, full_name AS name FROM people
  UNION ALL SELECT 'unit', unit_id, name FROM ${LATEST_UNIT_NAMES})`;


/** SQL: how a rating row is described: "đảng viên", "cán bộ lãnh đạo, quản lý", "công chức, viên chức", "tập thể". */
export function trackLabelSql(r: string): Sql {
  const a = prefix(r);
  return sql`(CASE WHEN ${a}subject_type = 'unit' THEN 'tập thể' WHEN ${a}track = 'leader' THEN 'cán bộ lãnh đạo, quản lý'
    WHEN ${a}track = 'civil_servant' THEN 'công chức, viên chức' ELSE 'đảng viên' END)`;
}

/** SQL: a rank back to its level code. */
export function levelOfRankSql(rank: string): Sql {
  return sql`(CASE ${raw(rank)} ${join(LEVEL_CODES.map((c) => sql`WHEN ${LEVELS[c].rank} THEN ${c}`), ' ')} END)`;
}

/** SQL: a score as Vietnamese text, "85" or "89,5". */
export function scoreTextSql(score: string): Sql {
  return sql`replace(regexp_replace(CAST(round(${raw(score)}, 2) AS VARCHAR), '\\.0+$', ''), '.', ',')`;
}
