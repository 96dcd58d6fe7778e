/**
 * The audit list's filters in its address (/flags/?rule=&severity=&from=&to=&unit=&q=&status=), so
 * a filtered list can be bookmarked, shared and reloaded. Pure: parsing drops what it does not
 * know (a rule id from another version, a year that is not one) instead of failing the page.
 */
import { RULE_IDS, type RuleId, type Severity } from '../../domain/rule-ids';
import { SEVERITIES } from '../../stats/flags-by-rule';
import type { ListQuery } from '../../review/filter';
import { DECISION_STATUSES } from '../../review/types';

export const EMPTY_LIST_QUERY: ListQuery = { rule: '', severity: '', yearFrom: null, yearTo: null, unit: '', q: '', status: '' };

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | '' => (v !== null && (values as readonly string[]).includes(v) ? (v as T) : '');
const year = (v: string | null): number | null => (v !== null && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : null);

export function parseListQuery(params: URLSearchParams): ListQuery {
  return {
    rule: oneOf(RULE_IDS, params.get('rule')),
    severity: oneOf(SEVERITIES, params.get('severity')),
    yearFrom: year(params.get('from')),
    yearTo: year(params.get('to')),
    unit: params.get('unit')?.trim() ?? '',
    q: params.get('q')?.normalize('NFC') ?? '',
    status: oneOf(DECISION_STATUSES, params.get('status'))
  };
}

/** The search part of the address ('' without a filter, else '?…'), parameters in a fixed order. */
export function listQuerySearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.rule) params.set('rule', query.rule);
  if (query.severity) params.set('severity', query.severity);
  if (query.yearFrom !== null) params.set('from', String(query.yearFrom));
  if (query.yearTo !== null) params.set('to', String(query.yearTo));
  if (query.unit) params.set('unit', query.unit);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.status) params.set('status', query.status);
  const s = params.toString();
  return s ? `?${s}` : '';
}
