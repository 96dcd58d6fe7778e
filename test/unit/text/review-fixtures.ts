/**
 * Self-reviews for the text tests, written on the real form (docs/data-format.md "The self-review form"):
 * every review shares the headings and stock phrases that all members write, and differs in
 * substance (tasks, figures, places, weaknesses) drawn from slot-filled templates. Seeded: the same
 * seed gives the same texts.
 */
import { formHead, HEADINGS } from '../../fixtures/review-form';
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Phrases every member writes: they must not make two honest reviews look copied. */
export const STOCK_QUALITIES = [
  'Luôn trung thành với mục tiêu, lý tưởng của Đảng, kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.',
  'Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và các quy định của địa phương.',
  'Có lối sống giản dị, lành mạnh, đoàn kết, gần gũi với đồng chí, đồng nghiệp và nhân dân.',
  'Giữ gìn phẩm chất đạo đức cách mạng, không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".',
  'Thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình trong sinh hoạt chi bộ.',
  'Tham gia đầy đủ các buổi sinh hoạt chi bộ, đóng đảng phí đúng quy định.',
  'Tích cực học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  'Luôn giữ mối liên hệ mật thiết với nhân dân nơi cư trú, gương mẫu thực hiện nghĩa vụ công dân.'
];
export const STOCK_WEAKNESSES = [
  'Đôi lúc còn ngại va chạm trong đấu tranh tự phê bình và phê bình.',
  'Việc nghiên cứu, học tập nghị quyết có lúc chưa thường xuyên.',
  'Nguyên nhân chủ yếu là do khối lượng công việc chuyên môn nhiều, thời gian dành cho việc tự học còn ít.'
];
const STOCK_CLOSING = [
  'Tiếp tục rèn luyện, tu dưỡng phẩm chất chính trị, đạo đức, lối sống.',
  'Phát huy ưu điểm, khắc phục hạn chế, khuyết điểm, hoàn thành tốt nhiệm vụ được giao.',
  'Thường xuyên nghiên cứu, học tập nâng cao trình độ lý luận chính trị, chuyên môn nghiệp vụ.'
];

const TASKS = [
  'chủ trì {n} cuộc họp giao ban về {topic} tại {place}',
  'trực tiếp hướng dẫn {n} hộ dân hoàn thiện hồ sơ {doc}',
  'tham mưu ban hành {n} văn bản về {topic}',
  'phối hợp với {org} giải quyết {n} đơn thư liên quan đến {topic}',
  'theo dõi tiến độ công trình {project} với tổng kinh phí {money} triệu đồng',
  'tổ chức {n} lớp tập huấn về {topic} cho cán bộ {place}',
  'kiểm tra {n} cơ sở kinh doanh trên địa bàn {place} về {topic}',
  'vận động nhân dân hiến {n} mét vuông đất để làm đường {project}',
  'hoàn thành việc cấp {n} giấy chứng nhận {doc} đúng thời hạn',
  'xây dựng kế hoạch {topic} năm {year} và triển khai tới {place}',
  'thu {money} triệu đồng ủng hộ quỹ {fund}',
  'giải quyết dứt điểm {n} vụ việc tồn đọng về {topic} ở {place}',
  'đôn đốc {org} hoàn thành chỉ tiêu {topic} đạt {pct}%',
  'tham gia đoàn công tác của {org} kiểm tra {topic} tại {place}',
  'biên soạn tài liệu hướng dẫn {topic} gồm {n} chuyên đề'
];
const TOPICS = ['chuyển đổi số', 'an toàn thực phẩm', 'giải phóng mặt bằng', 'xây dựng nông thôn mới', 'cải cách hành chính', 'phòng chống dịch bệnh',
  'bảo vệ môi trường', 'an ninh trật tự', 'đất đai', 'bảo hiểm y tế', 'phổ cập giáo dục', 'phòng chống thiên tai', 'thu ngân sách', 'dân số kế hoạch hóa gia đình',
  'quản lý trật tự xây dựng', 'giảm nghèo bền vững', 'khuyến nông', 'văn hóa cơ sở', 'phòng cháy chữa cháy', 'hòa giải ở cơ sở'];
const PLACES = ['thôn Đông', 'thôn Đoài', 'tổ dân phố số 3', 'xóm Bãi', 'khu tái định cư Cầu Giấy', 'thôn Thượng', 'thôn Hạ', 'xóm Chùa', 'khu phố Ga', 'thôn An Lạc',
  'tổ dân phố Hòa Bình', 'xóm Mới', 'thôn Phú Mỹ', 'thôn Tân Lập', 'khu công nghiệp Phố Nối'];
const ORGS = ['Ủy ban nhân dân xã', 'Hội Nông dân', 'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Mặt trận Tổ quốc', 'Công an xã', 'phòng Tài nguyên và Môi trường', 'trạm y tế',
  'Hội Cựu chiến binh', 'ban quản lý dự án'];
const DOCS = ['quyền sử dụng đất', 'hộ kinh doanh', 'hộ nghèo', 'bảo trợ xã hội', 'khai sinh', 'chứng thực', 'đăng ký tạm trú'];
const PROJECTS = ['liên thôn Đông - Đoài', 'trường mầm non Hoa Sen', 'nhà văn hóa thôn Thượng', 'kênh mương nội đồng', 'trạm bơm Cửa Sông', 'chợ trung tâm', 'đường trục xã số 2'];
const FUNDS = ['vì người nghèo', 'đền ơn đáp nghĩa', 'khuyến học', 'phòng chống thiên tai'];

const WEAKNESSES = [
  'Việc {activity} có lúc còn chậm, nhất là trong {topic}.',
  'Công tác {activity} chưa sâu sát, chưa kịp thời nắm bắt tình hình {topic} ở {place}.',
  'Một số nhiệm vụ về {topic} hoàn thành chưa đúng tiến độ, còn {n} hồ sơ phải gia hạn.',
  'Việc phối hợp với {org} trong {topic} có lúc chưa chặt chẽ.',
  'Chưa chủ động đề xuất giải pháp tháo gỡ khó khăn về {topic} tại {place}.',
  'Việc {activity} còn mang tính hình thức, hiệu quả chưa cao.',
  'Tỷ lệ {topic} mới đạt {pct}% so với kế hoạch đề ra.',
  'Kỹ năng {skill} còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới.'
];
const ACTIVITIES = ['kiểm tra, đôn đốc', 'tuyên truyền, vận động', 'cập nhật văn bản mới', 'báo cáo định kỳ', 'tiếp công dân', 'lưu trữ hồ sơ', 'theo dõi, giám sát', 'sơ kết, tổng kết'];
const SKILLS = ['ứng dụng công nghệ thông tin', 'soạn thảo văn bản', 'thuyết trình trước đám đông', 'quản lý thời gian', 'ngoại ngữ'];

const POSITIONS = ['Bí thư chi bộ', 'Phó Chủ tịch Ủy ban nhân dân xã', 'Công chức địa chính', 'Trưởng thôn', 'Giáo viên', 'Chi hội trưởng Hội Nông dân', 'Kế toán'];

function fill(r: () => number, t: string, year: number): string {
  const s = t
    .replace(/\{n\}/g, () => String(int(r, 2, 48)))
    .replace(/\{money\}/g, () => String(int(r, 12, 950)))
    .replace(/\{pct\}/g, () => String(int(r, 55, 99)))
    .replace(/\{year\}/g, String(year))
    .replace(/\{topic\}/g, () => pick(r, TOPICS))
    .replace(/\{place\}/g, () => pick(r, PLACES))
    .replace(/\{org\}/g, () => pick(r, ORGS))
    .replace(/\{doc\}/g, () => pick(r, DOCS))
    .replace(/\{project\}/g, () => pick(r, PROJECTS))
    .replace(/\{fund\}/g, () => pick(r, FUNDS))
    .replace(/\{activity\}/g, () => pick(r, ACTIVITIES))
    .replace(/\{skill\}/g, () => pick(r, SKILLS));
  return s;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function sample<T>(r: () => number, xs: readonly T[], k: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}

export interface ReviewParts {
  name: string;
  position: string;
  cell: string;
  year: number;
  qualities: string[];
  tasks: string[];
  weaknesses: string[];
  /** Part 2 of section II; honest reviews of the fixtures name none. */
  causes?: string[];
  remedies: string[];
  plans: string[];
  level: string;
}

/** The substance of an honest review: stock qualities plus this person's own tasks and weaknesses that year. */
export function honestParts(seed: number, name: string, year: number, cell = 'Chi bộ thôn Đông'): ReviewParts {
  const r = rng(seed);
  const tasks = Array.from({ length: int(r, 6, 9) }, (_, i) => capitalise(`${i === 0 ? `trong năm ${year}, tôi đã ` : ''}${fill(r, pick(r, TASKS), year)}.`));
  const weaknesses = [...sample(r, WEAKNESSES, 3).map((t) => fill(r, t, year)), ...sample(r, STOCK_WEAKNESSES, 1)];
  return {
    name,
    position: pick(r, POSITIONS),
    cell,
    year,
    qualities: sample(r, STOCK_QUALITIES, 5),
    tasks,
    weaknesses,
    remedies: [fill(r, 'Đã khắc phục việc {activity} chậm trễ trong {topic} được chỉ ra năm trước, hoàn thành {n} hồ sơ tồn đọng.', year)],
    plans: [...sample(r, STOCK_CLOSING, 2), fill(r, 'Tập trung giải quyết dứt điểm các vụ việc về {topic} ở {place} trong quý I năm sau.', year)],
    level: pick(r, ['Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ'])
  };
}

/** The review as submitted, on the form: header, sections I.–VII., signature. */
export function renderReview(p: ReviewParts): string {
  return [
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    `Thôn Đông, ngày 10 tháng 12 năm ${p.year}`,
    ...formHead(p),
    HEADINGS.I1,
    p.qualities.join(' '),
    HEADINGS.I2,
    p.tasks.join(' '),
    HEADINGS.II,
    [...p.weaknesses, ...(p.causes ?? [])].join(' '),
    HEADINGS.III,
    p.remedies.join(' '),
    HEADINGS.IV,
    'Không có.',
    HEADINGS.V,
    'Không có.',
    HEADINGS.VI,
    p.plans.join(' '),
    HEADINGS.VII,
    `Tự nhận mức xếp loại: ${p.level}.`,
    'NGƯỜI TỰ KIỂM ĐIỂM',
    '(Ký, ghi rõ họ tên)',
    p.name
  ].join('\n');
}

export function honestReview(seed: number, name: string, year: number, cell?: string): string {
  return renderReview(honestParts(seed, name, year, cell));
}
