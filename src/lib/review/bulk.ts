/** One status (and note) on many flags at once; each flag gets its own history entry. */
import { decide } from './decision';
import type { Change, Decision, FlagRef } from './types';

/**
 * Returns the records that changed (flags already in that state are left alone). A flag listed
 * twice is decided once.
 */
export function decideMany(
  current: ReadonlyMap<string, Decision>,
  flags: readonly FlagRef[],
  change: Change,
  /** Each flag's evidence fingerprint, recorded with its entry. */
  factsFor?: (flag: FlagRef) => string | undefined
): Decision[] {
  const changed: Decision[] = [];
  const seen = new Set<string>();
  for (const flag of flags) {
    if (seen.has(flag.flag_id)) continue;
    seen.add(flag.flag_id);
    const prev = current.get(flag.flag_id);
    const facts = factsFor?.(flag);
    const next = decide(prev, flag, facts ? { ...change, facts } : change);
    if (next && next !== prev) changed.push(next);
  }
  return changed;
}
