/**
 * The interface language: Vietnamese by default, English on request; the choice is kept in
 * localStorage. Components read `i18n.m.<feature>.<key>` (typed: every language has every key);
 * components given a `lang` prop read `messages(lang)`.
 */
import { messages } from './dictionaries';
import { LOCALES, type Lang } from './format';
import type { Messages } from './vi';

export type { Lang };
export type { Messages };
export { messages };

const STORAGE_KEY = 'soi.lang';

export const LANGUAGES: readonly { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' }
];

export { LOCALES };

class I18n {
  lang = $state<Lang>('vi');
  m = $derived(messages(this.lang));
  number = $derived(new Intl.NumberFormat(LOCALES[this.lang]));

  /** Reads the stored choice; call once in the browser. */
  restore(): void {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') this.set(stored, false);
  }

  set(lang: Lang, persist = true): void {
    this.lang = lang;
    document.documentElement.lang = lang;
    if (persist) localStorage.setItem(STORAGE_KEY, lang);
  }
}

export const i18n = new I18n();
