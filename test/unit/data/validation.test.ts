/**
 * Every validation problem on a tiny dataset: the good fixture with one file replaced. Each test
 * asserts where the problem points (file, spreadsheet row, column as written) and that the
 * dataset is refused (error) or accepted (warning).
 */
import { describe, expect, it } from 'vitest';
import { hasErrors, parseDataset, type Problem } from '../../../src/lib/data';
import { errorsOf, goodWith, goodWithout, textFile, warningsOf } from './helpers';

const RATINGS_HEADER = 'year,subject_type,subject_id,unit_id,track,level,self_level,head_id,position_group,score,decided_on';
const ratings = (...lines: string[]) => textFile('ratings.csv', [RATINGS_HEADER, ...lines].join('\n') + '\n');
const DISC_HEADER = 'subject_type,subject_id,decided_on,form,violation_from,violation_to,self_detected,decision_no,reason';
const disciplines = (...lines: string[]) => textFile('disciplines.csv', [DISC_HEADER, ...lines].join('\n') + '\n');

async function problemsWith(...files: Parameters<typeof goodWith>): Promise<Problem[]> {
  return (await parseDataset(await goodWith(...files))).problems;
}

/** The only error of a dataset, checked to be the only one so that no test passes by accident. */
async function onlyError(...files: Parameters<typeof goodWith>): Promise<Problem> {
  const problems = await problemsWith(...files);
  const errors = errorsOf(problems);
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return errors[0];
}

describe('the good fixture', () => {
  it('has no problem at all', async () => {
    expect((await parseDataset(await goodWith())).problems).toEqual([]);
  });
});

describe('errors: the dataset is refused', () => {
  it('missing required table', async () => {
    const { problems } = await parseDataset(await goodWithout('units.csv'));
    expect(errorsOf(problems)).toEqual([expect.objectContaining({ file: 'units.csv', message: expect.stringContaining('missing required table units') })]);
  });

  it('missing required column, naming the unmatched headers as candidates', async () => {
    const e = await onlyError(textFile('people.csv', 'person_id,Tên đầy đủ,birth_year\nP001,Nguyễn Văn An,1975\nP002,B,1980\nP003,C,1990\nP004,D,\nP005,E,\nP006,F,\n'));
    expect(e).toMatchObject({ file: 'people.csv', row: 1, column: 'full_name', found: 'Tên đầy đủ' });
    expect(e.message).toContain('"Tên đầy đủ"');
  });

  it('empty required value', async () => {
    const e = await onlyError(textFile('units.csv', 'unit_id,name,parent_id,kind\nH01,Huyện ủy,,cap_tren\nG01,,H01,co_so\nC01,a,G01,chi_bo\nC02,b,G01,chi_bo\nT01,c,H01,tap_the\n'));
    expect(e).toMatchObject({ file: 'units.csv', row: 3, column: 'name', message: expect.stringContaining('required value is empty') });
  });

  it('unknown level, pointing at the header as written', async () => {
    const e = await onlyError(textFile('ratings.csv', 'Năm,Loại đối tượng,Mã đối tượng,Chi bộ,Xếp loại\n2023,person,P001,C01,HTTNV\n2023,person,P002,C01,Giỏi\n'));
    expect(e).toMatchObject({ file: 'ratings.csv', row: 3, column: 'Xếp loại', found: 'Giỏi', message: expect.stringContaining('unknown level') });
  });

  it('unknown self level', async () => {
    const e = await onlyError(ratings('2023,person,P001,C01,,HTTNV,tốt lắm,,,,'));
    expect(e).toMatchObject({ row: 2, column: 'self_level', found: 'tốt lắm' });
  });

  it('unknown discipline form', async () => {
    const e = await onlyError(disciplines('person,P001,2023-05-01,phê bình,,,,,'));
    expect(e).toMatchObject({ file: 'disciplines.csv', row: 2, column: 'form', found: 'phê bình', message: expect.stringContaining('unknown discipline form') });
  });

  it('unknown unit kind, subject type and track', async () => {
    const kind = await onlyError(textFile('units.csv', 'unit_id,name,parent_id,kind\nH01,Huyện ủy,,cap_tren\nG01,x,H01,co_so\nC01,a,G01,chi_bo\nC02,b,G01,chi bộ\nT01,c,H01,ban\n'));
    expect(kind).toMatchObject({ file: 'units.csv', row: 6, column: 'kind', found: 'ban' });
    const subject = await onlyError(ratings('2023,person,P001,C01,,HTTNV,,,,,', '2023,nhóm,P002,C01,,HTTNV,,,,,'));
    expect(subject).toMatchObject({ row: 3, column: 'subject_type', found: 'nhóm' });
    const track = await onlyError(ratings('2023,person,P001,C01,đoàn viên,HTTNV,,,,,'));
    expect(track).toMatchObject({ row: 2, column: 'track', found: 'đoàn viên' });
  });

  it('bad year: not an integer, or outside 1990–2100', async () => {
    const errors = errorsOf(
      await problemsWith(ratings('1985,person,P001,C01,,HTTNV,,,,,', '2023.5,person,P002,C01,,HTTNV,,,,,', 'năm 2023,person,P003,C02,,HTTNV,,,,,', '2023.0,person,P004,C02,,HTTNV,,,,,'))
    );
    expect(errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, 'year', '1985'],
      [3, 'year', '2023.5'],
      [4, 'year', 'năm 2023']
    ]);
  });

  it('bad date', async () => {
    const errors = errorsOf(await problemsWith(ratings('2023,person,P001,C01,,HTTNV,,,,,2023-02-30', '2023,person,P002,C01,,HTTNV,,,,,hôm qua')));
    expect(errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, 'decided_on', '2023-02-30'],
      [3, 'decided_on', 'hôm qua']
    ]);
  });

  it('bad number: score outside 0–100 or not a number', async () => {
    const errors = errorsOf(await problemsWith(ratings('2025,person,P001,C01,,HTTNV,,,,120,', '2025,person,P002,C01,,HTTNV,,,,tám mươi,', '2025,person,P003,C02,,HTTNV,,,,"70,5",')));
    expect(errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, 'score', '120'],
      [3, 'score', 'tám mươi']
    ]);
  });

  it('duplicate keys name the key and both rows', async () => {
    const unit = await onlyError(textFile('units.csv', 'unit_id,name,parent_id,kind\nH01,Huyện ủy,,cap_tren\nG01,x,H01,co_so\nC01,a,G01,chi_bo\nC02,b,G01,chi_bo\nT01,c,H01,tap_the\nC01,d,G01,chi_bo\n'));
    expect(unit).toMatchObject({ file: 'units.csv', row: 7, column: 'unit_id', found: 'C01' });
    expect(unit.message).toMatch(/rows 4 and 7/);

    const person = await onlyError(textFile('people.csv', 'Số thẻ đảng viên,Họ và tên\nP001,A\nP002,B\nP003,C\nP004,D\nP005,E\nP006,F\nP002,G\n'));
    expect(person).toMatchObject({ file: 'people.csv', row: 8, column: 'Số thẻ đảng viên', found: 'P002' });

    // The same person may have a party_member and a leader row in one year; not two party_member rows.
    const rating = await onlyError(ratings('2023,person,P006,T01,leader,HTTNV,,,,,', '2023,person,P006,C01,,HTTNV,,,,,', '2023,person,P006,C02,party_member,HTNV,,,,,'));
    expect(rating).toMatchObject({ row: 4, column: 'year, subject_type, subject_id, track', found: '2023, person, P006, party_member' });
    expect(rating.message).toMatch(/rows 3 and 4/);

    const review = await onlyError(textFile('reviews.csv', 'person_id,year,text\nP001,2022,a\nP001,2023,b\nP001,2022,c\n'));
    expect(review).toMatchObject({ file: 'reviews.csv', row: 4, column: 'person_id, year', found: 'P001, 2022' });
  });

  it('references that do not exist', async () => {
    const parent = await onlyError(textFile('units.csv', 'unit_id,name,parent_id,kind\nH01,Huyện ủy,,cap_tren\nG01,x,H99,co_so\nC01,a,G01,chi_bo\nC02,b,G01,chi_bo\nT01,c,H01,tap_the\n'));
    expect(parent).toMatchObject({ file: 'units.csv', row: 3, column: 'parent_id', found: 'H99' });

    const errors = errorsOf(
      await problemsWith(
        ratings(
          '2023,person,P999,C01,,HTTNV,,,,,', // unknown person
          '2023,unit,P001,H01,,HTTNV,,,,,', // a person id used as a unit
          '2023,person,P002,C77,,HTTNV,,,,,', // unknown unit_id
          '2023,unit,C01,G01,,HTTNV,,P998,,,' // unknown head
        )
      )
    );
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ['ratings.csv', 2, 'subject_id', 'P999'],
      ['ratings.csv', 3, 'subject_id', 'P001'],
      ['ratings.csv', 4, 'unit_id', 'C77'],
      ['ratings.csv', 5, 'head_id', 'P998']
    ]);

    const review = await onlyError(textFile('reviews.csv', 'person_id,year,text\nP001,2022,a\nP404,2023,b\n'));
    expect(review).toMatchObject({ file: 'reviews.csv', row: 3, column: 'person_id', found: 'P404' });

    const disc = await onlyError(disciplines('unit,G99,2023-05-01,canh_cao,,,,,'));
    expect(disc).toMatchObject({ file: 'disciplines.csv', row: 2, column: 'subject_id', found: 'G99' });
  });

  it('a cycle in parent_id, once per cycle, on its first row', async () => {
    const errors = errorsOf(
      await problemsWith(textFile('units.csv', 'Mã đơn vị,name,Đơn vị cấp trên,kind\nH01,Huyện ủy,,cap_tren\nG01,x,C02,co_so\nC01,a,G01,chi_bo\nC02,b,C01,chi_bo\nT01,c,T01,tap_the\n'))
    );
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ['units.csv', 3, 'Đơn vị cấp trên', 'G01 → C02 → C01'],
      ['units.csv', 6, 'Đơn vị cấp trên', 'T01']
    ]);
    expect(errors[0].message).toContain('G01 → C02 → C01 → G01');
  });

  it('violation_from after violation_to', async () => {
    const e = await onlyError(disciplines('person,P001,2024-05-01,khiển trách,2023,2021,,,'));
    expect(e).toMatchObject({ file: 'disciplines.csv', row: 2, column: 'violation_from', found: '2023', expected: '≤ 2021' });
  });

  it('a person row without its unit; a unit row with a track', async () => {
    const errors = errorsOf(await problemsWith(ratings('2023,person,P001,,,HTTNV,,,,,', '2023,unit,C01,G01,leader,HTTNV,,,,,')));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'unit_id'],
      [3, 'track']
    ]);
  });

  it('a row with too many or too few fields', async () => {
    const errors = errorsOf(await problemsWith(textFile('reviews.csv', 'person_id,year,text\nP001,2022,a,b\nP001,2023\nP002,2023,c,,\n')));
    expect(errors.map((e) => [e.file, e.row, e.found])).toEqual([
      ['reviews.csv', 2, '4'],
      ['reviews.csv', 3, '2']
    ]);
  });

  it('two files for one table, and two headers for one column', async () => {
    const two = await onlyError(textFile('don_vi.csv', 'unit_id,name,parent_id,kind\n'));
    expect(two).toMatchObject({ file: 'don_vi.csv', message: expect.stringContaining('two files for table units') });
    const cols = await onlyError(textFile('reviews.csv', 'person_id,Mã đảng viên,year,text\nP001,P001,2022,a\n'));
    expect(cols).toMatchObject({ file: 'reviews.csv', row: 1, column: 'Mã đảng viên' });
  });

  it('a damaged byte in UTF-8 is an error at its row and column, never mojibake', async () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    const bytes = new Uint8Array([...enc('person_id,year,text\nP001,2022,Bản kiểm điểm năm 2022\nP001,2023,Kh'), 0xc3, 0x28, ...enc('ng có gì mới\n')]);
    const e = await onlyError({ name: 'reviews.csv', bytes });
    expect(e).toMatchObject({ file: 'reviews.csv', row: 3, column: 'text', message: expect.stringContaining('invalid UTF-8') });
  });
});

describe('errors of version 2: placements, not-rated rows, unit changes, discipline systems', () => {
  const UNITS_HEADER = 'unit_id,name,parent_id,kind,Hiệu lực từ,Hiệu lực đến';
  const units = (...lines: string[]) => textFile('units.csv', [UNITS_HEADER, ...lines].join('\n') + '\n');
  /** The good fixture's units, H01 and C02 with the given dates. */
  const datedUnits = (h01: string, c02: string, ...more: string[]) =>
    units(`H01,Huyện ủy,,cap_tren,${h01}`, 'G01,x,H01,co_so,,', 'C01,a,G01,chi_bo,,', `C02,b,G01,chi_bo,${c02}`, 'T01,c,H01,tap_the,,', ...more);

  it('overlapping periods of one unit_id name both rows; periods that follow each other are fine', async () => {
    const fine = await problemsWith(datedUnits(',', ',2022-12-31', 'C02,b mới,G01,chi_bo,2023-01-01,'));
    expect(errorsOf(fine)).toEqual([]);
    const e = await onlyError(datedUnits(',', ',2023-06-30', 'C02,b mới,G01,chi_bo,2023-01-01,'));
    expect(e).toMatchObject({ file: 'units.csv', row: 7, column: 'Hiệu lực từ', found: 'C02' });
    expect(e.message).toContain('dòng 5 (… – 2023-06-30) và dòng 7 (2023-01-01 – …)');
    expect(e.message).toContain('overlapping periods of unit_id C02: rows 5 and 7');
    // A third placement inside the first one's period overlaps it even when the second ended before.
    const inside = errorsOf(await problemsWith(datedUnits(',', '2020-01-01,2030-12-31', 'C02,b2,G01,chi_bo,2021-01-01,2021-12-31', 'C02,b3,G01,chi_bo,2024-01-01,2024-12-31')));
    expect(inside.map((p) => p.row)).toEqual([7, 8]);
  });

  it('joined_on after left_on', async () => {
    const e = await onlyError(textFile('people.csv', 'person_id,full_name,Ngày vào Đảng,Ngày ra khỏi Đảng\nP001,A,2010-05-19,2009-01-01\nP002,B,,\nP003,C,,\nP004,D,,\nP005,E,,\nP006,F,2001-01-01,2020-02-02\n'));
    expect(e).toMatchObject({ file: 'people.csv', row: 2, column: 'Ngày vào Đảng', found: '2010-05-19', expected: '≤ 2009-01-01' });
  });

  it('valid_from after valid_to', async () => {
    const e = await onlyError(datedUnits(',', '2024-01-01,2023-12-31'));
    expect(e).toMatchObject({ file: 'units.csv', row: 5, column: 'Hiệu lực từ', found: '2024-01-01', expected: '≤ 2023-12-31' });
  });

  it('a rating whose unit is not in the tree of its year: person rows by unit_id, unit rows by subject_id', async () => {
    // C02 ceased at the end of 2022; the good fixture rates P004 in C02 in 2023 (row 8) and P005 in 2025 (row 11).
    const errors = errorsOf(await problemsWith(datedUnits(',', ',2022-12-31')));
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ['ratings.csv', 8, 'unit_id', 'C02'],
      ['ratings.csv', 11, 'unit_id', 'C02']
    ]);
    expect(errors[0].message).toContain('không có trong cây tổ chức năm 2023');
    expect(errors[0].message).toContain('not in the tree of 2023');
    // H01 starts in 2024: G01's unit rating in 2023 names it only as unit_id, but its own 2023 unit row (subject G01) stays valid.
    const unitRow = errorsOf(await problemsWith(datedUnits('2024-01-01,', ','), ratings('2023,unit,H01,,,HTTNV,,,,,', '2024,unit,H01,,,HTTNV,,,,,')));
    expect(unitRow.map((e) => [e.row, e.column, e.found])).toEqual([[2, 'subject_id', 'H01']]);
  });

  it('a unit that ceased during the year is still in that year\'s tree', async () => {
    expect(errorsOf(await problemsWith(datedUnits(',', ',2023-03-31')))).toEqual([
      expect.objectContaining({ row: 11, found: 'C02', message: expect.stringContaining('năm 2025') })
    ]);
  });

  it('a parent not in force in a year of its child is a warning: that year the child is a root', async () => {
    const problems = await problemsWith(datedUnits(',2022-12-31', ','));
    expect(errorsOf(problems)).toEqual([]);
    const warnings = warningsOf(problems).filter((p) => p.file === 'units.csv');
    expect(warnings.map((p) => [p.row, p.column, p.found])).toEqual([
      [3, 'parent_id', 'H01'],
      [6, 'parent_id', 'H01']
    ]);
    expect(warnings[0].message).toContain('không có hiệu lực trong năm 2023');
  });

  it('a cycle that exists only in one year is found in that year', async () => {
    const e = await onlyError(
      units('H01,Huyện ủy,,cap_tren,,', 'G01,x,H01,co_so,,2022-12-31', 'G01,x,C01,co_so,2023-01-01,2023-12-31', 'G01,x,H01,co_so,2024-01-01,', 'C01,a,G01,chi_bo,,', 'C02,b,G01,chi_bo,,', 'T01,c,H01,tap_the,,')
    );
    expect(e).toMatchObject({ file: 'units.csv', row: 4, column: 'parent_id', found: 'G01 → C01' });
    expect(e.message).toContain('năm 2023');
  });

  it('a level given together with not_rated; an unknown not-rated reason; neither level nor reason', async () => {
    const header = RATINGS_HEADER + ',Lý do không xếp loại,note';
    const file = (...lines: string[]) => textFile('ratings.csv', [header, ...lines].join('\n') + '\n');
    const errors = errorsOf(await problemsWith(file('2023,person,P001,C01,,HTTNV,,,,,,Miễn đánh giá,', '2023,person,P002,C01,,,,,,,,nghỉ phép,', '2023,person,P003,C02,,,,,,,,,ghi chú')));
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ['ratings.csv', 2, 'level', 'HTTNV'],
      ['ratings.csv', 3, 'Lý do không xếp loại', 'nghỉ phép'],
      ['ratings.csv', 4, 'level', undefined]
    ]);
    expect(errors[0].message).toContain('a level is given together with not_rated');
    expect(errors[1].message).toContain('unknown not-rated reason');
    expect(errors[1].expected).toBe('mien, om_dau, chua_du_thoi_gian, dinh_chi, khac');
    expect(errors[2].message).toContain('required value is empty');
  });

  it('a unit change naming an unknown unit or an unknown kind', async () => {
    const errors = errorsOf(
      await problemsWith(textFile('unit_changes.csv', 'from_unit_id,to_unit_id,effective_on,kind\nC02,C01,2024-01-01,sáp nhập\nC09,C01,2024-01-01,merge\nC02,H77,2024-01-01,merge\nC01,C02,2024-01-01,giải thể\n'))
    );
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ['unit_changes.csv', 5, 'kind', 'giải thể'],
      ['unit_changes.csv', 3, 'from_unit_id', 'C09'],
      ['unit_changes.csv', 4, 'to_unit_id', 'H77']
    ]);
    expect(errors[0].expected).toBe('merge, split, rename, transfer');
  });

  it('a discipline form its system cannot give', async () => {
    const header = DISC_HEADER + ',system';
    const errors = errorsOf(await problemsWith(textFile('disciplines.csv', `${header}\nperson,P001,2024-05-01,Hạ bậc lương,,,,,,đảng\nperson,P002,2024-05-01,khai trừ,,,,,,chính quyền\nperson,P003,2024-05-01,cảnh cáo,,,,,,hội đồng\n`)));
    expect(errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, 'form', 'ha_bac_luong'],
      [3, 'form', 'khai_tru'],
      [4, 'system', 'hội đồng']
    ]);
  });

  it('duplicates of (year, subject_type, subject_id, track) still name both rows', async () => {
    // A not-rated row is a row of its own: rated and not rated in one year is still a duplicate.
    const file = textFile('ratings.csv', `${RATINGS_HEADER},not_rated\n2024,person,P001,C01,,,,,,,,om_dau\n2024,person,P001,C02,party_member,HTTNV,,,,,,\n`);
    const e = await onlyError(file);
    expect(e).toMatchObject({ row: 3, column: 'year, subject_type, subject_id, track', found: '2024, person, P001, party_member' });
  });
});

describe('warnings: the load goes on', () => {
  it('an unknown extra column, an unrecognised file, a review without a rating', async () => {
    const problems = await problemsWith(
      textFile('people.csv', 'person_id,full_name,Quê quán\nP001,A,Hà Nội\nP002,B,\nP003,C,\nP004,D,\nP005,E,\nP006,F,\n'),
      textFile('truth.csv', 'rule,year\n'),
      textFile('README', 'đọc tôi'),
      textFile('.DS_Store', ''),
      textFile('reviews.csv', 'person_id,year,text\nP001,2022,a\nP003,2023,b\n')
    );
    expect(hasErrors(problems)).toBe(false);
    expect(warningsOf(problems).map((p) => [p.file, p.row, p.column])).toEqual([
      ['truth.csv', undefined, undefined],
      ['README', undefined, undefined],
      ['people.csv', 1, 'Quê quán'],
      ['reviews.csv', 3, 'person_id']
    ]);
  });
});
