/**
 * Who the members of each kind of cell are: their role family (which pool of review sentences they
 * draw from), their job title, gender balance and birth years.
 */
import type { Domain, Gender } from './model';
import type { Rng } from './rng';

/** Role families of review sentences (reviews/templates.ts). */
export type RoleFamily = 'village' | 'teacher' | 'commune_staff' | 'party_staff' | 'civil_servant' | 'tax' | 'police' | 'military' | 'health' | 'enterprise';

export interface RoleDraw {
  role: RoleFamily;
  job: string;
  gender: Gender;
  birthYear: number;
}

const VILLAGE_JOBS: readonly (readonly [string, number, [number, number]])[] = [
  ['Đảng viên, nông dân', 40, [1958, 1988]],
  ['Đảng viên, cán bộ hưu trí', 30, [1938, 1962]],
  ['Đảng viên, hộ kinh doanh', 10, [1965, 1992]],
  ['Đảng viên, cựu chiến binh', 10, [1945, 1965]],
  ['Đảng viên, công nhân', 6, [1975, 1998]],
  ['Đảng viên, giáo viên nghỉ hưu', 4, [1945, 1963]]
];

const COMMUNE_STAFF_JOBS = [
  'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch', 'Công chức Địa chính - Xây dựng', 'Công chức Tài chính - Kế toán',
  'Công chức Văn hóa - Xã hội', 'Chủ tịch Hội Nông dân', 'Chủ tịch Hội Liên hiệp Phụ nữ', 'Chủ tịch Hội Cựu chiến binh',
  'Chủ tịch Ủy ban MTTQ Việt Nam', 'Bí thư Đoàn Thanh niên', 'Cán bộ Văn phòng Đảng ủy', 'Công chức Địa chính - Nông nghiệp'
];

function birth(rng: Rng, from: number, to: number): number {
  return rng.int(from, to);
}

/** A member for a cell of this domain. `where` names the cell's place for the job title. */
export function drawRole(rng: Rng, domain: Domain, where: string): RoleDraw {
  switch (domain) {
    case 'thon':
    case 'to_dan_pho': {
      const [job, , [a, b]] = rng.weighted(VILLAGE_JOBS.map((j) => [j, j[1]] as const));
      const gender: Gender = rng.chance(job.includes('cựu chiến binh') ? 0.05 : 0.32) ? 'nu' : 'nam';
      return { role: 'village', job, gender, birthYear: birth(rng, a, b) };
    }
    case 'co_quan_xa':
      return { role: 'commune_staff', job: `${rng.pick(COMMUNE_STAFF_JOBS)} ${where}`, gender: rng.chance(0.4) ? 'nu' : 'nam', birthYear: birth(rng, 1968, 1994) };
    case 'truong_xa':
    case 'truong_thpt':
    case 'tieu_hoc': {
      const job = rng.chance(0.85) ? `Giáo viên ${where}` : rng.chance(0.5) ? `Tổ trưởng chuyên môn, ${where}` : `Nhân viên kế toán ${where}`;
      return { role: 'teacher', job, gender: rng.chance(0.72) ? 'nu' : 'nam', birthYear: birth(rng, 1966, 1996) };
    }
    case 'cong_an_xa':
    case 'doi_cong_an':
      return { role: 'police', job: `Cán bộ ${where}`, gender: rng.chance(0.12) ? 'nu' : 'nam', birthYear: birth(rng, 1972, 1998) };
    case 'quan_su_xa':
    case 'ban_quan_su':
      return { role: 'military', job: domain === 'quan_su_xa' ? `Cán bộ ${where}` : `Sĩ quan ${where}`, gender: rng.chance(0.06) ? 'nu' : 'nam', birthYear: birth(rng, 1970, 1997) };
    case 'ban_dang':
      return { role: 'party_staff', job: `Chuyên viên ${where}`, gender: rng.chance(0.45) ? 'nu' : 'nam', birthYear: birth(rng, 1968, 1995) };
    case 'phong':
      return { role: 'civil_servant', job: `Chuyên viên ${where}`, gender: rng.chance(0.48) ? 'nu' : 'nam', birthYear: birth(rng, 1968, 1996) };
    case 'thue':
      return { role: 'tax', job: `Công chức ${where}`, gender: rng.chance(0.5) ? 'nu' : 'nam', birthYear: birth(rng, 1968, 1995) };
    case 'khoa': {
      const job = rng.weighted([[`Bác sĩ ${where}`, 45], [`Điều dưỡng ${where}`, 35], [`Dược sĩ ${where}`, 8], [`Kỹ thuật viên ${where}`, 12]] as const);
      return { role: 'health', job, gender: rng.chance(0.6) ? 'nu' : 'nam', birthYear: birth(rng, 1966, 1996) };
    }
    case 'doanh_nghiep': {
      const job = rng.weighted([[`Kỹ sư, ${where}`, 30], [`Công nhân, ${where}`, 35], [`Nhân viên kế toán, ${where}`, 15], [`Trưởng ca sản xuất, ${where}`, 20]] as const);
      return { role: 'enterprise', job, gender: rng.chance(0.4) ? 'nu' : 'nam', birthYear: birth(rng, 1970, 1997) };
    }
    default:
      return { role: 'party_staff', job: `Chuyên viên ${where}`, gender: rng.chance(0.45) ? 'nu' : 'nam', birthYear: birth(rng, 1968, 1995) };
  }
}

/** A member admitted in `year`: young. */
export function drawNewMember(rng: Rng, domain: Domain, where: string, year: number): RoleDraw {
  const r = drawRole(rng, domain, where);
  const job = r.job.replace('cán bộ hưu trí', 'nông dân').replace('giáo viên nghỉ hưu', 'nông dân').replace('cựu chiến binh', 'thanh niên');
  return { ...r, job, birthYear: year - rng.int(20, 34) };
}
