/** The one rule every write obeys: a decision's history is only ever appended to. */
import { entryKey } from './decision';
import type { Decision } from './types';

export class AppendOnlyError extends Error {
  constructor(flagId: string) {
    super(`Lịch sử quyết định chỉ được ghi thêm (history is append-only): ${flagId}`);
    this.name = 'AppendOnlyError';
  }
}

/** Throws unless `next` keeps every history entry of `prev` (the record as stored). */
export function assertAppendOnly(prev: Decision | undefined, next: Decision): void {
  if (!prev) return;
  const kept = new Set(next.history.map(entryKey));
  if (prev.history.some((e) => !kept.has(entryKey(e)))) throw new AppendOnlyError(next.flag_id);
}
