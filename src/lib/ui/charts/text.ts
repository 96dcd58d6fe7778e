/**
 * What every chart needs besides its data: its words (the dictionary's `charts`), number formats
 * and the labels of levels and checks in the chart's language, which is a prop.
 */
import { LEVELS, type LevelCode } from '../../domain/levels';
import { RULE_TITLES, type RuleId } from '../../domain/rule-ids';
import type { Lang } from '../../domain/label';
import { messages } from '../../i18n/dictionaries';
import { numberFormat } from '../../i18n/format';
import type { ChartWords } from '../../i18n/messages/charts';

export type { ChartWords };
export type ChartLang = Lang;

/** The props every chart takes besides its data: ChartFrame's title, description and language. */
export type ChartProps<Data> = Data & { title: string; description?: string; lang?: ChartLang };

/** "HTXSNV — Hoàn thành xuất sắc nhiệm vụ" / "HTXSNV — excellent". */
export function levelLabel(code: LevelCode, lang: ChartLang): string {
  return `${code} — ${LEVELS[code][lang]}`;
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
  if (!text) TEXT.set(lang, (text = { w: messages(lang).charts, fmt: chartFormats(lang) }));
  return text;
}

export function chartFormats(lang: ChartLang): ChartFormats {
  const number = numberFormat(lang);
  const percent = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return { number: (x) => number.format(x), percent: (x) => (x === null ? '—' : percent.format(x)) };
}
