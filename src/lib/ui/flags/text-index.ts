/**
 * Builds the search text of every flag in idle time after the audit, so the first search is as
 * quick as the next. Browser only.
 */
import type { Flag } from '../../rules/types';
import { prepareTextSearch } from './filter';

const BATCH = 2_000;

/** Starts indexing `flags` in idle slices; returns the function that stops it. */
export function indexWhenIdle(flags: readonly Flag[], names: ReadonlyMap<string, string>): () => void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
  const cancel = window.cancelIdleCallback ?? clearTimeout;
  let next = 0;
  let handle = 0;
  const step = () => {
    next = prepareTextSearch(flags, names, next, BATCH);
    if (next < flags.length) handle = idle(step);
  };
  if (flags.length) handle = idle(step);
  return () => cancel(handle);
}
