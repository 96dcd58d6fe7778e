/**
 * A flag on a unit that no longer exists names the unit that answers for it today — in its evidence
 * and as `successor:<unit_id>` in `related` — from table `unit_successors` (src/lib/sql/tree.ts:
 * unit_changes followed through merges, splits and renames to units still in force).
 */
import type { Engine } from '../engine/types';
import { LATEST_UNIT_NAMES } from '../sql/tree-walks';
import { unitRef } from './format';
import { related } from './related';
import type { FlagDraft } from './types';

export interface Successors {
  /** The successors' ids, and how the evidence names them. */
  ids: string[];
  said: string;
}

/** Ceased unit → its successors today; empty without the table or without changes. */
export async function readSuccessors(engine: Engine): Promise<Map<string, Successors>> {
  if (!(await engine.tables()).includes('unit_successors')) return new Map();
  const rows = await engine.query<{ unit_id: string; successor_id: string; name: string | null }>(
    `SELECT s.unit_id, s.successor_id, n.name FROM unit_successors s LEFT JOIN ${LATEST_UNIT_NAMES} n ON n.unit_id = s.successor_id
     ORDER BY s.unit_id, s.successor_id`
  );
  const out = new Map<string, { ids: string[]; names: string[] }>();
  for (const r of rows) {
    const entry = out.get(r.unit_id) ?? { ids: [], names: [] };
    entry.ids.push(r.successor_id);
    entry.names.push(unitRef(r.name, r.successor_id));
    out.set(r.unit_id, entry);
  }
  return new Map([...out].map(([id, e]) => [id, { ids: e.ids, said: e.names.join(', ') }]));
}

/** The draft with its successor named, when its subject is a unit that no longer exists. */
export function withSuccessor(d: FlagDraft, successors: ReadonlyMap<string, Successors>): FlagDraft {
  if (d.subject_type !== 'unit') return d;
  const s = successors.get(d.subject_id);
  if (!s) return d;
  const today = s.ids.length === 1 ? 'đơn vị kế thừa hiện nay' : 'các đơn vị kế thừa hiện nay';
  return {
    ...d,
    evidence: `${d.evidence}; đơn vị này không còn tồn tại, ${today}: ${s.said}`,
    related: [...(d.related ?? []), ...s.ids.map(related.successor)]
  };
}
