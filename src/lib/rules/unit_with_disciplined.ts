/**
 * #7 unit_with_disciplined (docs/rules.md), each regime's own test:
 * - rating years before `qd366_from` (2018–2024): a unit rated above KHTNV in year Y while (a) the
 *   head named on its rating row was disciplined in Y, or (b) more than `child_ratio` of its direct
 *   child units rated in Y (tree of Y) were disciplined in Y;
 * - from `qd366_from` (2025, Quy định 366 Điều 11 khoản 1): a unit rated HTXSNV in Y while any of its
 *   child party organisations (tree of Y; leadership collectives are not party organisations) or any
 *   member of its leadership — its head, or a person rated on the `leader` track in Y in the unit or
 *   in one of its leadership collectives (`tap_the` children) — was disciplined in Y. No share is
 *   allowed. Units rated below HTXSNV are not tested from then: the clauses found for HTTNV and HTNV
 *   name no discipline (docs/rules.md).
 * `min_form` can restrict the forms counted (HD 21 counted leadership members disciplined from
 * "cảnh cáo" up); by default every form counts.
 */
import type { FlagDraft, Rule } from './types';
import { citeClause, percentVi, unitRef, type ClausesByRegime } from './format';
import { leaderSql, RANK, UNIT_RATINGS } from '../sql/ratings';
import { DISCIPLINES, decisionItems, decisionTextSql, formsFromSql } from '../sql/disciplines';
import { related } from './related';
import { DISCIPLINE_FORMS, type DisciplineForm } from '../domain/disciplines';
import type { Engine } from '../engine/types';
import { sql, type Sql } from '../sql/template';

export const CLAUSES: ClausesByRegime = {
  'QD132-HD21':
    'khung tiêu chuẩn mức "Không hoàn thành nhiệm vụ" của tập thể lãnh đạo, quản lý: "Có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật từ cảnh cáo trở lên"; xếp loại tập thể gắn với trách nhiệm người đứng đầu và kết quả của các đơn vị trực thuộc',
  'QD366-HD43':
    'Điều 11 khoản 1: tập thể "Hoàn thành xuất sắc nhiệm vụ" khi "không có đơn vị trực thuộc (đối với tổ chức, cơ quan, đơn vị) hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật"',
  default: 'xếp loại tập thể gắn với trách nhiệm của người đứng đầu và kết quả của các đơn vị trực thuộc bị kỷ luật trong năm'
};

export type Params = { child_ratio: number; min_form: string; qd366_from: number };

/** Decisions counted, grouped per subject and year of decision, each with its text. */
function decidedSql(p: Params): Sql {
  return sql`d AS (
      SELECT d.*, ${decisionTextSql('d')} AS decision_text FROM ${DISCIPLINES} d WHERE d.form IN ${formsFromSql(p.min_form as DisciplineForm)}
    ), decided AS (
      SELECT subject_type, subject_id, decided_year, string_agg(decision_text, '; ' ORDER BY decided_on, decision_no) AS decisions,
        string_agg(decision_no, '|' ORDER BY decided_on, decision_no) AS decision_nos
      FROM d GROUP BY subject_type, subject_id, decided_year
    )`;
}

type EarlierRow = {
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
  head_decision_nos: string | null;
  child_ids: string | null;
  child_decision_nos: string | null;
};

/** 2018–2024: the head, or more than child_ratio of the rated children, disciplined in the year. */
function earlierSql(p: Params): string {
  const ratio = p.child_ratio;
  return sql`WITH ${decidedSql(p)}, rated AS (
      SELECT year, subject_id AS unit_id, level, head_id FROM ${UNIT_RATINGS} r WHERE rank > ${RANK.notCompleted} AND year < ${p.qd366_from}
    ), children AS (
      -- Only disciplined children enter the ordered lists (the others add NULL): filtered first, so
      -- that each group sorts its few disciplined children, not all of them.
      SELECT c.year, y.parent_id AS unit_id, count(*) AS n_children, count(k.subject_id) AS n_disc,
        string_agg(c.subject_id || ' — ' || k.decisions, '; ' ORDER BY c.subject_id) FILTER (WHERE k.subject_id IS NOT NULL) AS child_decisions,
        string_agg(c.subject_id, ',' ORDER BY c.subject_id) FILTER (WHERE k.subject_id IS NOT NULL) AS child_ids,
        string_agg(k.decision_nos, '|' ORDER BY c.subject_id) FILTER (WHERE k.subject_id IS NOT NULL) AS child_decision_nos
      FROM ${UNIT_RATINGS} c
      JOIN unit_years y ON y.year = c.year AND y.unit_id = c.subject_id
      LEFT JOIN decided k ON k.subject_type = 'unit' AND k.subject_id = c.subject_id AND k.decided_year = c.year
      WHERE y.parent_id IS NOT NULL
      GROUP BY c.year, y.parent_id
    )
    SELECT r.year, r.unit_id, un.name, r.level, r.head_id, pe.full_name AS head_name, hd.decisions AS head_decisions,
      hd.decision_nos AS head_decision_nos, ch.child_ids, ch.child_decision_nos,
      ch.n_children, ch.n_disc, ch.child_decisions,
      COALESCE(ch.n_disc > ${ratio} * ch.n_children, FALSE) AS children_over
    FROM rated r
    LEFT JOIN decided hd ON hd.subject_type = 'person' AND hd.subject_id = r.head_id AND hd.decided_year = r.year
    LEFT JOIN children ch ON ch.year = r.year AND ch.unit_id = r.unit_id
    LEFT JOIN unit_years un ON un.year = r.year AND un.unit_id = r.unit_id
    LEFT JOIN people pe ON pe.person_id = r.head_id
    WHERE hd.decisions IS NOT NULL OR ch.n_disc > ${ratio} * ch.n_children
    ORDER BY r.year, r.unit_id`.text;
}

type LaterRow = {
  year: number;
  unit_id: string;
  name: string | null;
  level: string;
  n_members: number;
  n_children: number;
  members: string | null;
  children: string | null;
  member_ids: string | null;
  member_decision_nos: string | null;
  child_ids: string | null;
  child_decision_nos: string | null;
};

/** From 2025: any child party organisation or member of the leadership disciplined in the year. */
function laterSql(p: Params): string {
  return sql`WITH ${decidedSql(p)}, rated AS (
      SELECT year, subject_id AS unit_id, level, head_id FROM ${UNIT_RATINGS} r WHERE rank = ${RANK.excellent} AND year >= ${p.qd366_from}
    ), leaders AS (
      SELECT year, unit_id, subject_id AS person_id FROM ratings WHERE ${leaderSql()}
    ), members AS (
      SELECT r.year, r.unit_id, r.head_id AS person_id, 'người đứng đầu' AS role FROM rated r WHERE r.head_id IS NOT NULL AND trim(r.head_id) <> ''
      UNION
      SELECT r.year, r.unit_id, l.person_id, 'thành viên lãnh đạo' FROM rated r JOIN leaders l ON l.year = r.year AND l.unit_id = r.unit_id
      UNION
      SELECT r.year, r.unit_id, l.person_id, 'thành viên lãnh đạo'
      FROM rated r JOIN unit_years c ON c.year = r.year AND c.parent_id = r.unit_id AND c.kind = 'tap_the'
      JOIN leaders l ON l.year = r.year AND l.unit_id = c.unit_id
    ), member_hits AS (
      -- The head is also rated as a leader: one line per person, under the role that names the head.
      SELECT m.year, m.unit_id, m.person_id, min(m.role) AS role, any_value(k.decisions) AS decisions, any_value(k.decision_nos) AS decision_nos
      FROM members m JOIN decided k ON k.subject_type = 'person' AND k.subject_id = m.person_id AND k.decided_year = m.year
      GROUP BY m.year, m.unit_id, m.person_id
    ), child_hits AS (
      SELECT r.year, r.unit_id, c.unit_id AS child_id, c.name AS child_name, k.decisions, k.decision_nos
      FROM rated r JOIN unit_years c ON c.year = r.year AND c.parent_id = r.unit_id AND c.kind <> 'tap_the'
      JOIN decided k ON k.subject_type = 'unit' AND k.subject_id = c.unit_id AND k.decided_year = r.year
    ), by_unit AS (
      SELECT year, unit_id, count(*) AS n_members,
        string_agg(role || ' ' || COALESCE(pe.full_name || ' (' || mh.person_id || ')', mh.person_id) || ': ' || decisions, '; ' ORDER BY role, mh.person_id) AS members,
        string_agg(mh.person_id, ',' ORDER BY role, mh.person_id) AS member_ids, string_agg(mh.decision_nos, '|' ORDER BY role, mh.person_id) AS member_decision_nos
      FROM member_hits mh LEFT JOIN people pe ON pe.person_id = mh.person_id GROUP BY year, unit_id
    ), by_child AS (
      SELECT year, unit_id, count(*) AS n_children,
        string_agg(COALESCE(child_name || ' (' || child_id || ')', child_id) || ': ' || decisions, '; ' ORDER BY child_id) AS children,
        string_agg(child_id, ',' ORDER BY child_id) AS child_ids, string_agg(decision_nos, '|' ORDER BY child_id) AS child_decision_nos
      FROM child_hits GROUP BY year, unit_id
    )
    SELECT r.year, r.unit_id, un.name, r.level, COALESCE(m.n_members, 0) AS n_members, COALESCE(c.n_children, 0) AS n_children, m.members, c.children,
      m.member_ids, m.member_decision_nos, c.child_ids, c.child_decision_nos
    FROM rated r
    LEFT JOIN by_unit m ON m.year = r.year AND m.unit_id = r.unit_id
    LEFT JOIN by_child c ON c.year = r.year AND c.unit_id = r.unit_id
    LEFT JOIN unit_years un ON un.year = r.year AND un.unit_id = r.unit_id
    WHERE m.n_members > 0 OR c.n_children > 0
    ORDER BY r.year, r.unit_id`.text;
}

function earlierFlag(r: EarlierRow, p: Params): FlagDraft {
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
    facts.push(`đơn vị trực thuộc có xếp loại năm ${r.year}: ${r.n_children}, bị kỷ luật: ${r.n_disc} (${percentVi(share)}, ngưỡng ${percentVi(p.child_ratio)}): ${r.child_decisions}`);
  }
  return unitFlag(r, r.level, r.children_over ? Math.round(share * 10000) / 10000 : 1, reasons, facts, [
    ...(r.head_decisions ? [...decisionItems(r.head_decision_nos), related.person(r.head_id)] : []),
    ...(r.children_over ? [...decisionItems(r.child_decision_nos), ...ids(r.child_ids).map(related.unit)] : [])
  ]);
}

/** The flag on a unit rated `level` in its year despite the `reasons`, under either regime. */
function unitFlag(
  r: { year: number; unit_id: string; name: string | null },
  level: string,
  score: number,
  reasons: readonly string[],
  facts: readonly string[],
  refs: NonNullable<FlagDraft['related']>
): FlagDraft {
  return {
    rule: 'unit_with_disciplined',
    severity: 'medium',
    year: r.year,
    subject_type: 'unit',
    subject_id: r.unit_id,
    unit_id: r.unit_id,
    score,
    regulation: citeClause(r.year, CLAUSES),
    message: `Năm ${r.year}, ${unitRef(r.name, r.unit_id)} được xếp loại ${level} dù ${reasons.join(' và ')}.`,
    evidence: facts.join('; '),
    related: [related.unit(r.unit_id), ...refs]
  };
}

function laterFlag(r: LaterRow): FlagDraft {
  const reasons: string[] = [];
  const facts: string[] = [`Mức xếp loại năm ${r.year}: ${r.level}`];
  if (r.n_members) {
    reasons.push(r.n_members === 1 ? 'một thành viên lãnh đạo, quản lý bị kỷ luật trong năm' : `${r.n_members} thành viên lãnh đạo, quản lý bị kỷ luật trong năm`);
    facts.push(`lãnh đạo, quản lý bị kỷ luật: ${r.members}`);
  }
  if (r.n_children) {
    reasons.push(r.n_children === 1 ? 'một tổ chức đảng trực thuộc bị kỷ luật trong năm' : `${r.n_children} tổ chức đảng trực thuộc bị kỷ luật trong năm`);
    facts.push(`tổ chức đảng trực thuộc bị kỷ luật: ${r.children}`);
  }
  return unitFlag(r, 'HTXSNV', r.n_members + r.n_children, reasons, facts, [
    ...decisionItems(r.member_decision_nos),
    ...ids(r.member_ids).map(related.person),
    ...decisionItems(r.child_decision_nos),
    ...ids(r.child_ids).map(related.unit)
  ]);
}

/** Ids joined by ',' (NULL: none). */
function ids(joined: string | null): string[] {
  return joined ? joined.split(',') : [];
}

async function run(engine: Engine, params: Params): Promise<FlagDraft[]> {
  const earlier = await engine.query<EarlierRow>(earlierSql(params));
  const later = await engine.query<LaterRow>(laterSql(params));
  return [...earlier.map((r) => earlierFlag(r, params)), ...later.map(laterFlag)];
}

export const rule: Rule<Params> = {
  id: 'unit_with_disciplined',
  evidenceView: { kind: 'timeline' },
  requires: ['ratings', 'disciplines', 'units', 'people'],
  defaults: { child_ratio: 0.2, min_form: 'khien_trach', qd366_from: 2025 },
  paramSpec: {
    child_ratio: {
      kind: 'number',
      min: 0,
      max: 1,
      vi: 'Tỷ lệ đơn vị trực thuộc bị kỷ luật (vượt quá thì cảnh báo), các năm trước Quy định 366',
      en: 'Share of disciplined sub-units above which the unit is flagged, years before QĐ 366'
    },
    min_form: {
      kind: 'choice',
      values: DISCIPLINE_FORMS,
      vi: 'Hình thức kỷ luật nhẹ nhất được tính (mặc định: khiển trách, tức mọi hình thức)',
      en: 'Mildest discipline form counted (default: reprimand, i.e. every form)'
    },
    qd366_from: {
      kind: 'number',
      integer: true,
      min: 1900,
      max: 2100,
      vi: 'Từ năm xếp loại này áp dụng Quy định 366 Điều 11 khoản 1 (tập thể HTXSNV: không có đơn vị trực thuộc, thành viên lãnh đạo bị kỷ luật)',
      en: 'First rating year tested by QĐ 366 Art. 11(1) (an excellent unit: no sub-unit or leadership member disciplined)'
    }
  },
  run: ({ engine, params }) => run(engine, params)
};
