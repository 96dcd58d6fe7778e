/**
 * Splits a self-review into its header and its sections I.–VII. (docs/data-format.md "The
 * self-review form": sections begin with their Roman numeral headings).
 */
import { isHeaderLine, SIGNATURE_MARK } from './form';
import { syllables } from './normalise';

export interface ReviewSection {
  /** 1 for I. … 7 for VII.; 0 for the whole text after the header when it has no section headings. */
  number: number;
  /** The section's text (NFC) after its numeral, title included (the title is removed by sentences.ts). */
  body: string;
}

export interface SplitReview {
  /** Text before section I (title, name, position, cell, place and date). */
  header: string;
  sections: ReviewSection[];
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7 };
// Longest numerals first so that "VII." is not read as "V" followed by "II.". Sticky: tried only
// at the start of each line (a multiline ^ would be tried at every position of the text).
const LINE_HEADING = /[ \t]*(VII|VI|IV|V|III|II|I)[ \t]*[.:)\-–][ \t]*/y;
// For text whose line breaks were lost: a numeral after a space or sentence end, then a capital letter.
const INLINE_HEADING = /(?:^|(?<=[\s.;:]))(VII|VI|IV|V|III|II|I)\s*[.:)]\s+(?=\p{Lu})/gu;

interface Heading {
  number: number;
  start: number;
  end: number;
}

/** Headings in increasing section order; a numeral that does not advance the order is ordinary text. */
function inOrder(matches: Iterable<{ numeral: string; start: number; end: number }>): Heading[] {
  const found: Heading[] = [];
  let last = 0;
  for (const m of matches) {
    const n = ROMAN[m.numeral];
    if (n > last) {
      found.push({ number: n, start: m.start, end: m.end });
      last = n;
    }
  }
  return found;
}

function* lineHeadings(text: string) {
  for (let pos = 0; pos < text.length; ) {
    LINE_HEADING.lastIndex = pos;
    const m = LINE_HEADING.exec(text);
    if (m) yield { numeral: m[1], start: pos, end: pos + m[0].length };
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
}

function* inlineHeadings(text: string) {
  for (const m of text.matchAll(INLINE_HEADING)) yield { numeral: m[1], start: m.index, end: m.index + m[0].length };
}

/** The header when no section headings are found: the leading lines that are labels, title or date. */
function leadingHeader(text: string): number {
  let pos = 0;
  for (const line of text.split('\n')) {
    const tokens = syllables(line);
    if (tokens.length && !isHeaderLine(tokens)) break;
    pos += line.length + 1;
  }
  return Math.min(pos, text.length);
}

export function splitSections(raw: string): SplitReview {
  const nfc = raw.normalize('NFC');
  const text = nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc;
  let headings = inOrder(lineHeadings(text));
  if (headings.length < 2) {
    const inline = inOrder(inlineHeadings(text));
    if (inline.length > headings.length) headings = inline;
  }
  let header: string;
  let sections: ReviewSection[];
  if (headings.length) {
    header = text.slice(0, headings[0].start);
    sections = headings.map((h, i) => ({
      number: h.number,
      body: text.slice(h.end, i + 1 < headings.length ? headings[i + 1].start : text.length)
    }));
  } else {
    const cut = leadingHeader(text);
    header = text.slice(0, cut);
    sections = [{ number: 0, body: text.slice(cut) }];
  }
  // The signature block (signer's name, "ký, ghi rõ họ tên") closes the last section.
  const last = sections[sections.length - 1];
  const sig = last.body.search(SIGNATURE_MARK);
  if (sig >= 0) last.body = last.body.slice(0, sig);
  return { header, sections };
}

/** The body of section `number` (e.g. 2 for "II. Hạn chế, khuyết điểm"), or undefined when absent. */
export function sectionBody(split: SplitReview, number: number): string | undefined {
  return split.sections.find((s) => s.number === number)?.body;
}

// Where section II's part 2 (the causes) begins: its numbered heading "2. Nguyên nhân…", or, on a
// form without numbered parts, the first sentence that begins with "Nguyên nhân". Only at a line or
// sentence start: "chưa rõ nguyên nhân" inside a weakness is no heading.
const CAUSES_START = /(^|\n|[.;!?…])[ \t]*(?:2[ \t]*[.):\-–][ \t]*)?(?=nguyên nhân)/iu;

/**
 * Part 1 of section II, "Hạn chế, khuyết điểm": the body of section II up to its part 2 ("Nguyên
 * nhân"). The causes are left out because a member may re-word them while the weaknesses stay the
 * same, and the check that compares this part (repeated_weaknesses) is about the weaknesses.
 * A section II without causes is returned whole.
 */
export function weaknessesPart(sectionTwo: string): string {
  // The section's own title ("Hạn chế, khuyết điểm và nguyên nhân") is on its first line; skip it.
  const firstBreak = sectionTwo.indexOf('\n');
  const from = firstBreak < 0 ? 0 : firstBreak;
  const m = CAUSES_START.exec(sectionTwo.slice(from));
  return m ? sectionTwo.slice(0, from + m.index + m[1].length) : sectionTwo;
}
