/**
 * #18 track_mismatch (docs/rules.md): a party member rated HTXSNV as a party member in year Y while
 * rated below HTXSNV in Y in another capacity the regulation names — as a cadre, civil servant or
 * public employee (`civil_servant` track) or as a leader-manager (`leader` track). HD 21 §2.3.a:
 * "Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức 'Hoàn
 * thành xuất sắc nhiệm vụ'". `tracks` narrows the check to the civil-servant track alone.
 */
import type { Rule } from './types';
import { capitalize, citeClause, personRef, type ClausesByRegime } from './format';
import { PARTY_MEMBER_RATINGS, RANK, ratedSql, trackLabelSql } from '../sql/ratings';
import { related } from './related';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD21':
    'mục 2.3.a, khung tiêu chuẩn mức "Hoàn thành xuất sắc nhiệm vụ": "Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức \'Hoàn thành xuất sắc nhiệm vụ\'"',
  default:
    'đảng viên là cán bộ, công chức, viên chức (kể cả cán bộ lãnh đạo, quản lý) chỉ được xếp loại HTXSNV khi được xếp loại HTXSNV ở vị trí công tác (như Hướng dẫn 21-HD/BTCTW, mục 2.3.a)'
};

export const TRACK_CHOICES = ['civil_servant_and_leader', 'civil_servant'] as const;
export type Params = { tracks: (typeof TRACK_CHOICES)[number] };

type Row = {
  year: number;
  person_id: string;
  name: string | null;
  unit_id: string | null;
  /** The lowest rank among the other capacities below HTXSNV. */
  low_rank: number;
  /** The levels below HTXSNV in the other capacities, best first, comma-separated (repeats possible). */
  levels: string;
  rows: string;
  /** The units of the other capacities' rows, comma-separated. */
  other_units: string | null;
};

function sql(p: Params): string {
  const tracks = p.tracks === 'civil_servant' ? `('civil_servant')` : `('civil_servant', 'leader')`;
  return `WITH excellent AS (
      SELECT year, subject_id, unit_id FROM ${PARTY_MEMBER_RATINGS} m WHERE rank = ${RANK.excellent}
    ), other AS (
      SELECT r.year, r.subject_id, r.track, r.level, r.rank, r.unit_id, ${trackLabelSql('r')} AS as_what
      FROM ratings r
      WHERE r.subject_type = 'person' AND r.track IN ${tracks} AND ${ratedSql('r')} AND r.rank < ${RANK.excellent}
    )
    SELECT e.year, e.subject_id AS person_id, any_value(pe.full_name) AS name, any_value(e.unit_id) AS unit_id,
      min(o.rank) AS low_rank, string_agg(o.level, ',' ORDER BY o.rank DESC) AS levels,
      string_agg(o.as_what || ': ' || o.level || COALESCE(' (' || o.unit_id || ')', ''), '; ' ORDER BY o.track) AS rows,
      string_agg(o.unit_id, ',' ORDER BY o.track) AS other_units
    FROM excellent e
    JOIN other o ON o.year = e.year AND o.subject_id = e.subject_id
    LEFT JOIN people pe ON pe.person_id = e.subject_id
    GROUP BY e.year, e.subject_id
    ORDER BY e.year, e.subject_id`;
}

export const rule: Rule<Params> = {
  id: 'track_mismatch',
  evidenceView: { kind: 'rating' },
  requires: ['ratings', 'people'],
  defaults: { tracks: 'civil_servant_and_leader' },
  paramSpec: {
    tracks: {
      kind: 'choice',
      values: TRACK_CHOICES,
      vi: 'Đối chiếu xếp loại đảng viên HTXSNV với xếp loại công chức, viên chức và cán bộ lãnh đạo, quản lý (civil_servant_and_leader) hoặc chỉ công chức, viên chức (civil_servant)',
      en: 'Compare an excellent party-member rating with the civil-servant and leader ratings, or with the civil-servant rating only'
    }
  },
  async run({ engine, params }) {
    const rows = await engine.query<Row>(sql(params));
    return rows.map((r) => ({
      rule: 'track_mismatch',
      severity: 'medium',
      year: r.year,
      subject_type: 'person',
      subject_id: r.person_id,
      unit_id: r.unit_id,
      score: r.low_rank,
      regulation: citeClause(r.year, CLAUSES),
      message: capitalize(
        `${personRef(r.name, r.person_id)} được xếp loại đảng viên HTXSNV năm ${r.year}, nhưng ở vị trí công tác chỉ được xếp loại ${[...new Set(r.levels.split(','))].join(', ')}.`
      ),
      evidence: `Năm ${r.year}: đảng viên: HTXSNV${r.unit_id ? ` (${r.unit_id})` : ''}; ${r.rows}`,
      related: [related.person(r.person_id), related.unit(r.unit_id), ...(r.other_units ?? '').split(',').map(related.unit)]
    }));
  }
};
