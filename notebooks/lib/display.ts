/**
 * Showing results in a notebook (Deno kernel): tables, markdown and SVG charts as Jupyter display
 * bundles. Every bundle has a text/plain part, so a notebook read as text still says something.
 */

type Bundle = Record<string, string>;

interface JupyterApi {
  display(bundle: Bundle, options: { raw: true }): Promise<void>;
}

/** The kernel's display API; none under `deno run`, where reading Deno.jupyter throws. */
function jupyterApi(): JupyterApi | undefined {
  try {
    return (Deno as unknown as { jupyter?: JupyterApi }).jupyter;
  } catch {
    return undefined;
  }
}

async function show(bundle: Bundle): Promise<void> {
  const jupyter = jupyterApi();
  if (!jupyter) {
    // Outside a kernel (deno run): print what a terminal can show.
    console.log(bundle['text/plain']);
    return;
  }
  await jupyter.display(bundle, { raw: true });
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An SVG chart. The SVG goes twice into the bundle: as image/svg+xml, and as text/html because
 * nbconvert's HTML export (6.5 on) passes image/svg+xml through a sanitizer that drops every
 * element inside <svg>; text/html outputs are kept as they are, and Jupyter prefers them.
 */
export async function showSvg(svg: string, alt: string): Promise<void> {
  await show({ 'image/svg+xml': svg, 'text/html': `<figure style="margin:0">${svg}</figure>`, 'text/plain': `[biểu đồ / chart] ${alt}` });
}

export async function showMarkdown(markdown: string): Promise<void> {
  await show({ 'text/markdown': markdown, 'text/plain': markdown });
}

export interface Column<T> {
  key: keyof T & string;
  label: string;
  format?: (value: T[keyof T], row: T) => string;
  /** Numbers align right by default. */
  align?: 'left' | 'right';
}

function cellText<T>(row: T, c: Column<T>): string {
  const v = row[c.key];
  if (c.format) return c.format(v, row);
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

function columnsFor<T extends object>(rows: readonly T[]): Column<T>[] {
  return Object.keys(rows[0] ?? {}).map((k) => ({ key: k as keyof T & string, label: k }));
}

/** A table as HTML and as aligned plain text; `limit` rows at most, with a note of how many more. */
export async function showTable<T extends object>(
  rows: readonly T[],
  columns: Column<T>[] = columnsFor(rows),
  options: { caption?: string; limit?: number } = {}
): Promise<void> {
  if (rows.length === 0) {
    const none = `${options.caption ? `${options.caption}: ` : ''}không có dòng nào (no rows)`;
    await show({ 'text/html': `<p><i>${escapeHtml(none)}</i></p>`, 'text/plain': none });
    return;
  }
  const limit = options.limit ?? 50;
  const shown = rows.slice(0, limit);
  const more = rows.length - shown.length;
  const note = more > 0 ? `… và ${formatNumber(more)} dòng nữa (${formatNumber(more)} more rows)` : '';
  const isRight = (c: Column<T>) => c.align === 'right' || (c.align === undefined && shown.some((r) => typeof r[c.key] === 'number'));
  const texts = shown.map((r) => columns.map((c) => cellText(r, c)));

  const th = columns.map((c) => `<th style="text-align:${isRight(c) ? 'right' : 'left'}">${escapeHtml(c.label)}</th>`).join('');
  const trs = texts
    .map((cells) => `<tr>${cells.map((t, i) => `<td style="text-align:${isRight(columns[i]) ? 'right' : 'left'}">${escapeHtml(t)}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = options.caption ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(options.caption)}</caption>` : '';
  const html = `<table>${caption}<thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>${note ? `<p><i>${escapeHtml(note)}</i></p>` : ''}`;

  const widths = columns.map((c, i) => Math.max(c.label.length, ...texts.map((t) => t[i].length)));
  const line = (cells: string[]) => cells.map((t, i) => (isRight(columns[i]) ? t.padStart(widths[i]) : t.padEnd(widths[i]))).join('  ');
  const plain = [options.caption ?? '', line(columns.map((c) => c.label)), ...texts.map(line), note].filter(Boolean).join('\n');

  await show({ 'text/html': html, 'text/plain': plain });
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3, useGrouping: 'min2' });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** Numbers the Vietnamese way (12.345,5), as the board reads them; years stay 2023 (no grouping under 10 000). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatPercent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '—' : percentFormat.format(share);
}
