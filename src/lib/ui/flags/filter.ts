/**
 * The audit list's filters and sort, as pure functions over the flags in memory: the page calls
 * them on every change, so they make one pass and build nothing per flag but the result.
 */
import { foldVietnamese } from '../../domain/levels';
import type { RuleId, Severity } from '../../domain/rule-ids';
import type { DecisionStatus } from '../../review/types';
import type { Flag } from '../../rules/types';

export interface FlagFilter {
  /** Empty: every rule. */
  rules: ReadonlySet<RuleId>;
  /** Empty: every severity. */
  severities: ReadonlySet<Severity>;
  yearFrom: number | null;
  yearTo: number | null;
  /** The units of the chosen subtree, in the tree of the flag's year (a Set: the same in every year); null: anywhere. */
  units: { has(unitId: string, year: number): boolean } | null;
  /** Free text, matched (folded: no diacritics, any case) on ids and names. */
  text: string;
  /** Empty: every decision status. */
  statuses: ReadonlySet<DecisionStatus>;
}

export const NO_FILTER: FlagFilter = {
  rules: new Set(),
  severities: new Set(),
  yearFrom: null,
  yearTo: null,
  units: null,
  text: '',
  statuses: new Set()
};

export interface FilterLookups {
  /** Names by person_id / unit_id (folded or not: they are folded here once). */
  names?: ReadonlyMap<string, string>;
  /** The current status of a flag (open when undecided). */
  statusOf?: (flagId: string) => DecisionStatus;
}

// Folded ids and names, kept between calls: folding 50,000 ids and names costs half a second.
// Bounded so a long session cannot grow it forever.
const folded = new Map<string, string>();
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 2_000_000) folded.clear();
    f = foldVietnamese(s);
    folded.set(s, f);
  }
  return f;
}

// Each flag's searchable text, built once per flag and names map: then a text filter is one
// `includes` per flag (five map lookups per flag made a keystroke cost 150–250 ms at 50,000 flags).
// Fields are joined by a line break, which a folded needle never holds, so no match spans two fields.
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const haystacks = new WeakMap<ReadonlyMap<string, string>, WeakMap<Flag, string>>();
function haystackOf(names: ReadonlyMap<string, string>): (f: Flag) => string {
  let byFlag = haystacks.get(names);
  if (!byFlag) haystacks.set(names, (byFlag = new WeakMap()));
  const cache = byFlag;
  const nameOf = (id: string | null) => {
    const n = id && names.get(id);
    return n ? fold(n) : '';
  };
  return (f) => {
    let h = cache.get(f);
    if (h === undefined) {
      h = [f.flag_id, fold(f.subject_id), f.unit_id === null ? '' : fold(f.unit_id), nameOf(f.subject_id), nameOf(f.unit_id)].join('\n');
      cache.set(f, h);
    }
    return h;
  };
}

/**
 * Builds the searchable text of flags [from, from + count) ahead of the first search (the page runs
 * it in idle time: at 50,000 flags the whole build is a few hundred milliseconds). Returns where to go on.
 */
export function prepareTextSearch(flags: readonly Flag[], names: ReadonlyMap<string, string> | undefined, from: number, count: number): number {
  const haystack = haystackOf(names ?? NO_NAMES);
  const end = Math.min(flags.length, from + count);
  for (let i = from; i < end; i++) haystack(flags[i]);
  return end;
}

/** Builds a searcher over ids and names (folded: no diacritics, any case). */
function textMatcher(text: string, names: ReadonlyMap<string, string> | undefined): ((f: Flag) => boolean) | null {
  const needle = foldVietnamese(text.trim());
  if (!needle) return null;
  const haystack = haystackOf(names ?? NO_NAMES);
  return (f) => haystack(f).includes(needle);
}

export function filterFlags<F extends Flag>(flags: readonly F[], filter: FlagFilter, lookups: FilterLookups = {}): F[] {
  const text = textMatcher(filter.text, lookups.names);
  const statusOf = lookups.statusOf ?? (() => 'open' as DecisionStatus);
  const out: F[] = [];
  for (const f of flags) {
    if (filter.rules.size && !filter.rules.has(f.rule)) continue;
    if (filter.severities.size && !filter.severities.has(f.severity)) continue;
    if (filter.yearFrom !== null && f.year < filter.yearFrom) continue;
    if (filter.yearTo !== null && f.year > filter.yearTo) continue;
    if (filter.units && !(f.unit_id !== null && filter.units.has(f.unit_id, f.year)) && !(f.subject_type === 'unit' && filter.units.has(f.subject_id, f.year))) continue;
    if (filter.statuses.size && !filter.statuses.has(statusOf(f.flag_id))) continue;
    if (text && !text(f)) continue;
    out.push(f);
  }
  return out;
}

export type SortKey = 'rule' | 'severity' | 'year' | 'subject' | 'unit' | 'score';
export interface FlagSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

const byString = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** The tie-breaker that keeps every sort total and stable across runs: rule, year, subject. */
function canonical(a: Flag, b: Flag): number {
  return byString(a.rule, b.rule) || a.year - b.year || byString(a.subject_type, b.subject_type) || byString(a.subject_id, b.subject_id);
}

function primary(key: SortKey, a: Flag, b: Flag): number {
  switch (key) {
    case 'rule':
      return byString(a.rule, b.rule);
    case 'severity':
      return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    case 'year':
      return a.year - b.year;
    case 'subject':
      return byString(a.subject_id, b.subject_id);
    case 'unit':
      return byString(a.unit_id, b.unit_id);
    case 'score':
      // Flags without a score go last whichever the direction.
      return a.score === b.score ? 0 : a.score === null ? 0 : b.score === null ? 0 : a.score - b.score;
  }
}

/** A sorted copy; flags without a score stay at the end when sorting by score. */
export function sortFlags<F extends Flag>(flags: readonly F[], sort: FlagSort): F[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...flags].sort((a, b) => {
    if (sort.key === 'score' && (a.score === null) !== (b.score === null)) return a.score === null ? 1 : -1;
    return sign * primary(sort.key, a, b) || canonical(a, b);
  });
}

/** Flags per rule, per severity and per year of a list (for the counts beside the filters). */
export function countFlags(flags: readonly Flag[]): { byRule: Map<RuleId, number>; bySeverity: Map<Severity, number>; years: number[] } {
  const byRule = new Map<RuleId, number>();
  const bySeverity = new Map<Severity, number>();
  const years = new Set<number>();
  for (const f of flags) {
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    years.add(f.year);
  }
  return { byRule, bySeverity, years: [...years].sort((a, b) => a - b) };
}

/** The rows a virtualised list renders: the visible window plus a margin, as [start, end). */
export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 10): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(viewportHeight / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(total, first + count + overscan) };
}
