/**
 * Debian's chromium driven by playwright-core (no browser download), with a fresh profile, and a
 * watch on everything a page does that must not happen: a request to any host but the site's, an
 * uncaught error, a console error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * 'block' (the default) keeps the site's service worker out: what it answers from its cache never
   * reaches page.route, which several tests use to break or alter responses. The release test,
   * which tests the service worker, allows it.
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'soi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    serviceWorkers: options.serviceWorkers ?? 'block',
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN'
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}

export interface Watch {
  /** Every URL requested by the pages and their workers. */
  requests: string[];
  /** Requests to anything but the serving origin (data: and blob: URLs stay in the page). */
  foreign(): string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  watchPage(page: Page): void;
}

export function watch(context: BrowserContext, origin: string): Watch {
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    requests,
    errors,
    foreign: () => requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin),
    watchPage(page) {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // A failed load's message names no URL; its location does (requests from the worker emit no page response).
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}${m.location().url ? ` at ${m.location().url}` : ''}`);
      });
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
    }
  };
}
