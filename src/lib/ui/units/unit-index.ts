/**
 * The unit tree in memory, for the unit pickers: each unit's path from its root, a search over
 * names and ids (folded with foldVietnamese: no diacritics, any case) and the subtree of a unit.
 * Pure; built once per loaded dataset from `units` (a province has 5,000+ of them, so a search
 * is one pass over precomputed folded strings and a subtree is one walk down a children map).
 */
import { foldVietnamese } from '../../domain/levels';

// A type, not an interface: rows from the engine must be assignable to its Row (an index signature).
export type UnitRow = {
  unit_id: string;
  name: string;
  parent_id: string | null;
  kind: string;
};

export type IndexedUnit = UnitRow & {
  /** Distance from its root (0 for a root). */
  depth: number;
  /** Names from the root down to the unit itself. */
  path: readonly string[];
};

export interface UnitMatch {
  unit: IndexedUnit;
  /** 0 the id itself, 1 the name starts with the query, 2 a word of the name starts it, 3 the id holds it or
   *  every word starts a word of the name (or is in the id), 4 every word starts a word of the path. */
  rank: number;
}

export interface UnitIndex {
  get(id: string): IndexedUnit | undefined;
  /** Units a picker offers (every kind but `exclude`), in tree order: parents before children, siblings by name. */
  readonly pickable: readonly IndexedUnit[];
  /** Ids and names from the root down to the unit itself (a unit not in the index: none). */
  trail(id: string): { unit_id: string; name: string }[];
  /** The unit and every unit below it (a unit not in the index: an empty set). */
  subtree(id: string): Set<string>;
  /** Pickable units matching every word of `query`, best first; at most `limit`, and how many matched in all. */
  search(query: string, limit?: number): { matches: UnitMatch[]; total: number };
}

/** How a path is written under a match: "Huyện X › Xã Y › Chi bộ Z". */
export const PATH_SEPARATOR = ' › ';

const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name, 'vi') || (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0);

/**
 * Indexes the units. `exclude` kinds are not offered by search (collectives, `tap_the`, have no
 * units below them and are rated inside their organisation) but stay in the subtrees.
 */
export function buildUnitIndex(rows: readonly UnitRow[], exclude: readonly string[] = ['tap_the']): UnitIndex {
  const byId = new Map(rows.map((r) => [r.unit_id, r]));
  const children = new Map<string | null, UnitRow[]>();
  for (const r of rows) {
    // A parent missing from the table makes its children roots (validation reports the dangling id).
    const parent = r.parent_id !== null && byId.has(r.parent_id) ? r.parent_id : null;
    const list = children.get(parent);
    if (list) list.push(r);
    else children.set(parent, [r]);
  }
  for (const list of children.values()) list.sort(byName);

  const units = new Map<string, IndexedUnit>();
  const ordered: IndexedUnit[] = [];
  // Iterative preorder walk; a unit reached twice (a cycle in parent_id) is not walked again.
  const stack: { row: UnitRow; path: readonly string[] }[] = (children.get(null) ?? []).map((row) => ({ row, path: [] })).reverse();
  while (stack.length) {
    const { row, path } = stack.pop()!;
    if (units.has(row.unit_id)) continue;
    const unit: IndexedUnit = { ...row, depth: path.length, path: [...path, row.name] };
    units.set(row.unit_id, unit);
    ordered.push(unit);
    const below = children.get(row.unit_id) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push({ row: below[i], path: unit.path });
  }

  const pickable = ordered.filter((u) => !exclude.includes(u.kind));
  // Folded with a space in front, so that " word" finds a word start (typing "uy" should not find "quyen").
  const folded = pickable.map((u) => ({
    unit: u,
    id: foldVietnamese(u.unit_id),
    name: ` ${foldVietnamese(u.name)}`,
    path: ` ${foldVietnamese(u.path.join(' '))}`
  }));

  return {
    get: (id) => units.get(id),
    pickable,
    trail(id) {
      const out: { unit_id: string; name: string }[] = [];
      for (let u = units.get(id); u; u = u.parent_id !== null ? units.get(u.parent_id) : undefined) {
        out.push({ unit_id: u.unit_id, name: u.name });
        if (u.depth === 0) break;
      }
      return out.reverse();
    },
    subtree(id) {
      const out = new Set<string>();
      if (!units.has(id)) return out;
      const todo = [id];
      while (todo.length) {
        const next = todo.pop()!;
        if (out.has(next)) continue;
        out.add(next);
        for (const c of children.get(next) ?? []) todo.push(c.unit_id);
      }
      return out;
    },
    search(query, limit = 50) {
      const needle = foldVietnamese(query);
      if (!needle) return { matches: [], total: 0 };
      const phrase = ` ${needle}`;
      const words = phrase.split(' ').slice(1).map((w) => ` ${w}`);
      const matches: UnitMatch[] = [];
      for (const f of folded) {
        let rank: number;
        // Ids match anywhere ("0030" finds DV0000030); names and paths at word starts.
        if (f.id === needle) rank = 0;
        else if (f.name.startsWith(phrase)) rank = 1;
        else if (f.name.includes(phrase)) rank = 2;
        else if (f.id.includes(needle) || words.every((w) => f.name.includes(w) || f.id.includes(w.slice(1)))) rank = 3;
        else if (words.every((w) => f.path.includes(w) || f.id.includes(w.slice(1)))) rank = 4;
        else continue;
        matches.push({ unit: f.unit, rank });
      }
      // Shallower units first within a rank (a district before its cells); the sort is stable, so tree order breaks ties.
      matches.sort((a, b) => a.rank - b.rank || a.unit.depth - b.unit.depth);
      return { matches: matches.slice(0, limit), total: matches.length };
    }
  };
}
