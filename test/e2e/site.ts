/**
 * What every end-to-end file starts from: the built site served by `vite preview` (or another server
 * of the same shape), a fresh headless Chromium on it whose page is watched (page errors, console
 * errors, failed responses, requests to another host), and the screenshots folder. One way to open
 * and close it, so the files differ only in what they test.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, watch, type Browser, type LaunchOptions, type Watch } from './browser';
import { startPreview, type PreviewServer } from './preview-server';

const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface Site {
  server: PreviewServer;
  browser: Browser;
  watcher: Watch;
  page: Page;
  /** A full-page screenshot, test-results/screenshots/<name>.png, for a reviewer to look at. */
  shot(name: string): Promise<Buffer>;
}

export interface OpenOptions extends LaunchOptions {
  /** Another server than `vite preview` of build/ (the release test's plain file server). */
  start?: () => Promise<PreviewServer>;
}

export async function openSite(options: OpenOptions = {}): Promise<Site> {
  const server = await (options.start ?? startPreview)();
  const browser = await launchBrowser(options);
  const watcher = watch(browser.context, new URL(server.url).origin);
  // Every wait, click and navigation of Playwright may take two minutes (its default is 30 s): on
  // a loaded two-core machine loading the demo and running the checks takes that long.
  browser.context.setDefaultTimeout(120_000);
  browser.context.setDefaultNavigationTimeout(120_000);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  watcher.watchPage(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { server, browser, watcher, page, shot: (name) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }) };
}

export async function closeSite(site: Site | undefined): Promise<void> {
  await site?.browser.close();
  await site?.server.stop();
}

/** A temporary copy of a dataset folder with one file's text changed by `edit` (the caller removes it). */
export function editedCopy(source: string, prefix: string, file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const f of readdirSync(source)) copyFileSync(path.join(source, f), path.join(dir, f));
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(source, file), 'utf8')));
  return dir;
}
