/**
 * The self-review form's own wording (DOMAIN.md "The self-review form", Mẫu 02A/02B-HD KĐ.ĐG):
 * its headings are the same in every review, so they are taken out before texts are compared.
 * Stock phrasing beyond these is handled statistically (weighting.ts).
 */
import { syllables } from './normalise';

/** Section titles by section number (I = 1 … VII = 7), with the variants seen on real forms. */
export const SECTION_TITLES: Record<number, readonly string[]> = {
  1: ['Ưu điểm, kết quả đạt được', 'Ưu điểm'],
  2: ['Hạn chế, khuyết điểm và nguyên nhân', 'Hạn chế, khuyết điểm', 'Những hạn chế, khuyết điểm và nguyên nhân'],
  3: [
    'Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra ở các kỳ kiểm điểm trước',
    'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
    'Kết quả khắc phục hạn chế, khuyết điểm'
  ],
  4: ['Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', 'Giải trình những vấn đề được gợi ý kiểm điểm'],
  5: [
    'Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    'Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể'
  ],
  6: ['Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', 'Phương hướng, biện pháp khắc phục'],
  7: ['Tự nhận mức xếp loại chất lượng', 'Tự nhận mức xếp loại']
};

/** Numbered items of section I and other sub-headings the form prints. */
export const SUBHEADINGS: readonly string[] = [
  'Về phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, tác phong, lề lối làm việc',
  'Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, tác phong, lề lối làm việc',
  'Về phẩm chất chính trị, đạo đức, lối sống',
  'Phẩm chất chính trị, đạo đức, lối sống',
  'Về thực hiện chức trách, nhiệm vụ được giao',
  'Thực hiện chức trách, nhiệm vụ được giao',
  'Về việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
  'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
  'Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
  'Nguyên nhân của hạn chế, khuyết điểm',
  'Nguyên nhân'
];

/** Labels of the header block ("Họ và tên: …"): a line starting with one of them is header, not substance. */
export const HEADER_LABELS: readonly string[] = [
  'Đảng Cộng sản Việt Nam',
  'Đảng bộ',
  'Chi bộ',
  'Bản kiểm điểm cá nhân',
  'Bản kiểm điểm',
  'Năm',
  'Họ và tên',
  'Họ tên',
  'Ngày sinh',
  'Chức vụ',
  'Chức vụ đảng',
  'Chức vụ chính quyền',
  'Đơn vị công tác',
  'Đơn vị',
  'Nơi công tác'
];

/**
 * Where the signature block starts: text after it is the signer's name and date, not substance.
 * A line that is only "Người (tự) kiểm điểm", or the "(Ký, ghi rõ họ tên)" instruction.
 */
export const SIGNATURE_MARK = /^[ \t]*người\s+(?:tự\s+)?kiểm\s+điểm[ \t]*$|\(\s*ký,?\s+ghi\s+rõ\s+họ\s+(?:và\s+)?tên\s*\)/imu;

const toTokens = (phrases: readonly string[]): string[][] =>
  phrases.map((p) => syllables(p)).sort((a, b) => b.length - a.length);

const HEADING_PHRASES: string[][] = toTokens([...Object.values(SECTION_TITLES).flat(), ...SUBHEADINGS]);
const HEADER_PHRASES: string[][] = toTokens(HEADER_LABELS);

function startsWith(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length > tokens.length) return false;
  for (let i = 0; i < phrase.length; i++) if (tokens[i] !== phrase[i]) return false;
  return true;
}

/** The syllables of a sentence without a leading heading of the form ("hạn chế khuyết điểm và nguyên nhân …"). */
export function stripHeading(tokens: string[]): string[] {
  for (const phrase of HEADING_PHRASES) if (startsWith(tokens, phrase)) return tokens.slice(phrase.length);
  return tokens;
}

const DATE_LINE = /ngày \d{1,2} tháng \d{1,2} năm \d{4}/u;

/** Whether a line (as syllables) is a header line of the form: short, and a label or the place and date. */
export function isHeaderLine(tokens: readonly string[]): boolean {
  if (tokens.length > 16) return false;
  return HEADER_PHRASES.some((p) => startsWith(tokens, p)) || DATE_LINE.test(tokens.join(' '));
}
