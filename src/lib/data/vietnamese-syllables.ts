/**
 * How Vietnamese a text looks: the share of its accented words that are well-formed syllables.
 * Used to tell which legacy encoding a file is in (a wrong guess yields "Ti¬ng", "TiÕng", "Tieáng").
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const NUCLEUS =
  '(?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ng|nh|ch|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Accented words that are valid syllables, minus accented "words" that are not (or hold symbols). */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(/[\s,.;:!?()"'\/\-–]+/)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}
