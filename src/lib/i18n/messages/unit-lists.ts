/** Words of the lists sent to units for explanation, Vietnamese first: `i18n.m.unitLists`. */
import { translated } from '../translated';
export const unitLists = translated({
  vi: {
    title: 'Danh sách gửi đơn vị giải trình',
    help: 'Các cảnh báo đang hiện, chia theo đơn vị; đơn vị điền cột “Giải trình của đơn vị” và “Tài liệu kèm theo” rồi gửi lại.',
    sheets: 'Một tệp Excel, mỗi đơn vị một trang',
    files: 'Mỗi đơn vị một tệp (.zip)',
    import: 'Nhập giải trình đơn vị gửi lại…',
    needName: 'Nhập họ tên người xem xét trước khi nhập giải trình.',
    report: (n: number, changed: number, unknown: number, dup: number) =>
      `Đã ghi ${n} giải trình vào lịch sử${changed ? `, ${changed} về cảnh báo có số liệu đã thay đổi từ khi gửi` : ''}; ${unknown} dòng không khớp cảnh báo nào, ${dup} dòng lặp lại.`,
    unknownRow: (sheet: string, row: number, id: string) => `Trang “${sheet}”, dòng ${row}: không có cảnh báo ${id || '(trống)'}`,
    failed: 'Không đọc được tệp'
  },
  en: {
    title: 'Lists sent to units for explanation',
    help: 'The flags shown, by unit; the unit fills “Giải trình của đơn vị” and “Tài liệu kèm theo” and sends it back.',
    sheets: 'One Excel file, a sheet per unit',
    files: 'One file per unit (.zip)',
    import: 'Load the units’ explanations…',
    needName: 'Enter the reviewer’s name before loading explanations.',
    report: (n: number, changed: number, unknown: number, dup: number) =>
      `${n} explanation${n === 1 ? '' : 's'} recorded${changed ? `, ${changed} on flags whose facts changed since sent` : ''}; ${unknown} row${unknown === 1 ? '' : 's'} matched no flag, ${dup} duplicate${dup === 1 ? '' : 's'}.`,
    unknownRow: (sheet: string, row: number, id: string) => `Sheet “${sheet}”, row ${row}: no flag ${id || '(empty)'}`,
    failed: 'Could not read the file'
  }
});

export type UnitListsWords = (typeof unitLists)['vi'];
