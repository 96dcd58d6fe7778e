/**
 * The dataset the app is working on, shared by every page: the worker client, what is loaded, the
 * last load's validation problems, and progress while loading. Browser only (it starts the worker).
 */
import { SoiClient, createSoiClient } from '$lib/worker/client';
import { CANCELLED, type LoadOptions, type LoadResult, type PickedFile, type Progress } from '$lib/worker/protocol';
import { installTestHooks } from './test-hooks';
import type { TableName } from '$lib/data/schema';

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'refused' | 'failed';

class DatasetState {
  status = $state<DatasetStatus>('idle');
  source = $state<'demo' | 'files' | null>(null);
  progress = $state<Progress | null>(null);
  result = $state<LoadResult | null>(null);
  error = $state<string | null>(null);
  /** The last load was cancelled by the user (what was loaded before stays). */
  cancelled = $state(false);
  /** Milliseconds from the start of the load to ready. */
  loadMs = $state<number | null>(null);
  /** Tables the worker is still loading after ready (the demo's self-reviews): what needs them waits. */
  loadingLater = $state<TableName[]>([]);
  /** Why loading them failed: the worker then answers no query on this dataset. */
  laterError = $state<string | null>(null);
  /** Counts accepted loads, so that a late answer about an older dataset changes nothing. */
  private loads = 0;

  private client: SoiClient | null = null;
  private demoBase = '';
  /** The demo's load, started before the page is interactive (startDemo); loadDemo takes it over. */
  private early: { result: Promise<LoadResult>; onProgress: (p: Progress) => void } | null = null;

  /** Call once in the browser with the URL of the bundled demo folder. */
  init(demoBase: string): void {
    this.demoBase = demoBase;
  }

  /** The worker client; pages query the loaded data through it. */
  get soi(): SoiClient {
    this.client ??= createSoiClient(this.demoBase);
    installTestHooks(this.client);
    return this.client;
  }

  /**
   * Starts the worker and the demo's load at once, while the page is still starting: DuckDB's
   * module compiles and the demo downloads meanwhile. Touches no page state (the page is not yet
   * hydrated); loadDemo shows the load's progress and outcome.
   */
  startDemo(demoBase: string): void {
    this.init(demoBase);
    if (this.early || this.client) return;
    const sink = { onProgress: (_: Progress) => {} };
    const result = this.soi.load('demo', (p) => sink.onProgress(p));
    result.catch(() => undefined); // reported by loadDemo
    this.early = Object.assign(sink, { result });
  }

  loadDemo(): Promise<void> {
    return this.load('demo');
  }

  /** Loads picked files (read in the worker), with the header mappings the user chose. */
  loadPicked(files: PickedFile[], options?: LoadOptions): Promise<void> {
    return this.load(files, options);
  }

  /** Stops the load under way; what was loaded before stays. */
  cancel(): void {
    void this.soi.cancel();
  }

  private async load(source: 'demo' | PickedFile[], options?: LoadOptions): Promise<void> {
    const t0 = performance.now();
    const before = this.status;
    this.status = 'loading';
    this.cancelled = false;
    this.error = null;
    this.progress = null;
    try {
      const onProgress = (p: Progress) => (this.progress = p);
      const early = source === 'demo' ? this.early : null;
      this.early = null;
      if (early) early.onProgress = onProgress;
      const result = early ? await early.result : source === 'demo' ? await this.soi.load(source, onProgress) : await this.soi.loadPicked(source, onProgress, options);
      this.result = result;
      // A refused dataset leaves the previous one (and its source) in place.
      if (result.accepted) this.source = source === 'demo' ? 'demo' : 'files';
      this.status = result.accepted ? 'ready' : 'refused';
      this.loadMs = performance.now() - t0;
      if (result.accepted) {
        this.followLater(result.later ?? []);
        performance.mark('soi:dataset-ready', { detail: { source: this.source, stagesMs: result.ms } });
        // The first frame that shows the counts: after the next paint.
        requestAnimationFrame(() => setTimeout(() => performance.mark('soi:dataset-painted')));
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // Cancelled by the user: back to what was there, with nothing to report.
      if (message === CANCELLED) {
        this.status = before;
        this.cancelled = true;
      }
      else {
        this.status = 'failed';
        this.error = message;
      }
    } finally {
      this.progress = null;
    }
  }

  /** Shows the tables still loading until the worker says they are in (or why not). */
  private followLater(later: TableName[]): void {
    const n = ++this.loads;
    this.loadingLater = later;
    this.laterError = null;
    if (!later.length) return;
    this.soi.settled().then(
      ({ ms }) => {
        if (n !== this.loads) return;
        this.loadingLater = [];
        performance.mark('soi:dataset-settled', { detail: { ms } });
      },
      (err: unknown) => {
        if (n !== this.loads) return;
        this.loadingLater = [];
        this.laterError = err instanceof Error ? err.message : String(err);
      }
    );
  }
}

export const dataset = new DatasetState();
