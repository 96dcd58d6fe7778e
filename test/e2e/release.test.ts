/**
 * The release as IT staff get it: `npm run package`'s zip (packed from the site already built),
 * unzipped and served by a plain static file server without rewrite rules (python3 -m http.server).
 * Every page answers at its address; the demo loads in Chromium; a new version put on the server is
 * offered and taken; with the server stopped and the browser offline, the pages and the demo load
 * again from the service worker's cache. No request leaves the serving host, no page or console
 * error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDir } from '../../src/build/demo-data-plugin';
import { OFFLINE_LIST } from '../../src/build/offline-list-plugin';
import { GUIDE_NAME, pageRoutes } from '../../src/build/release';
import { expectedCounts, parseShownCount } from './demo-counts';
import { closeSite, openSite, type Site } from './site';
import { startStaticServer } from './static-server';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const ROUTES = pageRoutes(path.resolve('src/routes'));

let work: string;
let zipPath: string;
let release: string;
let site: Site;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'soi-release-'));
  const packed = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/package.ts', '--no-build', '--out', work], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm run package -- --no-build failed:\n${packed.stdout}\n${packed.stderr}`);
  zipPath = packed.stdout.trim().split('\n').at(-1)!;
  const unpacked = path.join(work, 'unpacked');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), bytes);
  }
  const [top, ...others] = readdirSync(unpacked);
  expect(others, 'one folder at the top of the zip').toEqual([]);
  release = path.join(unpacked, top);
  site = await openSite({ start: () => startStaticServer(path.join(release, 'site')), serviceWorkers: 'allow' });
});

afterAll(async () => {
  await closeSite(site);
  if (work) rmSync(work, { recursive: true, force: true });
});

const at = (rel: string) => new URL(rel, site.server.url).href;
const served = (rel: string) => path.join(release, 'site', rel);
/** SvelteKit's version of the build: names the service worker's cache. */
const appVersion = () => (JSON.parse(readFileSync(served('_app/version.json'), 'utf8')) as { version: string }).version;
const cacheNames = () => site.page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('soi-')));
const people = expectedCounts(demoDir()).people;
const shownPeople = async () => parseShownCount((await site.page.getByTestId('dataset-summary').locator('[data-count="people"]').textContent()) ?? '');
const flagTotal = async () => Number(await site.page.getByTestId('flag-count').getAttribute('data-total'));
let flagsOnline = 0;

describe('the release zip on a plain static file server', () => {
  it('is named after the version and holds the site, the server configurations and the bilingual guide', () => {
    expect(path.basename(zipPath)).toMatch(new RegExp(`^soi-${version.replaceAll('.', '\\.')}(-[0-9a-f]{7,})?(-dirty)?\\.zip$`));
    expect(path.basename(release)).toBe(path.basename(zipPath, '.zip'));
    for (const rel of [GUIDE_NAME, 'VERSION.txt', 'site/index.html', 'site/web.config', 'site/.htaccess', 'nginx/soi.conf']) {
      expect(existsSync(path.join(release, rel)), rel).toBe(true);
    }
    expect(readFileSync(path.join(release, 'VERSION.txt'), 'utf8')).toMatch(new RegExp(`^Soi ${version}\n`));
    const guide = readFileSync(path.join(release, GUIDE_NAME), 'utf8');
    expect(guide).toContain('## Tiếng Việt');
    expect(guide).toContain('## English');
    expect(readFileSync(path.join(release, 'site/web.config'), 'utf8')).toContain('<mimeMap fileExtension=".wasm" mimeType="application/wasm" />');
  });

  it('answers every page at its address, and sends the wasm as application/wasm', async () => {
    for (const route of ROUTES) {
      const res = await fetch(at(route ? `${route}/` : ''));
      expect(res.status, `/${route}/`).toBe(200);
      expect(res.headers.get('content-type'), `/${route}/`).toMatch(/^text\/html/);
    }
    const offline = JSON.parse(readFileSync(path.join(release, 'site', OFFLINE_LIST), 'utf8')) as string[];
    const wasm = offline.filter((f) => f.endsWith('.wasm'));
    expect(wasm.length).toBe(2);
    for (const f of wasm) expect((await fetch(at(f), { method: 'HEAD' })).headers.get('content-type')).toBe('application/wasm');
  });

  it('loads the demo and an inner page by its address; the service worker then holds the site', async () => {
    const { page } = site;
    await page.goto(site.server.url);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    expect(await shownPeople()).toBe(people);
    await page.goto(at('flags/'));
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    flagsOnline = await flagTotal();
    expect(flagsOnline).toBeGreaterThan(0);
    // The service worker controls the page once everything is in its cache.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 120_000 });
    expect(await cacheNames()).toEqual([`soi-${appVersion()}`]);
    expect(await page.getByTestId('update-notice').count()).toBe(0);
  });

  it('says so when a new version is on the server, and reloads onto it when asked', async () => {
    const { page } = site;
    // A new release put in place of the old one; here only the version changes.
    const old = appVersion();
    const next = String(Number(old) + 1);
    const sw = readFileSync(served('service-worker.js'), 'utf8');
    expect(sw).toContain(old);
    writeFileSync(served('service-worker.js'), sw.replaceAll(old, next));
    writeFileSync(served('_app/version.json'), JSON.stringify({ version: next }));

    // What the page does every hour and when it comes back to the front.
    await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 120_000 });
    expect(await notice.textContent()).toContain('Đã có phiên bản mới của Soi trên máy chủ');
    await site.shot('release-update-notice');
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), notice.getByRole('button', { name: 'Tải lại để cập nhật' }).click()]);
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    expect(await flagTotal()).toBe(flagsOnline);
    expect(await page.getByTestId('update-notice').count()).toBe(0);
    await expect.poll(cacheNames).toEqual([`soi-${next}`]);
  });

  it('loads the inner page and the demo again with the server stopped and the browser offline', async () => {
    const { page, browser, watcher } = site;
    await site.server.stop();
    await browser.context.setOffline(true);
    expect((await page.reload())?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await page.getByTestId('flag-count').waitFor({ timeout: 240_000 });
    expect(await flagTotal()).toBe(flagsOnline);
    await page.goto(site.server.url);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    expect(await shownPeople()).toBe(people);
    await site.shot('release-offline');

    expect(watcher.foreign()).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
