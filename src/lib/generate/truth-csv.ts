/**
 * The generator's answer key, truth.csv (rule,year,subject_type,subject_id,case): the flags the
 * checks must produce on a generated dataset. Read by `npm run eval` and the notebooks.
 */
import { isBlankRecord, parseCsv, type CsvIssue } from '../data/csv';
import { decodeText } from '../data/encoding';

export const TRUTH_FILE = 'truth.csv';
const TRUTH_COLUMNS = ['rule', 'year', 'subject_type', 'subject_id', 'case'] as const;

export interface TruthRow {
  rule: string;
  year: number;
  subject_type: string;
  subject_id: string;
  /** The generator's note on the planted case, e.g. "4 HTXSNV / 15 HTTNV". */
  case: string;
}

/** truth.csv → rows, or what is wrong with it (record numbers count the header as 1). */
export function parseTruthCsv(bytes: Uint8Array): { rows: TruthRow[]; errors: string[] } {
  const errors: string[] = [];
  const issues: CsvIssue[] = [];
  const rows: TruthRow[] = [];
  let index: Record<string, number> = {};
  parseCsv([decodeText(bytes)], (fields, record) => {
    if (record === 1) {
      index = Object.fromEntries(fields.map((f, i) => [f.trim().replace(/^\uFEFF/, ''), i]));
      for (const c of TRUTH_COLUMNS) if (c !== 'case' && index[c] === undefined) errors.push(`${TRUTH_FILE}: thiếu cột ${c} (missing column)`);
      return;
    }
    if (isBlankRecord(fields) || errors.length) return;
    const get = (c: string) => (index[c] === undefined ? '' : (fields[index[c]] ?? '').trim());
    const year = Number(get('year'));
    if (!Number.isInteger(year)) errors.push(`${TRUTH_FILE} dòng ${record}: năm không hợp lệ "${get('year')}" (bad year)`);
    else rows.push({ rule: get('rule'), year, subject_type: get('subject_type'), subject_id: get('subject_id'), case: get('case') });
  }, issues);
  for (const i of issues) errors.push(`${TRUTH_FILE} dòng ${i.record}: ${i.message}`);
  return { rows, errors };
}
