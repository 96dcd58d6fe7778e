/**
 * The tree of the rating year, for the checks that walk the hierarchy: a unit's ratings of year Y
 * count where the unit stood in Y, never where it stands today (the July 2025 reorganisation).
 */
import { expect, it } from 'vitest';
import { rule as membersQuota } from '../../../src/lib/rules/quota_excellent_members';
import { rule as unitsQuota } from '../../../src/lib/rules/quota_excellent_units';
import { describeOnEngines, type Fixture, members, placement, quotaCell, unitsByLevel } from './fixture';

// District D (abolished 2025-06-30) over commune X; from 2025-07-01 X is merged into the new commune
// N under the province T, and X's cell X1 moves under N. Commune Y stays, moving from D to T.
const REORGANISED = [
  placement('T', 'cap_tren', null, null, null, 'Tỉnh ủy Bắc Ninh'),
  placement('D', 'cap_tren', 'T', null, '2025-06-30', 'Huyện ủy Tiên Du'),
  placement('X', 'co_so', 'D', null, '2025-06-30', 'Đảng bộ xã Lạc Vệ'),
  placement('X1', 'chi_bo', 'X', null, '2025-06-30', 'Chi bộ thôn Lạc Vệ 1'),
  placement('X1', 'chi_bo', 'N', '2025-07-01', null, 'Chi bộ thôn Lạc Vệ 1'),
  placement('N', 'co_so', 'T', '2025-07-01', null, 'Đảng bộ xã Tân Chi'),
  placement('N1', 'chi_bo', 'N', '2025-07-01', null, 'Chi bộ thôn Tân Chi 1'),
  placement('Y', 'co_so', 'D', null, '2025-06-30', 'Đảng bộ xã Phú Lâm'),
  placement('Y', 'co_so', 'T', '2025-07-01', null, 'Đảng bộ xã Phú Lâm')
];

const UNIT_CHANGES = [
  { from_unit_id: 'X', to_unit_id: 'N', effective_on: '2025-07-01', kind: 'merge', decision_no: '125-QĐ/TU' },
  { from_unit_id: 'D', to_unit_id: 'T', effective_on: '2025-07-01', kind: 'merge', decision_no: '126-QĐ/TU' }
];

describeOnEngines('the tree of the rating year', (h) => {
  it("keeps a 2024 breach of a commune merged in July 2025 that commune's; the merged commune's 2025 quota counts only its 2025 members", async () => {
    const fx: Fixture = {
      units: REORGANISED,
      unit_changes: UNIT_CHANGES,
      ratings: [
        // 2024 in X's cell: 3 excellent against 5 good (60%).
        ...quotaCell(2024, 'X1', 3, 5, ['A', 'B']),
        // 2025, the same cell now under N, and N's own cell: 1 excellent against 6 good (16.7%).
        ...quotaCell(2025, 'X1', 1, 3, ['A', 'B']),
        ...members(2025, 'N1', 'HTTNV', 3, 'E')
      ]
    };
    const flags = await h.flags(membersQuota, fx);
    expect(flags.map((f) => [f.year, f.subject_id])).toEqual([[2024, 'X']]);
    expect(flags[0].message).toContain('Đảng bộ xã Lạc Vệ (X)');
    expect(flags[0].evidence).toContain('HTXSNV: 3');
    // X no longer exists: the flag names the unit that answers for it today.
    expect(flags[0].evidence).toContain('đơn vị này không còn tồn tại, đơn vị kế thừa hiện nay: Đảng bộ xã Tân Chi (N)');
    expect(flags[0].related).toBe('unit:X; successor:N');
  });

  it('compares the children a parent had in the year: a commune moved from the district to the province counts under each in its year', async () => {
    const fx: Fixture = {
      units: [...REORGANISED, placement('Z', 'co_so', 'D', null, null, 'Đảng bộ xã Hoàn Sơn')],
      unit_changes: UNIT_CHANGES,
      ratings: [
        // 2024 under D: X and Y excellent, Z good → 2 against 1.
        ...unitsByLevel(2024, ['X', 'Y', 'Z'], [['HTXSNV', 2], ['HTTNV', 1]]),
        // 2025: Y excellent and N good under T; under today's tree nothing of 2024 is T's.
        ...unitsByLevel(2025, ['Y', 'N'], [['HTXSNV', 1], ['HTTNV', 1]])
      ]
    };
    const flags = await h.flags(unitsQuota, fx);
    expect(flags.map((f) => [f.year, f.subject_id])).toEqual([
      [2024, 'D'],
      [2025, 'T']
    ]);
    expect(flags[0].evidence).toContain('đơn vị HTXSNV: X, Y');
    expect(flags[1].evidence).toContain('đơn vị HTXSNV: Y');
    // The abolished district's flag names the province committee; the province's flag names no successor.
    expect(flags[0].related).toBe('unit:D; unit:X; unit:Y; successor:T');
    expect(flags[1].related).toBe('unit:T; unit:Y');
  });
});
