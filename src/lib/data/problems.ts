/**
 * What is wrong with a dataset, said so that a user can find it: file, spreadsheet row (header = 1),
 * column as written in the file. Errors stop a load; warnings are shown and the load goes on.
 */
import { inertCsvField, UTF8_BOM } from './csv-cells';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** The sheet, for a table read from a workbook. */
  sheet?: string;
  row?: number;
  column?: string;
  /** Vietnamese first, then English in parentheses. */
  message: string;
  expected?: string;
  found?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Thrown by loadDataset when the dataset has errors; the engine was not touched. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    super(
      `Dữ liệu có ${errors.length} lỗi, chưa nạp (dataset has ${errors.length} error${errors.length === 1 ? '' : 's'}, not loaded)` +
        (first ? `: ${describeProblem(first)}` : '')
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** One line for a terminal or a log: "ratings.csv dòng 5, cột Xếp loại: …". */
export function describeProblem(p: Problem): string {
  const where = [p.sheet ? `${p.file} [${p.sheet}]` : p.file, p.row !== undefined ? `dòng ${p.row}` : '', p.column !== undefined ? `cột ${p.column}` : ''].filter(Boolean).join(', ');
  return `${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} ${where}: ${p.message}`;
}

const PROBLEM_COLUMNS = ['severity', 'file', 'sheet', 'row', 'column', 'message', 'expected', 'found'] as const;

/** The downloadable problem report: RFC 4180 with a BOM (like flags.csv), errors first, then by file and row. */
export function problemsToCsv(problems: readonly Problem[]): string {
  const lines: string[] = [PROBLEM_COLUMNS.join(',')];
  for (const p of sortProblems(problems)) lines.push(PROBLEM_COLUMNS.map((c) => inertCsvField(p[c])).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      ((a.sheet ?? '') < (b.sheet ?? '') ? -1 : (a.sheet ?? '') > (b.sheet ?? '') ? 1 : 0) ||
      (a.row ?? 0) - (b.row ?? 0)
  );
}

/** Problems kept per file and severity; the rest become one line that counts them. */
export const MAX_PROBLEMS_PER_FILE = 500;

/**
 * Keeps the first MAX_PROBLEMS_PER_FILE errors and warnings of each file (by row) and adds, for the
 * rest, one "và N lỗi khác (and N more)" problem: a report a person can read, whatever the file.
 */
export function capProblems(problems: Problem[], max = MAX_PROBLEMS_PER_FILE): void {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(`${p.severity}\u0000${p.file}`, (counts.get(`${p.severity}\u0000${p.file}`) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= max)) return;
  const kept = sortProblems(problems);
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of kept) {
    const key = `${p.severity}\u0000${p.file}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= max) out.push(p);
    else if (n === max + 1) {
      const more = counts.get(key)! - max;
      out.push({
        severity: p.severity,
        file: p.file,
        ...(p.sheet ? { sheet: p.sheet } : {}),
        message:
          p.severity === 'error'
            ? `và ${more} lỗi khác trong tệp này, không liệt kê (and ${more} more errors in this file, not listed)`
            : `và ${more} cảnh báo khác trong tệp này, không liệt kê (and ${more} more warnings in this file, not listed)`,
        found: String(more)
      });
    }
  }
  problems.splice(0, problems.length, ...out);
}
