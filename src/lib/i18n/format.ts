/**
 * Numbers, shares and time stamps in the interface language: one place that maps a language to
 * its locale (vi-VN writes "33,3%" and "1.234", en-GB "33.3%" and "1,234"). Pure; formatters are
 * kept per language and options, since building one costs more than formatting.
 */
import type { Lang } from '../domain/label';

export type { Lang };

/** BCP 47 locales for numbers and dates. */
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** A share (0.333 → "33,3%"), to one decimal. */
export function formatPercent(lang: Lang, share: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A number with at most `digits` decimals. */
export function formatDecimal(lang: Lang, value: number, digits: number): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A time stamp as the reader reads it, in local time (short date and time). */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
