/**
 * The audit list as flags.csv (docs/data-format.md "The audit list"): RFC 4180, UTF-8 with a
 * byte-order mark for Excel; text cells that would start a formula are made inert (data/csv-cells.ts).
 */
import { FLAG_COLUMNS, type Flag } from '../rules/types';
import { inertCsvField, UTF8_BOM } from '../data/csv-cells';

export function flagsToCsv<F extends Flag>(flags: readonly F[], extraColumns: readonly string[] = []): string {
  const cols = [...FLAG_COLUMNS, ...extraColumns];
  const lines = [cols.join(',')];
  for (const f of flags) lines.push(cols.map((c) => inertCsvField((f as unknown as Record<string, unknown>)[c])).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
