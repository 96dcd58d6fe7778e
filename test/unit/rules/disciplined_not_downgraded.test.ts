import { expect, it } from 'vitest';
import { rule } from '../../../src/lib/rules/disciplined_not_downgraded';
import { audit, describeOnEngines, discipline, loadFixture, onlyFlag, pm, unit, ur } from './fixture';

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
    const flag = onlyFlag(flags, { year: 2021, subject_type: 'person', subject_id: 'P1', unit_id: 'C1', severity: 'high', score: 3 });
    expect(flag.message).toBe(
      'Năm 2021, đồng chí Trần Văn Bình (P1) bị kỷ luật (Quyết định 15-QĐ/UBKTHU ngày 10/06/2021: khiển trách, vi phạm năm 2020–2021) nhưng vẫn được xếp loại HTTNV.'
    );
    expect(flag.evidence).toContain('mức xếp loại năm 2021: HTTNV');
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

  it('does not flag a rating of KHTNV, a decision of another year, or a civil-servant row under a party discipline', async () => {
    const flags = await h.flags(rule, {
      units: UNITS,
      ratings: [
        pm(2021, 'P1', 'C1', 'KHTNV'),
        pm(2022, 'P2', 'C1', 'HTTNV'),
        pm(2021, 'P3', 'C1', 'HTXSNV', { track: 'civil_servant' })
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

  it('covers every track the decision bears on: party discipline the member and leader rows, administrative discipline the civil-servant and leader rows', async () => {
    const people = [...PEOPLE, { person_id: 'P2', full_name: 'Ngô Thị Lan' }, { person_id: 'P3', full_name: 'Vũ Đức Hải' }];
    const leader = (id: string, level: Parameters<typeof pm>[3]) => pm(2024, id, 'BGD', level, { track: 'leader', position_group: 'pho_giam_doc' });
    const servant = (id: string, level: Parameters<typeof pm>[3]) => pm(2024, id, 'BGD', level, { track: 'civil_servant' });
    const flags = await h.flags(rule, {
      units: [...UNITS, unit('BGD', 'tap_the', 'G', 'Ban Giám đốc')],
      people,
      ratings: [
        // P1: party discipline; member KHTNV but still HTXSNV as a leader → flagged on the leader row.
        pm(2024, 'P1', 'C1', 'KHTNV'),
        leader('P1', 'HTXSNV'),
        servant('P1', 'HTTNV'),
        // P2: administrative discipline (hạ bậc lương); HTTNV as a civil servant and as a member: the
        // civil-servant row only, and the flag belongs to the unit it was rated in.
        pm(2024, 'P2', 'C1', 'HTTNV'),
        servant('P2', 'HTTNV'),
        // P3: party discipline; HTTNV as a member and as a leader: one flag listing both rows.
        pm(2024, 'P3', 'C1', 'HTTNV'),
        leader('P3', 'HTTNV')
      ],
      disciplines: [
        reprimand('2024-03-01'),
        discipline({ subject_type: 'person', subject_id: 'P2', decided_on: '2024-04-01', form: 'ha_bac_luong', system: 'chinh_quyen', decision_no: '88/QĐ-UBND' }),
        discipline({ subject_type: 'person', subject_id: 'P3', decided_on: '2024-05-01', form: 'khien_trach', decision_no: '21-QĐ/UBKTHU' })
      ]
    });
    expect(flags.map((f) => [f.subject_id, f.unit_id, f.score])).toEqual([
      ['P1', 'BGD', 4],
      ['P2', 'BGD', 3],
      ['P3', 'C1', 3]
    ]);
    expect(flags[0].message).toContain('nhưng vẫn được xếp loại HTXSNV (cán bộ lãnh đạo, quản lý).');
    expect(flags[0].evidence).toContain('mức xếp loại năm 2024: cán bộ lãnh đạo, quản lý: HTXSNV');
    expect(flags[0].evidence).not.toContain('công chức');
    expect(flags[1].message).toContain('nhưng vẫn được xếp loại HTTNV (công chức, viên chức).');
    expect(flags[1].evidence).not.toContain('đảng viên:');
    expect(flags[2].message).toContain('nhưng vẫn được xếp loại HTTNV (đảng viên), HTTNV (cán bộ lãnh đạo, quản lý).');
    // One violation, one case: the decision number leads the flag's records.
    expect(flags.map((f) => f.related)).toEqual(['decision:15-QĐ/UBKTHU; person:P1; unit:BGD', 'decision:88/QĐ-UBND; person:P2; unit:BGD', 'decision:21-QĐ/UBKTHU; person:P3; unit:C1']);
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
    const f = onlyFlag(flags, { subject_type: 'unit', subject_id: 'G', unit_id: 'G', score: 4 });
    expect(f.message).toContain('Đảng bộ Cục thuế (G) có 2 quyết định kỷ luật');
    expect(f.evidence).toBe(
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
