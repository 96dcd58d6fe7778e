import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../review/filter';
import { EMPTY_LIST_QUERY, listQuerySearch, parseListQuery } from './list-query';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

describe('the audit list’s filters in the address', () => {
  it('round-trips every filter, Vietnamese text included', () => {
    const q: ListQuery = {
      rule: 'quota_excellent_members',
      severity: 'high',
      yearFrom: 2020,
      yearTo: 2023,
      unit: 'HU01-CQD',
      q: 'Nguyễn Văn Đức & co',
      status: 'needs_info'
    };
    const search = listQuerySearch(q);
    expect(search).toBe('?rule=quota_excellent_members&severity=high&from=2020&to=2023&unit=HU01-CQD&q=Nguy%E1%BB%85n+V%C4%83n+%C4%90%E1%BB%A9c+%26+co&status=needs_info');
    expect(parse(search)).toEqual(q);
  });

  it('writes nothing without a filter, and only the filters set', () => {
    expect(listQuerySearch(EMPTY_LIST_QUERY)).toBe('');
    expect(listQuerySearch({ ...EMPTY_LIST_QUERY, q: '   ' })).toBe('');
    expect(listQuerySearch({ ...EMPTY_LIST_QUERY, yearTo: 2024 })).toBe('?to=2024');
    expect(parse('')).toEqual(EMPTY_LIST_QUERY);
  });

  it('drops what it does not know instead of failing', () => {
    expect(parse('?rule=no_such_rule&severity=extreme&from=20x1&to=&status=maybe&unit=%20CB01%20')).toEqual({ ...EMPTY_LIST_QUERY, unit: 'CB01' });
  });

  it('reads decomposed Vietnamese as composed (NFC)', () => {
    const decomposed = 'Đức'.normalize('NFD');
    expect(parse(`?q=${encodeURIComponent(decomposed)}`).q).toBe('Đức'.normalize('NFC'));
  });
});
