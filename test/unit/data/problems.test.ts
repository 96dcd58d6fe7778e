import { describe, expect, it } from 'vitest';
import { parseDataset, problemsToCsv } from '../../../src/lib/data';
import { parseCsv } from '../../../src/lib/data/csv';
import { errorsOf, goodWith, textFile } from './helpers';

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

describe('a header cell deleted above a column that is mostly empty', () => {
  const ratings = (header: string) =>
    textFile(
      'ratings.csv',
      `${header}\n2023,person,P001,C01,party_member,HTTNV,\n2023,person,P002,C01,party_member,HTXSNV,\n2023,person,P003,C01,party_member,HTTNV,\n`
    );

  it('reports the missing column and one row too wide, the others counted, not a follow-on error per cell', async () => {
    // The file's last column (note) is empty in every row, so each row still ends in a blank cell past the short header.
    const { problems } = await parseDataset(await goodWith(ratings('year,subject_type,unit_id,track,level,note')));
    const errors = errorsOf(problems).filter((p) => p.file === 'ratings.csv');
    expect(errors.map((p) => p.message.split(' (')[0])).toEqual([
      'thiếu cột bắt buộc subject_id',
      'dòng có 7 ô nhưng tiêu đề có 6 cột',
      'và 2 dòng khác cũng có 7 ô, không liệt kê; sửa nguyên nhân ở dòng 2 trước'
    ]);
  });

  it('still accepts blank cells past a complete header (an editor’s leftovers)', async () => {
    const { problems } = await parseDataset(await goodWith(ratings('year,subject_type,subject_id,unit_id,track,level')));
    expect(errorsOf(problems).filter((p) => p.file === 'ratings.csv')).toEqual([]);
  });
});
