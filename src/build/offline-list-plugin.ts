/**
 * Writes `_app/offline.json`: every file of the client build (the pages' chunks, our Web Worker and
 * its duckdb wasm, the demo dataset…), for the service worker to cache on install. SvelteKit's own
 * list for service workers (`$service-worker` `build`) comes from Vite's manifest, which holds
 * neither the worker's output nor assets that plugins emit (the demo), so it cannot make the site
 * work offline by itself.
 */
import type { Plugin } from 'vite';

export const OFFLINE_LIST = '_app/offline.json';

/** Files a browser never asks for: build metadata. */
const NOT_SERVED = /^\.vite\//;

export function offlineListPlugin(): Plugin {
  return {
    name: 'soi-offline-list',
    // After Vite's worker plugin and our demo plugin have added their files to the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (this.environment?.name === 'ssr') return;
      const files = Object.keys(bundle)
        .filter((f) => !NOT_SERVED.test(f))
        .sort();
      this.emitFile({ type: 'asset', fileName: OFFLINE_LIST, source: JSON.stringify(files) });
    }
  };
}
