/**
 * The audit list as files: the Vietnamese list (CSV, XLSX) an official opens, and flags.csv with
 * its English headers and codes for other programs; each with the flags' decisions. Browser only.
 */
import type { Decision } from '../../review/types';
import type { Flag } from '../../rules/types';
import { flagsToCsv } from '../../export/flags-csv';
import { DECISION_COLUMNS, joinDecisions } from '../../export/join-decisions';
import { VI_COLUMNS, viFlagsToCsv, viRows } from '../../export/flags-vi';
import { downloadText } from '../download';
import { downloadBytes } from './save';

export interface ListToExport {
  flags: readonly Flag[];
  decisions: ReadonlyMap<string, Decision>;
  names: ReadonlyMap<string, string>;
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** The list in Vietnamese, names beside ids. */
export function saveViCsv(list: ListToExport): void {
  downloadText(`soi-canh-bao-${stamp()}.csv`, viFlagsToCsv(viRows(list.flags, list.decisions, list.names)), 'text/csv');
}

/** flags.csv with its English headers and codes. */
export function saveCanonicalCsv(list: ListToExport): void {
  downloadText(`flags-${stamp()}.csv`, flagsToCsv(joinDecisions(list.flags, list.decisions.values()), DECISION_COLUMNS), 'text/csv');
}

/** The Vietnamese list as a workbook (the XLSX writer loads on first use). */
export async function saveViXlsx(list: ListToExport): Promise<void> {
  const { viFlagsToXlsx, XLSX_MIME } = await import('../../export/flags-xlsx');
  downloadBytes(`soi-canh-bao-${stamp()}.xlsx`, await viFlagsToXlsx(VI_COLUMNS, viRows(list.flags, list.decisions, list.names)), XLSX_MIME);
}
