/**
 * What the report is made of on the audit list page: the list as filtered, the whole audit, the
 * decisions, the names, the parameters and the remembered header. Browser only (reads the page's state).
 */
import type { ReportInput } from '../../report/model';
import type { ListQuery } from '../../review/filter';
import type { Flag } from '../../rules/types';
import { audit, review } from '../flags/audit.svelte';
import { reportHeader } from './report-header.svelte';

/** null until the audit has run. */
export function reportInput(flags: readonly Flag[], filters: ListQuery): ReportInput | null {
  const result = audit.result;
  if (!result) return null;
  reportHeader.restore();
  return {
    flags,
    allFlags: result.flags,
    decisions: review.decisions,
    names: audit.names,
    outcomes: result.outcomes,
    params: audit.params,
    filters,
    workspace: review.workspace?.name ?? '',
    header: reportHeader.header,
    at: new Date()
  };
}
