/**
 * Sentences of a review section, as the comparison sees them. Shingles never cross a sentence
 * boundary, so a review whose sentences were only reordered keeps all its shingles.
 */
import { stripHeading } from './form';
import { syllables } from './normalise';

// A sentence ends at a line break, or at . ! ? ; … followed by a space or the end ("10.000" and
// "1,5" stay whole).
const SENTENCE_END = /\n|[.!?;…]+(?=\s|$)/u;
// A list marker at the start of a sentence: "1.", "2)", "a)", "-", "+", "•".
const LIST_MARKER = /^\s*(?:(?:\d{1,2}|[a-zđ])[.)]|[-+•*–])\s*/iu;
const HAS_LETTER = /\p{L}/u;

/** The sentences of a text as written (trimmed, list markers removed, empty ones dropped). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.normalize('NFC').split(SENTENCE_END)) {
    const s = piece.replace(LIST_MARKER, '').trim();
    if (HAS_LETTER.test(s)) out.push(s);
  }
  return out;
}

/**
 * The sentences of a text as syllables, each without the form's headings ("II. Hạn chế, khuyết
 * điểm và nguyên nhân" yields nothing); sentences left without a letter are dropped.
 */
export function comparableSentences(text: string): string[][] {
  const out: string[][] = [];
  for (const s of splitSentences(text)) {
    const tokens = stripHeading(syllables(s));
    if (tokens.some((t) => HAS_LETTER.test(t))) out.push(tokens);
  }
  return out;
}
