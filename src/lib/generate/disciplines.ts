/**
 * Background discipline decisions: a few members a year (about 3 in 1,000), none of them heads or
 * leaders. Each is rated KHTNV in the year of the decision (so #5 stays silent), the violation lies
 * in that same year (so #6 stays silent), and no member gets two decisions in adjacent years (so
 * #9 stays silent). From 2023 some are self-detected and remedied: they keep HTNV or HTTNV, which
 * QĐ 124 allows (a background hard negative of #5). A few are expelled (khai trừ) and leave.
 */
import { FIRST_YEAR, HTNV, HTTNV, KHTNV, present, YEAR_COUNT, type AdministrativeForm, type Discipline, type Person, type World } from './model';
import { Planter } from './planter';
import { rngFor } from './rng';

const RATE = 0.003;

const REASONS: readonly string[] = [
  'Vi phạm Quy định những điều đảng viên không được làm: tham gia đánh bạc',
  'Vi phạm chính sách dân số: sinh con thứ ba',
  'Vi phạm quy định về quản lý, sử dụng đất đai: tự ý chuyển mục đích sử dụng đất nông nghiệp',
  'Không thực hiện đúng nhiệm vụ đảng viên, bỏ sinh hoạt chi bộ nhiều kỳ không có lý do',
  'Vi phạm quy định về nồng độ cồn khi điều khiển phương tiện giao thông',
  'Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao, để hồ sơ giải quyết quá hạn',
  'Vi phạm quy định về kê khai tài sản, thu nhập',
  'Vay mượn tiền của công dân trên địa bàn rồi không trả đúng hạn, gây dư luận xấu',
  'Vi phạm quy định về phòng, chống bạo lực gia đình'
];

const FORMS: readonly (readonly [Discipline['form'], number])[] = [['khien_trach', 70], ['canh_cao', 25], ['khai_tru', 5]];

/** The heads of units in each year (by year index): never disciplined in the background. */
function headsByYear(world: World): Set<Person>[] {
  const heads: Set<Person>[] = Array.from({ length: YEAR_COUNT }, () => new Set());
  for (const u of world.units) u.head.forEach((h, yi) => h && heads[yi].add(h));
  return heads;
}

export function plantBackgroundDisciplines(world: World): void {
  const rng = rngFor(world.seed, 'background-disciplines');
  const t = new Planter(null, world, 'background-disciplines');
  const heads = headsByYear(world);

  for (const p of world.persons) {
    if (p.planted || p.posts || p.cell.planted) continue;
    for (let yi = p.from; yi <= p.to; yi++) {
      if (!rng.chance(RATE)) continue;
      if (heads[yi].has(p) || p.pmPin[yi] || !present(p, yi)) continue;
      const mates = p.cell.members.filter((m) => present(m, yi));
      if (mates.length < 5 || mates.some((m) => m.pmPin[yi] && m.pmPin[yi] <= HTNV)) continue;
      const year = FIRST_YEAR + yi;
      const form = rng.weighted(FORMS);
      // Version 2: an expelled member leaves on the day of the decision and is no longer rated that year.
      if (world.format === 2 && form === 'khai_tru') {
        if (yi === p.from) continue;
        const decided = t.date(year, rng.int(2, 11), rng.int(1, 28));
        t.discipline({ subjectType: 'person', subjectId: p.id, decided, form, violationFrom: year, violationTo: year, selfDetected: false, reason: rng.pick(REASONS) }, p);
        p.to = yi - 1;
        p.leftOn = decided;
        break;
      }
      const selfDetected = year >= 2023 && form === 'khien_trach' && rng.chance(0.35);
      t.pinMember(p, year, selfDetected ? (rng.chance(0.5) ? HTNV : HTTNV) : KHTNV);
      const explicit = rng.chance(0.5);
      t.discipline({
        subjectType: 'person',
        subjectId: p.id,
        decided: t.date(year, rng.int(2, 11), rng.int(1, 28)),
        form,
        violationFrom: explicit ? year : null,
        violationTo: explicit ? year : null,
        selfDetected,
        reason: rng.pick(REASONS)
      }, p);
      if (form === 'khai_tru') p.to = yi;
      break;
    }
  }
}

const ADMINISTRATIVE_RATE = 0.002;

const ADMINISTRATIVE_REASONS: readonly string[] = [
  'Vi phạm quy định về thời hạn giải quyết thủ tục hành chính, để hồ sơ của công dân quá hạn nhiều lần',
  'Thiếu trách nhiệm trong thẩm định hồ sơ, để xảy ra sai sót trong cấp giấy chứng nhận quyền sử dụng đất',
  'Vi phạm quy định về chế độ báo cáo, tham mưu không kịp thời',
  'Vi phạm quy tắc ứng xử của cán bộ, công chức, viên chức trong thi hành công vụ',
  'Tự ý nghỉ việc nhiều ngày không có lý do chính đáng'
];

const ADMINISTRATIVE_FORMS: readonly (readonly [AdministrativeForm, number])[] = [['khien_trach', 60], ['canh_cao', 28], ['ha_bac_luong', 12]];

/**
 * Version 2: administrative discipline of civil servants (system chinh_quyen), about 2 in 1,000 a
 * year, never of heads or leaders. The civil-servant row of that year is KHTNV (so #5, which covers
 * the civil-servant and leader rows for such a decision, stays silent), the violation lies in the
 * same year (#6 silent); the party-member row is left to the background (not covered).
 */
export function plantAdministrativeDisciplines(world: World): void {
  const rng = rngFor(world.seed, 'background-administrative-disciplines');
  const t = new Planter(null, world, 'background-administrative-disciplines');
  const heads = headsByYear(world);
  for (const p of world.persons) {
    if (!p.civilServant || p.planted || p.posts || p.cell.planted) continue;
    for (let yi = p.from; yi <= p.to; yi++) {
      if (!rng.chance(ADMINISTRATIVE_RATE)) continue;
      if (!present(p, yi) || heads[yi].has(p) || p.disciplinedYears & (1 << yi)) continue;
      const year = FIRST_YEAR + yi;
      t.pinCivilServant(p, year, KHTNV);
      t.discipline({
        subjectType: 'person',
        subjectId: p.id,
        decided: t.date(year, rng.int(2, 11), rng.int(1, 28)),
        form: rng.weighted(ADMINISTRATIVE_FORMS),
        system: 'chinh_quyen',
        violationFrom: rng.chance(0.5) ? year : null,
        violationTo: null,
        selfDetected: false,
        reason: rng.pick(ADMINISTRATIVE_REASONS),
        decisionNo: `${rng.int(100, 2990)}/QĐ-UBND`
      }, p);
      break;
    }
  }
}
