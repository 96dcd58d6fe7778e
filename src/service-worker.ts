/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the site working offline after the first visit: on install it caches every page, script,
 * style, our Web Worker, the one duckdb wasm this browser will run and the demo dataset, then
 * answers from that cache first. A new version on the server installs beside the old one and waits;
 * the page offers to switch (src/lib/ui/UpdateNotice.svelte posts SKIP_WAITING), and the old cache
 * is dropped once the new worker takes over. Nothing but files of this site is ever cached, and
 * requests to any other host are not touched.
 */
import { build, files, prerendered, version, base } from '$service-worker';
import { pickWasm } from './lib/offline/pick-wasm';
import { SKIP_WAITING } from './lib/offline/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `soi-${version}`;
/** Asked of the server every time: how the page and the browser learn that a new version is there. */
const ALWAYS_FROM_SERVER = [`${base}/service-worker.js`, `${base}/_app/version.json`];

async function filesToCache(): Promise<string[]> {
  // The full list of the build (src/build/offline-list-plugin.ts): SvelteKit's `build` lacks the
  // worker, the wasm and the demo.
  const res = await fetch(`${base}/_app/offline.json`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${base}/_app/offline.json: HTTP ${res.status}`);
  const all = new Set<string>([...build, ...files, ...prerendered, ...((await res.json()) as string[]).map((f) => `${base}/${f}`)]);
  for (const path of ALWAYS_FROM_SERVER) all.delete(path);
  return pickWasm([...all], supportsWasmExceptions());
}

/** Whether this browser runs duckdb's EH build (wasm exception handling) rather than the MVP one. */
function supportsWasmExceptions(): boolean {
  // A module whose one function holds `try … catch_all … end`: valid only where exceptions are.
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
  try {
    return WebAssembly.validate(bytes);
  } catch {
    return false;
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // One by one keeps the peak low (the wasm alone is tens of MB); any failure fails the install,
      // so a half-filled cache never serves the site.
      for (const path of await filesToCache()) {
        const res = await fetch(path, { cache: 'no-cache' });
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        await cache.put(path, res);
      }
      // The first install takes over at once (nothing to wait for); a later one waits until the
      // page asks for it, so an open page never runs half old, half new files.
    })()
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('soi-')) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

sw.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || ALWAYS_FROM_SERVER.includes(url.pathname)) return;
  event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = request.mode === 'navigate' ? await cachedPage(cache, url) : await cache.match(request);
  if (cached) return cached;
  const res = await fetch(request);
  // Hashed build files never change: keep one fetched now (the other wasm, say) for next time.
  if (res.ok && url.pathname.startsWith(`${base}/_app/immutable/`)) await cache.put(request, res.clone());
  return res;
}

/** Pages are cached by their path: /unit/?id=… is the /unit/ page, which reads its address itself. */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
  const path = url.pathname;
  return (await cache.match(path)) ?? (path.endsWith('/') ? undefined : await cache.match(`${path}/`));
}
