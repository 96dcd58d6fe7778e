/** CSV lines as docs/data-format.md wants them: RFC 4180 quoting, CRLF between records, UTF-8, no BOM. */
import type { OutRow, OutValue } from './emit';

export const CSV_EOL = '\r\n';

export function csvValue(v: OutValue | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(columns: readonly string[], row: OutRow): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + csvValue(row[columns[i]]);
  return line + CSV_EOL;
}

export function csvHeader(columns: readonly string[]): string {
  return columns.join(',') + CSV_EOL;
}
