/**
 * Word-level diff of two reviews for the evidence view. Both texts are NFC first: the same word in
 * NFD and NFC would otherwise diff as changed everywhere.
 */
import { diffWords } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';
export interface DiffSpan {
  kind: DiffKind;
  text: string;
}

/** Spans turning `before` into `after`: 'removed' is only in before, 'added' only in after. */
export function diffReviewWords(before: string, after: string): DiffSpan[] {
  const spans: DiffSpan[] = [];
  for (const c of diffWords(before.normalize('NFC'), after.normalize('NFC'))) {
    const kind: DiffKind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = spans[spans.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else spans.push({ kind, text: c.value });
  }
  return spans;
}

/** The two columns of a side-by-side view: before shows same + removed, after shows same + added. */
export function sideBySide(spans: readonly DiffSpan[]): { before: DiffSpan[]; after: DiffSpan[] } {
  return {
    before: spans.filter((s) => s.kind !== 'added'),
    after: spans.filter((s) => s.kind !== 'removed')
  };
}

/** Share of `after`'s characters (without spaces) that are unchanged from `before`. */
export function unchangedShare(spans: readonly DiffSpan[]): number {
  let same = 0;
  let total = 0;
  for (const s of spans) {
    if (s.kind === 'removed') continue;
    const n = s.text.replace(/\s+/g, '').length;
    total += n;
    if (s.kind === 'same') same += n;
  }
  return total ? same / total : 1;
}
