/**
 * The one tokenizer of the text pipeline: a single pass over NFC, lower-cased text that finds
 * syllables (runs of letters, combining marks and digits) and sentence ends, hashing each syllable
 * (FNV-1a of its characters) on the way. The scan reuses its buffers and builds no string per
 * syllable: ~10^5 reviews must go through it in seconds.
 */
import { fromCharCodes } from './char-codes';

interface CharTables {
  /** Class of each BMP code unit: 0 separator, 1 letter or mark, 2 digit. */
  kind: Uint8Array;
  /**
   * Lower case of each BMP code unit where it is a single code unit (every Vietnamese letter): the
   * scan lower-cases as it goes instead of copying the text with toLowerCase().
   */
  lower: Uint16Array;
}

let tables: CharTables | undefined;

/** Built on first use (~0.1 s), not at import: pages that only list the rules never pay for it. */
function charTables(): CharTables {
  if (tables) return tables;
  const kind = new Uint8Array(65536);
  const lower = new Uint16Array(65536);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      kind[c] = 1; // surrogates: part of a word, whatever it is
      lower[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    kind[c] = letter.test(ch) ? 1 : digit.test(ch) ? 2 : 0;
    const l = ch.toLowerCase();
    lower[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return (tables = { kind, lower });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
// . ! ? ; …
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026;

/** One sentence as the scan sees it; the arrays are reused, valid only during the visit. */
export interface SentenceView {
  /** The whole text, NFC (case as written). */
  text: string;
  /** Syllable i spans text[start[i], end[i]); hash[i] is the FNV-1a hash of its lower-case form. */
  start: Int32Array;
  end: Int32Array;
  hash: Uint32Array;
  /** 1 when syllable i has a letter, 0 when it is a number. */
  letter: Uint8Array;
  length: number;
}

let buffers: SentenceView = {
  text: '',
  start: new Int32Array(256),
  end: new Int32Array(256),
  hash: new Uint32Array(256),
  letter: new Uint8Array(256),
  length: 0
};

function grow(): void {
  const n = buffers.start.length * 2;
  const g = <T extends Int32Array | Uint32Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
    const b = new make(n);
    b.set(a);
    return b;
  };
  buffers = {
    ...buffers,
    start: g(buffers.start, Int32Array),
    end: g(buffers.end, Int32Array),
    hash: g(buffers.hash, Uint32Array),
    letter: g(buffers.letter, Uint8Array)
  };
}

/**
 * Calls visit once per sentence that has a letter. A sentence ends at a line break, or at
 * . ! ? ; … followed by a space or the end ("10.000" and "1,5" stay whole). A list marker opening
 * a sentence ("a)", "b.", "2.", "12)") is not a syllable.
 */
export function scanSentences(raw: string, visit: (s: SentenceView) => void, isNfc = false): void {
  const text = isNfc ? raw : raw.normalize('NFC');
  const n = text.length;
  const { kind: CLASS, lower: LOWER } = charTables();
  let { start, end, hash, letter: letters } = buffers;
  let len = 0;
  let anyLetter = false;
  const close = () => {
    if (len && anyLetter) {
      buffers.text = text;
      buffers.length = len;
      visit(buffers);
    }
    len = 0;
    anyLetter = false;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CLASS[c]) {
      const s = i;
      let h = 0x811c9dc5;
      let letter = 0;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        const k = CLASS[d];
        if (!k) break;
        letter |= k & 1;
        h = Math.imul(h ^ LOWER[d], 0x01000193);
      }
      const next = i < n ? text.charCodeAt(i) : -1;
      if (len === 0 && (next === 41 || next === 46) && (i - s === 1 || (!letter && i - s <= 2))) {
        i++; // the marker and its ")" or "."
        continue;
      }
      if (len === start.length) {
        grow();
        ({ start, end, hash, letter: letters } = buffers);
      }
      start[len] = s;
      end[len] = i;
      hash[len] = h >>> 0;
      letters[len] = letter;
      len++;
      if (letter) anyLetter = true;
    } else if (c === 10) {
      close();
      i++;
    } else if (isStop(c)) {
      let j = i + 1;
      while (j < n && isStop(text.charCodeAt(j))) j++;
      if (j === n || isSpace(text.charCodeAt(j))) close();
      i = j;
    } else i++;
  }
  close();
}

/** Syllables from..to−1 of a sentence as lower-case strings (fnv1a32 of each is its hash). */
export function viewStrings(s: SentenceView, from = 0, to = s.length): string[] {
  const LOWER = charTables().lower;
  const out: string[] = new Array(to - from);
  let codes = new Uint16Array(64);
  for (let i = from; i < to; i++) {
    const n = s.end[i] - s.start[i];
    if (n > codes.length) codes = new Uint16Array(n);
    for (let j = 0; j < n; j++) codes[j] = LOWER[s.text.charCodeAt(s.start[i] + j)];
    out[i - from] = fromCharCodes(codes, n);
  }
  return out;
}
