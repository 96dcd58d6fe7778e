/**
 * The dataset the app is working on, shared by every page: the worker client, what is loaded, the
 * last load's validation problems, and progress while loading. Browser only (it starts the worker).
 */
import { SoiClient, createSoiClient } from '$lib/worker/client';
import type { LoadOptions, LoadResult, PickedFile, Progress } from '$lib/worker/protocol';

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'refused' | 'failed';

class DatasetState {
  status = $state<DatasetStatus>('idle');
  source = $state<'demo' | 'files' | null>(null);
  progress = $state<Progress | null>(null);
  result = $state<LoadResult | null>(null);
  error = $state<string | null>(null);
  /** Milliseconds from the start of the load to ready. */
  loadMs = $state<number | null>(null);

  private client: SoiClient | null = null;
  private demoBase = '';

  /** Call once in the browser with the URL of the bundled demo folder. */
  init(demoBase: string): void {
    this.demoBase = demoBase;
  }

  /** The worker client; pages query the loaded data through it. */
  get soi(): SoiClient {
    this.client ??= createSoiClient(this.demoBase);
    // A handle for the end-to-end test and the devtools console: the data never leaves this page.
    (globalThis as { soi?: SoiClient }).soi = this.client;
    return this.client;
  }

  loadDemo(): Promise<void> {
    return this.load('demo');
  }

  /** Loads picked files (read in the worker), with the header mappings the user chose. */
  loadPicked(files: PickedFile[], options?: LoadOptions): Promise<void> {
    return this.load(files, options);
  }

  private async load(source: 'demo' | PickedFile[], options?: LoadOptions): Promise<void> {
    const t0 = performance.now();
    this.status = 'loading';
    this.error = null;
    this.progress = null;
    try {
      const onProgress = (p: Progress) => (this.progress = p);
      const result = source === 'demo' ? await this.soi.load(source, onProgress) : await this.soi.loadPicked(source, onProgress, options);
      this.result = result;
      // A refused dataset leaves the previous one (and its source) in place.
      if (result.accepted) this.source = source === 'demo' ? 'demo' : 'files';
      this.status = result.accepted ? 'ready' : 'refused';
      this.loadMs = performance.now() - t0;
      if (result.accepted) performance.mark('soi:dataset-ready', { detail: { source: this.source, stagesMs: result.ms } });
    } catch (err) {
      this.status = 'failed';
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.progress = null;
    }
  }
}

export const dataset = new DatasetState();
