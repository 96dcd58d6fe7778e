/**
 * The audit list page's state: the shared audit and decisions, the filter form, the sort, the
 * selection for bulk decisions, and printing. `connect()` wires it to the page (the audit run, the
 * address, idle indexing) and must be called while the page component initialises. Browser only.
 */
import { onMount, tick } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import type { DecisionStatus, DismissReason } from '../../review/types';
import { dataset } from '../dataset.svelte';
import { unitTree } from '../units/unit-tree.svelte';
import { audit, review } from './audit.svelte';
import { countFlags, filterFlags, sortFlags, type FlagSort, type SortKey } from './filter';
import { rememberListSearch } from './last-list';
import { ListFilters } from './list-filters.svelte';
import { listQuerySearch, parseListQuery } from './list-query';
import { indexWhenIdle } from './text-index';

export type BulkDecision = { status: DecisionStatus; note: string; reason?: DismissReason };

export class FlagListState {
  readonly filters = new ListFilters();
  sort = $state<FlagSort>({ key: 'severity', dir: 'desc' });
  selected = $state.raw<ReadonlySet<string>>(new Set());
  /** The print-only list is drawn while the print dialog is open. */
  printing = $state(false);

  flags = $derived(audit.result?.flags ?? []);
  counts = $derived(countFlags(this.flags));
  unitIndex = $derived(unitTree.index);
  // Sorted once per sort order: a filter change is then one pass that keeps the order (no re-sort of 50,000 flags).
  sorted = $derived(sortFlags(this.flags, this.sort));
  filtered = $derived.by(() => {
    const f = this.filters;
    const subtree = f.unit && this.unitIndex ? this.unitIndex.within(f.unit) : null;
    // Read the decisions so that a status filter follows every decision.
    void review.decisions;
    return filterFlags(
      this.sorted,
      {
        rules: new Set(f.rule ? [f.rule] : []),
        severities: new Set(f.severity ? [f.severity] : []),
        yearFrom: f.query.yearFrom,
        yearTo: f.query.yearTo,
        units: f.unit ? subtree ?? new Set() : null,
        text: f.text,
        statuses: new Set(f.status ? [f.status] : [])
      },
      { names: audit.names, statusOf: this.statusOf }
    );
  });
  /** The unit filter is known but its subtree not yet (the unit list is still loading). */
  unitPending = $derived(this.filters.unit !== '' && !this.unitIndex);
  /** The unit filter names a unit the data does not have. */
  unitUnknown = $derived(this.filters.unit !== '' && !!this.unitIndex && !this.unitIndex.get(this.filters.unit));

  statusOf = (id: string): DecisionStatus => review.decisions.get(id)?.status ?? 'open';

  sortBy = (key: SortKey): void => {
    const s = this.sort;
    this.sort = s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'severity' || key === 'score' ? 'desc' : 'asc' };
  };

  toggle = (id: string): void => {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  };

  toggleAll = (on: boolean): void => {
    this.selected = on ? new Set(this.filtered.map((f) => f.flag_id)) : new Set();
  };

  clearSelection = (): void => {
    this.selected = new Set();
  };

  /** One decision on every selected flag; the selection is cleared once it is stored. */
  bulkDecide = async (d: BulkDecision): Promise<void> => {
    const byId = new Map(this.flags.map((f) => [f.flag_id, f]));
    const picked = [...this.selected].flatMap((id) => byId.get(id) ?? []);
    if (await review.write((s) => s.decideMany(picked, { ...d, by: review.reviewer }))) this.clearSelection();
  };

  print = async (): Promise<void> => {
    this.printing = true;
    await tick();
    window.print();
  };

  /** Wires the state to the page; call during the page component's initialisation. */
  connect(): void {
    $effect(() => {
      if (dataset.status === 'ready') {
        void audit.ensure();
        unitTree.ensure();
        void review.ensure();
      }
    });
    $effect(() => {
      if (audit.result && review.session) review.followFacts(audit.result.flags);
    });
    // After the list has updated on screen: a mark the benchmark times filter changes by.
    $effect(() => {
      performance.mark('soi:filter-applied', { detail: { shown: this.filtered.length } });
    });
    $effect(() => indexWhenIdle(this.flags, audit.names));
    this.syncAddress();
    onMount(() => {
      const after = () => (this.printing = false);
      addEventListener('afterprint', after);
      return () => {
        removeEventListener('afterprint', after);
        this.filters.dispose();
      };
    });
  }

  /** The filters live in the address: read on every navigation here (a link, a reload, back), written back as they change. */
  private syncAddress(): void {
    let read = $state(false);
    afterNavigate(() => {
      this.filters.apply(parseListQuery(new URLSearchParams(location.search)));
      read = true;
    });
    $effect(() => {
      const search = listQuerySearch(this.filters.query);
      // Until the address has been read it is not rewritten from the empty form.
      if (!read) return;
      // Replacing the entry: filtering is not a new page to go back to.
      if (search !== location.search) replaceState(`${location.pathname}${search}${location.hash}`, {});
      rememberListSearch(search);
    });
  }
}
