// Every interface language has every message and no other, at run time too (the type check says
// the same at compile time): the dictionaries are walked key by key, a message function's number
// of parameters compared, and every domain label (rule titles, levels, discipline forms, decision
// statuses and reasons) read in every language.
import { describe, expect, it } from 'vitest';
import { DISCIPLINE_LABELS } from '../../../src/lib/domain/disciplines';
import { LEVELS } from '../../../src/lib/domain/levels';
import { RULE_TITLES } from '../../../src/lib/domain/rule-ids';
import { DICTIONARIES } from '../../../src/lib/i18n/dictionaries';
import { LOCALES } from '../../../src/lib/i18n/format';
import { DISMISS_REASON_LABELS, STATUS_LABELS } from '../../../src/lib/review/types';
import type { Lang } from '../../../src/lib/domain/label';

/** A message's place and kind: "flags.shown: function/2", "nav.flags: string", "report.f.issuer: array/2". */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'function') return [`${at}: function/${value.length}`];
  if (typeof value === 'string') return [`${at}: ${value.trim() === '' ? 'empty string' : 'string'}`];
  if (Array.isArray(value)) return [`${at}: array/${value.length}`];
  if (value !== null && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .flatMap((k) => shape((value as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
  return [`${at}: ${typeof value}`];
}

/** The lines of one shape that the other lacks, both ways. */
function differences(a: string[], b: string[]): { missing: string[]; extra: string[] } {
  return { missing: a.filter((l) => !b.includes(l)), extra: b.filter((l) => !a.includes(l)) };
}

const LANGS = Object.keys(DICTIONARIES) as Lang[];

describe('the interface dictionaries', () => {
  it('the walk itself sees a missing message, an extra one and a parameter fewer', () => {
    const vi = { a: 'một', b: { c: (n: number) => `${n}` } };
    expect(differences(shape(vi), shape({ a: 'one', b: { c: (n: number) => `${n}` } }))).toEqual({ missing: [], extra: [] });
    expect(differences(shape(vi), shape({ b: { c: (n: number) => `${n}` } })).missing).toEqual(['a: string']);
    expect(differences(shape(vi), shape({ a: 'one', z: 'x', b: { c: (n: number) => `${n}` } })).extra).toEqual(['z: string']);
    expect(differences(shape(vi), shape({ a: 'one', b: { c: () => '' } }))).toEqual({ missing: ['b.c: function/1'], extra: ['b.c: function/0'] });
  });

  it('has Vietnamese and English, each with a locale', () => {
    expect(LANGS).toEqual(['vi', 'en']);
    for (const lang of LANGS) expect(LOCALES[lang]).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it.each(LANGS.filter((l) => l !== 'vi'))('%s has exactly the Vietnamese messages, with the same parameters', (lang) => {
    const vi = shape(DICTIONARIES.vi);
    expect(vi.length).toBeGreaterThan(400);
    expect(differences(vi, shape(DICTIONARIES[lang]))).toEqual({ missing: [], extra: [] });
  });

  it('no message is an empty string in any language', () => {
    for (const lang of LANGS) expect(shape(DICTIONARIES[lang]).filter((l) => l.endsWith('empty string'))).toEqual([]);
  });

  it('message functions give text in every language', () => {
    for (const lang of LANGS) {
      const m = DICTIONARIES[lang];
      expect(m.flags.shown('3', '10')).toContain('10');
      expect(m.review.selected(2)).toContain('2');
      expect(m.pages.inForceYears(2020, 2024)).toMatch(/2020.2024/);
    }
  });
});

describe('the domain labels', () => {
  const tables: Record<string, Record<string, Record<Lang, string>>> = {
    RULE_TITLES,
    LEVELS,
    DISCIPLINE_LABELS,
    STATUS_LABELS,
    DISMISS_REASON_LABELS
  };
  it.each(Object.keys(tables))('%s names every code in every language', (name) => {
    const entries = Object.entries(tables[name]);
    expect(entries.length).toBeGreaterThan(0);
    for (const [code, label] of entries)
      for (const lang of LANGS) expect(label[lang]?.trim(), `${name}.${code}.${lang}`).toBeTruthy();
  });
});
