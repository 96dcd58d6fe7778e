/**
 * Starts our Web Worker from each built page's <head>, before the app's JavaScript has loaded:
 * the worker fetches and compiles DuckDB's wasm as soon as it runs, so every millisecond it starts
 * earlier is a millisecond off the demo's first load (the app's own start, which used to create
 * it, comes ≈ 0.5 s after the first paint on a busy two-core machine). The page adopts that worker
 * (src/lib/worker/client.ts) or, when there is none or it failed to load, makes its own.
 *
 * The worker's file name carries a content hash known only once the site is built, so the script
 * is written into the prerendered pages after SvelteKit's adapter has written them, with its hash
 * added to the page's Content-Security-Policy (scripts: this host and hashed inline scripts only).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { EARLY_WORKER_GLOBAL } from '../lib/worker/early-worker';
const WORKER_DIR = '_app/immutable/workers';
const WORKER_FILE = /^soi\.worker-[\w-]+\.js$/;
/** SvelteKit's start-up script imports its entry by a path relative to the page (or absolute, in the fallback page). */
const ENTRY_IMPORT = /import\("([^"]*)_app\/immutable\/entry\/start\.[^"]*\.js"\)/;
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The inline script that starts the worker at `href` (relative to the page) and records a failure to load it. */
export function earlyWorkerScript(href: string): string {
  return (
    `(()=>{try{const w=new Worker(${JSON.stringify(href)},{type:"module",name:"soi"});` +
    `w.addEventListener("error",(e)=>{w.soiFailed=e.message||"error"});` +
    `globalThis.${EARLY_WORKER_GLOBAL}=w;performance.mark("soi:worker-created")}catch{}})()`
  );
}

/**
 * A built page with the worker's start added just after its Content-Security-Policy, the script's
 * hash allowed by that policy. Unchanged when the page has no SvelteKit start-up script (nothing
 * would adopt the worker) or already starts it.
 */
export function withEarlyWorker(html: string, workerPath: string): string {
  const entry = ENTRY_IMPORT.exec(html);
  const csp = CSP_META.exec(html);
  if (!entry || !csp || html.includes(EARLY_WORKER_GLOBAL)) return html;
  const script = earlyWorkerScript(entry[1] + workerPath);
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const policy = csp[1].replace(/(script-src [^;]*)/, `$1 ${hash}`);
  if (policy === csp[1]) return html;
  return html.replace(csp[0], `${csp[0].replace(csp[1], policy)}<script>${script}</script>`);
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The prerendered pages as `vite preview` serves them (the adapter copies them to `outDir`). */
const PRERENDERED = '.svelte-kit/output/prerendered/pages';

/** `outDir`: the adapter's output folder (svelte.config.js `pages`). */
export function earlyWorkerPlugin(outDir = 'build'): Plugin {
  return {
    name: 'soi-early-worker',
    closeBundle: {
      // After SvelteKit's own closeBundle, in which the adapter writes the pages.
      order: 'post',
      sequential: true,
      handler() {
        let workers: string[];
        try {
          workers = readdirSync(path.join(outDir, WORKER_DIR)).filter((f) => WORKER_FILE.test(f));
        } catch {
          return; // not the build that writes the site (or not yet written)
        }
        if (workers.length !== 1) return;
        const workerPath = `${WORKER_DIR}/${workers[0]}`;
        for (const file of [outDir, PRERENDERED].flatMap((dir) => htmlFiles(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = withEarlyWorker(html, workerPath);
          if (out !== html) writeFileSync(file, out);
        }
      }
    }
  };
}
