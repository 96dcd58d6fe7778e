/** The audit list as flags.csv (docs/data-format.md "The audit list"): RFC 4180, UTF-8 with a byte-order mark for Excel. */
import { FLAG_COLUMNS, type Flag } from '../rules/types';

export const UTF8_BOM = '\uFEFF';

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function flagsToCsv<F extends Flag>(flags: readonly F[], extraColumns: readonly string[] = []): string {
  const cols = [...FLAG_COLUMNS, ...extraColumns];
  const lines = [cols.join(',')];
  for (const f of flags) lines.push(cols.map((c) => csvField((f as unknown as Record<string, unknown>)[c])).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
