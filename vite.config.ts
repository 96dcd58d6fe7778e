import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { demoDataPlugin } from './src/build/demo-data-plugin';
import { earlyWorkerPlugin } from './src/build/early-worker-plugin';
import { offlineListPlugin } from './src/build/offline-list-plugin';

export default defineConfig({
  plugins: [sveltekit(), demoDataPlugin(), offlineListPlugin(), earlyWorkerPlugin()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // expect.poll waits for a condition; its default (1 s) failed at load 3 on two cores, so
          // every poll may wait a minute (a poll that holds returns at once).
          expect: { poll: { timeout: 60_000, interval: 100 } }
        }
      }
    ]
  }
});
