/**
 * What an evidence view needs to look up, read from the flag's structured fields, never from its
 * Vietnamese text: the view its rule declares (Rule.evidenceView) and, for a copy rule, the review
 * it was compared with (a `review:` item of `related`, src/lib/rules/related.ts).
 */
import { ruleById } from '../../rules/registry';
import { splitRelated } from '../../rules/related';
import type { EvidenceKind, EvidenceView, Flag } from '../../rules/types';

export type { EvidenceKind };

const RATING_VIEW: EvidenceView = { kind: 'rating' };

/** The view of a rule's flags; a rule this build does not know (a list from elsewhere) shows its ratings. */
export function evidenceView(rule: Flag['rule']): EvidenceView {
  return ruleById(rule)?.evidenceView ?? RATING_VIEW;
}

export function evidenceKind(rule: Flag['rule']): EvidenceKind {
  return evidenceView(rule).kind;
}

/** The review compared with the flagged one: same person another year, or a colleague the same year. */
export interface ComparedReview {
  person_id: string;
  year: number;
  /** Only the weaknesses (part 1 of section II, Hạn chế, khuyết điểm) were compared. */
  weaknessesOnly: boolean;
}

/**
 * The compared review of a `reviews` flag, from its `review:<person>/<year>` items other than the
 * flag's own: a colleague's review, the first listed (the closest match, as the evidence names
 * it); else the person's latest review before the flagged year (the year matched, or the year
 * before in a chain of repeats). Null for other views or without such an item.
 */
export function comparedReview(flag: Pick<Flag, 'rule' | 'year' | 'subject_id' | 'related'>): ComparedReview | null {
  const view = evidenceView(flag.rule);
  if (view.kind !== 'reviews') return null;
  const others = reviewItems(flag.related).filter((r) => !(r.person_id === flag.subject_id && r.year === flag.year));
  const colleague = others.find((r) => r.person_id !== flag.subject_id);
  const earlier = others.filter((r) => r.person_id === flag.subject_id && r.year < flag.year).sort((a, b) => b.year - a.year)[0];
  const hit = colleague ?? earlier;
  return hit ? { ...hit, weaknessesOnly: view.weaknessesOnly } : null;
}

/** The `review:` items of a related column, as (person, year); a person id may itself hold a '/'. */
function reviewItems(related: string): { person_id: string; year: number }[] {
  return splitRelated(related).flatMap((item) => {
    if (!item.startsWith('review:')) return [];
    const ref = item.slice('review:'.length);
    const cut = ref.lastIndexOf('/');
    const year = Number(ref.slice(cut + 1));
    return cut > 0 && Number.isInteger(year) ? [{ person_id: ref.slice(0, cut), year }] : [];
  });
}
