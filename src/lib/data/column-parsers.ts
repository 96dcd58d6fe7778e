/** Which parser reads each canonical column (docs/data-format.md "accepted values"). */
import { DISCIPLINE_FORMS, parseDisciplineForm } from '../domain/disciplines';
import { parseLevel } from '../domain/levels';
import {
  BOOLEAN_SPELLINGS,
  DISCIPLINE_SYSTEM_SPELLINGS,
  GENDER_SPELLINGS,
  NOT_RATED_SPELLINGS,
  SUBJECT_TYPE_SPELLINGS,
  TRACK_SPELLINGS,
  UNIT_CHANGE_SPELLINGS,
  UNIT_KIND_SPELLINGS,
  spellingLookup
} from './aliases';
import type { TableName } from './schema';
import { booleanParser, choiceParser, Invalid, memoized, numberParser, parseBirthYear, parseDate, parseText, parseYear, type CellParser } from './values';

const level: CellParser = memoized((cell) => {
  const s = parseText(cell);
  if (s === null) return null;
  const r = parseLevel(s);
  return r.ok ? r.value : new Invalid(r.error, 'HTXSNV, HTTNV, HTNV, KHTNV');
});

const form: CellParser = memoized((cell) => {
  const s = parseText(cell);
  if (s === null) return null;
  const r = parseDisciplineForm(s);
  return r.ok ? r.value : new Invalid(r.error, DISCIPLINE_FORMS.join(', '));
});

const date: CellParser = memoized(parseDate);
const choice = (...args: Parameters<typeof choiceParser>) => memoized(choiceParser(...args));
const subjectType = choice(spellingLookup(SUBJECT_TYPE_SPELLINGS), { vi: 'loại đối tượng', en: 'subject_type' });

export const COLUMN_PARSERS: Record<TableName, Record<string, CellParser>> = {
  units: {
    unit_id: parseText,
    name: parseText,
    parent_id: parseText,
    kind: choice(spellingLookup(UNIT_KIND_SPELLINGS), { vi: 'loại đơn vị', en: 'unit kind' }),
    valid_from: date,
    valid_to: date
  },
  unit_changes: {
    from_unit_id: parseText,
    to_unit_id: parseText,
    effective_on: date,
    kind: choice(spellingLookup(UNIT_CHANGE_SPELLINGS), { vi: 'hình thức thay đổi', en: 'change kind' }),
    decision_no: parseText
  },
  people: {
    person_id: parseText,
    full_name: parseText,
    birth_year: parseBirthYear,
    gender: choice(spellingLookup(GENDER_SPELLINGS), { vi: 'giới tính', en: 'gender' }),
    joined_on: date,
    left_on: date
  },
  ratings: {
    year: parseYear,
    subject_type: subjectType,
    subject_id: parseText,
    unit_id: parseText,
    track: choice(spellingLookup(TRACK_SPELLINGS), { vi: 'diện đánh giá', en: 'track' }),
    level,
    self_level: level,
    head_id: parseText,
    position_group: parseText,
    score: numberParser(0, 100, { vi: 'điểm', en: 'score' }),
    decided_on: date,
    not_rated: choice(spellingLookup(NOT_RATED_SPELLINGS), { vi: 'lý do không xếp loại', en: 'not-rated reason' }),
    note: parseText
  },
  reviews: { person_id: parseText, year: parseYear, text: parseText },
  disciplines: {
    subject_type: subjectType,
    subject_id: parseText,
    decided_on: date,
    form,
    violation_from: parseYear,
    violation_to: parseYear,
    self_detected: booleanParser(spellingLookup(BOOLEAN_SPELLINGS)),
    decision_no: parseText,
    reason: parseText,
    system: choice(spellingLookup(DISCIPLINE_SYSTEM_SPELLINGS), { vi: 'loại kỷ luật (đảng/chính quyền)', en: 'discipline system' })
  }
};

