/** Why a subject was not rated (ratings.not_rated), in the words of the guidance, Vietnamese first. */
import type { Lang } from '../i18n/index.svelte';

const LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    mien: 'miễn công tác và sinh hoạt đảng',
    om_dau: 'ốm đau dài ngày, điều trị',
    chua_du_thoi_gian: 'chưa đủ thời gian để xếp loại',
    dinh_chi: 'đình chỉ sinh hoạt',
    khac: 'lý do khác'
  },
  en: {
    mien: 'excused from party work and activity',
    om_dau: 'long illness or treatment',
    chua_du_thoi_gian: 'too short a time to be rated',
    dinh_chi: 'suspended from activity',
    khac: 'another reason'
  }
};

const NOT_RATED: Record<Lang, string> = { vi: 'Không xếp loại', en: 'Not rated' };

/** "Không xếp loại (miễn công tác và sinh hoạt đảng)", with the row's note when there is one. */
export function notRatedText(reason: string | null | undefined, note: string | null | undefined, lang: Lang): string {
  const why = [reason ? (LABELS[lang][reason] ?? reason) : '', note ?? ''].filter(Boolean).join(': ');
  return why ? `${NOT_RATED[lang]} (${why})` : NOT_RATED[lang];
}
