/**
 * The same dataset, stored the ways real offices store it, gives the same canonical tables and the
 * same audit list: CSV, one XLSX workbook (typed cells, a title row, Vietnamese sheet names), Parquet,
 * a zip, Vietnamese file names + headers + value spellings + DD/MM/YYYY dates, Windows-1258, TCVN3,
 * VNI, and self-reviews as .docx or .txt files. Every variant is generated from the good fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors, loadDataset, parseDataset, type InputFile, type ParsedDataset } from '../../../src/lib/data';
import type { Engine } from '../../../src/lib/engine/types';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { runAudit, type AuditResult } from '../../../src/lib/rules/run-audit';
import { goodWith, textFile } from './helpers';
import { readCsvTables, reviewFiles, toParquet, toTcvn3, toVni, toWindows1258, toXlsx, toZip, vietnamese, writeCsv, type CsvTable } from './variants';

const VI_SHEETS = { units: 'Đơn vị', people: 'Đảng viên', ratings: 'Xếp loại', reviews: 'Bản kiểm điểm', disciplines: 'Kỷ luật' };

async function variants(): Promise<Record<string, InputFile[]>> {
  const csv = await goodWith();
  const tables = readCsvTables(csv);
  const viCsv = (t: CsvTable) => `${vietnamese(t).name}.csv`;
  const vi = (t: CsvTable) => writeCsv(vietnamese(t));
  const reviews = tables.find((t) => t.name === 'reviews')!;
  const withoutReviews = csv.filter((f) => f.name !== 'reviews.csv');
  return {
    xlsx: [await toXlsx(tables, VI_SHEETS, true)],
    parquet: tables.map(toParquet),
    zip: [toZip(csv, 'du_lieu')],
    'vietnamese headers': tables.map((t) => textFile(viCsv(t), vi(t))),
    'windows-1258': tables.map((t) => toWindows1258(viCsv(t), vi(t))),
    tcvn3: tables.map((t) => toTcvn3(viCsv(t), vi(t))),
    vni: tables.map((t) => toVni(viCsv(t), vi(t))),
    'reviews as docx': [...withoutReviews, ...reviewFiles(reviews, 'docx')],
    'reviews as txt in year folders': [...withoutReviews, ...reviewFiles(reviews, 'txt')]
  };
}

/** Tables with rows in key order: review files arrive in file-name order, not reviews.csv's. */
function sorted(tables: ParsedDataset['tables']): ParsedDataset['tables'] {
  return Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, [...rows!].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))]));
}

describe('one dataset in every format', () => {
  let engine: Engine;
  let baseline: ParsedDataset;
  let baselineAudit: AuditResult;
  let all: Record<string, InputFile[]>;

  beforeAll(async () => {
    engine = await createWasmNodeEngine();
    baseline = await parseDataset(await goodWith());
    await loadDataset(engine, baseline);
    baselineAudit = await runAudit(engine);
    all = await variants();
  });
  afterAll(() => engine.close());

  it('the baseline is clean and flags something for the comparison to mean anything', () => {
    expect(baseline.problems).toEqual([]);
    expect(baselineAudit.outcomes.every((o) => o.status === 'ran')).toBe(true);
    expect(new Set(baselineAudit.flags.map((f) => f.rule)).size).toBeGreaterThanOrEqual(6);
    expect(baselineAudit.flags.map((f) => f.rule)).toContain('review_copied_prior_year');
  });

  it.each(['xlsx', 'parquet', 'zip', 'vietnamese headers', 'windows-1258', 'tcvn3', 'vni', 'reviews as docx', 'reviews as txt in year folders'])(
    '%s: identical canonical tables and audit list',
    async (name) => {
      const parsed = await parseDataset(all[name]);
      expect(hasErrors(parsed.problems), JSON.stringify(parsed.problems, null, 1)).toBe(false);
      // The only warnings allowed: an unrelated sheet, and "read as <legacy encoding>".
      for (const w of parsed.problems) expect(w.message).toMatch(/unrecognised sheet|not UTF-8; read as/);
      const legacy = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' }[name];
      if (legacy) expect(parsed.problems.filter((p) => p.found === legacy)).toHaveLength(5);
      if (name === 'xlsx') expect(parsed.problems).toEqual([expect.objectContaining({ file: 'bo_du_lieu.xlsx', sheet: 'Ghi chú' })]);
      expect(sorted(parsed.tables)).toEqual(sorted(baseline.tables));
      await loadDataset(engine, parsed);
      expect((await runAudit(engine)).flags).toEqual(baselineAudit.flags);
    }
  );
});
