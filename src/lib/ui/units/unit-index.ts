/**
 * The unit tree in memory, for the unit pickers: each unit's path from its root, a search over
 * names and ids (folded with foldVietnamese: no diacritics, any case) and the subtree of a unit.
 * Pure; built once per loaded dataset from the tree of each year (`unit_years`; a province has
 * 5,000+ units, so a search is one pass over precomputed folded strings and a subtree is one walk
 * down a children map).
 *
 * Units change over the years (the 2025 reorganisation): the picker offers every unit that was ever
 * in force, placed where it last stood, and the subtree of a unit is taken in the tree of each year,
 * so "within the district" keeps the district's communes of 2024 and not what moved away in 2025.
 */
import { foldVietnamese } from '../../domain/levels';

// A type, not an interface: rows from the engine must be assignable to its Row (an index signature).
export type UnitRow = {
  unit_id: string;
  name: string;
  parent_id: string | null;
  kind: string;
  /** The year whose tree this row places the unit in (`unit_years`); absent: one tree for every year. */
  year?: number;
};

export type IndexedUnit = UnitRow & {
  /** First and last year the unit was in force (null when the rows carry no year). */
  firstYear: number | null;
  lastYear: number | null;
  /** Distance from its root (0 for a root), in the tree of the unit's last year. */
  depth: number;
  /** Names from the root down to the unit itself, in the tree of the unit's last year. */
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
  /** The unit and every unit below it in any year's tree (a unit not in the index: an empty set). */
  subtree(id: string): Set<string>;
  /** Whether a unit was at or below `id` in the tree of a given year (a year without a tree: in any year). */
  within(id: string): UnitScope;
  /** Pickable units matching every word of `query`, best first; at most `limit`, and how many matched in all. */
  search(query: string, limit?: number): { matches: UnitMatch[]; total: number };
}

export interface UnitScope {
  has(unitId: string, year: number): boolean;
}

/** How a path is written under a match: "Huyện X › Xã Y › Chi bộ Z". */
export const PATH_SEPARATOR = ' › ';

const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name, 'vi') || (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0);

/**
 * Indexes the units. `exclude` kinds are not offered by search (collectives, `tap_the`, have no
 * units below them and are rated inside their organisation) but stay in the subtrees.
 */
export function buildUnitIndex(allRows: readonly UnitRow[], exclude: readonly string[] = ['tap_the']): UnitIndex {
  // Each unit once, as it last stood; the years it was in force.
  const byId = new Map<string, UnitRow>();
  const spans = new Map<string, [number, number]>();
  for (const r of allRows) {
    const before = byId.get(r.unit_id);
    if (!before || (r.year ?? 0) >= (before.year ?? 0)) byId.set(r.unit_id, r);
    if (r.year !== undefined) {
      const span = spans.get(r.unit_id);
      spans.set(r.unit_id, span ? [Math.min(span[0], r.year), Math.max(span[1], r.year)] : [r.year, r.year]);
    }
  }
  const rows = [...byId.values()];
  const children = childrenOf(rows, byId);
  // The tree of each year, for subtrees taken year by year.
  const yearRows = new Map<number, UnitRow[]>();
  for (const r of allRows) if (r.year !== undefined) (yearRows.get(r.year) ?? yearRows.set(r.year, []).get(r.year)!).push(r);
  const yearById = new Map([...yearRows].map(([y, rs]) => [y, new Map(rs.map((r) => [r.unit_id, r]))]));
  const yearChildren = new Map([...yearRows].map(([y, rs]) => [y, childrenOf(rs, yearById.get(y)!)]));
  /** The unit and its superiors, root first, in the tree of the row's own year (a cycle ends the walk). */
  const chain = (row: UnitRow): UnitRow[] => {
    const tree = row.year !== undefined ? yearById.get(row.year)! : byId;
    const out: UnitRow[] = [];
    const seen = new Set<string>();
    for (let r: UnitRow | undefined = row; r && !seen.has(r.unit_id); r = r.parent_id !== null ? tree.get(r.parent_id) : undefined) {
      seen.add(r.unit_id);
      out.push(r);
    }
    return out.reverse();
  };

  const units = new Map<string, IndexedUnit>();
  const ordered: IndexedUnit[] = [];
  // Iterative preorder walk; a unit reached twice (a cycle in parent_id) is not walked again.
  const stack: UnitRow[] = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const row = stack.pop()!;
    if (units.has(row.unit_id)) continue;
    const span = spans.get(row.unit_id);
    const path = chain(row).map((r) => r.name);
    const unit: IndexedUnit = { ...row, firstYear: span?.[0] ?? null, lastYear: span?.[1] ?? null, depth: path.length - 1, path };
    units.set(row.unit_id, unit);
    ordered.push(unit);
    const below = children.get(row.unit_id) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]);
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
      const u = units.get(id);
      return u ? chain(u).map((r) => ({ unit_id: r.unit_id, name: r.name })) : [];
    },
    subtree(id) {
      if (!units.has(id)) return new Set();
      if (!yearChildren.size) return walkDown(children, id);
      const out = new Set<string>();
      for (const tree of yearChildren.values()) for (const u of walkDown(tree, id)) out.add(u);
      return out;
    },
    within(id) {
      const any = this.subtree(id);
      const byYear = new Map<number, Set<string>>();
      return {
        has(unitId, year) {
          const tree = yearChildren.get(year);
          if (!tree) return any.has(unitId);
          let set = byYear.get(year);
          // A unit not in force that year has no subtree in it (a commune made in 2025 holds nothing of 2018).
          if (!set) byYear.set(year, (set = yearById.get(year)!.has(id) ? walkDown(tree, id) : new Set()));
          return set.has(unitId);
        }
      };
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

/** Children by parent, sorted by name; a parent missing from the rows makes its children roots (validation reports the dangling id). */
function childrenOf(rows: readonly UnitRow[], byId: ReadonlyMap<string, UnitRow>): Map<string | null, UnitRow[]> {
  const children = new Map<string | null, UnitRow[]>();
  for (const r of rows) {
    const parent = r.parent_id !== null && byId.has(r.parent_id) ? r.parent_id : null;
    const list = children.get(parent);
    if (list) list.push(r);
    else children.set(parent, [r]);
  }
  for (const list of children.values()) list.sort(byName);
  return children;
}

/** The unit and every unit below it in one tree; a unit reached twice (a cycle) is not walked again. */
function walkDown(children: ReadonlyMap<string | null, readonly UnitRow[]>, id: string): Set<string> {
  const out = new Set<string>();
  const todo = [id];
  while (todo.length) {
    const next = todo.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    for (const c of children.get(next) ?? []) todo.push(c.unit_id);
  }
  return out;
}
