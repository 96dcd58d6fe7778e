import { describe, expect, it } from 'vitest';
import { formLabel, kindLabel, labelOf, notRatedText, violationYears } from './labels';

describe('labels from codes', () => {
  it('reads only the table’s own codes: an inherited name is not a label', () => {
    expect(labelOf({ nam: 'nam', nu: 'nữ' }, 'nu')).toBe('nữ');
    expect(labelOf({ nam: 'nam', nu: 'nữ' }, 'constructor')).toBeUndefined();
    expect(labelOf({ nam: 'nam', nu: 'nữ' }, null)).toBeUndefined();
  });

  it('names a unit kind in the language asked, an unknown kind as it is', () => {
    expect(kindLabel('chi_bo', 'vi')).toBe('Chi bộ trực thuộc');
    expect(kindLabel('chi_bo', 'en')).toBe('Party cell');
    expect(kindLabel('to_dang', 'vi')).toBe('to_dang');
    expect(kindLabel(null, 'vi')).toBe('');
  });

  it('says why a subject was not rated, with the row’s note', () => {
    expect(notRatedText('om_dau', null, 'vi')).toBe('Không xếp loại (ốm đau dài ngày, điều trị)');
    expect(notRatedText('mien', 'từ 2023', 'en')).toBe('Not rated (excused from party work and activity: từ 2023)');
    expect(notRatedText('ly_do_moi', null, 'vi')).toBe('Không xếp loại (ly_do_moi)');
    expect(notRatedText(null, undefined, 'en')).toBe('Not rated');
  });

  it('names a discipline form and spans its violation years', () => {
    expect(formLabel('khien_trach', 'vi')).toBe('Khiển trách');
    expect(formLabel('khien_trach', 'en')).toBe('reprimand');
    expect(formLabel('other', 'en')).toBe('other');
    expect(violationYears(2021, 2021)).toBe('2021');
    expect(violationYears(2021, 2023)).toBe('2021–2023');
    expect(violationYears(2021, null)).toBe('2021');
    expect(violationYears(null, null)).toBe('');
  });
});
