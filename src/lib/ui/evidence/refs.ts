/**
 * What an evidence view needs to look up, read from the flag itself: which other review a copy
 * rule compared against. The rules write it into the evidence text (src/lib/rules/review_*.ts).
 */
import type { Flag } from '../../rules/types';

export type EvidenceKind = 'quota' | 'head' | 'timeline' | 'reviews' | 'rating';

export function evidenceKind(rule: Flag['rule']): EvidenceKind {
  switch (rule) {
    case 'quota_excellent_members':
    case 'quota_excellent_units':
    case 'quota_excellent_leaders':
    case 'excellent_unit_criteria':
      return 'quota';
    case 'head_above_collective':
      return 'head';
    case 'disciplined_not_downgraded':
    case 'rated_high_then_disciplined':
    case 'unit_with_disciplined':
    case 'not_completed_twice':
      return 'timeline';
    case 'review_copied_prior_year':
    case 'review_copied_colleague':
    case 'repeated_weaknesses':
      return 'reviews';
    default:
      return 'rating';
  }
}

/** The review compared with the flagged one: same person another year, or a colleague the same year. */
export interface ComparedReview {
  person_id: string;
  year: number;
  /** Only the weaknesses (part 1 of section II, Hạn chế, khuyết điểm) were compared. */
  weaknessesOnly: boolean;
}

export function comparedReview(flag: Pick<Flag, 'rule' | 'year' | 'subject_id' | 'evidence'>): ComparedReview | null {
  const ev = flag.evidence.normalize('NFC');
  if (flag.rule === 'review_copied_prior_year') {
    const m = /Năm đối chiếu: (\d{4})/.exec(ev);
    return m ? { person_id: flag.subject_id, year: Number(m[1]), weaknessesOnly: false } : null;
  }
  if (flag.rule === 'repeated_weaknesses') {
    const m = new RegExp(`năm ${flag.year}: .*? với năm (\\d{4})`).exec(ev);
    return m ? { person_id: flag.subject_id, year: Number(m[1]), weaknessesOnly: true } : null;
  }
  if (flag.rule === 'review_copied_colleague') {
    // "Trùng với Nguyễn Văn A (P0012): độ tương đồng …" or "Trùng với P0012: …" (no name known).
    const m = /^Trùng với (?:[^;:]*?\(([^()]+)\)|([^;:(),]+))(?:, tổ chức cơ sở đảng [^;:]*)?: độ tương đồng/.exec(ev);
    const id = m?.[1] ?? m?.[2];
    return id ? { person_id: id.trim(), year: flag.year, weaknessesOnly: false } : null;
  }
  return null;
}
