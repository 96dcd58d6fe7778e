/**
 * Text normalisation for comparing self-reviews (docs/rules.md, "Near-copy"): Unicode NFC, lower
 * case, punctuation out. Vietnamese words are space-separated syllables, so a syllable is the unit.
 * The tokenizer (tokenize.ts) does the work; these are its plain-string views.
 */
import { scanSentences, viewStrings } from './tokenize';

/** The syllables of a text after NFC, lower-casing and removal of punctuation. */
export function syllables(text: string): string[] {
  const out: string[] = [];
  // A loop, not push(...): a sentence may hold more syllables than a call takes arguments.
  scanSentences(text, (s) => {
    for (const w of viewStrings(s)) out.push(w);
  });
  return out;
}

/** The text as a comparison sees it: its syllables joined by single spaces. */
export function normaliseText(text: string): string {
  return syllables(text).join(' ');
}
