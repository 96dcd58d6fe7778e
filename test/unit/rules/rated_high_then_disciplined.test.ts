import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/rated_high_then_disciplined';
import { describeOnEngines, discipline, onlyFlag, pm, unit, unitYears } from './fixture';

const UNITS = [unit('TU', 'cap_tren', null, 'Thành ủy'), unit('CT', 'co_so', 'TU', 'Đảng ủy Cục thuế'), unit('C1', 'chi_bo', 'CT', 'Chi bộ Phòng 1')];

/** Seed 003: the organisation, rated well through its 2015–2020 term, is disciplined in 2021 for that term. */
const SEED_003 = {
  units: UNITS,
  // 2014–2021.
  ratings: unitYears('CT', 2014, ['HTXSNV', 'HTXSNV', 'HTXSNV', 'HTNV', 'HTXSNV', 'HTXSNV', 'HTTNV', 'HTXSNV']),
  disciplines: [discipline({ subject_type: 'unit', subject_id: 'CT', decided_on: '2021-07-20', form: 'canh_cao', decision_no: '120-QĐ/UBKTTU', violation_from: 2015, violation_to: 2020 })]
};

describeOnEngines('rated_high_then_disciplined', (h) => {

  it('flags every year of the violation period rated HTXSNV or HTTNV, and no year outside it', async () => {
    const flags = await h.flags(rule, SEED_003);
    expect(flags.map((f) => [f.year, f.severity, f.score])).toEqual([
      [2015, 'high', 4],
      [2016, 'high', 4],
      [2018, 'high', 4],
      [2019, 'high', 4],
      [2020, 'medium', 3]
    ]);
    const f2016 = flags[1];
    expect(f2016).toMatchObject({ subject_type: 'unit', subject_id: 'CT', unit_id: 'CT' });
    expect(f2016.message).toBe('Năm 2016, Đảng ủy Cục thuế (CT) được xếp loại HTXSNV, nhưng quyết định kỷ luật ngày 20/07/2021 xác định vi phạm trong năm 2015–2020.');
    expect(f2016.evidence).toContain('Quyết định 120-QĐ/UBKTTU ngày 20/07/2021: cảnh cáo, vi phạm năm 2015–2020');
    expect(flags[4].regulation).toContain('Hướng dẫn 21-HD/BTCTW');
  });

  it('checks lower levels when min_level is lowered', async () => {
    const flags = await h.flags(rule, SEED_003, { min_level: 'HTNV' });
    expect(flags.map((f) => f.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });

  it('ignores a decision of the rated year itself (that is disciplined_not_downgraded) and a period that misses the year', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [pm(2022, 'P1', 'C1', 'HTXSNV'), pm(2021, 'P2', 'C1', 'HTXSNV'), pm(2022, 'P2', 'C1', 'HTTNV')],
      disciplines: [
        discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2022-11-01', form: 'khien_trach', violation_from: 2022 }),
        discipline({ subject_type: 'person', subject_id: 'P2', decided_on: '2024-02-01', form: 'khien_trach', violation_from: 2023, violation_to: 2023 })
      ]
    });
    expect(flags).toEqual([]);
  });

  it('defaults the violation period to the decision year, and merges two decisions covering one year', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: [{ person_id: 'P1', full_name: 'Lê Thị Hoa' }],
      ratings: [pm(2022, 'P1', 'C1', 'HTTNV'), pm(2023, 'P1', 'C1', 'HTTNV'), pm(2022, 'P1', 'CT', 'HTXSNV', { track: 'leader' })],
      disciplines: [
        // No period given: it is the decision year, 2023, not later than the 2023 rating → nothing for 2023.
        discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2023-05-01', form: 'khien_trach' }),
        discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2024-05-01', form: 'canh_cao', violation_from: 2021, violation_to: 2022 }),
        discipline({ subject_type: 'person', subject_id: 'P1', decided_on: '2025-01-10', form: 'cach_chuc', violation_from: 2022 })
      ]
    });
    // The party discipline bears on the leader row too (HTXSNV): one flag for both rows, severity high.
    const f = onlyFlag(flags, { year: 2022, subject_type: 'person', subject_id: 'P1', unit_id: 'C1', severity: 'high', score: 4 });
    expect(f.message).toBe(
      'Năm 2022, đồng chí Lê Thị Hoa (P1) được xếp loại HTTNV (đảng viên), HTXSNV (cán bộ lãnh đạo, quản lý), nhưng 2 quyết định kỷ luật sau đó xác định vi phạm trong năm 2022.'
    );
    expect(f.evidence).toContain('cảnh cáo, vi phạm năm 2021–2022; Quyết định (không ghi số) ngày 10/01/2025: cách chức, vi phạm năm 2022');
  });

  it('covers every track the decision bears on, and honours the self-detected exception from 2023 (QĐ 124)', async () => {
    const later = (id: string, decided_on: string, extra = {}) =>
      discipline({ subject_type: 'person', subject_id: id, decided_on, form: 'khien_trach', violation_from: 2022, violation_to: 2023, ...extra });
    const flags = await h.flags(rule, {
      units: [...UNITS, unit('LD', 'tap_the', 'CT', 'Lãnh đạo Cục thuế')],
      people: [{ person_id: 'P3', full_name: 'Đinh Văn Hùng' }],
      ratings: [
        // P3: rated HTXSNV as a leader and HTNV as a member in 2022 and 2023; a party discipline
        // of 2025 covers both years → the leader rows are flagged.
        pm(2022, 'P3', 'C1', 'HTNV'),
        pm(2022, 'P3', 'LD', 'HTXSNV', { track: 'leader' }),
        pm(2023, 'P3', 'C1', 'HTNV'),
        pm(2023, 'P3', 'LD', 'HTXSNV', { track: 'leader' }),
        // P4: HTTNV as a civil servant, HTNV as a member; an administrative discipline → the civil-servant row.
        pm(2022, 'P4', 'C1', 'HTNV'),
        pm(2022, 'P4', 'LD', 'HTTNV', { track: 'civil_servant' }),
        // P5: HTTNV in 2022 and 2023, self-detected and remedied: 2022 (QĐ 132) still flagged, 2023 not.
        pm(2022, 'P5', 'C1', 'HTTNV'),
        pm(2023, 'P5', 'C1', 'HTTNV')
      ],
      disciplines: [
        later('P3', '2025-03-01'),
        later('P4', '2025-03-01', { form: 'canh_cao', system: 'chinh_quyen', violation_to: 2022 }),
        later('P5', '2025-03-01', { self_detected: true })
      ]
    });
    expect(flags.map((f) => [f.year, f.subject_id, f.unit_id, f.severity])).toEqual([
      [2022, 'P3', 'LD', 'high'],
      [2022, 'P4', 'LD', 'medium'],
      [2022, 'P5', 'C1', 'medium'],
      [2023, 'P3', 'LD', 'high']
    ]);
    expect(flags[0].message).toBe('Năm 2022, đồng chí Đinh Văn Hùng (P3) được xếp loại HTXSNV (cán bộ lãnh đạo, quản lý), nhưng quyết định kỷ luật ngày 01/03/2025 xác định vi phạm trong năm 2022–2023.');
    expect(flags[1].evidence).toContain('Mức xếp loại năm 2022: công chức, viên chức: HTTNV');
  });
});
