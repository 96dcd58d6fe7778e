import { describe, expect, it } from 'vitest';
import { parseDataset, problemsToCsv } from '../../../src/lib/data';
import { parseCsv } from '../../../src/lib/data/csv';
import { goodWith, textFile } from './helpers';

describe('problemsToCsv', () => {
  it('writes a BOM, a header, errors before warnings, and quotes what needs quoting', async () => {
    const { problems } = await parseDataset(
      await goodWith(textFile('ghi chú.txt', 'x'), textFile('units.csv', 'unit_id,name,parent_id,kind\nH01,"Huyện ủy, ""Thường Tín""",,cap_tren\nG01,x,H01,co_so\nC01,a,G01,chi_bo\nC02,b,G01,chi_bo\nT01,c,H01,tập đoàn\n'))
    );
    const csv = problemsToCsv(problems);
    expect(csv.startsWith('\uFEFFseverity,file,sheet,row,column,message,expected,found\r\n')).toBe(true);
    const rows: string[][] = [];
    parseCsv([csv.slice(1)], (f) => rows.push(f));
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['error', 'units.csv', '', '6', 'kind'],
      ['warning', 'ghi chú.txt', '', '', '']
    ]);
    expect(rows[1][7]).toBe('tập đoàn');
  });
});
