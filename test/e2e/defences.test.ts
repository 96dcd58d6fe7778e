/**
 * The page's own defences on the built site: index.html carries a strict Content-Security-Policy
 * (no inline script but SvelteKit's own by its hash, requests to this host only, DuckDB's
 * WebAssembly allowed), and going through the pages with the demo loaded meets no violation of it;
 * a stored record that breaks a page shows an error panel on that page, and the others still work.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, type Site } from './site';

let site: Site;

beforeAll(async () => {
  site = await openSite();
  // Every violation of the policy, as the page sees it.
  await site.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
});
afterAll(() => closeSite(site));

const violations = () => site.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('is in the built index.html: scripts by hash, no unsafe-inline script, this host only', () => {
    const html = readFileSync(path.resolve('build/index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    // Scripts from this host, and the page's two inline scripts (the worker's start in <head>,
    // SvelteKit's start-up) each by its exact hash, nothing else.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    expect(inline).toHaveLength(2);
    const [, ...sources] = directive('script-src').split(' ');
    expect(sources.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sources.slice(2).sort()).toEqual(inline.sort());
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(directive('worker-src')).toBe("worker-src 'self'");
  });

  it('is not violated by the pages with the demo loaded and audited', async () => {
    const { page, server, watcher } = site;
    await page.goto(server.url);
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    for (const [name, ready] of [
      ['Danh sách cảnh báo', 'flag-link'],
      ['Xu hướng', 'unit-tree'],
      ['Nạp dữ liệu', ''],
      ['Cài đặt', '']
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name }).click();
      if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 120_000 });
      else await page.waitForLoadState('networkidle');
    }
    expect(await violations()).toEqual([]);
    expect(watcher.errors).toEqual([]);
    expect(watcher.foreign()).toEqual([]);
  });
});

describe('a record that breaks a page', () => {
  it('shows the error panel on that page; the other pages still work', async () => {
    const { page, server, watcher } = site;
    await page.goto(new URL('flags/', server.url).href);
    const workspace = await page.getByTestId('workspace').getAttribute('data-workspace', { timeout: 120_000 });
    // A decision kept from before the import checks (its rule exists no more), in conflict: the
    // audit list names the rule of every conflict.
    await page.evaluate(async (ws) => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const req = indexedDB.open('soi-review', 1);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const at = '2024-12-10T08:00:00.000Z';
      const record = {
        workspace: ws,
        flag_id: 'ffffffffffffffff',
        flag: { flag_id: 'ffffffffffffffff', rule: 'no_such_rule', year: 2023, subject_type: 'person', subject_id: 'X', unit_id: null },
        status: 'confirmed',
        note: '',
        decided_by: 'A',
        decided_at: at,
        history: [{ at, by: 'A', from: 'open', to: 'confirmed', note: '' }],
        conflicts: [{ status: 'dismissed', note: '', decided_by: 'B', decided_at: at }]
      };
      await new Promise((ok, fail) => {
        const tx = db.transaction('decisions', 'readwrite');
        tx.objectStore('decisions').put(record);
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, workspace);
    await page.reload();
    const panel = page.getByTestId('page-failed');
    await panel.waitFor({ timeout: 120_000 });
    expect(await panel.getByRole('heading').textContent()).toBe('Trang này không hiển thị được');
    await site.shot('defences-page-failed');

    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('page-failed').count()).toBe(0);
    expect(watcher.errors).toEqual([]);
  });
});
