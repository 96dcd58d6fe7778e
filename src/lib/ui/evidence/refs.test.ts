import { describe, expect, it } from 'vitest';
import { comparedReview, evidenceKind } from './refs';

describe('comparedReview reads the compared review from the rules’ evidence text', () => {
  it('prior year', () => {
    const evidence = 'Năm đối chiếu: 2022; độ tương đồng 0,93 (Jaccard); 14 câu trùng với năm 2022 (không tính câu sáo chung).';
    expect(comparedReview({ rule: 'review_copied_prior_year', year: 2024, subject_id: 'P7', evidence })).toEqual({ person_id: 'P7', year: 2022, weaknessesOnly: false });
  });
  it('repeated weaknesses: the year before the flagged one in the chain', () => {
    const evidence = 'Mục II, phần 1 (Hạn chế, khuyết điểm; không so sánh phần nguyên nhân) các năm 2021, 2022, 2023; độ tương đồng giữa các năm liền nhau 2021→2022: 0,9; 2022→2023: 0,88 (x); năm 2023: 3 câu trùng với năm 2022 (không tính câu sáo chung).';
    expect(comparedReview({ rule: 'repeated_weaknesses', year: 2023, subject_id: 'P7', evidence })).toEqual({ person_id: 'P7', year: 2022, weaknessesOnly: true });
  });
  it('colleague, with or without a known name', () => {
    const named = 'Trùng với Nguyễn Văn Đức (P0012): độ tương đồng 0,91, 10 câu trùng; Lê B (P0013): độ tương đồng 0,8 (x; không tính câu sáo chung).';
    expect(comparedReview({ rule: 'review_copied_colleague', year: 2023, subject_id: 'P7', evidence: named })).toEqual({ person_id: 'P0012', year: 2023, weaknessesOnly: false });
    const bare = 'Trùng với P0012: độ tương đồng 0,91, 10 câu trùng (x; không tính câu sáo chung).';
    expect(comparedReview({ rule: 'review_copied_colleague', year: 2023, subject_id: 'P7', evidence: bare })?.person_id).toBe('P0012');
  });
  it('nothing for other rules; each rule has an evidence kind', () => {
    expect(comparedReview({ rule: 'late_rating', year: 2023, subject_id: 'P7', evidence: 'Năm đối chiếu: 2022' })).toBeNull();
    expect(evidenceKind('quota_excellent_units')).toBe('quota');
    expect(evidenceKind('head_above_collective')).toBe('head');
    expect(evidenceKind('rated_high_then_disciplined')).toBe('timeline');
    expect(evidenceKind('review_copied_colleague')).toBe('reviews');
    expect(evidenceKind('score_level_mismatch')).toBe('rating');
  });
});
