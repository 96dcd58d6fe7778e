import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/data';
import { COLUMN_ALIASES, foldKey, tableOfFileName } from '../../../src/lib/data/aliases';
import { SCHEMA, TABLE_NAMES } from '../../../src/lib/data/schema';
import { errorsOf, goodWith, goodWithout, textFile } from './helpers';

describe('aliases', () => {
  it('no folded alias names two columns of one table', () => {
    for (const t of TABLE_NAMES) {
      const owner = new Map<string, string>();
      for (const col of SCHEMA[t])
        for (const name of [col.name, ...(COLUMN_ALIASES[t][col.name] ?? [])]) {
          const k = foldKey(name);
          expect(owner.get(k) ?? col.name, `${t}: "${name}"`).toBe(col.name);
          owner.set(k, col.name);
        }
    }
  });

  it('recognises table files by Vietnamese names, in any case, with or without diacritics', () => {
    expect(tableOfFileName('Đơn vị')).toBe('units');
    expect(tableOfFileName('DANG_VIEN')).toBe('people');
    expect(tableOfFileName('xep loai')).toBe('ratings');
    expect(tableOfFileName('Bản kiểm điểm')).toBe('reviews');
    expect(tableOfFileName('ky_luat')).toBe('disciplines');
    expect(tableOfFileName('truth')).toBeUndefined();
  });

  it('reads a dataset written with Vietnamese file names and headers', async () => {
    const files = [
      ...(await goodWithout('units.csv', 'people.csv', 'ratings.csv', 'disciplines.csv')),
      textFile('du_lieu/don_vi.csv', 'Mã đơn vị,Tên đơn vị,Đơn vị cấp trên,Loại\nH01,Huyện ủy,,Cấp trên\nG01,Đảng bộ xã,H01,Cơ sở\nC01,Chi bộ 1,G01,Chi bộ\nC02,Chi bộ 2,G01,chi bộ\nT01,BTV,H01,Tập thể'),
      textFile('du_lieu/dang_vien.csv', 'Số thẻ đảng viên,Họ và tên,Năm sinh,Giới tính\nP001,A,1970,Nam\nP002,B,1980,Nữ\nP003,C,,\nP004,D,,\nP005,E,,\nP006,F,,'),
      textFile('du_lieu/Xếp loại.csv', 'Năm,Đối tượng,Mã đối tượng,Chi bộ,Diện,Xếp loại,Tự nhận xếp loại,Ngày quyết định,Điểm\n2022,Cá nhân,P001,C01,Đảng viên,Hoàn thành tốt nhiệm vụ,Xuất sắc,05/12/2022,\n2022,Tập thể,C01,G01,,HTTNV,,,\n2025,Cá nhân,P006,T01,Cán bộ lãnh đạo quản lý,HTXSNV,,2025-12-03,"92,5"'),
      textFile('du_lieu/ky_luat.csv', 'Loại đối tượng,Mã đối tượng,Ngày quyết định,Hình thức kỷ luật,Tự phát hiện,Số quyết định\nCá nhân,P002,1/6/2023,Cảnh cáo,x,01-QĐ')
    ];
    const { tables, problems } = await parseDataset(files);
    expect(errorsOf(problems)).toEqual([]);
    expect(tables.units?.map((u) => u.kind)).toEqual(['cap_tren', 'co_so', 'chi_bo', 'chi_bo', 'tap_the']);
    expect(tables.people?.slice(0, 2).map((p) => p.gender)).toEqual(['nam', 'nu']);
    expect(tables.ratings?.[0]).toEqual({
      year: 2022, subject_type: 'person', subject_id: 'P001', unit_id: 'C01', track: 'party_member', level: 'HTTNV', self_level: 'HTXSNV',
      head_id: null, position_group: null, score: null, decided_on: '2022-12-05', not_rated: null, note: null, rank: 3, self_rank: 4
    });
    expect(tables.ratings?.[2]).toMatchObject({ track: 'leader', score: 92.5 });
    expect(tables.disciplines?.[0]).toMatchObject({ subject_type: 'person', form: 'canh_cao', decided_on: '2023-06-01', self_detected: true, violation_from: 2023, violation_to: 2023 });
  });

  it('an explicit header map reads headers no alias knows', async () => {
    const people = textFile('people.csv', 'ID thẻ,Tên gọi đầy đủ\nP001,A\nP002,B\nP003,C\nP004,D\nP005,E\nP006,F\n');
    const without = await parseDataset(await goodWith(people));
    expect(errorsOf(without.problems).map((p) => [p.column, p.found])).toEqual([
      ['person_id', 'ID thẻ | Tên gọi đầy đủ'],
      ['full_name', 'ID thẻ | Tên gọi đầy đủ']
    ]);
    const withMap = await parseDataset(await goodWith(people), { headerMap: { 'people.csv': { 'ID thẻ': 'person_id', 'tên gọi đầy đủ': 'full_name' } } });
    expect(withMap.problems).toEqual([]);
    expect(withMap.tables.people?.[0]).toMatchObject({ person_id: 'P001', full_name: 'A' });
  });
});
