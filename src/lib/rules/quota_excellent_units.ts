/**
 * #2 quota_excellent_units (docs/rules.md): the quota test over the unit ratings, in one year, of the
 * direct children of one parent unit in that year's tree (collectives rated by the same superior),
 * children of one kind compared together: party organisations of a kind apart from leadership
 * collectives (`tap_the`). A parent over the quota in two kinds gets one flag naming both.
 */
import type { FlagDraft, Rule } from './types';
import { capitalize, unitRef, type ClausesByRegime } from './format';
import type { Engine } from '../engine/types';
import { RANK, UNIT_RATINGS } from '../sql/ratings';
import { join, sql } from '../sql/template';
import { quotaBreachSql, type QuotaBreach, type QuotaParams } from '../sql/quota';
import { quotaEvidence, quotaFlag, quotaRuleParts, quotaShareVi } from './quota';
import { KIND_NOUNS } from './unit-kinds';
import { related } from './related';

export const CLAUSES: ClausesByRegime = {
  default: 'số tập thể xếp loại HTXSNV không vượt quá 20% số tập thể xếp loại HTTNV do cùng một cấp có thẩm quyền đánh giá, xếp loại'
};

// group_id = parent and kind, split again below; \u001f never occurs in an id read from a file.
const SEP = '\u001f';

const CHILD_RATINGS = sql`(SELECT r.year, y.parent_id || ${SEP} || y.kind AS group_id, r.subject_id, r.rank
  FROM ${UNIT_RATINGS} r JOIN unit_years y ON y.year = r.year AND y.unit_id = r.subject_id
  WHERE y.parent_id IS NOT NULL)`;

type Row = QuotaBreach & { excellent_ids: string | null };

/** The breaches of one parent in one year, one per kind of child. */
type ParentYear = { year: number; parent_id: string; breaches: (Row & { kind: string })[] };

export const rule: Rule<QuotaParams> = {
  id: 'quota_excellent_units',
  // The unit ratings of the parent's direct children in the tree of the year (the page splits them by kind).
  ...quotaRuleParts(['ratings', 'units'], (f) =>
    sql`r.subject_type = 'unit' AND r.subject_id IN (SELECT unit_id FROM unit_years WHERE year = ${f.year} AND parent_id = ${f.subject_id})`
  ),
  async run({ engine, params }) {
    const rows = await engine.query<Row>(
      sql`WITH breaches AS (${quotaBreachSql(CHILD_RATINGS, params)}),
       excellent AS (
         SELECT year, group_id, string_agg(subject_id, ', ' ORDER BY subject_id) AS excellent_ids
         FROM ${CHILD_RATINGS} c WHERE rank = ${RANK.excellent} GROUP BY year, group_id)
       SELECT b.*, e.excellent_ids FROM breaches b
       LEFT JOIN excellent e ON e.year = b.year AND e.group_id = b.group_id
       ORDER BY b.year, b.group_id`.text
    );
    const byParent = new Map<string, ParentYear>();
    for (const r of rows) {
      const [parent_id, kind] = r.group_id.split(SEP);
      const key = `${r.year}${SEP}${parent_id}`;
      const entry = byParent.get(key) ?? { year: r.year, parent_id, breaches: [] };
      entry.breaches.push({ ...r, kind });
      byParent.set(key, entry);
    }
    const names = await parentNames(engine, [...byParent.values()]);
    return [...byParent.values()].map((p) => parentFlag(p, names.get(`${p.year}${SEP}${p.parent_id}`) ?? null, params));
  }
};

/** The parents' names in the tree of each flag's year. */
async function parentNames(engine: Engine, parents: ParentYear[]): Promise<Map<string, string | null>> {
  if (!parents.length) return new Map();
  const pairs = join(parents.map((p) => sql`(${p.year}, ${p.parent_id})`));
  const rows = await engine.query<{ year: number; unit_id: string; name: string | null }>(
    sql`SELECT y.year, y.unit_id, y.name FROM unit_years y JOIN (VALUES ${pairs}) AS w(year, unit_id) ON w.year = y.year AND w.unit_id = y.unit_id`.text
  );
  return new Map(rows.map((r) => [`${r.year}${SEP}${r.unit_id}`, r.name]));
}

function parentFlag(p: ParentYear, name: string | null, params: QuotaParams): FlagDraft {
  // The breach with the highest share leads (no denominator ranks highest).
  const lead = [...p.breaches].sort((a, b) => (b.score ?? Infinity) - (a.score ?? Infinity))[0];
  const parts = p.breaches.map((b) => ({
    share: quotaShareVi(b, params, KIND_NOUNS[b.kind] ?? 'tập thể'),
    evidence: `${capitalize(KIND_NOUNS[b.kind] ?? 'tập thể')} trực thuộc: ${quotaEvidence(b, params)}; đơn vị HTXSNV: ${b.excellent_ids ?? ''}`
  }));
  return quotaFlag('quota_excellent_units', { ...lead, group_id: p.parent_id }, 'unit', CLAUSES, {
    message: `Năm ${p.year}, các đơn vị trực thuộc ${unitRef(name, p.parent_id)} có ${parts.map((x) => x.share).join('; ')}.`,
    evidence: `Xếp loại năm ${p.year} của các đơn vị trực thuộc, mỗi loại đơn vị so sánh riêng. ${parts.map((x) => x.evidence).join('. ')}`,
    related: [related.unit(p.parent_id), ...p.breaches.flatMap((b) => (b.excellent_ids ?? '').split(', ').map(related.unit))]
  });
}
