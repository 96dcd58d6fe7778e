/**
 * The audit list as an official reads it: Vietnamese headers, the names of persons and units beside
 * their ids, checks, severities, statuses and reasons in words. The default of the CSV and XLSX
 * exports; the canonical English-header flags.csv (flags-csv.ts) stays for machines.
 */
import { RULE_TITLES, type Severity } from '../domain/rule-ids';
import { decidingEntry } from '../review/decision';
import { DISMISS_REASON_LABELS, STATUS_LABELS, type Decision } from '../review/types';
import type { Flag } from '../rules/types';
import { inertCsvField, UTF8_BOM } from '../data/csv-cells';

/** The subject and the unit it was rated in, each by id and by name: four cells of both lists. */
export function namedSubject(f: Pick<Flag, 'subject_id' | 'unit_id'>, names: ReadonlyMap<string, string>): string[] {
  return [f.subject_id, names.get(f.subject_id) ?? '', f.unit_id ?? '', f.unit_id ? (names.get(f.unit_id) ?? '') : ''];
}

export const SEVERITY_VI: Record<Severity, string> = { high: 'Cao', medium: 'Trung bình', low: 'Thấp' };
export const SUBJECT_TYPE_VI: Record<Flag['subject_type'], string> = { person: 'Cá nhân', unit: 'Tổ chức', group: 'Nhóm chức danh' };

/** Columns in order: header, and how a flag (with its decision, names by id) fills the cell. */
export const VI_COLUMNS = [
  'Mã cảnh báo',
  'Nội dung rà soát',
  'Mã nội dung rà soát',
  'Mức độ',
  'Năm',
  'Loại đối tượng',
  'Mã đối tượng',
  'Tên đối tượng',
  'Mã đơn vị',
  'Tên đơn vị',
  'Chỉ số',
  'Căn cứ quy định',
  'Nội dung cảnh báo',
  'Căn cứ, số liệu',
  'Liên quan',
  'Kết quả xem xét',
  'Lý do',
  'Ghi chú',
  'Người xem xét',
  'Thời điểm xem xét'
] as const;

export type ViRow = (string | number | null)[];

/** A time as dd/mm/yyyy hh:mm in Vietnam's time (UTC+7), the form officials write. */
export function viStamp(iso: string): string {
  if (!iso) return '';
  const t = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}

/** One row per flag, in the flags' order; a flag nobody decided reads "Chưa xem xét". */
export function viRows(flags: readonly Flag[], decisions: ReadonlyMap<string, Decision>, names: ReadonlyMap<string, string>): ViRow[] {
  return flags.map((f) => {
    const d = decisions.get(f.flag_id);
    const reason = d && decidingEntry(d)?.reason;
    return [
      f.flag_id,
      RULE_TITLES[f.rule]?.vi ?? f.rule,
      f.rule,
      SEVERITY_VI[f.severity] ?? f.severity,
      f.year,
      SUBJECT_TYPE_VI[f.subject_type] ?? f.subject_type,
      ...namedSubject(f, names),
      f.score,
      f.regulation,
      f.message,
      f.evidence,
      (f as Flag & { related?: string }).related ?? '',
      STATUS_LABELS[d?.status ?? 'open'].vi,
      reason ? DISMISS_REASON_LABELS[reason].vi : '',
      d?.note ?? '',
      d?.decided_by ?? '',
      d ? viStamp(d.decided_at) : ''
    ];
  });
}

/** The Vietnamese audit list as CSV: UTF-8 with BOM for Excel, RFC 4180, no cell that a spreadsheet would run as a formula. */
export function viFlagsToCsv(rows: readonly ViRow[]): string {
  const lines = [VI_COLUMNS.map(inertCsvField).join(',')];
  for (const r of rows) lines.push(r.map(inertCsvField).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
