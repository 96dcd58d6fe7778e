/** Why a subject was not rated (ratings.not_rated), in the words of the guidance, Vietnamese first: `i18n.m.notRated`. */
import { translated } from '../translated';
export const notRated = translated({
  vi: {
    label: 'Không xếp loại',
    reasons: {
      mien: 'miễn công tác và sinh hoạt đảng',
      om_dau: 'ốm đau dài ngày, điều trị',
      chua_du_thoi_gian: 'chưa đủ thời gian để xếp loại',
      dinh_chi: 'đình chỉ sinh hoạt',
      khac: 'lý do khác'
    }
  },
  en: {
    label: 'Not rated',
    reasons: {
      mien: 'excused from party work and activity',
      om_dau: 'long illness or treatment',
      chua_du_thoi_gian: 'too short a time to be rated',
      dinh_chi: 'suspended from activity',
      khac: 'another reason'
    }
  }
});

export type NotRatedWords = (typeof notRated)['vi'];
