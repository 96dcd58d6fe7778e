/**
 * Lists sent down to units and brought back: the flags of the audit list (as filtered) grouped by
 * the unit that must explain them, one sheet per unit in one workbook or one workbook per unit
 * (zipped), with two empty columns for the unit to fill; and reading a filled workbook back into
 * explanations, matched to the flags by their id, with what could not be matched said.
 */
import { zipSync } from 'fflate';
import { RULE_TITLES } from '../domain/rule-ids';
import { factsOf } from '../review/entries';
import type { Flag } from '../rules/types';
import { addViSheet, loadExcelJs, workbookBytes } from './flags-xlsx';
import { namedSubject } from './flags-vi';

export const EXPLANATION_COLUMN = 'Giải trình của đơn vị';
export const ATTACHMENTS_COLUMN = 'Tài liệu kèm theo';
export const FLAG_ID_COLUMN = 'Mã cảnh báo';
/** The evidence fingerprint the list was made from: a changed flag is told apart on return. */
export const FACTS_COLUMN = 'Mã số liệu';

export const UNIT_LIST_COLUMNS = [
  'STT',
  FLAG_ID_COLUMN,
  'Nội dung rà soát',
  'Năm',
  'Mã đối tượng',
  'Tên đối tượng',
  'Mã đơn vị',
  'Tên đơn vị',
  'Nội dung cảnh báo',
  'Căn cứ, số liệu',
  FACTS_COLUMN,
  EXPLANATION_COLUMN,
  ATTACHMENTS_COLUMN
] as const;

export interface UnitGroup {
  unit_id: string;
  name: string;
  flags: Flag[];
}

/** The unit a flag is sent to: its unit, else the unit it is about; '' when neither. */
export function unitOf(f: Flag): string {
  return f.unit_id ?? (f.subject_type === 'unit' ? f.subject_id : '');
}

/** Flags grouped by unit, units in order of id, flags in the list's order. */
export function groupByUnit(flags: readonly Flag[], names: ReadonlyMap<string, string>): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const f of flags) {
    const id = unitOf(f);
    const g = groups.get(id) ?? { unit_id: id, name: id ? (names.get(id) ?? id) : 'Chưa rõ đơn vị', flags: [] };
    g.flags.push(f);
    groups.set(id, g);
  }
  return [...groups.values()].sort((a, b) => (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0));
}

export function unitListRows(g: UnitGroup, names: ReadonlyMap<string, string>): (string | number | null)[][] {
  return g.flags.map((f, i) => [
    i + 1,
    f.flag_id,
    RULE_TITLES[f.rule]?.vi ?? f.rule,
    f.year,
    ...namedSubject(f, names),
    f.message,
    f.evidence,
    factsOf(f),
    null, // for the unit to fill
    null
  ]);
}

/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]), unique in the workbook. */
export function sheetName(g: UnitGroup, taken: Set<string>): string {
  const base = `${g.unit_id || 'khac'} ${g.name}`.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** One workbook, one sheet per unit. */
export async function unitListsWorkbook(groups: readonly UnitGroup[], names: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soi';
  const taken = new Set<string>();
  for (const g of groups) addViSheet(wb, sheetName(g, taken), UNIT_LIST_COLUMNS, unitListRows(g, names));
  return workbookBytes(wb);
}

/** One workbook per unit, together in a .zip (one download instead of one per unit). */
export async function unitListsZip(groups: readonly UnitGroup[], names: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const g of groups) files[`${sheetName(g, taken)}.xlsx`] = await unitListsWorkbook([g], names);
  return zipSync(files, { level: 0 });
}

/** One row of a returned list. */
export interface ReturnedRow {
  sheet: string;
  /** 1-based, as Excel numbers it. */
  row: number;
  flag_id: string;
  facts: string;
  unit_id: string;
  text: string;
  attachments: string;
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (typeof v === 'object' && v && 'text' in v) return String((v as { text: unknown }).text);
  return String(v);
};

/** Reads every sheet that has the list's header; rows with nothing in the two unit columns are skipped. */
export async function readReturnedLists(bytes: Uint8Array): Promise<ReturnedRow[]> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: ReturnedRow[] = [];
  wb.eachSheet((ws) => {
    let header = 0;
    const col = new Map<string, number>();
    ws.eachRow((row, n) => {
      const values = (row.values as unknown[]).map(cellText);
      if (!header) {
        if (values.some((v) => v.normalize('NFC').trim() === FLAG_ID_COLUMN)) {
          header = n;
          values.forEach((v, i) => col.set(v.normalize('NFC').trim(), i));
        }
        return;
      }
      const get = (name: string) => (col.has(name) ? (values[col.get(name)!] ?? '').normalize('NFC').trim() : '');
      const text = get(EXPLANATION_COLUMN);
      const attachments = get(ATTACHMENTS_COLUMN);
      if (!text && !attachments) return;
      out.push({ sheet: ws.name, row: n, flag_id: get(FLAG_ID_COLUMN), facts: get(FACTS_COLUMN), unit_id: get('Mã đơn vị'), text, attachments });
    });
  });
  return out;
}

export interface ExplanationMatch {
  matched: { flag: Flag; row: ReturnedRow; changed: boolean }[];
  /** Rows naming no flag of the current audit list. */
  unknown: ReturnedRow[];
  /** Further rows for a flag already matched (the first one is recorded). */
  duplicates: ReturnedRow[];
}

/** Matches returned rows to the flags by id; a flag whose facts differ from the list's is marked changed. */
export function matchExplanations(rows: readonly ReturnedRow[], flags: readonly Flag[]): ExplanationMatch {
  const byId = new Map(flags.map((f) => [f.flag_id, f]));
  const seen = new Set<string>();
  const result: ExplanationMatch = { matched: [], unknown: [], duplicates: [] };
  for (const row of rows) {
    const flag = byId.get(row.flag_id);
    if (!flag) result.unknown.push(row);
    else if (seen.has(flag.flag_id)) result.duplicates.push(row);
    else {
      seen.add(flag.flag_id);
      result.matched.push({ flag, row, changed: !!row.facts && row.facts !== factsOf(flag) });
    }
  }
  return result;
}
