/** Words of the unit picker and of unit kinds, Vietnamese first: `i18n.m.units`. */
import { translated } from '../translated';

export const units = translated({
  vi: {
    placeholder: 'Gõ tên hoặc mã tổ chức…',
    anyUnit: 'Mọi tổ chức',
    find: 'Tìm nhanh một đơn vị',
    clear: 'Bỏ chọn tổ chức',
    loading: 'Đang tải danh sách tổ chức…',
    noMatch: 'Không có tổ chức nào khớp.',
    more: (n: string) => `… và ${n} tổ chức khác: gõ thêm để thu hẹp.`,
    found: (n: string) => `${n} tổ chức khớp`,
    hint: 'Gõ một phần tên hoặc mã; mũi tên lên, xuống để chọn, Enter để lọc, Esc để đóng.',
    kinds: { cap_tren: 'Đảng bộ cấp trên cơ sở', co_so: 'Tổ chức cơ sở đảng', chi_bo: 'Chi bộ trực thuộc', tap_the: 'Tập thể lãnh đạo, quản lý' }
  },
  en: {
    placeholder: 'Type a unit’s name or id…',
    anyUnit: 'Any unit',
    find: 'Find a unit',
    clear: 'Clear the unit',
    loading: 'Loading the units…',
    noMatch: 'No unit matches.',
    more: (n) => `… and ${n} more: type more to narrow.`,
    found: (n) => `${n} units match`,
    hint: 'Type part of a name or id; up and down arrows to choose, Enter to filter, Esc to close.',
    kinds: { cap_tren: 'Party organisation above grassroots', co_so: 'Grassroots organisation', chi_bo: 'Party cell', tap_the: 'Leadership collective' }
  }
});

export type UnitWords = (typeof units)['vi'];
