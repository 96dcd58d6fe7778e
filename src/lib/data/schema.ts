/**
 * The data contract (docs/data-format.md): the canonical tables, their columns and DuckDB types.
 * Loaders turn whatever the user has into rows of these shapes; every engine gets the same tables.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** The column must be present, and every row must have a value (but see `unless`). */
  required: boolean;
  /** A required column whose value may be empty on rows where this other column has one (ratings.level vs not_rated). */
  unless?: string;
}

export const TABLE_NAMES = ['units', 'unit_changes', 'people', 'ratings', 'reviews', 'disciplines'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Tables a dataset must have; the others may be absent (their checks then report "did not run"). */
export const REQUIRED_TABLES: readonly TableName[] = ['units', 'people', 'ratings'];

export const UNIT_KINDS = ['cap_tren', 'co_so', 'chi_bo', 'tap_the'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const TRACKS = ['party_member', 'leader', 'civil_servant'] as const;
export type Track = (typeof TRACKS)[number];
/** Why a subject was not rated in a year (ratings.not_rated); such a row has no level. */
export const NOT_RATED_REASONS = ['mien', 'om_dau', 'chua_du_thoi_gian', 'dinh_chi', 'khac'] as const;
export type NotRatedReason = (typeof NOT_RATED_REASONS)[number];
/** What became of a unit (unit_changes.kind). */
export const UNIT_CHANGE_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;
export type UnitChangeKind = (typeof UNIT_CHANGE_KINDS)[number];
/** Which discipline a decision is: the Party's, or the administration's over cadres and civil servants. */
export const DISCIPLINE_SYSTEMS = ['dang', 'chinh_quyen'] as const;
export type DisciplineSystem = (typeof DISCIPLINE_SYSTEMS)[number];

const c = (name: string, type: ColumnType, required = false, unless?: string): ColumnDef => (unless ? { name, type, required, unless } : { name, type, required });

export const SCHEMA: Record<TableName, ColumnDef[]> = {
  // One row per placement: a unit_id repeats with periods that do not overlap (empty dates: since ever, still in force).
  units: [
    c('unit_id', 'VARCHAR', true),
    c('name', 'VARCHAR', true),
    c('parent_id', 'VARCHAR'),
    c('kind', 'VARCHAR', true),
    c('valid_from', 'DATE'),
    c('valid_to', 'DATE')
  ],
  unit_changes: [
    c('from_unit_id', 'VARCHAR', true),
    c('to_unit_id', 'VARCHAR', true),
    c('effective_on', 'DATE', true),
    c('kind', 'VARCHAR', true),
    c('decision_no', 'VARCHAR')
  ],
  people: [
    c('person_id', 'VARCHAR', true),
    c('full_name', 'VARCHAR', true),
    c('birth_year', 'INTEGER'),
    c('gender', 'VARCHAR'),
    c('joined_on', 'DATE'),
    c('left_on', 'DATE')
  ],
  ratings: [
    c('year', 'INTEGER', true),
    c('subject_type', 'VARCHAR', true),
    c('subject_id', 'VARCHAR', true),
    c('unit_id', 'VARCHAR'),
    // Filled with 'party_member' for person rows where absent; NULL for unit rows.
    c('track', 'VARCHAR'),
    // Canonical code (HTXSNV…) after parseLevel; `rank` and `self_rank` are derived (4 = HTXSNV … 1 = KHTNV).
    // Empty (and rank NULL) exactly when not_rated says why.
    c('level', 'VARCHAR', true, 'not_rated'),
    c('self_level', 'VARCHAR'),
    c('head_id', 'VARCHAR'),
    c('position_group', 'VARCHAR'),
    c('score', 'DOUBLE'),
    c('decided_on', 'DATE'),
    // A NOT_RATED_REASONS code; the row then counts in no quota, share or level-based check.
    c('not_rated', 'VARCHAR'),
    c('note', 'VARCHAR')
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
    c('reason', 'VARCHAR'),
    // 'dang' (filled when absent) or 'chinh_quyen'; a form only the administration gives implies 'chinh_quyen'.
    c('system', 'VARCHAR')
  ]
};

/** Derived columns added to the canonical tables at load (not in the input files). */
export const DERIVED_COLUMNS: Partial<Record<TableName, ColumnDef[]>> = {
  ratings: [c('rank', 'INTEGER'), c('self_rank', 'INTEGER')]
};
