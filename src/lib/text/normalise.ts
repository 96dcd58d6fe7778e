/**
 * Text normalisation for comparing self-reviews (docs/rules.md, "Near-copy"): Unicode NFC, lower
 * case, punctuation out. Vietnamese words are space-separated syllables, so a syllable is the unit.
 */

/** Anything that is not a letter, a combining mark or a digit separates syllables. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/** NFC and lower case: NFD input ("e" + U+0302 + U+0301) and NFC input ("ế") become the same string. */
export function nfcLower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The syllables of a text after NFC, lower-casing and removal of punctuation. */
export function syllables(text: string): string[] {
  const parts = nfcLower(text).split(SEPARATORS);
  // split leaves an empty string at either end when the text starts or ends with punctuation.
  let start = 0;
  let end = parts.length;
  if (end && parts[0] === '') start = 1;
  if (end > start && parts[end - 1] === '') end--;
  return start === 0 && end === parts.length ? parts : parts.slice(start, end);
}

/** The text as a comparison sees it: its syllables joined by single spaces. */
export function normaliseText(text: string): string {
  return syllables(text).join(' ');
}
