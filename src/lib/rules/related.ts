/**
 * The `related` column of a flag: the records it rests on as `type:id` items, so that a list can
 * be grouped (every flag of one discipline decision) without reading the message. A rule puts the
 * items in its FlagDraft; the runner joins them with '; '.
 */
import { raw, sql, type Sql } from '../sql/template';

export const RELATED_TYPES = ['decision', 'person', 'unit', 'review', 'successor'] as const;
export type RelatedType = (typeof RELATED_TYPES)[number];

export const RELATED_SEPARATOR = '; ';

type Id = string | number | null | undefined;

const item = (type: RelatedType, id: Id): string | null => (id === null || id === undefined || id === '' ? null : `${type}:${id}`);

/** Builders of one item each; a missing id gives null, which the join drops. */
export const related = {
  /** A discipline decision, by its number ("15-QĐ/UBKTTU"). */
  decision: (decisionNo: Id) => item('decision', decisionNo),
  person: (personId: Id) => item('person', personId),
  unit: (unitId: Id) => item('unit', unitId),
  /** A self-review: review:<person_id>/<year>. */
  review: (personId: Id, year: Id) => (personId === null || personId === undefined || personId === '' || year === null || year === undefined ? null : `review:${personId}/${year}`),
  /** The unit that answers today for a unit that no longer exists. */
  successor: (unitId: Id) => item('successor', unitId)
};

/** Items → the column: empty items dropped, each item once, in the order given. */
export function joinRelated(items: readonly (string | null | undefined)[] | undefined): string {
  if (!items || items.length === 0) return '';
  return [...new Set(items.filter((i): i is string => typeof i === 'string' && i !== ''))].join(RELATED_SEPARATOR);
}

/** The column → its items (for grouping a list by one record). */
export function splitRelated(value: string | null | undefined): string[] {
  return value ? value.split(RELATED_SEPARATOR).filter(Boolean) : [];
}

/** SQL: one item from a column expression, NULL when the id is NULL (for rules that build items in SQL). */
export function relatedItemSql(type: RelatedType, expr: string | Sql): Sql {
  return sql`(${`${type}:`} || ${typeof expr === 'string' ? raw(expr) : expr})`;
}
