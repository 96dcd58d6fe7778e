/** Words of the Overview's charts, Vietnamese first (the page's own words are in src/lib/i18n). */
import type { Lang } from '../../i18n/index.svelte';

const vi = {
  checksTitle: 'Kết quả các phép kiểm tra',
  flagsTitle: 'Cảnh báo theo phép kiểm tra và mức',
  flagsHint: 'Chọn một phép kiểm tra để mở danh sách cảnh báo đã lọc theo nó.',
  allFlags: (n: string) => `Xem cả ${n} cảnh báo`,
  noFlags: 'Các phép kiểm tra không tìm thấy dấu hiệu nào.',
  running: 'Đang chạy các phép kiểm tra…',
  failed: 'Không chạy được các phép kiểm tra',
  runChecks: 'Chạy các phép kiểm tra',
  bigDataset: (n: string) => `Bộ dữ liệu lớn (${n} lượt xếp loại): các phép kiểm tra chỉ chạy khi được yêu cầu.`,
  levelsTitle: 'Các mức xếp loại đảng viên theo năm',
  shareTitle: 'Tỷ lệ HTXSNV theo năm so với ngưỡng',
  shareHint: (limit: string) => `Đường ngưỡng: ${limit} (Cài đặt của phép kiểm tra tỷ lệ HTXSNV).`,
  loadingCharts: 'Đang tính các biểu đồ…'
};

export type OverviewWords = typeof vi;

const en: OverviewWords = {
  checksTitle: 'What the checks found',
  flagsTitle: 'Flags by check and severity',
  flagsHint: 'Pick a check to open the audit list filtered by it.',
  allFlags: (n) => `See all ${n} flags`,
  noFlags: 'The checks found nothing.',
  running: 'Running the checks…',
  failed: 'The checks could not run',
  runChecks: 'Run the checks',
  bigDataset: (n) => `A large dataset (${n} ratings): the checks run when asked.`,
  levelsTitle: 'Party members’ levels by year',
  shareTitle: 'Excellent share by year against the limit',
  shareHint: (limit) => `The line: ${limit} (the quota check’s Settings).`,
  loadingCharts: 'Computing the charts…'
};

export const OVERVIEW_WORDS: Record<Lang, OverviewWords> = { vi, en };
