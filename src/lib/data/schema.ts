/**
 * The data contract (docs/data-format.md): the canonical tables, their columns and DuckDB types.
 * Loaders turn whatever the user has into rows of these shapes; every engine gets the same tables.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  required: boolean;
}

export const TABLE_NAMES = ['units', 'people', 'ratings', 'reviews', 'disciplines'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Tables a dataset must have; the others may be absent (their checks then report "did not run"). */
export const REQUIRED_TABLES: readonly TableName[] = ['units', 'people', 'ratings'];

export const UNIT_KINDS = ['cap_tren', 'co_so', 'chi_bo', 'tap_the'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const TRACKS = ['party_member', 'leader', 'civil_servant'] as const;
export type Track = (typeof TRACKS)[number];

const c = (name: string, type: ColumnType, required = false): ColumnDef => ({ name, type, required });

export const SCHEMA: Record<TableName, ColumnDef[]> = {
  units: [c('unit_id', 'VARCHAR', true), c('name', 'VARCHAR', true), c('parent_id', 'VARCHAR'), c('kind', 'VARCHAR', true)],
  people: [c('person_id', 'VARCHAR', true), c('full_name', 'VARCHAR', true), c('birth_year', 'INTEGER'), c('gender', 'VARCHAR')],
  ratings: [
    c('year', 'INTEGER', true),
    c('subject_type', 'VARCHAR', true),
    c('subject_id', 'VARCHAR', true),
    c('unit_id', 'VARCHAR'),
    // Filled with 'party_member' for person rows where absent; NULL for unit rows.
    c('track', 'VARCHAR'),
    // Canonical code (HTXSNV…) after parseLevel; `rank` and `self_rank` are derived (4 = HTXSNV … 1 = KHTNV).
    c('level', 'VARCHAR', true),
    c('self_level', 'VARCHAR'),
    c('head_id', 'VARCHAR'),
    c('position_group', 'VARCHAR'),
    c('score', 'DOUBLE'),
    c('decided_on', 'DATE')
  ],
  reviews: [c('person_id', 'VARCHAR', true), c('year', 'INTEGER', true), c('text', 'VARCHAR', true)],
  disciplines: [
    c('subject_type', 'VARCHAR', true),
    c('subject_id', 'VARCHAR', true),
    c('decided_on', 'DATE', true),
    c('form', 'VARCHAR', true),
    // Defaults filled at load: violation_from = year(decided_on), violation_to = violation_from.
    c('violation_from', 'INTEGER'),
    c('violation_to', 'INTEGER'),
    c('self_detected', 'BOOLEAN'),
    c('decision_no', 'VARCHAR'),
    c('reason', 'VARCHAR')
  ]
};

/** Derived columns added to the canonical tables at load (not in the input files). */
export const DERIVED_COLUMNS: Partial<Record<TableName, ColumnDef[]>> = {
  ratings: [c('rank', 'INTEGER'), c('self_rank', 'INTEGER')]
};
