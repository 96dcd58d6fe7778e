/**
 * Every interface language's dictionary and the one lookup, pure (no runes), for modules and tests
 * that are given a language rather than reading the current one (`i18n.m` is `messages(i18n.lang)`).
 */
import type { Lang } from '../domain/label';
import { en } from './en';
import { vi, type Messages } from './vi';

export const DICTIONARIES: Record<Lang, Messages> = { vi, en };

export function messages(lang: Lang): Messages {
  return DICTIONARIES[lang];
}
