/**
 * A district across the July 2025 reorganisation, for the tree-view tests (counts by hand):
 *
 *   until 2025-06-30                                from 2025-07-01
 *   T  Tỉnh ủy (cap_tren, root)                      T  Tỉnh ủy
 *   └─ H  Huyện ủy (cap_tren; dissolved → T)         ├─ XN Đảng bộ xã Nghĩa Trụ (co_so; XA + XB merged)
 *      ├─ XA Đảng bộ xã Liên Nghĩa (co_so → XN)      │   ├─ CA (moved under XN)
 *      │   └─ CA Chi bộ thôn Đan Nhiễm (chi_bo)      │   └─ CB (moved under XN)
 *      ├─ XB Đảng bộ xã Tân Tiến (co_so → XN)        ├─ S1 Đảng bộ phường Một (co_so; split from XS)
 *      │   └─ CB Chi bộ thôn Tân Hưng (chi_bo)       └─ S2 Đảng bộ phường Hai (co_so; split from XS)
 *      └─ XS Đảng bộ thị trấn (co_so; split → S1, S2)
 *
 * Party-member ratings (HTXSNV / HTTNV): 2023 and 2024 CA 4/10, CB 1/10, XS 1/4 (rated in XS
 * itself); 2025 CA 1/13, CB 1/10, S1 0/3.
 */
import { type Fixture, members, quotaCell, unit } from '../rules/fixture';

const placed = (id: string, kind: string, parent: string | null, name: string, valid_from: string | null, valid_to: string | null) => ({ ...unit(id, kind, parent, name), valid_from, valid_to });

export const REORG: Fixture = {
  units: [
    placed('T', 'cap_tren', null, 'Tỉnh ủy', null, null),
    placed('H', 'cap_tren', 'T', 'Huyện ủy', null, '2025-06-30'),
    placed('XA', 'co_so', 'H', 'Đảng bộ xã Liên Nghĩa', null, '2025-06-30'),
    placed('XB', 'co_so', 'H', 'Đảng bộ xã Tân Tiến', null, '2025-06-30'),
    placed('XS', 'co_so', 'H', 'Đảng bộ thị trấn', null, '2025-06-30'),
    placed('XN', 'co_so', 'T', 'Đảng bộ xã Nghĩa Trụ', '2025-07-01', null),
    placed('S1', 'co_so', 'T', 'Đảng bộ phường Một', '2025-07-01', null),
    placed('S2', 'co_so', 'T', 'Đảng bộ phường Hai', '2025-07-01', null),
    placed('CA', 'chi_bo', 'XA', 'Chi bộ thôn Đan Nhiễm', null, '2025-06-30'),
    placed('CA', 'chi_bo', 'XN', 'Chi bộ thôn Đan Nhiễm', '2025-07-01', null),
    placed('CB', 'chi_bo', 'XB', 'Chi bộ thôn Tân Hưng', null, '2025-06-30'),
    placed('CB', 'chi_bo', 'XN', 'Chi bộ thôn Tân Hưng', '2025-07-01', null)
  ],
  unit_changes: [
    { from_unit_id: 'XA', to_unit_id: 'XN', effective_on: '2025-07-01', kind: 'merge', decision_no: '1245-QĐ/TU' },
    { from_unit_id: 'XB', to_unit_id: 'XN', effective_on: '2025-07-01', kind: 'merge', decision_no: '1245-QĐ/TU' },
    { from_unit_id: 'XS', to_unit_id: 'S1', effective_on: '2025-07-01', kind: 'split', decision_no: '1246-QĐ/TU' },
    { from_unit_id: 'XS', to_unit_id: 'S2', effective_on: '2025-07-01', kind: 'split', decision_no: '1246-QĐ/TU' },
    { from_unit_id: 'H', to_unit_id: 'T', effective_on: '2025-07-01', kind: 'merge', decision_no: '1200-QĐ/TU' },
    { from_unit_id: 'CA', to_unit_id: 'CA', effective_on: '2025-07-01', kind: 'transfer', decision_no: '1245-QĐ/TU' }
  ],
  ratings: [
    ...[2023, 2024].flatMap((y) => [
      ...members(y, 'CA', 'HTXSNV', 4, 'a'),
      ...members(y, 'CA', 'HTTNV', 10, 'b'),
      ...members(y, 'CB', 'HTXSNV', 1, 'c'),
      ...members(y, 'CB', 'HTTNV', 10, 'd'),
      ...members(y, 'XS', 'HTXSNV', 1, 'e'),
      ...members(y, 'XS', 'HTTNV', 4, 'f')
    ]),
    ...quotaCell(2025, 'CA', 1, 13, ['a', 'b']),
    ...quotaCell(2025, 'CB', 1, 10, ['c', 'd']),
    ...members(2025, 'S1', 'HTTNV', 3, 'e')
  ]
};
