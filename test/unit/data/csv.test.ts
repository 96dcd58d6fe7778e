import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvIssue } from '../../../src/lib/data/csv';
import { decodeChunks } from '../../../src/lib/data/encoding';

function records(bytes: Uint8Array, chunkBytes?: number): { rows: [number, string[]][]; issues: CsvIssue[] } {
  const rows: [number, string[]][] = [];
  const issues: CsvIssue[] = [];
  parseCsv(decodeChunks(bytes, 'utf-8', chunkBytes), (f, r) => rows.push([r, f]), issues);
  return { rows, issues };
}
const enc = (s: string) => new TextEncoder().encode(s);

describe('CSV (RFC 4180)', () => {
  const text = 'a,b,c\r\n"Chi bộ, số 1","nói ""không""","dòng 1\r\ndòng 2"\r\nx,,\r\n';
  const expected: [number, string[]][] = [
    [1, ['a', 'b', 'c']],
    [2, ['Chi bộ, số 1', 'nói "không"', 'dòng 1\r\ndòng 2']],
    [3, ['x', '', '']]
  ];

  it('reads quoted commas, doubled quotes and newlines inside quotes', () => {
    expect(records(enc(text))).toEqual({ rows: expected, issues: [] });
  });

  it('gives the same records whatever the chunk size (UTF-8 split mid-character, CR|LF and "" split across chunks)', () => {
    const bytes = enc(text);
    for (let size = 1; size <= bytes.length; size++) expect(records(bytes, size).rows, `chunk ${size}`).toEqual(expected);
  });

  it('accepts LF, CR and no final line break, and drops a UTF-8 BOM', () => {
    expect(records(enc('\uFEFFa,b\n1,2')).rows).toEqual([[1, ['a', 'b']], [2, ['1', '2']]]);
    expect(records(enc('a,b\r1,2\r')).rows).toEqual([[1, ['a', 'b']], [2, ['1', '2']]]);
    expect(records(enc('a,b\n1,\n')).rows).toEqual([[1, ['a', 'b']], [2, ['1', '']]]);
  });

  it('reports an unterminated quote with its record number, keeping the text', () => {
    const r = records(enc('a,b\n1,"không đóng\n2,3\n'));
    expect(r.rows).toEqual([[1, ['a', 'b']], [2, ['1', 'không đóng\n2,3\n']]]);
    expect(r.issues).toEqual([{ record: 2, field: 1, fatal: true, message: expect.stringContaining('unterminated') }]);
  });

  it('reports text after a closing quote', () => {
    const r = records(enc('a\n"x"y\n'));
    expect(r.rows[1]).toEqual([2, ['xy']]);
    expect(r.issues[0]).toMatchObject({ record: 2 });
  });
});
