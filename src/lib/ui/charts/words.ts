/**
 * The charts' own words and number formats, Vietnamese first. Titles and descriptions come from the
 * page (props); these are the words every chart shares: level names, axes, the empty state.
 */
import { LEVELS, type LevelCode } from '../../domain/levels';
import { numberFormat } from '../../i18n/format';
import { RULE_TITLES, type RuleId, type Severity } from '../../domain/rule-ids';
import type { RatioMeasure } from '../../stats/series';

export type ChartLang = 'vi' | 'en';

/** The props every chart takes besides its data: ChartFrame's title, description and language. */
export type ChartProps<Data> = Data & { title: string; description?: string; lang?: ChartLang };

const WORDS = {
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
    } satisfies Record<RatioMeasure, string>,
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
    } satisfies Record<RatioMeasure, string>,
    severities: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Severity, string>
  }
};

export type ChartWords = (typeof WORDS)['vi'];

export function chartWords(lang: ChartLang): ChartWords {
  return WORDS[lang];
}

/** "HTXSNV — Hoàn thành xuất sắc nhiệm vụ" / "HTXSNV — excellent". */
export function levelLabel(code: LevelCode, lang: ChartLang): string {
  return `${code} — ${lang === 'vi' ? LEVELS[code].vi : LEVELS[code].en}`;
}

export function ruleLabel(rule: RuleId, lang: ChartLang): string {
  return RULE_TITLES[rule][lang];
}

export interface ChartFormats {
  number(x: number): string;
  /** A share as a percent with at most one decimal ("26,7%"); "—" for null. */
  percent(x: number | null): string;
}

const TEXT = new Map<ChartLang, { w: ChartWords; fmt: ChartFormats }>();

/** The words and formats of a language, made once: `let { w, fmt } = $derived(chartText(lang))`. */
export function chartText(lang: ChartLang): { w: ChartWords; fmt: ChartFormats } {
  let text = TEXT.get(lang);
  if (!text) TEXT.set(lang, (text = { w: chartWords(lang), fmt: chartFormats(lang) }));
  return text;
}

export function chartFormats(lang: ChartLang): ChartFormats {
  const number = numberFormat(lang);
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return { number: (x) => number.format(x), percent: (x) => (x === null ? '—' : percent.format(x)) };
}
