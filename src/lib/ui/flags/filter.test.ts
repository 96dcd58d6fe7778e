import { describe, expect, it } from 'vitest';
import { withFlagId } from '../../rules/run-audit';
import type { Flag, FlagDraft } from '../../rules/types';
import { NO_FILTER, countFlags, filterFlags, prepareTextSearch, sortFlags, visibleWindow, type FlagFilter } from './filter';

function flag(d: Partial<FlagDraft> & Pick<FlagDraft, 'rule' | 'year' | 'subject_id'>): Flag {
  return withFlagId({
    severity: 'medium',
    subject_type: 'person',
    unit_id: 'CB01',
    score: null,
    regulation: 'Quy định 124-QĐ/TW',
    message: 'x',
    evidence: 'y',
    ...d
  });
}

const FLAGS: Flag[] = [
  flag({ rule: 'quota_excellent_members', year: 2023, subject_id: 'CS1', subject_type: 'unit', unit_id: 'CS1', severity: 'high', score: 0.267 }),
  flag({ rule: 'head_above_collective', year: 2022, subject_id: 'P0002', unit_id: 'CB02', severity: 'high' }),
  flag({ rule: 'review_copied_prior_year', year: 2024, subject_id: 'P0001', unit_id: 'CB01', score: 0.93 }),
  flag({ rule: 'self_level_raised', year: 2021, subject_id: 'P0003', unit_id: 'CB03', severity: 'low' }),
  flag({ rule: 'review_copied_prior_year', year: 2021, subject_id: 'P0003', unit_id: 'CB03', score: 0.88 })
];
const NAMES = new Map([
  ['P0001', 'Nguyễn Văn Đức'],
  ['P0002', 'Trần Thị Hoa'],
  ['CB03', 'Chi bộ Trường Tiểu học Mạc Đĩnh Chi']
]);
const f = (over: Partial<FlagFilter>): FlagFilter => ({ ...NO_FILTER, ...over });
const ids = (fs: Flag[]) => fs.map((x) => `${x.rule}/${x.year}/${x.subject_id}`);

describe('filterFlags', () => {
  it('keeps everything without a filter', () => {
    expect(filterFlags(FLAGS, NO_FILTER)).toEqual(FLAGS);
  });

  it('filters by rule, severity and year range together', () => {
    expect(ids(filterFlags(FLAGS, f({ rules: new Set(['review_copied_prior_year']) })))).toEqual(['review_copied_prior_year/2024/P0001', 'review_copied_prior_year/2021/P0003']);
    expect(ids(filterFlags(FLAGS, f({ severities: new Set(['high']), yearFrom: 2023 })))).toEqual(['quota_excellent_members/2023/CS1']);
    expect(ids(filterFlags(FLAGS, f({ yearFrom: 2021, yearTo: 2022 })))).toEqual(['head_above_collective/2022/P0002', 'self_level_raised/2021/P0003', 'review_copied_prior_year/2021/P0003']);
  });

  it('filters by a unit subtree, on the flag unit or the unit it is about', () => {
    expect(ids(filterFlags(FLAGS, f({ units: new Set(['CB03', 'CS1']) })))).toEqual(['quota_excellent_members/2023/CS1', 'self_level_raised/2021/P0003', 'review_copied_prior_year/2021/P0003']);
    expect(filterFlags(FLAGS, f({ units: new Set() }))).toEqual([]);
  });

  it('finds names without diacritics or case, and ids', () => {
    expect(ids(filterFlags(FLAGS, f({ text: 'nguyen van duc' }), { names: NAMES }))).toEqual(['review_copied_prior_year/2024/P0001']);
    expect(ids(filterFlags(FLAGS, f({ text: 'Đĩnh Chi' }), { names: NAMES }))).toEqual(['self_level_raised/2021/P0003', 'review_copied_prior_year/2021/P0003']);
    expect(ids(filterFlags(FLAGS, f({ text: 'p0002' }), { names: NAMES }))).toEqual(['head_above_collective/2022/P0002']);
    expect(ids(filterFlags(FLAGS, f({ text: FLAGS[3].flag_id }), { names: NAMES }))).toEqual(['self_level_raised/2021/P0003']);
    expect(filterFlags(FLAGS, f({ text: 'không có ai' }), { names: NAMES })).toEqual([]);
  });

  it('finds the same after the search text was prepared in steps', () => {
    const names = new Map(NAMES);
    expect(prepareTextSearch(FLAGS, names, 0, 2)).toBe(2);
    expect(prepareTextSearch(FLAGS, names, 2, 100)).toBe(FLAGS.length);
    expect(ids(filterFlags(FLAGS, f({ text: 'Đĩnh Chi' }), { names }))).toEqual(['self_level_raised/2021/P0003', 'review_copied_prior_year/2021/P0003']);
  });

  it('searches each names map anew, and never across two fields', () => {
    expect(filterFlags(FLAGS, f({ text: 'nguyen van duc' }))).toEqual([]);
    expect(ids(filterFlags(FLAGS, f({ text: 'nguyen van duc' }), { names: NAMES }))).toEqual(['review_copied_prior_year/2024/P0001']);
    const renamed = new Map([['P0001', 'Lê Thị Mai']]);
    expect(filterFlags(FLAGS, f({ text: 'nguyen van duc' }), { names: renamed })).toEqual([]);
    expect(ids(filterFlags(FLAGS, f({ text: 'le thi mai' }), { names: renamed }))).toEqual(['review_copied_prior_year/2024/P0001']);
    // The end of the subject id and the start of the unit id ("P0001 CB01") are two fields.
    expect(filterFlags(FLAGS, f({ text: 'p0001 cb01' }), { names: NAMES })).toEqual([]);
  });

  it('filters by decision status; undecided flags are open', () => {
    const decided = new Map([[FLAGS[1].flag_id, 'confirmed' as const]]);
    const statusOf = (id: string) => decided.get(id) ?? 'open';
    expect(filterFlags(FLAGS, f({ statuses: new Set(['confirmed']) }), { statusOf })).toEqual([FLAGS[1]]);
    expect(filterFlags(FLAGS, f({ statuses: new Set(['open']) }), { statusOf })).toHaveLength(4);
  });
});

describe('sortFlags', () => {
  it('sorts by severity descending, ties in rule-year-subject order', () => {
    expect(ids(sortFlags(FLAGS, { key: 'severity', dir: 'desc' }))).toEqual([
      'head_above_collective/2022/P0002',
      'quota_excellent_members/2023/CS1',
      'review_copied_prior_year/2021/P0003',
      'review_copied_prior_year/2024/P0001',
      'self_level_raised/2021/P0003'
    ]);
  });

  it('puts flags without a score last in both directions', () => {
    const asc = sortFlags(FLAGS, { key: 'score', dir: 'asc' }).map((x) => x.score);
    const desc = sortFlags(FLAGS, { key: 'score', dir: 'desc' }).map((x) => x.score);
    expect(asc).toEqual([0.267, 0.88, 0.93, null, null]);
    expect(desc).toEqual([0.93, 0.88, 0.267, null, null]);
  });

  it('does not change its input', () => {
    const before = [...FLAGS];
    sortFlags(FLAGS, { key: 'year', dir: 'desc' });
    expect(FLAGS).toEqual(before);
  });
});

describe('countFlags and visibleWindow', () => {
  it('counts per rule and severity and lists the years', () => {
    const c = countFlags(FLAGS);
    expect(c.byRule.get('review_copied_prior_year')).toBe(2);
    expect(c.bySeverity.get('high')).toBe(2);
    expect(c.years).toEqual([2021, 2022, 2023, 2024]);
  });

  it('renders only the visible rows and a margin, never past the ends', () => {
    expect(visibleWindow(0, 600, 40, 50_000, 5)).toEqual({ start: 0, end: 20 });
    expect(visibleWindow(40_000, 600, 40, 50_000, 5)).toEqual({ start: 995, end: 1020 });
    expect(visibleWindow(2_000_000, 600, 40, 50_000, 5)).toEqual({ start: 49_995, end: 50_000 });
    expect(visibleWindow(0, 600, 40, 3, 5)).toEqual({ start: 0, end: 3 });
  });
});
