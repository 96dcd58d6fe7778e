import { describe, expect, it } from 'vitest';
import { citation, regulationFor } from '../../../src/lib/domain/regulations';
import { parseDisciplineForm } from '../../../src/lib/domain/disciplines';

describe('regulationFor', () => {
  it.each([
    [2018, 'QD132-HD16'], [2019, 'QD132-HD21'], [2022, 'QD132-HD21'],
    [2023, 'QD124-HD25'], [2024, 'QD124-HD25'], [2025, 'QD366-HD43'], [2031, 'QD366-HD43']
  ])('%i is governed by %s', (year, id) => {
    expect(regulationFor(year).id).toBe(id);
  });

  it('only QĐ 366 years are scored', () => {
    expect(regulationFor(2024).scored).toBe(false);
    expect(regulationFor(2025).scored).toBe(true);
  });

  it('cites regulation, guidance and clause', () => {
    expect(citation(2021, '§2.3.a')).toBe('Quy định 132-QĐ/TW; Hướng dẫn 21-HD/BTCTW (18/10/2019), §2.3.a');
  });
});

describe('parseDisciplineForm', () => {
  it.each([
    ['khien_trach', 'khien_trach'], ['Khiển trách', 'khien_trach'], ['CẢNH CÁO', 'canh_cao'],
    ['Cách chức', 'cach_chuc'], ['khai trừ', 'khai_tru'], ['Giải tán', 'giai_tan'], ['Cảnh cáo'.normalize('NFD'), 'canh_cao'],
    ['Hạ bậc lương', 'ha_bac_luong'], ['GIÁNG CHỨC', 'giang_chuc'], ['Buộc thôi việc', 'buoc_thoi_viec'], ['salary grade reduction', 'ha_bac_luong'], ['demotion', 'giang_chuc']
  ])('maps %j to %s', (raw, form) => {
    expect(parseDisciplineForm(raw)).toEqual({ ok: true, value: form });
  });

  it('refuses an unknown form', () => {
    expect(parseDisciplineForm('phê bình').ok).toBe(false);
  });
});
