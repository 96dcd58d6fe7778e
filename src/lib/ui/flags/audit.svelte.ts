/**
 * The audit run shared by the audit list and the evidence page: the audit
 * runs once per loaded dataset (through the worker) and both pages read the same result (the
 * review session is review-state.svelte.ts's, re-exported here). Browser only.
 */
import { dataset } from '../dataset.svelte';
import { ruleSettings } from '../../settings/settings.svelte';
import type { AuditResult } from '../../rules/run-audit';
import type { ParamOverrides } from '../../rules/config';
import { successorMap } from './successors';
import { AUDIT_CANCELLED, type Progress } from '../../worker/protocol';

class AuditState {
  status = $state<'idle' | 'running' | 'ready' | 'failed' | 'stopped'>('idle');
  progress = $state<Progress | null>(null);
  result = $state.raw<AuditResult | null>(null);
  /** The parameter overrides the result was computed with: the evidence page recomputes with them. */
  params = $state.raw<ParamOverrides>({});
  error = $state<string | null>(null);
  /** Names of persons and units by id, for the list and the text filter. */
  names = $state.raw<ReadonlyMap<string, string>>(new Map());
  /** For each unit no longer in force, the units in force today that answer for it (unit_successors). */
  successors = $state.raw<ReadonlyMap<string, readonly string[]>>(new Map());
  /** The dataset load the result belongs to: a new load invalidates it. */
  private forLoad: unknown = null;
  /** The Settings version the result was computed with: a change of parameters invalidates it too. */
  private forSettings = -1;
  private running: Promise<void> | null = null;

  /**
   * Runs the audit unless the current dataset's result is already here, or the user stopped it for
   * this dataset and these settings (`again` runs it anyway: the user asked).
   */
  ensure(again = false): Promise<void> {
    const load = dataset.result;
    if (dataset.status !== 'ready' || !load) return Promise.resolve();
    ruleSettings.restore();
    const done = this.status === 'ready' || (this.status === 'stopped' && !again) || this.running;
    if (this.forLoad === load && this.forSettings === ruleSettings.version && done) return this.running ?? Promise.resolve();
    this.forLoad = load;
    this.forSettings = ruleSettings.version;
    this.running = this.run().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops the audit under way (between two pieces of work): no partial list is shown. */
  stop(): void {
    if (this.status === 'running') void dataset.soi.cancel();
  }

  private async run(): Promise<void> {
    this.status = 'running';
    this.error = null;
    this.progress = { stage: 'audit', fraction: 0 };
    try {
      const soi = dataset.soi;
      const params = ruleSettings.params;
      const [result, names, successors] = await Promise.all([
        soi.audit({ params }, (p) => (this.progress = p)),
        // A unit by the name it last had (a merged commune keeps its own name).
        soi.query<{ id: string; name: string }>('SELECT person_id AS id, full_name AS name FROM people UNION ALL SELECT unit_id, arg_max(name, year) FROM unit_years GROUP BY unit_id'),
        soi.query<{ unit_id: string; successor_id: string }>('SELECT unit_id, successor_id FROM unit_successors ORDER BY unit_id, successor_id')
      ]);
      this.names = new Map(names.map((r) => [r.id, r.name]));
      this.successors = successorMap(successors);
      this.result = result;
      this.params = params;
      this.status = 'ready';
      performance.mark('soi:audit-ready', { detail: { flags: result.flags.length } });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.status = message === AUDIT_CANCELLED ? 'stopped' : 'failed';
      this.error = this.status === 'failed' ? message : null;
    } finally {
      this.progress = null;
    }
  }
}

export const audit = new AuditState();

export { review } from '../review/review-state.svelte';
