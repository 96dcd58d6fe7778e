/** What the page posts to a waiting service worker to make it take over (src/service-worker.ts). */
export const SKIP_WAITING = 'soi:skip-waiting';
