/**
 * The release zip: the built static site with the server configurations beside it, and the guide
 * for IT staff, in one folder named after the version. Any static web server serves `site/` as it
 * is: every page is a folder with its index.html, nothing needs a rewrite rule.
 *
 *   soi-<version>/HUONG-DAN-TRIEN-KHAI.md   the guide (Vietnamese, then English): docs/deploy.md
 *   soi-<version>/VERSION.txt
 *   soi-<version>/site/                     the web root (with web.config for IIS, .htaccess for Apache)
 *   soi-<version>/nginx/soi.conf
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { OFFLINE_LIST } from './offline-list-plugin';

export const GUIDE_NAME = 'HUONG-DAN-TRIEN-KHAI.md';

/** Files placed beside the build: [path in the repository, path in the release folder]. */
export const RELEASE_EXTRAS: readonly (readonly [string, string])[] = [
  ['docs/deploy.md', GUIDE_NAME],
  ['deploy/iis/web.config', 'site/web.config'],
  ['deploy/apache/.htaccess', 'site/.htaccess'],
  ['deploy/nginx/soi.conf', 'nginx/soi.conf']
];

/** `soi-0.1.0-1a2b3c4` (the commit when known; `-dirty` when the tree had uncommitted changes). */
export function releaseName(version: string, commit?: { hash: string; dirty: boolean }): string {
  return ['soi', version, commit?.hash, commit?.dirty ? 'dirty' : undefined].filter(Boolean).join('-');
}

/** Every file under `dir`, relative and '/'-separated, dot files included. */
export function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel))
    .sort()
    .flatMap((name) => {
      const relName = rel ? `${rel}/${name}` : name;
      return statSync(path.join(dir, relName)).isDirectory() ? listFiles(dir, relName) : [relName];
    });
}

/** The page routes of src/routes: '' for the root, 'flags/view' for src/routes/flags/view/+page.svelte. */
export function pageRoutes(routesDir: string): string[] {
  return listFiles(routesDir)
    .filter((f) => f === '+page.svelte' || f.endsWith('/+page.svelte'))
    .map((f) => f.slice(0, -'+page.svelte'.length).replace(/\/$/, ''));
}

/**
 * What a plain file server needs from the built site, as a list of problems (empty: fine): every
 * page as <route>/index.html, the service worker, the manifest, the list of files to cache offline
 * naming only files that exist, among them a duckdb wasm and the demo's index.
 */
export function siteProblems(siteDir: string, routes: readonly string[]): string[] {
  const problems: string[] = [];
  const has = (rel: string) => existsSync(path.join(siteDir, rel));
  for (const route of routes) {
    const page = route ? `${route}/index.html` : 'index.html';
    if (!has(page)) problems.push(`${page}: missing (page /${route ? `${route}/` : ''})`);
  }
  for (const rel of ['service-worker.js', 'manifest.webmanifest', '_app/version.json']) if (!has(rel)) problems.push(`${rel}: missing`);
  if (!has(OFFLINE_LIST)) return [...problems, `${OFFLINE_LIST}: missing`];
  const offline = JSON.parse(readFileSync(path.join(siteDir, OFFLINE_LIST), 'utf8')) as string[];
  for (const rel of offline) if (!has(rel)) problems.push(`${rel}: listed in ${OFFLINE_LIST} but missing`);
  if (!offline.some((f) => /duckdb-eh[^/]*\.wasm$/.test(f))) problems.push(`${OFFLINE_LIST}: no duckdb wasm`);
  if (!offline.includes('demo/index.json')) problems.push(`${OFFLINE_LIST}: no demo/index.json`);
  return problems;
}

/** The zip's bytes: `siteDir` as <name>/site/, `extras` ([absolute source, path in the folder]) beside it. */
export function zipRelease(name: string, siteDir: string, extras: readonly (readonly [string, string])[], versionText: string): Uint8Array {
  const entries: Zippable = {};
  const put = (rel: string, bytes: Uint8Array) => (entries[`${name}/${rel}`] = [bytes, { level: alreadyCompressed(rel) ? 0 : 6 }]);
  for (const rel of listFiles(siteDir)) put(`site/${rel}`, readFileSync(path.join(siteDir, rel)));
  for (const [source, rel] of extras) put(rel, readFileSync(source));
  put('VERSION.txt', new TextEncoder().encode(versionText));
  return zipSync(entries);
}

function alreadyCompressed(rel: string): boolean {
  return /\.(png|ico|zip|gz|br)$/i.test(rel);
}
