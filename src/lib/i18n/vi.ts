/** Vietnamese: the app's first language. Every other language implements the same Messages shape. */
import { flags } from './messages/flags';
import { overview } from './messages/overview';
import { units } from './messages/units';
import { pages } from './messages/pages';
import { headerMapping } from './messages/header-mapping';
import { charts } from './messages/charts';
import { notRated } from './messages/not-rated';
import { review } from './messages/review';
import { report } from './messages/report';
import { unitLists } from './messages/unit-lists';

export const vi = {
  appTagline: 'Rà soát kiểm điểm, đánh giá, xếp loại chất lượng',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  navLabel: 'Điều hướng chính',
  nav: { overview: 'Tổng quan', trends: 'Xu hướng', flags: 'Danh sách cảnh báo', import: 'Nạp dữ liệu', settings: 'Cài đặt' },
  comingSoon: 'sắp có',
  languageLabel: 'Ngôn ngữ',
  privacyNote: 'Dữ liệu chỉ được xử lý trên máy này, không gửi đi đâu.',
  update: {
    available: 'Đã có phiên bản mới của Soi trên máy chủ. Dữ liệu đang mở sẽ phải nạp lại; các quyết định đã ghi vẫn được giữ.',
    reload: 'Tải lại để cập nhật'
  },
  pageFailed: {
    title: 'Trang này không hiển thị được',
    body: 'Một bản ghi làm trang gặp lỗi; các trang khác và dữ liệu đã nạp vẫn dùng được. Nếu lỗi đến từ tệp quyết định vừa nhập, hãy xóa hoặc nhập lại tệp đúng.',
    detail: 'Chi tiết lỗi',
    retry: 'Thử lại'
  },

  overviewTitle: 'Tổng quan',
  sourceDemo: 'Dữ liệu mẫu (sinh tự động, không phải dữ liệu thật)',
  sourceFiles: 'Dữ liệu đã chọn',
  fileCount: (n: number) => `${n} tệp`,
  readyIn: (seconds: string) => `đã nạp trong ${seconds} giây`,

  loading: 'Đang nạp dữ liệu…',
  cancelLoad: 'Hủy nạp',
  stages: {
    engine: 'Khởi động cơ sở dữ liệu DuckDB',
    fetch: 'Tải các tệp dữ liệu',
    read: 'Đọc các tệp đã chọn',
    parse: 'Đọc và kiểm tra dữ liệu',
    load: 'Nạp vào cơ sở dữ liệu',
    summary: 'Tổng hợp số liệu',
    audit: 'Chạy các nội dung rà soát'
  },

  summaryTitle: 'Quy mô dữ liệu',
  counts: {
    units: 'Tổ chức, tập thể',
    people: 'Người',
    ratings: 'Lượt xếp loại',
    reviews: 'Bản kiểm điểm',
    disciplines: 'Quyết định kỷ luật'
  },
  tableAbsent: 'không có tệp',
  byYearTitle: 'Lượt xếp loại theo năm',
  byYearCaption: 'Số lượt xếp loại chất lượng mỗi năm, theo đối tượng',
  col: {
    year: 'Năm',
    total: 'Tổng',
    members: 'Đảng viên',
    leaders: 'Cán bộ lãnh đạo, quản lý',
    units: 'Tổ chức, tập thể',
    severity: 'Mức độ',
    file: 'Tệp',
    row: 'Dòng',
    column: 'Cột',
    message: 'Nội dung'
  },

  validationTitle: 'Kiểm tra dữ liệu',
  validationClean: 'Không có lỗi hay cảnh báo nào.',
  validationCounts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  severity: { error: 'Lỗi', warning: 'Cảnh báo' },
  refused: 'Dữ liệu có lỗi nên chưa được nạp. Hãy sửa các lỗi dưới đây rồi nạp lại.',
  keptPrevious: 'Bộ dữ liệu trước vẫn đang được dùng.',
  downloadProblems: 'Tải danh sách lỗi (CSV)',
  moreProblems: (n: number) => `… và ${n} dòng nữa (có đủ trong tệp tải về).`,

  failedTitle: 'Không nạp được dữ liệu',
  retry: 'Thử lại',
  emptyTitle: 'Chưa có dữ liệu',
  emptyBody: 'Chưa nạp bộ dữ liệu nào.',

  // One namespace per feature, each in src/lib/i18n/messages/ with both languages side by side.
  flags: flags.vi,
  overview: overview.vi,
  units: units.vi,
  pages: pages.vi,
  headerMapping: headerMapping.vi,
  charts: charts.vi,
  notRated: notRated.vi,
  review: review.vi,
  report: report.vi,
  unitLists: unitLists.vi
};

export type Messages = typeof vi;
