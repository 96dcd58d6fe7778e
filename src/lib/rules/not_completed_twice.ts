/**
 * #9 not_completed_twice (docs/rules.md): a party member rated KHTNV in Y−1 and in Y is flagged at Y
 * (three years running flags the second and the third): the cell must consider removal.
 */
import { queryRule } from './query-rule';
import type { FlagDraft } from './types';
import { related } from './related';
import { capitalize, citeClause, personRef, unitRef, type ClausesByRegime } from './format';
import { PARTY_MEMBER_RATINGS, RANK } from '../sql/ratings';

export const CLAUSES: ClausesByRegime = {
  default: 'đảng viên hai năm liền xếp loại "Không hoàn thành nhiệm vụ": chi bộ xem xét, đề nghị đưa ra khỏi Đảng (Hướng dẫn 02-HD/BTCTW năm 2021)'
};

type Row = { year: number; person_id: string; name: string | null; unit_id: string | null; unit_name: string | null; prev_unit_id: string | null };

const SQL = `SELECT cur.year, cur.subject_id AS person_id, pe.full_name AS name, cur.unit_id, u.name AS unit_name, prev.unit_id AS prev_unit_id
  FROM ${PARTY_MEMBER_RATINGS} cur
  JOIN ${PARTY_MEMBER_RATINGS} prev ON prev.subject_id = cur.subject_id AND prev.year = cur.year - 1
  LEFT JOIN people pe ON pe.person_id = cur.subject_id
  LEFT JOIN unit_years u ON u.year = cur.year AND u.unit_id = cur.unit_id
  WHERE cur.rank = ${RANK.notCompleted} AND prev.rank = ${RANK.notCompleted}
  ORDER BY cur.year, cur.subject_id`;

export const rule = queryRule<Row>({ id: 'not_completed_twice', evidenceView: { kind: 'timeline' }, requires: ['ratings', 'people', 'units'], sql: SQL, flag: twiceFlag });

function twiceFlag(r: Row): FlagDraft {
  const where = r.unit_id ? `, sinh hoạt tại ${unitRef(r.unit_name, r.unit_id)}` : '';
  return {
    rule: 'not_completed_twice',
    severity: 'medium',
    year: r.year,
    subject_type: 'person',
    subject_id: r.person_id,
    unit_id: r.unit_id,
    score: 2,
    regulation: citeClause(r.year, CLAUSES),
    message: capitalize(`${personRef(r.name, r.person_id)}${where}, hai năm liền ${r.year - 1} và ${r.year} xếp loại KHTNV.`),
    evidence: `Xếp loại đảng viên năm ${r.year - 1}: KHTNV (${r.prev_unit_id ?? 'không rõ chi bộ'}); năm ${r.year}: KHTNV (${r.unit_id ?? 'không rõ chi bộ'})`,
    related: [related.person(r.person_id), related.unit(r.unit_id), related.unit(r.prev_unit_id)]
  };
}
