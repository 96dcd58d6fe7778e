/**
 * The audit list's filter form as state: what each control holds, the same as a `ListQuery` (the
 * address's shape), and the pause after typing before the search box filters. Browser only.
 */
import type { RuleId, Severity } from '../../domain/rule-ids';
import type { DecisionStatus } from '../../review/types';
import type { ListQuery } from '../../review/filter';
import { EMPTY_LIST_QUERY } from './list-query';

// Refiltering 50,000 flags on every key makes typing lag: the search box waits for a pause.
const TYPING_PAUSE_MS = 180;

export class ListFilters {
  // Empty strings mean "any" (a <select>'s empty option).
  rule = $state<RuleId | ''>('');
  severity = $state<Severity | ''>('');
  yearFrom = $state<number | ''>('');
  yearTo = $state<number | ''>('');
  /** The root of the chosen unit subtree. */
  unit = $state('');
  /** What is typed in the search box; `text` is what the list is filtered by (a pause or Enter later). */
  typed = $state('');
  text = $state('');
  status = $state<DecisionStatus | ''>('');

  query: ListQuery = $derived({
    rule: this.rule,
    severity: this.severity,
    yearFrom: this.yearFrom === '' ? null : Number(this.yearFrom),
    yearTo: this.yearTo === '' ? null : Number(this.yearTo),
    unit: this.unit,
    q: this.text,
    status: this.status
  });

  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  apply(q: ListQuery): void {
    this.rule = q.rule;
    this.severity = q.severity;
    this.yearFrom = q.yearFrom ?? '';
    this.yearTo = q.yearTo ?? '';
    this.unit = q.unit;
    this.typed = this.text = q.q;
    this.status = q.status;
  }

  reset(): void {
    clearTimeout(this.typingTimer);
    this.apply(EMPTY_LIST_QUERY);
  }

  /** After a key in the search box: filter once typing pauses. */
  typing(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.applyText(), TYPING_PAUSE_MS);
  }

  /** Filter by the typed text now (Enter). */
  applyText(): void {
    clearTimeout(this.typingTimer);
    this.text = this.typed;
  }

  /** Drops a pending pause (the page is left). */
  dispose(): void {
    clearTimeout(this.typingTimer);
  }
}
