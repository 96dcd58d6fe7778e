/**
 * Notices a new version of the site on the server: the service worker (src/service-worker.ts)
 * installs it in the background and waits; `waiting` is then set, and `apply()` lets it take over
 * and reloads the page on it. The browser looks for a new service worker on every navigation; an
 * open page also asks every hour and whenever it comes back to the front.
 */
import { SKIP_WAITING } from '$lib/offline/messages';

const CHECK_EVERY_MS = 60 * 60 * 1000;

class AppUpdate {
  waiting = $state<ServiceWorker | null>(null);

  /** Call once in the browser. */
  async watch(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    const reg = await sw.ready;
    // A worker that is installed while another one controls this page is a new version.
    const offer = (worker: ServiceWorker | null) => {
      if (worker && sw.controller) this.waiting = worker;
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    const check = () => reg.update().catch(() => undefined); // offline: nothing to learn
    setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  }

  apply(): void {
    if (!this.waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    this.waiting.postMessage(SKIP_WAITING);
  }
}

export const appUpdate = new AppUpdate();
