/**
 * The words every chart shares, Vietnamese first: level names, axes, the empty state
 * (`messages(lang).charts`; charts take their language as a prop). Titles and descriptions come
 * from the page. The measures are keyed by RatioMeasure (src/lib/stats/series), checked where
 * the charts index them.
 */
import { translated } from '../translated';
import type { Severity } from '../../domain/rule-ids';

export const charts = translated({
  vi: {
    empty: 'Chưa có dữ liệu',
    dataTable: 'Bảng số liệu',
    year: 'Năm',
    unit: 'Đơn vị',
    rule: 'Nội dung rà soát',
    total: 'Tổng',
    denominator: 'Mẫu số',
    ratings: 'Số lượt xếp loại',
    share: 'Tỷ lệ',
    count: 'Số lượt',
    limit: 'Ngưỡng',
    overLimit: 'Vượt ngưỡng',
    yes: 'Có',
    no: 'Không',
    noDenominator: 'không có mẫu số (không ai HTTNV)',
    noRatings: 'chưa có lượt xếp loại nào',
    thisUnit: 'đơn vị đang xem',
    peer: 'Đơn vị cùng cấp',
    peerMedian: 'Trung vị các đơn vị cùng cấp',
    select: 'Chọn để xem chi tiết',
    measures: {
      quota_ratio: 'Tỷ lệ HTXSNV / HTTNV',
      excellent_share: 'Tỷ lệ HTXSNV trên tổng số',
      good_or_better_share: 'Tỷ lệ HTTNV trở lên'
    },
    severities: { high: 'Cao', medium: 'Trung bình', low: 'Thấp' } satisfies Record<Severity, string>
  },
  en: {
    empty: 'No data yet',
    dataTable: 'Data table',
    year: 'Year',
    unit: 'Unit',
    rule: 'Check',
    total: 'Total',
    denominator: 'Denominator',
    ratings: 'Ratings',
    share: 'Share',
    count: 'Ratings',
    limit: 'Limit',
    overLimit: 'Over the limit',
    yes: 'Yes',
    no: 'No',
    noDenominator: 'no denominator (nobody rated good)',
    noRatings: 'no rating yet',
    thisUnit: 'this unit',
    peer: 'Peer',
    peerMedian: 'Median of the peers',
    select: 'Select for details',
    measures: {
      quota_ratio: 'Excellent / good',
      excellent_share: 'Excellent share of all',
      good_or_better_share: 'Share good or better'
    },
    severities: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Severity, string>
  }
});

export type ChartWords = (typeof charts)['vi'];
