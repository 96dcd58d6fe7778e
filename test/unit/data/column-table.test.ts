/**
 * Parsed tables are held by column (column-table.ts) and written to the engine as canonical CSV
 * pieces straight from the columns (to-engine.ts): every value must come back exactly, whatever
 * its type, however many blocks the column spans and however small the pieces.
 */
import { describe, expect, it } from 'vitest';
import { ColumnTable } from '../../../src/lib/data/column-table';
import { parseCsv } from '../../../src/lib/data/csv';
import { canonicalCsvPieces, columnsOf, loadTable } from '../../../src/lib/data/to-engine';
import type { CanonicalRow } from '../../../src/lib/data/values';
import { withEngine } from '../rules/fixture';

const LONG_REASON = 'Vi phạm quy định về "những điều đảng viên không được làm", ' + 'thiếu trách nhiệm trong quản lý, điều hành; '.repeat(4);

/** Disciplines: text, dates, integers and booleans, with NULLs, quotes, line breaks and accents. */
function disciplineRows(n: number): CanonicalRow[] {
  return Array.from({ length: n }, (_, i) => ({
    subject_type: i % 7 === 0 ? 'unit' : 'person',
    subject_id: `P${i % 1500}`,
    decided_on: `20${18 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
    form: ['khien_trach', 'canh_cao', 'cach_chuc'][i % 3],
    violation_from: i % 5 === 0 ? null : 2018 + (i % 7),
    violation_to: i % 5 === 0 ? null : 2019 + (i % 7),
    self_detected: i % 3 === 0 ? null : i % 2 === 0,
    decision_no: i % 4 === 0 ? null : `${i}-QĐ/UBKT`,
    // Short at first (a dictionary), then one long value turns the column into plain strings.
    reason: i === 20_000 ? LONG_REASON : i % 6 === 0 ? null : `Lý do "${i % 11}"\nđã xét`
 ,
    system: i % 8 === 0 ? 'chinh_quyen' : 'dang'
  }));
}

describe('ColumnTable', () => {
  it('gives back every row as appended, across blocks and after a column turns to plain text', () => {
    const rows = disciplineRows(40_000);
    const table = ColumnTable.fromRows(columnsOf('disciplines'), rows);
    expect(table.length).toBe(40_000);
    expect(table.rows()).toEqual(rows);
    expect(table.get(20_000, 'reason')).toBe(LONG_REASON);
    expect(table.get(3, 'no_such_column')).toBeUndefined();
  });

  it('keeps doubles, -0 and NULL apart, and values of an unexpected type as they are', () => {
    const defs = columnsOf('ratings');
    const rows: CanonicalRow[] = [
      { year: 2023, score: 85.5, subject_id: 'P001' },
      { year: 2024, score: -0, subject_id: null },
      { year: '2025' as unknown as number, score: null, subject_id: 'P001' }
    ];
    const table = ColumnTable.fromRows(defs, rows);
    expect(table.row(0)).toMatchObject({ year: 2023, score: 85.5, subject_id: 'P001', level: null });
    expect(Object.is(table.get(1, 'score'), -0)).toBe(true);
    expect(table.get(1, 'subject_id')).toBeNull();
    // A string in an INTEGER column (rows given by hand) widens the column; earlier values stay numbers.
    expect(table.rows().map((r) => r.year)).toEqual([2023, 2024, '2025']);
  });
});

describe('canonicalCsvPieces', () => {
  it('cuts the CSV into pieces that each carry the header, stay within the size and together hold every row once', () => {
    const rows = disciplineRows(3_000);
    const table = ColumnTable.fromRows(columnsOf('disciplines'), rows);
    const decoder = new TextDecoder();
    const header = columnsOf('disciplines').map((c) => c.name);
    const read: string[][] = [];
    let pieces = 0;
    for (const piece of canonicalCsvPieces(table, 4096)) {
      pieces++;
      // The long reason makes its row larger than a piece: that piece alone may be larger.
      if (!decoder.decode(piece).includes('thiếu trách nhiệm')) expect(piece.length).toBeLessThanOrEqual(4096);
      parseCsv([decoder.decode(piece)], (fields, record) => (record === 1 ? expect(fields).toEqual(header) : read.push(fields)));
    }
    expect(pieces).toBeGreaterThan(20);
    const cell = (v: unknown) => (v === null ? '' : String(v));
    expect(read).toEqual(rows.map((r) => header.map((h) => cell(r[h]))));
  });

  it('never cuts a multi-byte character or a cell at a piece boundary, wherever the boundary falls', () => {
    // Long text (held as plain strings) of 2- and 3-byte UTF-8 characters and a surrogate pair:
    // far more bytes than UTF-16 units, so a piece may have room for the units but not the bytes.
    const rows = Array.from({ length: 40 }, (_, i) => ({ person_id: `P${i}`, year: 2020, text: `Kiểm điểm ${'ệđ'.repeat(30 + (i % 9))} "tự phê bình" 𝔸${i}` }));
    const table = ColumnTable.fromRows(columnsOf('reviews'), rows);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let size = 300; size < 420; size++) {
      const read: string[][] = [];
      for (const piece of canonicalCsvPieces(table, size)) parseCsv([decoder.decode(piece)], (fields, record) => record > 1 && read.push(fields));
      expect(read, `pieces of ${size} bytes`).toEqual(rows.map((r) => [r.person_id, String(r.year), r.text]));
    }
  });
});

describe('loadTable from columns', () => {
  const h = withEngine();

  it('loads the same table from pieces smaller than one row as from one piece', async () => {
    const rows = disciplineRows(25_000).slice(19_990, 20_010);
    const query = 'SELECT subject_id, CAST(decided_on AS VARCHAR) AS decided_on, violation_from, self_detected, decision_no, reason FROM disciplines ORDER BY subject_id, decided_on';
    await loadTable(h.engine, 'disciplines', ColumnTable.fromRows(columnsOf('disciplines'), rows));
    const whole = await h.engine.query(query);
    await loadTable(h.engine, 'disciplines', ColumnTable.fromRows(columnsOf('disciplines'), rows), 64);
    expect(await h.engine.query(query)).toEqual(whole);
    expect(whole).toHaveLength(20);
    expect(whole.map((r) => r.reason)).toContain(LONG_REASON);
  });
});
