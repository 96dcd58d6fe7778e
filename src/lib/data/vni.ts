/**
 * VNI (the "VNI-Times" fonts): Vietnamese written with Windows-1252 bytes, where a vowel is an
 * ASCII letter followed by a byte for its shape and tone ("Tieáng Vieät" = "Tiếng Việt"), and a few
 * letters have a byte of their own (ô = ơ, ö = ư, ñ = đ, æ = ỉ, ó = ĩ, ò = ị, î = ỵ).
 * Input: the bytes read as Windows-1252 text. Output: Unicode NFC.
 */
const TONE: Record<string, string> = { ø: '\u0300', ù: '\u0301', û: '\u0309', õ: '\u0303', ï: '\u0323' };
// Circumflex (after a, e, o) and breve (after a), each alone or with a tone, in one byte.
const CIRCUMFLEX: Record<string, string> = { â: '', à: '\u0300', á: '\u0301', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE: Record<string, string> = { ê: '', è: '\u0300', é: '\u0301', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const SINGLE_LOWER: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

const PAIRS = new Map<string, string>();
const SINGLES = new Map<string, string>();

function addPair(base: string, mod: string, marks: string): void {
  for (const [b, m] of [
    [base, mod],
    [base.toUpperCase(), mod.toUpperCase()],
    [base.toUpperCase(), mod],
    [base, mod.toUpperCase()]
  ]) {
    const letter = /[ơư]/i.test(SINGLES.get(b) ?? '') ? SINGLES.get(b)! : b;
    const composed = (b === b.toUpperCase() ? letter.toUpperCase() : letter) + marks;
    PAIRS.set(b + m, composed.normalize('NFC'));
  }
}

for (const [k, v] of Object.entries(SINGLE_LOWER)) {
  SINGLES.set(k, v);
  SINGLES.set(k.toUpperCase(), v.toUpperCase());
}
for (const [mod, tone] of Object.entries(TONE)) for (const base of ['a', 'e', 'o', 'u', 'y', 'ô', 'ö']) addPair(base, mod, tone);
for (const [mod, tone] of Object.entries(CIRCUMFLEX)) for (const base of ['a', 'e', 'o']) addPair(base, mod, '\u0302' + tone);
for (const [mod, tone] of Object.entries(BREVE)) addPair('a', mod, '\u0306' + tone);

const MODIFIERS = [...Object.keys(TONE), ...Object.keys(CIRCUMFLEX), ...Object.keys(BREVE)].join('');
const PATTERN = new RegExp(`[aeouyôö][${MODIFIERS}]|[${Object.keys(SINGLE_LOWER).join('')}]`, 'giu');

export function vniToUnicode(cp1252Text: string): string {
  return cp1252Text.replace(PATTERN, (m) => PAIRS.get(m) ?? [...m].map((c) => SINGLES.get(c) ?? c).join(''));
}
