import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/disciplined_not_downgraded';
import { audit, describeOnEngines, discipline, loadFixture, pm, unit, ur } from './fixture';

const UNITS = [unit('G', 'co_so', null, 'Đảng bộ Cục thuế'), unit('C1', 'chi_bo', 'G', 'Chi bộ Phòng Kiểm tra')];
const PEOPLE = [{ person_id: 'P1', full_name: 'Trần Văn Bình' }];
const reprimand = (decided_on: string, extra = {}) =>
  discipline({ subject_type: 'person', subject_id: 'P1', decided_on, form: 'khien_trach', decision_no: '15-QĐ/UBKTHU', ...extra });

describeOnEngines('disciplined_not_downgraded', (h) => {

  it('flags a member reprimanded in 2021 and still rated HTTNV in 2021', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [pm(2021, 'P1', 'C1', 'HTTNV')],
      disciplines: [reprimand('2021-06-10', { violation_from: 2020, violation_to: 2021 })]
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ year: 2021, subject_type: 'person', subject_id: 'P1', unit_id: 'C1', severity: 'high', score: 3 });
    expect(flags[0].message).toBe(
      'Năm 2021, đồng chí Trần Văn Bình (P1) bị kỷ luật (Quyết định 15-QĐ/UBKTHU ngày 10/06/2021: khiển trách, vi phạm năm 2020–2021) nhưng vẫn được xếp loại HTTNV.'
    );
    expect(flags[0].evidence).toContain('mức xếp loại năm 2021: HTTNV');
  });

  it('flags a self-detected violation in 2021 (QĐ 132) but not in 2024 (QĐ 124 exception)', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      people: PEOPLE,
      ratings: [pm(2021, 'P1', 'C1', 'HTNV'), pm(2024, 'P1', 'C1', 'HTNV')],
      disciplines: [reprimand('2021-03-01', { self_detected: true }), reprimand('2024-03-01', { self_detected: true })]
    });
    expect(flags.map((f) => f.year)).toEqual([2021]);
    expect(flags[0].evidence).toContain('tự phát hiện, khắc phục');
    expect(flags[0].regulation).toContain('Quy định 132-QĐ/TW');
  });

  it('moves the self-detection exception with its parameter', async () => {
    const fx = { units: UNITS, ratings: [pm(2021, 'P1', 'C1', 'HTNV')], disciplines: [reprimand('2021-03-01', { self_detected: true })] };
    expect(await h.flags(rule, fx, { self_detected_from: 2020 })).toEqual([]);
  });

  it('does not flag a rating of KHTNV, a decision of another year, or a leader row', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        pm(2021, 'P1', 'C1', 'KHTNV'),
        pm(2022, 'P2', 'C1', 'HTTNV'),
        pm(2021, 'P3', 'C1', 'HTXSNV', { track: 'leader', position_group: 'g' })
      ],
      disciplines: [
        reprimand('2021-12-30'),
        // Decided in 2023 for a 2022 violation: this rule compares with the 2023 rating (none).
        discipline({ subject_type: 'person', subject_id: 'P2', decided_on: '2023-01-15', form: 'canh_cao', violation_from: 2022 }),
        discipline({ subject_type: 'person', subject_id: 'P3', decided_on: '2021-05-01', form: 'canh_cao' })
      ]
    });
    expect(flags).toEqual([]);
  });

  it('flags a disciplined unit by its own rating, with one flag for two decisions', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [ur(2020, 'G', 'HTXSNV'), pm(2020, 'G', 'C1', 'HTXSNV')],
      disciplines: [
        discipline({ subject_type: 'unit', subject_id: 'G', decided_on: '2020-09-01', form: 'canh_cao', decision_no: '7-QĐ/UBKTTU' }),
        discipline({ subject_type: 'unit', subject_id: 'G', decided_on: '2020-02-01', form: 'khien_trach' })
      ]
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subject_type: 'unit', subject_id: 'G', unit_id: 'G', score: 4 });
    expect(flags[0].message).toContain('Đảng bộ Cục thuế (G) có 2 quyết định kỷ luật');
    expect(flags[0].evidence).toBe(
      'Kỷ luật năm 2020: Quyết định (không ghi số) ngày 01/02/2020: khiển trách, vi phạm năm 2020; Quyết định 7-QĐ/UBKTTU ngày 01/09/2020: cảnh cáo, vi phạm năm 2020; mức xếp loại năm 2020: HTXSNV'
    );
  });

  it('reports "did not run" when disciplines.csv is absent', async () => {
    await loadFixture(h.engine, { units: UNITS, ratings: [pm(2021, 'P1', 'C1', 'HTTNV')] });
    const { flags, outcomes } = await audit(h.engine, rule);
    expect(flags).toEqual([]);
    expect(outcomes).toEqual([{ rule: 'disciplined_not_downgraded', status: 'skipped', reason: expect.stringContaining('disciplines') }]);
  });
});
