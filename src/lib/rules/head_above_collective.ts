/**
 * #4 head_above_collective (docs/rules.md): a unit's rating row names its head; the head's rating that
 * year (the `leader` row if there is one, else the party-member row) must not rank above the unit's.
 * Equal is fine. A head above several collectives in one year gets one flag listing them all.
 */
import { queryRule } from './query-rule';
import type { FlagDraft } from './types';
import { related } from './related';
import { citeClause, personRef, type ClausesByRegime } from './format';
import { LEADER_RATINGS, PARTY_MEMBER_RATINGS, UNIT_RATINGS } from '../sql/ratings';

export const CLAUSES: ClausesByRegime = {
  default: 'mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, cơ quan, đơn vị do mình đứng đầu'
};

type Row = {
  year: number;
  head_id: string;
  head_name: string | null;
  head_level: string;
  head_track: string;
  unit_id: string;
  unit_level: string;
  diff: number;
  n_units: number;
  units: string;
  unit_ids: string;
};

const SQL = `WITH heads AS (
    SELECT u.year, u.subject_id AS unit_id, u.head_id, u.level AS unit_level, u.rank AS unit_rank,
      COALESCE(l.level, p.level) AS head_level, COALESCE(l.rank, p.rank) AS head_rank,
      CASE WHEN l.rank IS NOT NULL THEN 'leader' ELSE 'party_member' END AS head_track
    FROM ${UNIT_RATINGS} u
    LEFT JOIN ${LEADER_RATINGS} l ON l.subject_id = u.head_id AND l.year = u.year
    LEFT JOIN ${PARTY_MEMBER_RATINGS} p ON p.subject_id = u.head_id AND p.year = u.year
    WHERE u.head_id IS NOT NULL AND trim(u.head_id) <> ''
  ), above AS (
    SELECT h.*, h.head_rank - h.unit_rank AS diff, n.name AS unit_name
    FROM heads h LEFT JOIN unit_years n ON n.year = h.year AND n.unit_id = h.unit_id
    WHERE h.head_rank > h.unit_rank
  )
  SELECT a.year, a.head_id, any_value(pe.full_name) AS head_name, any_value(a.head_level) AS head_level, any_value(a.head_track) AS head_track,
    first(a.unit_id ORDER BY a.diff DESC, a.unit_id) AS unit_id,
    first(a.unit_level ORDER BY a.diff DESC, a.unit_id) AS unit_level,
    max(a.diff) AS diff, count(*) AS n_units,
    string_agg(COALESCE(a.unit_name || ' (' || a.unit_id || ')', a.unit_id) || ': ' || a.unit_level, '; ' ORDER BY a.unit_id) AS units,
    string_agg(a.unit_id, ',' ORDER BY a.unit_id) AS unit_ids
  FROM above a LEFT JOIN people pe ON pe.person_id = a.head_id
  GROUP BY a.year, a.head_id
  ORDER BY a.year, a.head_id`;

export const rule = queryRule<Row>({ id: 'head_above_collective', evidenceView: { kind: 'head' }, requires: ['ratings', 'units', 'people'], sql: SQL, flag: headFlag });

function headFlag(r: Row): FlagDraft {
  const head = personRef(r.head_name, r.head_id);
  const asWhat = r.head_track === 'leader' ? 'xếp loại với tư cách cán bộ lãnh đạo, quản lý' : 'xếp loại đảng viên';
  const against = r.n_units === 1 ? `mức ${r.unit_level} của tập thể do mình đứng đầu` : `mức xếp loại của ${r.n_units} tập thể do mình đứng đầu`;
  return {
    rule: 'head_above_collective',
    severity: 'medium',
    year: r.year,
    subject_type: 'person',
    subject_id: r.head_id,
    unit_id: r.unit_id,
    score: r.diff,
    regulation: citeClause(r.year, CLAUSES),
    message: `Năm ${r.year}, người đứng đầu ${head} được xếp loại ${r.head_level}, cao hơn ${against}.`,
    evidence: `Người đứng đầu ${head}: ${r.head_level} (${asWhat}, năm ${r.year}); tập thể do đồng chí đứng đầu: ${r.units}`,
    related: [related.person(r.head_id), ...r.unit_ids.split(',').map(related.unit)]
  };
}
