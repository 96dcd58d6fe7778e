/**
 * The worker's start written into a built page: after the page's Content-Security-Policy, by the
 * page's own relative path to the site, and allowed by that policy through its exact hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withEarlyWorker } from '../../../src/build/early-worker-plugin';
import { EARLY_WORKER_GLOBAL } from '../../../src/lib/worker/early-worker';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-H9/fyCGA2jlxNxYgnj08lJmV4AgAM55jdVkAVOBMTV0='; style-src 'self' 'unsafe-inline'">`;
const page = (prefix: string) =>
  `<!doctype html><html><head><link rel="icon" href="${prefix}favicon.svg">${CSP}<link rel="modulepreload" href="${prefix}_app/immutable/entry/start.Dpw7.js"></head>` +
  `<body><script>Promise.all([import("${prefix}_app/immutable/entry/start.Dpw7.js"),import("${prefix}_app/immutable/entry/app.Bk.js")])</script></body></html>`;
const WORKER = '_app/immutable/workers/soi.worker-CWJt_nrj.js';

function inserted(html: string): { script: string; policy: string } {
  const script = /<script>(\(\(\)=>\{[^<]*)<\/script>/.exec(html)?.[1];
  const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!script || !policy) throw new Error('no script or no policy');
  return { script, policy };
}

describe('the worker started from a built page', () => {
  it.each([
    ['the site root', './'],
    ['a page one folder down', '../'],
    ['the fallback page (absolute paths)', '/']
  ])('on %s: right after the policy, by the page\'s own path, its hash allowed', (_, prefix) => {
    const html = withEarlyWorker(page(prefix), WORKER);
    const { script, policy } = inserted(html);
    expect(script).toContain(`new Worker(${JSON.stringify(prefix + WORKER)},{type:"module",name:"soi"})`);
    expect(script).toContain(EARLY_WORKER_GLOBAL);
    // The policy keeps SvelteKit's own hash and allows this script by its exact hash.
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-H9/fyCGA2jlxNxYgnj08lJmV4AgAM55jdVkAVOBMTV0=' 'sha256-${hash}';`);
    // After the policy (which governs only what follows it), before any of the app's modules.
    expect(html.indexOf('<script>(()=>')).toBeGreaterThan(html.indexOf('content-security-policy'));
    expect(html.indexOf('<script>(()=>')).toBeLessThan(html.indexOf('modulepreload'));
    // Written once however often the build step runs.
    expect(withEarlyWorker(html, WORKER)).toBe(html);
  });

  it('leaves a page alone that has no policy or no SvelteKit start-up script', () => {
    const noPolicy = page('./').replace(CSP, '');
    expect(withEarlyWorker(noPolicy, WORKER)).toBe(noPolicy);
    const noApp = page('./').replace(/<body>.*<\/body>/, '<body></body>');
    expect(withEarlyWorker(noApp, WORKER)).toBe(noApp);
  });
});
