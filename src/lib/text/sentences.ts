/**
 * Sentences of a review section, as the comparison sees them: without the form's headings ("II.
 * Hạn chế, khuyết điểm và nguyên nhân" yields nothing) and without sentences that have no letter.
 * Shingles never cross a sentence boundary, so a review whose sentences were only reordered keeps
 * all its shingles.
 */
import { headingLength } from './form';
import { scanSentences, viewStrings, type SentenceView } from './tokenize';

/** Calls visit(sentence, from) for each comparable sentence; syllables before `from` are a heading. */
export function forEachSentence(text: string, visit: (s: SentenceView, from: number) => void, isNfc = false): void {
  scanSentences(text, (s) => {
    const from = headingLength(s.hash, 0, s.length);
    for (let i = from; i < s.length; i++)
      if (s.letter[i]) {
        visit(s, from);
        return;
      }
  }, isNfc);
}

/** The comparable sentences of a text, each as its syllables. */
export function comparableSentences(text: string): string[][] {
  const out: string[][] = [];
  forEachSentence(text, (s, from) => out.push(viewStrings(s, from)));
  return out;
}
