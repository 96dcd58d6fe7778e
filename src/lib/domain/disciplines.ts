import { foldVietnamese, type ParseResult } from './levels';

/** Discipline forms (FORMAT.md disciplines.csv), mildest first. */
export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru', 'giai_tan'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const DISCIPLINE_LABELS: Record<DisciplineForm, { vi: string; en: string; severity: number }> = {
  khien_trach: { vi: 'Khiển trách', en: 'reprimand', severity: 1 },
  canh_cao: { vi: 'Cảnh cáo', en: 'warning', severity: 2 },
  cach_chuc: { vi: 'Cách chức', en: 'dismissal', severity: 3 },
  khai_tru: { vi: 'Khai trừ', en: 'expulsion', severity: 4 },
  giai_tan: { vi: 'Giải tán', en: 'dissolution', severity: 4 }
};

export function parseDisciplineForm(raw: string | null | undefined): ParseResult<DisciplineForm> {
  const folded = foldVietnamese(raw ?? '').replace(/ /g, '_');
  const hit = DISCIPLINE_FORMS.find((f) => f === folded || foldVietnamese(DISCIPLINE_LABELS[f].vi).replace(/ /g, '_') === folded || DISCIPLINE_LABELS[f].en === folded);
  if (hit) return { ok: true, value: hit };
  return { ok: false, error: `không nhận ra hình thức kỷ luật "${raw ?? ''}" (unknown discipline form; expected ${DISCIPLINE_FORMS.join(', ')})` };
}
