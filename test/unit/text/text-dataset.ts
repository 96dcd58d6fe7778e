/**
 * A small dataset for the text rules: one district, two grassroots organisations, 40 members rated
 * 2020–2023, an honest review for every member-year, and planted copies (see PLANTED).
 */
import type { CanonicalRow } from '../../../src/lib/data/values';
import { honestParts, renderReview, rng, type ReviewParts } from './review-fixtures';

export const YEARS = [2020, 2021, 2022, 2023];
const pid = (i: number) => `P${String(i).padStart(2, '0')}`;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Văn An', 'Thị Bình', 'Đức Cường', 'Thị Dung', 'Minh Hải', 'Thu Hà', 'Quang Huy', 'Thị Lan', 'Văn Long', 'Ngọc Mai'];
const nameOf = (i: number) => `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
/** Cells: C1, C2 under G1; C3 under G2. Members 1–26 in G1, 27–40 in G2. */
const cellOf = (i: number) => (i <= 13 ? 'C1' : i <= 26 ? 'C2' : 'C3');

const parts = (i: number, year: number): ReviewParts => honestParts(i * 1000 + year, nameOf(i), year, `Chi bộ ${cellOf(i)}`);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Each planted case and the flags it must cause (rule, person, year). */
export const PLANTED = {
  exactCopy: { person: 'P01', year: 2023, of: 2022 },
  yearAndTwoSentences: { person: 'P02', year: 2023, of: 2022 },
  reordered: { person: 'P03', year: 2023, of: 2022 },
  twoYearsBack: { person: 'P04', year: 2023, of: 2021 },
  colleagues: { persons: ['P05', 'P06'], year: 2022 },
  otherOrganisation: { persons: ['P07', 'P30'], year: 2021 },
  weaknesses3: { person: 'P11', years: [2021, 2022, 2023] },
  weaknesses4: { person: 'P12', years: [2020, 2021, 2022, 2023] },
  weaknesses2Only: { person: 'P13', years: [2022, 2023] },
  /** The weaknesses repeated 2021–2023, the causes re-worded each year: still a repeat. */
  weaknessesCausesReworded: { person: 'P14', years: [2021, 2022, 2023] },
  /** The causes repeated word for word 2021–2023, the weaknesses new each year: no repeat. */
  causesOnly: { person: 'P15', years: [2021, 2022, 2023] }
} as const;

/** Causes (part 2 of section II) that differ each year. */
const rewordedCauses = (year: number): string[] =>
  ({
    2021: ['Nguyên nhân chủ yếu là bản thân chưa sắp xếp thời gian hợp lý giữa công việc chuyên môn và công tác đoàn thể.'],
    2022: ['Nguyên nhân khách quan là địa bàn rộng, dân cư phân tán; nguyên nhân chủ quan là tôi còn ngại va chạm.'],
    2023: ['Nguyên nhân do khối lượng hồ sơ tăng nhiều so với năm trước, trong khi việc tự học nghiệp vụ còn chưa thường xuyên.']
  })[year] ?? [];

/** Causes long enough that, compared with the weaknesses, they would make section II look repeated. */
const SAME_CAUSES = [
  'Nguyên nhân chủ quan là bản thân chưa dành thời gian nghiên cứu kỹ các văn bản hướng dẫn về chuyển đổi số trong quản lý hộ tịch ở xã.',
  'Việc phối hợp với tổ dân phố số 7 và chi hội phụ nữ xóm Bãi trong tuyên truyền vận động còn lỏng lẻo, còn trông chờ vào cán bộ chuyên trách.'
];

function reviewOf(i: number, year: number): string {
  const id = pid(i);
  const p = parts(i, year);
  if (id === 'P01' && year === 2023) return renderReview(parts(1, 2022));
  if (id === 'P02' && year === 2023) {
    const old = parts(2, 2022);
    const tasks = [...old.tasks];
    tasks[0] = tasks[0].replace('2022', '2023');
    tasks[2] = 'Được phân công theo dõi công tác thi đua, khen thưởng của chi bộ trong sáu tháng cuối năm.';
    tasks[4] = 'Tham gia tổ công tác rà soát hộ cận nghèo của thôn vào tháng mười một.';
    return renderReview({ ...old, year: 2023, tasks });
  }
  if (id === 'P03' && year === 2023) {
    const old = parts(3, 2022);
    return renderReview({
      ...old,
      year: 2023,
      qualities: shuffled(old.qualities, 1),
      tasks: shuffled(old.tasks, 2),
      weaknesses: shuffled(old.weaknesses, 3),
      plans: shuffled(old.plans, 4)
    });
  }
  if (id === 'P04' && year === 2023) return renderReview({ ...parts(4, 2021), year: 2023 });
  if (id === 'P06' && year === 2022) {
    const theirs = parts(5, 2022);
    const tasks = [...theirs.tasks];
    tasks[3] = 'Trực tiếp phụ trách công tác đoàn viên thanh niên của thôn.';
    return renderReview({ ...theirs, name: nameOf(6), position: 'Chi hội trưởng Hội Cựu chiến binh', tasks });
  }
  if (id === 'P30' && year === 2021) return renderReview({ ...parts(7, 2021), name: nameOf(30), cell: 'Chi bộ C3' });
  if (id === 'P11' && year >= 2022) return renderReview({ ...p, weaknesses: parts(11, 2021).weaknesses });
  if (id === 'P12' && year >= 2021) return renderReview({ ...p, weaknesses: parts(12, 2020).weaknesses });
  if (id === 'P13' && year === 2023) return renderReview({ ...p, weaknesses: parts(13, 2022).weaknesses });
  if (id === 'P14' && year >= 2021) return renderReview({ ...p, weaknesses: parts(14, 2021).weaknesses, causes: rewordedCauses(year) });
  if (id === 'P15' && year >= 2021) return renderReview({ ...p, causes: SAME_CAUSES });
  return renderReview(p);
}

export interface TextDataset {
  units: CanonicalRow[];
  people: CanonicalRow[];
  ratings: CanonicalRow[];
  reviews: CanonicalRow[];
}

export function textDataset(form: 'NFC' | 'NFD' = 'NFC'): TextDataset {
  const units: CanonicalRow[] = [
    { unit_id: 'H', name: 'Huyện ủy Thanh Trì', parent_id: null, kind: 'cap_tren' },
    { unit_id: 'G1', name: 'Đảng bộ xã Tân Triều', parent_id: 'H', kind: 'co_so' },
    { unit_id: 'G2', name: 'Đảng bộ xã Thanh Liệt', parent_id: 'H', kind: 'co_so' },
    { unit_id: 'C1', name: 'Chi bộ thôn Yên Xá', parent_id: 'G1', kind: 'chi_bo' },
    { unit_id: 'C2', name: 'Chi bộ thôn Triều Khúc', parent_id: 'G1', kind: 'chi_bo' },
    { unit_id: 'C3', name: 'Chi bộ thôn Văn Điển', parent_id: 'G2', kind: 'chi_bo' }
  ];
  const people: CanonicalRow[] = [];
  const ratings: CanonicalRow[] = [];
  const reviews: CanonicalRow[] = [];
  for (let i = 1; i <= 40; i++) {
    people.push({ person_id: pid(i), full_name: nameOf(i), birth_year: 1970 + (i % 25), gender: i % 2 ? 'nam' : 'nu' });
    for (const year of YEARS) {
      ratings.push({ year, subject_type: 'person', subject_id: pid(i), unit_id: cellOf(i), track: 'party_member', level: 'HTTNV', rank: 3 });
      reviews.push({ person_id: pid(i), year, text: reviewOf(i, year).normalize(form) });
    }
  }
  return { units, people, ratings, reviews };
}
