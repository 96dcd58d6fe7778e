/**
 * Self-reviews as files of their own: <person_id>_<year>.docx|.txt, or <year>/<person_id>.docx|.txt.
 * Word documents are read as raw text (mammoth, loaded only when needed); text files in any
 * encoding the table files accept.
 */
import { decodeText } from './encoding';
import { baseName, splitExtension, toArrayBuffer, type InputFile } from './input-files';

export const REVIEW_FILE_EXTENSIONS = ['docx', 'txt'];

export interface ReviewFileName {
  personId: string;
  year: string;
}

/** The person and year a review file is named for, or null when the name fits neither pattern. */
export function parseReviewFileName(path: string): ReviewFileName | null {
  const [stem] = splitExtension(baseName(path));
  const folders = path.split('/').slice(0, -1);
  const folder = folders[folders.length - 1] ?? '';
  const m = /^(.+?)[_ -](\d{4})$/.exec(stem.trim());
  if (m) return { personId: m[1].trim(), year: m[2] };
  if (/^\d{4}$/.test(folder) && stem.trim()) return { personId: stem.trim(), year: folder };
  return null;
}

export async function readReviewText(file: InputFile): Promise<string> {
  if (splitExtension(file.name)[1] === 'txt') return decodeText(file.bytes);
  const mammoth = (await import('mammoth')).default;
  const buffer = toArrayBuffer(file.bytes);
  const result = await mammoth.extractRawText({ arrayBuffer: buffer, buffer } as never);
  // mammoth ends every paragraph with a blank line; a paragraph is a line, as in reviews.csv.
  return result.value.split('\n\n').join('\n');
}
