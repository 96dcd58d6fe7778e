/**
 * A small district for the statistics tests, with every count worked out by hand in the comments
 * (the tests assert those numbers on both engines).
 *
 *   T  Huyện ủy Thanh Hà (cap_tren, root)            R2 Huyện ủy Tứ Kỳ (cap_tren, root)
 *   ├─ B  Ban Thường vụ Huyện ủy (tap_the)            └─ G4 Đảng bộ xã Tân Kỳ (co_so)
 *   ├─ G1 Đảng bộ xã An Lạc (co_so)
 *   │   ├─ C1 Chi bộ Thôn 1 (chi_bo)
 *   │   └─ C2 Chi bộ Thôn 2 (chi_bo)
 *   ├─ G2 Đảng bộ xã Bình Minh (co_so)
 *   │   └─ C3 Chi bộ Thôn 3 (chi_bo)
 *   └─ G3 Đảng bộ Trường THPT Thanh Hà (co_so, no ratings at all)
 *
 * Party-member ratings (HTXSNV / HTTNV / HTNV / KHTNV):
 *   2022  C1 2/8/2/0   C2 1/4/0/1   G1 itself 0/1/0/0 (row without a track)   C3 1/3/1/0   G4 3/5/0/0
 *   2023  C1 3/9/0/0   C3 0/4/2/1
 * Leader ratings (in B): 2022 L1 HTXSNV, L2 HTTNV; 2023 L1 HTXSNV. One civil-servant row (never counted).
 * Unit ratings: 2022 C1 HTXSNV, C2 HTTNV, C3 HTTNV, G1 HTTNV, G2 HTNV; 2023 C1 HTTNV, C3 HTTNV, G1 HTXSNV.
 */
import { type Fixture, members, pm, quotaCell, unit, ur } from '../rules/fixture';

export const DISTRICT: Fixture = {
  units: [
    unit('T', 'cap_tren', null, 'Huyện ủy Thanh Hà'),
    unit('B', 'tap_the', 'T', 'Ban Thường vụ Huyện ủy'),
    unit('G1', 'co_so', 'T', 'Đảng bộ xã An Lạc'),
    unit('C1', 'chi_bo', 'G1', 'Chi bộ Thôn 1'),
    unit('C2', 'chi_bo', 'G1', 'Chi bộ Thôn 2'),
    unit('G2', 'co_so', 'T', 'Đảng bộ xã Bình Minh'),
    unit('C3', 'chi_bo', 'G2', 'Chi bộ Thôn 3'),
    unit('G3', 'co_so', 'T', 'Đảng bộ Trường THPT Thanh Hà'),
    unit('R2', 'cap_tren', null, 'Huyện ủy Tứ Kỳ'),
    unit('G4', 'co_so', 'R2', 'Đảng bộ xã Tân Kỳ')
  ],
  ratings: [
    ...quotaCell(2022, 'C1', 2, 8, ['A', 'B']),
    ...members(2022, 'C1', 'HTNV', 2, 'C'),
    ...quotaCell(2022, 'C2', 1, 4, ['D', 'E']),
    ...members(2022, 'C2', 'KHTNV', 1, 'F'),
    pm(2022, 'G1P', 'G1', 'HTTNV', { track: null }),
    ...quotaCell(2022, 'C3', 1, 3, ['H', 'I']),
    ...members(2022, 'C3', 'HTNV', 1, 'J'),
    ...quotaCell(2022, 'G4', 3, 5, ['K', 'M']),
    ...quotaCell(2023, 'C1', 3, 9, ['A', 'B']),
    ...members(2023, 'C3', 'HTTNV', 4, 'I'),
    ...members(2023, 'C3', 'HTNV', 2, 'J'),
    ...members(2023, 'C3', 'KHTNV', 1, 'N'),
    pm(2022, 'L1', 'B', 'HTXSNV', { track: 'leader', position_group: 'bi_thu' }),
    pm(2022, 'L2', 'B', 'HTTNV', { track: 'leader', position_group: 'pho_bi_thu' }),
    pm(2023, 'L1', 'B', 'HTXSNV', { track: 'leader', position_group: 'bi_thu' }),
    pm(2022, 'A1', 'C1', 'HTXSNV', { track: 'civil_servant' }),
    ur(2022, 'C1', 'HTXSNV'),
    ur(2022, 'C2', 'HTTNV'),
    ur(2022, 'C3', 'HTTNV'),
    ur(2022, 'G1', 'HTTNV'),
    ur(2022, 'G2', 'HTNV'),
    ur(2023, 'C1', 'HTTNV'),
    ur(2023, 'C3', 'HTTNV'),
    ur(2023, 'G1', 'HTXSNV')
  ]
};
