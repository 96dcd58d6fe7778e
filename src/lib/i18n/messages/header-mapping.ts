/** Words of the Load data page's header mapping, Vietnamese first: `i18n.m.headerMapping`. */
import { translated } from '../translated';

export const headerMapping = translated({
  vi: {
    mappingTitle: 'Ghép các cột chưa nhận ra',
    mappingIntro:
      'Một số tiêu đề cột không khớp với tên cột nào đã biết. Hãy chọn cột tương ứng cho từng tiêu đề (hoặc bỏ qua cột đó), rồi nạp lại chính các tệp đã chọn. Lựa chọn được ghi nhớ trên máy này cho các lần nạp sau.',
    sourceLegend: (file: string, table: string) => `${file} — bảng ${table}`,
    headerLabel: (header: string) => `Tiêu đề “${header}”`,
    notChosen: '— chưa chọn —',
    ignoreColumn: 'Bỏ qua cột này',
    required: 'bắt buộc, đang thiếu',
    apply: 'Áp dụng và nạp lại',
    applyNothing: 'Chọn ít nhất một cột để áp dụng.',
    rememberedTitle: 'Ánh xạ tiêu đề đã ghi nhớ',
    rememberedUsed: 'Lần nạp này đã dùng các ánh xạ đã ghi nhớ:',
    rememberedOther: 'Các ánh xạ khác đã ghi nhớ:',
    ignored: 'bỏ qua',
    forgetOne: (header: string) => `Quên ánh xạ “${header}”`,
    forgetAll: 'Quên tất cả',
    forgotten: 'Đã quên. Thay đổi có hiệu lực từ lần nạp sau.',
    cancelled: 'Đã hủy nạp các tệp đã chọn; dữ liệu đang dùng vẫn giữ nguyên.',
    downloadMap: 'Tải tệp ánh xạ (JSON, dùng với npm run audit -- --header-map)'
  },
  en: {
    mappingTitle: 'Match the columns that were not recognised',
    mappingIntro:
      'Some column headers match no known column name. Pick the column each one holds (or ignore it), then load the same picked files again. Your choices are remembered on this computer for later loads.',
    sourceLegend: (file: string, table: string) => `${file} — table ${table}`,
    headerLabel: (header: string) => `Header “${header}”`,
    notChosen: '— not chosen —',
    ignoreColumn: 'Ignore this column',
    required: 'required, missing',
    apply: 'Apply and load again',
    applyNothing: 'Choose at least one column to apply.',
    rememberedTitle: 'Remembered header mappings',
    rememberedUsed: 'This load used these remembered mappings:',
    rememberedOther: 'Other remembered mappings:',
    ignored: 'ignored',
    forgetOne: (header: string) => `Forget the mapping of “${header}”`,
    forgetAll: 'Forget all',
    forgotten: 'Forgotten. The change applies from the next load.',
    cancelled: 'Loading the picked files was cancelled; the data in use is unchanged.',
    downloadMap: 'Download the mapping file (JSON, for npm run audit -- --header-map)'
  }
});

export type ImportWords = (typeof headerMapping)['vi'];
