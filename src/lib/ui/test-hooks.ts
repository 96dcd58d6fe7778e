/**
 * The one handle the app's page gives to what drives it from outside: the end-to-end tests, the
 * browser benchmarks and the devtools console read `globalThis.soi`, the worker client of the
 * loaded dataset (the data stays in the page; nothing is sent anywhere). Nothing in the app reads
 * it. It is installed by the dataset state when it starts the worker (src/lib/ui/dataset.svelte.ts)
 * and only there; code run in the page by a test names its type:
 *
 *   await page.evaluate(() => (globalThis.soi as SoiTestHooks).query('SELECT count(*) AS n FROM ratings'));
 */
import type { SoiClient } from '../worker/client';

/** What a test or a benchmark may call: SQL on the loaded data, a load of the bundled demo, an audit run. */
export type SoiTestHooks = Pick<SoiClient, 'query' | 'load' | 'audit'>;

declare global {
  /** Set once the app has started its worker; see SoiTestHooks. */
  var soi: SoiTestHooks | undefined;
}

export function installTestHooks(client: SoiTestHooks): void {
  globalThis.soi = client;
}
