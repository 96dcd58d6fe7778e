/**
 * The loaded dataset's unit trees of every year in memory (buildUnitIndex), shared by the pages that pick a unit:
 * read once per accepted load. Browser only.
 */
import { dataset } from '../dataset.svelte';
import { buildUnitIndex, type UnitIndex, type UnitRow } from './unit-index';

class UnitTreeState {
  index = $state.raw<UnitIndex | null>(null);
  error = $state<string | null>(null);
  private forLoad: unknown = null;

  /** Reads the units of the dataset in use unless they are already here (a refused load keeps the old ones). */
  ensure(): void {
    const load = dataset.status === 'ready' ? dataset.result : null;
    if (!load || this.forLoad === load) return;
    this.forLoad = load;
    this.index = null;
    this.error = null;
    dataset.soi.query<UnitRow>('SELECT year, unit_id, name, parent_id, kind FROM unit_years').then(
      (rows) => {
        if (this.forLoad === load) this.index = buildUnitIndex(rows);
      },
      (err: unknown) => {
        if (this.forLoad !== load) return;
        this.forLoad = null;
        this.error = err instanceof Error ? err.message : String(err);
      }
    );
  }
}

export const unitTree = new UnitTreeState();
