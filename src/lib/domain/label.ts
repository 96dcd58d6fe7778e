/**
 * The interface languages, Vietnamese first, and a domain label in each of them. Domain labels
 * (rule titles, levels, discipline forms, decision statuses) are data that also go into exports
 * and reports; typing them as `Label` makes a language added to `Lang` a compile error wherever
 * a label lacks it. The interface's own words are in src/lib/i18n.
 */
export type Lang = 'vi' | 'en';

export type Label = Record<Lang, string>;
