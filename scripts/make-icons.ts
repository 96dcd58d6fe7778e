/**
 * Draws the web app's PNG icons (static/icons/) from static/favicon.svg with the headless Chromium
 * the tests use. The PNGs are committed; run this again only when the SVG changes:
 *   npx tsx scripts/make-icons.ts
 * "maskable" icons are cropped by the platform to a circle or a rounded square: their glyph stays
 * inside the middle 80 % and the colour fills the whole square.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../test/e2e/browser';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'static/icons');
const svg = readFileSync(path.join(ROOT, 'static/favicon.svg'), 'utf8');
// The same glyph on a full square, scaled to 60 % around the centre.
const maskable = svg.replace(/<rect [^>]*\/>/, '<rect width="32" height="32" fill="#9b1c1c"/><g transform="translate(16 16) scale(0.6) translate(-16 -16)">').replace('</svg>', '</g></svg>');

const ICONS: { file: string; size: number; svg: string }[] = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable }
];

const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(path.join(OUT, icon.file), png);
    console.log(`${path.relative(ROOT, path.join(OUT, icon.file))}: ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
