import { describe, expect, it } from 'vitest';
import { sectionBody, splitSections, weaknessesPart } from '../../../src/lib/text/sections';
import { reviewSentences } from '../../../src/lib/text/sentence-match';

const TITLE = 'Hạn chế, khuyết điểm và nguyên nhân\n';

describe('part 1 of section II (the weaknesses)', () => {
  it('ends where the numbered part "2. Nguyên nhân" begins', () => {
    const body = `${TITLE}1. Hạn chế, khuyết điểm\nChưa nắm chắc tình hình hộ nghèo.\n2. Nguyên nhân\nDo chủ quan.\n`;
    expect(weaknessesPart(body)).toBe(`${TITLE}1. Hạn chế, khuyết điểm\nChưa nắm chắc tình hình hộ nghèo.\n`);
  });

  it('ends at the first sentence that begins with "Nguyên nhân" when the parts are not numbered', () => {
    const body = `${TITLE}Chưa nắm chắc tình hình hộ nghèo. Còn vắng 2 buổi sinh hoạt. Nguyên nhân khách quan là địa bàn rộng. Nguyên nhân chủ quan là ngại va chạm.\n`;
    expect(weaknessesPart(body)).toBe(`${TITLE}Chưa nắm chắc tình hình hộ nghèo. Còn vắng 2 buổi sinh hoạt.`);
    expect(weaknessesPart(body.toUpperCase())).toBe(`${TITLE}Chưa nắm chắc tình hình hộ nghèo. Còn vắng 2 buổi sinh hoạt.`.toUpperCase());
  });

  it('does not cut at "nguyên nhân" inside a sentence, nor at the section title', () => {
    const body = `${TITLE}Một số vụ việc chưa rõ nguyên nhân vẫn chưa được báo cáo kịp thời.\n`;
    expect(weaknessesPart(body)).toBe(body);
  });

  it('is what the evidence compares for section II', () => {
    const text = `BẢN KIỂM ĐIỂM CÁ NHÂN\nI. Ưu điểm\nHoàn thành tốt nhiệm vụ được giao.\nII. ${TITLE}Chưa nắm chắc tình hình hộ nghèo ở thôn Đông. Nguyên nhân là địa bàn rộng và dân cư phân tán.\nIII. Kết quả khắc phục\nĐã khắc phục.\n`;
    const section = sectionBody(splitSections(text), 2) as string;
    expect(section).toContain('Nguyên nhân');
    const words = reviewSentences(text, 2).flat();
    expect(words).toContain('nghèo');
    expect(words).not.toContain('phân');
  });
});
