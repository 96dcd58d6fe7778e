/**
 * Version 2 of the data contract read with the words users write: unit placements over time,
 * unit changes, membership dates, not-rated rows and administrative discipline, headers and values
 * in Vietnamese; then loaded, a not-rated row has neither level nor rank.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { errorsOf, goodWith, textFile } from './helpers';

const V2_FILES = [
  textFile(
    'units.csv',
    [
      'Mã đơn vị,Tên đơn vị,Đơn vị cấp trên,Loại,Hiệu lực từ,Hiệu lực đến',
      'H01,Huyện ủy Thường Tín,,cap_tren,,30/06/2025',
      'TU,Tỉnh ủy,,cap_tren,,',
      'G01,Đảng bộ xã Văn Bình,H01,co_so,,30/06/2025',
      'G01,Đảng bộ xã Văn Bình,TU,co_so,01/07/2025,',
      'C01,Chi bộ thôn Văn Hội,G01,chi_bo,,',
      'C02,"Chi bộ thôn Đông Cứu, xã Văn Bình",G01,chi_bo,,',
      'T01,Ban Thường vụ Huyện ủy,H01,tap_the,,2025-06-30',
      'T01,Ban Thường vụ Đảng ủy xã,G01,tap_the,2025-07-01,'
    ].join('\n')
  ),
  textFile('Thay đổi tổ chức.csv', 'Đơn vị cũ,Đơn vị mới,Ngày hiệu lực,Hình thức,Số quyết định\nH01,TU,01/07/2025,Sáp nhập,125-QĐ/TU\nG01,G01,2025-07-01,Chuyển trực thuộc,\n'),
  textFile(
    'people.csv',
    'person_id,full_name,Ngày vào Đảng,Ngày ra khỏi Đảng\nP001,A,1998-05-19,\nP002,B,03/02/2010,\nP003,C,,2024-08-01\nP004,D,,\nP005,E,2023-11-07,\nP006,F,,\n'
  ),
  textFile(
    'ratings.csv',
    [
      'year,subject_type,subject_id,unit_id,track,level,Lý do không xếp loại,Ghi chú',
      '2023,person,P001,C01,,HTTNV,,',
      '2023,person,P003,C02,,,Miễn công tác và sinh hoạt đảng,Tuổi cao',
      '2023,person,P005,C02,,,chua_du_thoi_gian,',
      '2024,person,P002,C01,,,Ốm đau,Điều trị dài ngày',
      '2024,person,P004,C02,,,Đình chỉ sinh hoạt,',
      '2024,person,P006,T01,Cán bộ lãnh đạo quản lý,,Khác,Chuyển công tác',
      '2025,person,P001,C01,,HTXSNV,,',
      '2025,person,P004,C02,,,Miễn đánh giá,',
      '2025,person,P006,T01,leader,HTTNV,,'
    ].join('\n')
  ),
  textFile(
    'disciplines.csv',
    [
      'subject_type,subject_id,decided_on,form,Loại kỷ luật,decision_no',
      'person,P002,2023-06-15,Khiển trách,,12-QĐ/UBKT',
      'person,P006,2024-03-01,Hạ bậc lương,,05/QĐ-UBND',
      'person,P006,2024-09-01,Giáng chức,Kỷ luật chính quyền,07/QĐ-UBND',
      'person,P001,2025-02-01,Cảnh cáo,Chính quyền,09/QĐ-UBND',
      'person,P004,2025-03-01,Buộc thôi việc,,11/QĐ-UBND',
      'person,P004,2025-04-01,Khai trừ,Đảng,20-QĐ/UBKT'
    ].join('\n')
  )
];

describe('data contract version 2', () => {
  it('reads placements, changes, membership dates, not-rated rows and administrative discipline under Vietnamese names', async () => {
    const { tables, problems } = await parseDataset(await goodWith(...V2_FILES));
    expect(errorsOf(problems)).toEqual([]);
    expect(tables.units?.filter((u) => u.unit_id === 'G01').map((u) => [u.parent_id, u.valid_from, u.valid_to])).toEqual([
      ['H01', null, '2025-06-30'],
      ['TU', '2025-07-01', null]
    ]);
    expect(tables.unit_changes).toEqual([
      { from_unit_id: 'H01', to_unit_id: 'TU', effective_on: '2025-07-01', kind: 'merge', decision_no: '125-QĐ/TU' },
      { from_unit_id: 'G01', to_unit_id: 'G01', effective_on: '2025-07-01', kind: 'transfer', decision_no: null }
    ]);
    expect(tables.people?.slice(0, 3).map((p) => [p.joined_on, p.left_on])).toEqual([
      ['1998-05-19', null],
      ['2010-02-03', null],
      [null, '2024-08-01']
    ]);
    expect(tables.ratings?.map((r) => [r.year, r.subject_id, r.track, r.level, r.rank, r.not_rated, r.note])).toEqual([
      [2023, 'P001', 'party_member', 'HTTNV', 3, null, null],
      [2023, 'P003', 'party_member', null, null, 'mien', 'Tuổi cao'],
      [2023, 'P005', 'party_member', null, null, 'chua_du_thoi_gian', null],
      [2024, 'P002', 'party_member', null, null, 'om_dau', 'Điều trị dài ngày'],
      [2024, 'P004', 'party_member', null, null, 'dinh_chi', null],
      [2024, 'P006', 'leader', null, null, 'khac', 'Chuyển công tác'],
      [2025, 'P001', 'party_member', 'HTXSNV', 4, null, null],
      [2025, 'P004', 'party_member', null, null, 'mien', null],
      [2025, 'P006', 'leader', 'HTTNV', 3, null, null]
    ]);
    // No system given: the Party's, unless only the administration gives that form.
    expect(tables.disciplines?.map((d) => [d.subject_id, d.form, d.system])).toEqual([
      ['P002', 'khien_trach', 'dang'],
      ['P006', 'ha_bac_luong', 'chinh_quyen'],
      ['P006', 'giang_chuc', 'chinh_quyen'],
      ['P001', 'canh_cao', 'chinh_quyen'],
      ['P004', 'buoc_thoi_viec', 'chinh_quyen'],
      ['P004', 'khai_tru', 'dang']
    ]);
  });

  it('loads a not-rated member instead of refusing the dataset: no level, no rank', async () => {
    const engine = await createWasmNodeEngine();
    const parsed = await parseDataset(await goodWith(...V2_FILES));
    await loadDataset(engine, parsed);
    expect(await engine.query(`SELECT subject_id, level, rank, not_rated FROM ratings WHERE year = 2024 ORDER BY subject_id`)).toEqual([
      { subject_id: 'P002', level: null, rank: null, not_rated: 'om_dau' },
      { subject_id: 'P004', level: null, rank: null, not_rated: 'dinh_chi' },
      { subject_id: 'P006', level: null, rank: null, not_rated: 'khac' }
    ]);
    expect(await engine.query(`SELECT from_unit_id, to_unit_id, effective_on, kind FROM unit_changes ORDER BY 1`)).toEqual([
      { from_unit_id: 'G01', to_unit_id: 'G01', effective_on: '2025-07-01', kind: 'transfer' },
      { from_unit_id: 'H01', to_unit_id: 'TU', effective_on: '2025-07-01', kind: 'merge' }
    ]);
    expect(await engine.query(`SELECT year, path FROM unit_years WHERE unit_id = 'C01' ORDER BY year`)).toEqual([
      { year: 2023, path: ['H01', 'G01', 'C01'] },
      { year: 2024, path: ['H01', 'G01', 'C01'] },
      { year: 2025, path: ['TU', 'G01', 'C01'] }
    ]);
    expect(await engine.query(`SELECT * FROM unit_successors`)).toEqual([{ unit_id: 'H01', successor_id: 'TU' }]);
    // Every check runs on these tables (what each makes of not-rated rows is the checks' own business).
    const { outcomes } = await runAudit(engine);
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    await engine.close();
  });
});
