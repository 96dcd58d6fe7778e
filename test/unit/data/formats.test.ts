/** Problems found in workbooks, Parquet files, zips and review files point where the user can look. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset, parseDataset, TABLE_NAMES } from '../../../src/lib/data';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { parseReviewFileName } from '../../../src/lib/data/review-files';
import { errorsOf, goodWith, goodWithout, textFile, warningsOf } from './helpers';
import { docx, readCsvTables, toParquet, toZip } from './variants';

async function workbook(sheets: Record<string, unknown[][]>, name = 'so_lieu.xlsx') {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow(r);
  }
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

describe('XLSX', () => {
  it('names file, sheet, the sheet row and the header as written; skips title rows above the header', async () => {
    const xlsx = await workbook({
      'Xếp loại': [
        ['KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN'],
        [],
        ['Năm', 'Loại đối tượng', 'Mã đối tượng', 'Chi bộ', 'Mức xếp loại', 'Ngày quyết định'],
        [2023, 'Cá nhân', 'P001', 'C01', 'Hoàn thành tốt nhiệm vụ', new Date(Date.UTC(2023, 11, 4))],
        [2023, 'Cá nhân', 'P002', 'C01', 'Giỏi', 45264],
        [{ formula: '2022+1', result: 2023 }, 'Cá nhân', 'P003', 'C02', { richText: [{ text: 'HT' }, { text: 'NV' }] }, '31/02/2023']
      ]
    });
    const { problems, tables } = await parseDataset(await goodWithout('ratings.csv', 'reviews.csv').then((f) => [...f, xlsx]));
    expect(errorsOf(problems).map((p) => [p.file, p.sheet, p.row, p.column, p.found])).toEqual([
      ['so_lieu.xlsx', 'Xếp loại', 5, 'Mức xếp loại', 'Giỏi'],
      ['so_lieu.xlsx', 'Xếp loại', 6, 'Ngày quyết định', '31/02/2023']
    ]);
    // A date cell, an Excel serial (45264 = 2023-12-04), a formula's result, rich text.
    expect(tables.ratings?.map((r) => [r.year, r.level, r.decided_on])).toEqual([
      [2023, 'HTTNV', '2023-12-04'],
      [2023, null, '2023-12-04'],
      [2023, 'HTNV', null]
    ]);
  });

  it('a workbook named after a table may hold it on a sheet of any name', async () => {
    const csv = readCsvTables(await goodWith()).find((t) => t.name === 'people')!;
    const xlsx = await workbook({ Sheet1: [csv.header, ...csv.rows] }, 'dang_vien.xlsx');
    const { problems, tables } = await parseDataset([...(await goodWithout('people.csv')), xlsx]);
    expect(problems).toEqual([]);
    expect(tables.people).toHaveLength(6);
  });

  it('a header map for one sheet, by "<file>#<sheet>"', async () => {
    const xlsx = await workbook({ 'Đảng viên': [['Mã thẻ', 'Tên gọi'], ['P001', 'A'], ['P002', 'B'], ['P003', 'C'], ['P004', 'D'], ['P005', 'E'], ['P006', 'F']] });
    const files = [...(await goodWithout('people.csv')), xlsx];
    const without = await parseDataset(files);
    expect(errorsOf(without.problems)[0]).toMatchObject({ file: 'so_lieu.xlsx', sheet: 'Đảng viên', row: 1, column: 'person_id', found: 'Mã thẻ | Tên gọi' });
    const mapped = await parseDataset(files, { headerMap: { 'so_lieu.xlsx#Đảng viên': { 'Mã thẻ': 'person_id', 'Tên gọi': 'full_name' } } });
    expect(mapped.problems).toEqual([]);
  });

  it('the same table in a workbook and a CSV is an error', async () => {
    const xlsx = await workbook({ units: [['unit_id', 'name', 'kind'], ['X', 'x', 'co_so']] });
    const e = errorsOf((await parseDataset([...(await goodWith()), xlsx])).problems);
    expect(e).toEqual([expect.objectContaining({ file: 'so_lieu.xlsx', sheet: 'units', message: expect.stringContaining('two files for table units') })]);
  });
});

describe('Parquet', () => {
  it('numbers rows as a CSV of the same table would be', async () => {
    const ratings = readCsvTables(await goodWith()).find((t) => t.name === 'ratings')!;
    ratings.rows[3][5] = 'Giỏi'; // the 4th data row: row 5
    const { problems } = await parseDataset([...(await goodWithout('ratings.csv')), toParquet(ratings)]);
    expect(errorsOf(problems).map((p) => [p.file, p.row, p.column, p.found])).toEqual([['ratings.parquet', 5, 'level', 'Giỏi']]);
  });

  it('reads what DuckDB writes (zstd; DATE, BOOLEAN, INTEGER, DOUBLE columns) back to the same tables', async () => {
    const engine = await createNativeEngine();
    const csv = await parseDataset(await goodWith());
    await loadDataset(engine, csv);
    const dir = mkdtempSync(path.join(tmpdir(), 'soi-parquet-'));
    const files = [];
    const present = await engine.tables();
    for (const t of TABLE_NAMES.filter((t) => present.includes(t))) {
      const file = path.join(dir, `${t}.parquet`);
      const columns = t === 'ratings' ? '* EXCLUDE (rank, self_rank)' : '*';
      await engine.exec(`COPY (SELECT ${columns} FROM ${t}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
      files.push({ name: `${t}.parquet`, bytes: new Uint8Array(readFileSync(file)) });
    }
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
    const parquet = await parseDataset(files);
    expect(parquet.problems).toEqual([]);
    expect(parquet.tables).toEqual(csv.tables);
  });

  it('a damaged Parquet file is an error naming it', async () => {
    const { problems } = await parseDataset([...(await goodWithout('people.csv')), { name: 'people.parquet', bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]) }]);
    expect(errorsOf(problems)[0]).toMatchObject({ file: 'people.parquet', message: expect.stringContaining('cannot read the Parquet file') });
  });
});

describe('zip', () => {
  it('problems name the file inside the zip', async () => {
    const files = (await goodWith(textFile('people.csv', 'person_id,full_name\nP001,A\nP002,B\nP003,C\nP004,D\nP005,E\nP006,\n'))).filter((f) => f.name !== 'README');
    const { problems } = await parseDataset([toZip(files, 'nam_2023'), textFile('ghi_chu.md', '#')]);
    expect(errorsOf(problems).map((p) => [p.file, p.row, p.column])).toEqual([['bo_du_lieu.zip/nam_2023/people.csv', 7, 'full_name']]);
    expect(warningsOf(problems).map((p) => p.file)).toEqual(['ghi_chu.md']);
  });
});

describe('self-reviews as files', () => {
  it('reads the person and year from "<id>_<year>" or "<year>/<id>"', () => {
    expect(parseReviewFileName('P001_2023.docx')).toEqual({ personId: 'P001', year: '2023' });
    expect(parseReviewFileName('kiem_diem/2023/P001.txt')).toEqual({ personId: 'P001', year: '2023' });
    expect(parseReviewFileName('0123_456_2022.docx')).toEqual({ personId: '0123_456', year: '2022' });
    expect(parseReviewFileName('Hướng dẫn.docx')).toBeNull();
  });

  it('merges them into reviews; a duplicate of reviews.csv, an unknown person, an empty review, a bad name are reported', async () => {
    const { problems, tables } = await parseDataset(
      await goodWith(
        docx('P002_2022.docx', 'BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2022\nHoàn thành nhiệm vụ được giao.'),
        docx('P001_2022.docx', 'Bản khác của năm 2022'),
        textFile('2023/P404.txt', 'Không có trong danh sách'),
        textFile('2023/P003.txt', '  \n'),
        docx('Hướng dẫn kiểm điểm.docx', 'Mẫu 02A-HD KĐ.ĐG')
      )
    );
    expect(errorsOf(problems).map((p) => [p.file, p.row, p.message])).toEqual([
      ['2023/P003.txt', undefined, 'bản kiểm điểm trống (empty review)'],
      ['P001_2022.docx', undefined, expect.stringContaining('trùng khóa (person_id, year) = (P001, 2022)')],
      ['2023/P404.txt', undefined, expect.stringContaining('không có đảng viên "P404" trong people.csv')]
    ]);
    expect(errorsOf(problems)[1].message).toContain('reviews.csv dòng 2');
    // P404 has no rating in 2023 either: a warning besides the error.
    expect(warningsOf(problems).map((p) => p.file)).toEqual(['Hướng dẫn kiểm điểm.docx', '2023/P404.txt']);
    expect(tables.reviews?.find((r) => r.person_id === 'P002' && r.year === 2022)?.text).toBe('BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2022\nHoàn thành nhiệm vụ được giao.');
  });
});
