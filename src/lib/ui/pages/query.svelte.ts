/**
 * A query's rows as reactive state: re-run whenever the SQL or the loaded dataset changes; an
 * answer to an older SQL or dataset is dropped. Call in a component's script (it uses $effect).
 */
import type { Row } from '$lib/engine/types';
import { dataset } from '../dataset.svelte';

export class LiveQuery<T extends Row> {
  rows = $state.raw<T[] | null>(null);
  error = $state<string | null>(null);
  private asked = 0;

  /** `sql` returns the SQL to run, or null to run nothing (rows become []). */
  constructor(sql: () => string | null) {
    $effect(() => {
      const text = sql();
      const loaded = dataset.status === 'ready' || dataset.status === 'refused' ? dataset.result : null;
      if (!loaded) return;
      const ask = ++this.asked;
      if (text === null) {
        this.rows = [];
        return;
      }
      dataset.soi.query<T>(text).then(
        (rows) => {
          if (ask === this.asked) [this.rows, this.error] = [rows, null];
        },
        (err: unknown) => {
          if (ask === this.asked) [this.rows, this.error] = [[], err instanceof Error ? err.message : String(err)];
        }
      );
    });
  }
}
