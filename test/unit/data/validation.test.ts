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
