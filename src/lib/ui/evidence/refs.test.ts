import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../domain/rule-ids';
import { RULES } from '../../rules/registry';
import { comparedReview, evidenceKind } from './refs';

describe('comparedReview reads the compared review from the flag’s related items, not its text', () => {
  it('prior year: the matched earlier review', () => {
    const related = 'person:P7; review:P7/2024; review:P7/2022; unit:C1';
    expect(comparedReview({ rule: 'review_copied_prior_year', year: 2024, subject_id: 'P7', related })).toEqual({ person_id: 'P7', year: 2022, weaknessesOnly: false });
  });
  it('repeated weaknesses: the year before the flagged one in the chain, weaknesses only', () => {
    const related = 'person:P7; review:P7/2021; review:P7/2022; review:P7/2023; unit:C1';
    expect(comparedReview({ rule: 'repeated_weaknesses', year: 2023, subject_id: 'P7', related })).toEqual({ person_id: 'P7', year: 2022, weaknessesOnly: true });
  });
  it('colleague: the first colleague listed (the closest match), whatever the person ids hold', () => {
    const related = 'person:P7; review:P7/2023; person:P0012; review:P0012/2023; person:P0013; review:P0013/2023; unit:G';
    expect(comparedReview({ rule: 'review_copied_colleague', year: 2023, subject_id: 'P7', related })).toEqual({ person_id: 'P0012', year: 2023, weaknessesOnly: false });
    expect(comparedReview({ rule: 'review_copied_colleague', year: 2023, subject_id: 'A/1', related: 'review:A/1/2023; review:B/2/2023' })?.person_id).toBe('B/2');
  });
  it('nothing for other rules, or without a review item', () => {
    expect(comparedReview({ rule: 'late_rating', year: 2023, subject_id: 'P7', related: 'review:P7/2022' })).toBeNull();
    expect(comparedReview({ rule: 'review_copied_prior_year', year: 2024, subject_id: 'P7', related: 'person:P7; review:P7/2024' })).toBeNull();
    expect(comparedReview({ rule: 'review_copied_prior_year', year: 2024, subject_id: 'P7', related: '' })).toBeNull();
  });
});

describe('the evidence view belongs to the rule', () => {
  it('each registered rule declares one, as the evidence page draws it', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(evidenceKind('quota_excellent_units')).toBe('quota');
    expect(evidenceKind('head_above_collective')).toBe('head');
    expect(evidenceKind('rated_high_then_disciplined')).toBe('timeline');
    expect(evidenceKind('review_copied_colleague')).toBe('reviews');
    expect(evidenceKind('score_level_mismatch')).toBe('rating');
    const kinds = Object.fromEntries(RULES.map((r) => [r.id, r.evidenceView.kind]));
    expect(Object.entries(kinds).filter(([, k]) => k === 'reviews').map(([id]) => id).sort()).toEqual(['repeated_weaknesses', 'review_copied_colleague', 'review_copied_prior_year']);
  });
});
