/**
 * Evidence for a matched pair: how many sentences of one review reappear in the other, verbatim
 * or nearly so (after NFC, lower case and punctuation removal).
 */
import { comparableSentences } from './sentences';
import { sectionBody, splitSections, weaknessesPart } from './sections';

/** Sentences sharing at least this share of their syllables (set Jaccard) are "nearly identical". */
export const NEAR_SENTENCE = 0.8;

export interface SentenceOverlap {
  /** Sentences of the review examined (stock sentences excluded when a predicate is given). */
  sentences: number;
  identical: number;
  near: number;
}

/**
 * The comparable sentences of a review: all sections, or one section (2 = the weaknesses: part 1
 * of section II, the part repeated_weaknesses compares).
 */
export function reviewSentences(text: string, section?: number): string[][] {
  const split = splitSections(text);
  if (section !== undefined) {
    const body = sectionBody(split, section);
    return body ? comparableSentences(section === 2 ? weaknessesPart(body) : body) : [];
  }
  return split.sections.flatMap((s) => comparableSentences(s.body));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Counts the sentences of `text` found in `other` identically or nearly so. `isStock` leaves out
 * sentences of shared stock phrasing, which match in honest reviews too.
 */
export function sentenceOverlap(text: string, other: string, options: { section?: number; isStock?: (tokens: string[]) => boolean } = {}): SentenceOverlap {
  const mine = reviewSentences(text, options.section).filter((s) => !options.isStock?.(s));
  const theirs = reviewSentences(other, options.section);
  const exact = new Set(theirs.map((s) => s.join(' ')));
  const theirSets = theirs.map((s) => new Set(s));
  let identical = 0;
  let near = 0;
  for (const s of mine) {
    if (exact.has(s.join(' '))) identical++;
    else {
      const set = new Set(s);
      if (theirSets.some((t) => jaccard(set, t) >= NEAR_SENTENCE)) near++;
    }
  }
  return { sentences: mine.length, identical, near };
}
