/** The review components' labels from codes: statuses and reasons are domain labels (STATUS_LABELS); words are `i18n.m.review`. */
import { DISMISS_REASON_LABELS, STATUS_LABELS, type DecisionStatus, type DismissReason } from '../../review/types';
import { formatDateTime, type Lang } from '../../i18n/format';

export function statusLabel(status: DecisionStatus, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

export function reasonLabel(reason: DismissReason, lang: Lang): string {
  return DISMISS_REASON_LABELS[reason][lang];
}

/** data-testid of a status button: decision-open, decision-confirmed, decision-dismissed, decision-needs-info. */
export function statusTestId(status: DecisionStatus): string {
  return `decision-${status.replace(/_/g, '-')}`;
}

/** A stamp as the reader reads it, in local time. */
export function formatStamp(iso: string, lang: Lang): string {
  if (!iso) return '';
  return formatDateTime(lang, iso);
}
