/** Words of the Overview's checks and charts, Vietnamese first: `i18n.m.overview`. */
import { translated } from '../translated';

export const overview = translated({
  vi: {
    checksTitle: 'Kết quả rà soát',
    flagsTitle: 'Cảnh báo theo nội dung rà soát và mức độ',
    flagsHint: 'Chọn một nội dung rà soát để mở danh sách cảnh báo đã lọc theo nội dung đó.',
    allFlags: (n: string) => `Xem cả ${n} cảnh báo`,
    noFlags: 'Các nội dung rà soát không phát hiện dấu hiệu nào.',
    failed: 'Không chạy được các nội dung rà soát',
    runChecks: 'Chạy rà soát',
    bigDataset: (n: string) => `Bộ dữ liệu lớn (${n} lượt xếp loại): chỉ rà soát khi được yêu cầu.`,
    levelsTitle: 'Các mức xếp loại đảng viên theo năm',
    shareTitle: 'Tỷ lệ HTXSNV theo năm so với ngưỡng',
    shareHint: (limit: string) => `Đường ngưỡng: ${limit} (Cài đặt của nội dung rà soát tỷ lệ HTXSNV).`,
    loadingCharts: 'Đang tính các biểu đồ…',
    missingTitle: 'Kết quả xếp loại còn thiếu theo năm',
    missingHint: 'Đảng viên là đảng viên suốt năm, tổ chức cơ sở đảng và chi bộ có trong cơ cấu suốt năm nhưng không có kết quả xếp loại (cũng không ghi lý do không xếp loại). Năm không có cảnh báo chưa chắc là năm không thiếu dữ liệu: hãy đối chiếu với số lượt xếp loại.',
    missingCol: { year: 'Năm', rated: 'Lượt xếp loại có trong dữ liệu', persons: 'Đảng viên thiếu kết quả', units: 'Tổ chức đảng thiếu kết quả' },
    missingSkipped: (reason: string) => `Chưa rà soát được kết quả còn thiếu: ${reason}.`,
    missingFailed: (error: string) => `Nội dung rà soát kết quả còn thiếu bị lỗi: ${error}`,
    missingAbsent: 'Bộ công cụ này chưa có nội dung rà soát kết quả còn thiếu: không có cảnh báo không có nghĩa là không thiếu dữ liệu.',
    reviewsLoading: 'Đang nạp bản kiểm điểm vào cơ sở dữ liệu; các nội dung rà soát và trang cần đến bản kiểm điểm chờ nạp xong.',
    reviewsLoadingShort: 'đang nạp…',
    laterFailed: (error: string) => `Không nạp được bản kiểm điểm, dữ liệu chưa dùng được: ${error}`
  },
  en: {
    checksTitle: 'What the checks found',
    flagsTitle: 'Flags by check and severity',
    flagsHint: 'Pick a check to open the audit list filtered by it.',
    allFlags: (n) => `See all ${n} flags`,
    noFlags: 'The checks found nothing.',
    failed: 'The checks could not run',
    runChecks: 'Run the checks',
    bigDataset: (n) => `A large dataset (${n} ratings): the checks run when asked.`,
    levelsTitle: 'Party members’ levels by year',
    shareTitle: 'Excellent share by year against the limit',
    shareHint: (limit) => `The line: ${limit} (the quota check’s Settings).`,
    loadingCharts: 'Computing the charts…',
    missingTitle: 'Expected ratings missing, by year',
    missingHint: 'Members for the whole year, grassroots organisations and cells in the tree for the whole year, with no rating (and no reason for not being rated). A year without flags is not necessarily a year with complete data: compare with the ratings counted.',
    missingCol: { year: 'Year', rated: 'Ratings in the data', persons: 'Members missing', units: 'Party organisations missing' },
    missingSkipped: (reason) => `Missing ratings could not be checked: ${reason}.`,
    missingFailed: (error) => `The missing-ratings check failed: ${error}`,
    missingAbsent: 'This build has no missing-ratings check: no flags does not mean no missing data.',
    reviewsLoading: 'Loading the self-reviews into the database; the checks and pages that need them wait until they are in.',
    reviewsLoadingShort: 'loading…',
    laterFailed: (error) => `The self-reviews could not be loaded, so the data cannot be used: ${error}`
  }
});

export type OverviewWords = (typeof overview)['vi'];
