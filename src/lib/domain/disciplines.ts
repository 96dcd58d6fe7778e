import type { Label } from './label';
import { foldVietnamese, type ParseResult } from './levels';

/**
 * Discipline forms (docs/data-format.md disciplines.csv), mildest first: the Party's (khiển trách …
 * khai trừ, giải tán for an organisation) and the administration's over cadres and civil servants
 * (khiển trách … buộc thôi việc).
 */
export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec', 'khai_tru', 'giai_tan'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

// Severity orders forms for "at least as severe as" (a rule parameter); the administrative steps
// between cảnh cáo and cách chức sit between them.
export const DISCIPLINE_LABELS: Record<DisciplineForm, Label & { severity: number }> = {
  khien_trach: { vi: 'Khiển trách', en: 'reprimand', severity: 1 },
  canh_cao: { vi: 'Cảnh cáo', en: 'warning', severity: 2 },
  ha_bac_luong: { vi: 'Hạ bậc lương', en: 'salary grade reduction', severity: 2.3 },
  giang_chuc: { vi: 'Giáng chức', en: 'demotion', severity: 2.6 },
  cach_chuc: { vi: 'Cách chức', en: 'dismissal', severity: 3 },
  buoc_thoi_viec: { vi: 'Buộc thôi việc', en: 'forced termination', severity: 4 },
  khai_tru: { vi: 'Khai trừ', en: 'expulsion', severity: 4 },
  giai_tan: { vi: 'Giải tán', en: 'dissolution', severity: 4 }
};

/** Forms only the Party gives (khai trừ, giải tán) and only the administration gives (the rest of its scale). */
export const PARTY_ONLY_FORMS: readonly DisciplineForm[] = ['khai_tru', 'giai_tan'];
export const ADMINISTRATIVE_ONLY_FORMS: readonly DisciplineForm[] = ['ha_bac_luong', 'giang_chuc', 'buoc_thoi_viec'];

export function parseDisciplineForm(raw: string | null | undefined): ParseResult<DisciplineForm> {
  const folded = foldVietnamese(raw ?? '').replace(/ /g, '_');
  const fold = (label: string) => foldVietnamese(label).replace(/ /g, '_');
  const hit = DISCIPLINE_FORMS.find((f) => f === folded || fold(DISCIPLINE_LABELS[f].vi) === folded || fold(DISCIPLINE_LABELS[f].en) === folded);
  if (hit) return { ok: true, value: hit };
  return { ok: false, error: `không nhận ra hình thức kỷ luật "${raw ?? ''}" (unknown discipline form; expected ${DISCIPLINE_FORMS.join(', ')})` };
}
