/**
 * Cases: flags that stem from one violation, shown and decided together. Two flags are one case
 * when their `related` column (`type:id` items joined by "; ") names the same discipline decision
 * (`decision:<no>`: rules 5, 6 and 7 on one decision), or when they are the two sides of one pair
 * of copied reviews (rule 11: person P's flag names `review:Q/Y`, Q's names `review:P/Y`). Each
 * flag keeps its own decision and history; deciding a case decides each of its flags.
 */
import type { Flag } from '../rules/types';

export interface Case {
  /** Stable within one audit list: the smallest item that binds it. */
  id: string;
  kind: 'decision' | 'review';
  /** The decision numbers, or the `person/year` of each copied review. */
  refs: string[];
  flag_ids: string[];
}

type WithRelated = Pick<Flag, 'flag_id' | 'rule' | 'year' | 'subject_id'> & { related?: string | null };

/** The items of a `related` cell. */
export function relatedItems(related: string | null | undefined): string[] {
  return (related ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The items by which a flag joins a case. */
function bindingItems(f: WithRelated): string[] {
  const items = relatedItems(f.related);
  const out = items.filter((i) => i.startsWith('decision:'));
  if (f.rule === 'review_copied_colleague') {
    const reviews = items.filter((i) => i.startsWith('review:'));
    if (reviews.length) out.push(`review:${f.subject_id}/${f.year}`, ...reviews);
  }
  return out;
}

/** The cases of an audit list (only groups of two flags or more), by flag_id. */
export function groupCases(flags: readonly WithRelated[]): Map<string, Case> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const itemsOf = new Map<string, string[]>();
  for (const f of flags) {
    const items = bindingItems(f);
    if (!items.length) continue;
    itemsOf.set(f.flag_id, items);
    for (const i of items) if (!parent.has(i)) parent.set(i, i);
    for (const i of items.slice(1)) union(items[0], i);
  }
  const members = new Map<string, { flags: string[]; items: Set<string> }>();
  for (const [flagId, items] of itemsOf) {
    const root = find(items[0]);
    const m = members.get(root) ?? { flags: [], items: new Set<string>() };
    m.flags.push(flagId);
    for (const i of items) m.items.add(i);
    members.set(root, m);
  }
  const byFlag = new Map<string, Case>();
  for (const [root, m] of members) {
    if (m.flags.length < 2) continue;
    const items = [...m.items].sort();
    const decisions = items.filter((i) => i.startsWith('decision:'));
    const c: Case = {
      id: root,
      kind: decisions.length ? 'decision' : 'review',
      refs: (decisions.length ? decisions : items).map((i) => i.slice(i.indexOf(':') + 1)),
      flag_ids: [...m.flags].sort()
    };
    for (const id of m.flags) byFlag.set(id, c);
  }
  return byFlag;
}
