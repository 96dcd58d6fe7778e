/**
 * The self-review form's own wording (Mẫu 02A/02B-HD KĐ.ĐG; docs/data-format.md "The self-review form"):
 * its headings are the same in every review, so they are taken out before texts are compared.
 * Stock phrasing beyond these is handled statistically (weighting.ts).
 */
import { fnv1a32 } from './hash';
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

const byLengthDesc = (a: unknown[], b: unknown[]) => b.length - a.length;

// Heading phrases as syllable hashes (what the tokenizer yields), grouped by their first syllable;
// built on first use, as the tokenizer's tables are.
let headingsByFirst: Map<number, number[][]> | undefined;
let headerPhrases: string[][] | undefined;

function headings(): Map<number, number[][]> {
  if (headingsByFirst) return headingsByFirst;
  const map = new Map<number, number[][]>();
  for (const phrase of [...Object.values(SECTION_TITLES).flat(), ...SUBHEADINGS].map((p) => syllables(p).map(fnv1a32)).sort(byLengthDesc)) {
    const list = map.get(phrase[0]) ?? [];
    list.push(phrase);
    map.set(phrase[0], list);
  }
  return (headingsByFirst = map);
}

/**
 * How many syllables at the start of hashes[from..to) are a heading of the form ("hạn chế khuyết
 * điểm và nguyên nhân …"), longest heading first; 0 when none.
 */
export function headingLength(hashes: ArrayLike<number>, from: number, to: number): number {
  if (to <= from) return 0;
  const candidates = headings().get(hashes[from]);
  if (!candidates) return 0;
  outer: for (const phrase of candidates) {
    if (phrase.length > to - from) continue;
    for (let i = 1; i < phrase.length; i++) if (hashes[from + i] !== phrase[i]) continue outer;
    return phrase.length;
  }
  return 0;
}

function startsWith(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length > tokens.length) return false;
  for (let i = 0; i < phrase.length; i++) if (tokens[i] !== phrase[i]) return false;
  return true;
}

const DATE_LINE = /ngày \d{1,2} tháng \d{1,2} năm \d{4}/u;

/** Whether a line (as syllables) is a header line of the form: short, and a label or the place and date. */
export function isHeaderLine(tokens: readonly string[]): boolean {
  if (tokens.length > 16) return false;
  headerPhrases ??= HEADER_LABELS.map((p) => syllables(p)).sort(byLengthDesc);
  return headerPhrases.some((p) => startsWith(tokens, p)) || DATE_LINE.test(tokens.join(' '));
}
