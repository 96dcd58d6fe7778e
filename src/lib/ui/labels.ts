/**
 * Labels the pages build from a code and the dictionary: a unit kind, why a subject was not
 * rated. An unknown code is shown as it is, so that a new code in the data is never hidden.
 */
import { DISCIPLINE_LABELS, type DisciplineForm } from '../domain/disciplines';
import type { Lang } from '../domain/label';
import { messages } from '../i18n/dictionaries';

/** A code's label from one of the dictionary's tables; undefined for a code the table lacks. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, code: unknown): string | undefined {
  const key = String(code);
  return Object.hasOwn(labels, key) ? labels[key as K] : undefined;
}

/** A unit kind's label ("Chi bộ trực thuộc"). */
export function kindLabel(kind: unknown, lang: Lang): string {
  return labelOf(messages(lang).units.kinds, kind) ?? String(kind ?? '');
}

/** "Không xếp loại (miễn công tác và sinh hoạt đảng)", with the row's note when there is one. */
export function notRatedText(reason: string | null | undefined, note: string | null | undefined, lang: Lang): string {
  const words = messages(lang).notRated;
  const why = [reason ? (labelOf(words.reasons, reason) ?? reason) : '', note ?? ''].filter(Boolean).join(': ');
  return why ? `${words.label} (${why})` : words.label;
}

/** A discipline form's name ("Khiển trách"); an unknown form as it is. */
export function formLabel(form: unknown, lang: Lang): string {
  return DISCIPLINE_LABELS[form as DisciplineForm]?.[lang] ?? String(form ?? '');
}

/** The years a discipline's violation spans: "2021", or "2021–2023"; empty when unknown. */
export function violationYears(from: unknown, to: unknown): string {
  const first = from === null || from === undefined ? '' : String(from);
  return to !== null && to !== undefined && to !== from ? `${first}–${to}` : first;
}
