/**
 * CSV cells. A plain RFC 4180 field for the dataset's own CSV (what the generator writes, what the
 * loader reads). For a CSV that users download and open in a spreadsheet (the audit list with its
 * decisions, the problem report, any list of units), cells that open as text, never as a formula
 * (OWASP "CSV Injection"): a text cell beginning with = + - @, a tab or a carriage return gets a
 * leading single quote, which Excel and LibreOffice show as text and do not run. Numbers are numbers
 * and stay as they are.
 */

/** Excel reads a CSV as UTF-8 only when it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** A plain RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet will not evaluate: `'=1+1` for `=1+1`. */
export function inertText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One cell of an exported CSV: a text cell made inert, then quoted as RFC 4180 needs. */
export function inertCsvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  const s = inertText(String(v));
  // A neutralised cell is always quoted, as OWASP advises, so that no reader strips the quote mark.
  return s !== String(v) ? `"${s.replace(/"/g, '""')}"` : csvField(s);
}
