/**
 * RFC 4180 CSV over text that arrives in chunks (a province's reviews are ~2 GB, far more than one
 * JS string can hold). Quoted fields may hold commas, doubled quotes and newlines; records end with
 * CRLF, LF or CR. Fields are slices of the chunk, never built char by char.
 */
export type RecordVisitor = (fields: string[], record: number) => void;

export interface CsvIssue {
  record: number;
  /** The field (0-based) where it is. */
  field?: number;
  message: string;
  /** The rest of the file could not be read as records (a quote never closed). */
  fatal?: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

interface ChunkResult {
  /** Characters of `text` consumed: complete records only, unless `final`. */
  consumed: number;
  nextRecord: number;
}

/**
 * Parses the complete records of `text`, calling visit for each. When not `final`, a record not
 * yet ended by a line break stays unconsumed (the caller prepends it to the next chunk).
 */
export function parseCsvChunk(text: string, final: boolean, firstRecord: number, visit: RecordVisitor, issues: CsvIssue[]): ChunkResult {
  const n = text.length;
  let i = 0;
  let record = firstRecord;
  while (i < n) {
    const recordStart = i;
    const fields: string[] = [];
    let complete = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        let head = '';
        let close = -1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            head += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (q + 1 === n && !final) break; // the next chunk may start with the second quote of a pair
          close = q;
          break;
        }
        if (close < 0) {
          if (!final) return { consumed: recordStart, nextRecord: record };
          issues.push({
            record,
            field: fields.length,
            fatal: true,
            message: 'dấu ngoặc kép mở ở ô này không bao giờ đóng: phần còn lại của tệp bị nuốt vào một ô, không đọc được (unterminated quoted field: the quote opened here is never closed, and the rest of the file fell into this cell)'
          });
          fields.push(head + text.slice(from));
          i = n;
          complete = true;
          break;
        }
        value = head + text.slice(from, close);
        i = close + 1;
        const c = text.charCodeAt(i);
        if (i < n && c !== COMMA && c !== LF && c !== CR) {
          // Text after a closing quote ("abc"def): keep it, but say so.
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === COMMA || d === LF || d === CR) break;
            j++;
          }
          issues.push({ record, field: fields.length, message: 'ký tự sau dấu ngoặc kép đóng (characters after a closing quote)' });
          value += text.slice(i, j);
          i = j;
        }
      } else {
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === LF || d === CR) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        if (i === n && !final) return { consumed: recordStart, nextRecord: record };
        continue;
      }
      if (c === LF) {
        i++;
        complete = true;
      } else if (c === CR) {
        if (i + 1 === n && !final) return { consumed: recordStart, nextRecord: record }; // CR|LF split across chunks
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        complete = true;
      } else {
        // End of text without a line break.
        if (!final) return { consumed: recordStart, nextRecord: record };
        complete = true;
      }
      break;
    }
    if (complete) visit(fields, record++);
  }
  return { consumed: n, nextRecord: record };
}

/** Parses a whole CSV given as a sequence of text chunks; returns the number of records. */
export function parseCsv(chunks: Iterable<string>, visit: RecordVisitor, issues: CsvIssue[] = []): number {
  let carry = '';
  let record = 1;
  for (const chunk of chunks) {
    const text = carry ? carry + chunk : chunk;
    const r = parseCsvChunk(text, false, record, visit, issues);
    carry = r.consumed < text.length ? text.slice(r.consumed) : '';
    record = r.nextRecord;
  }
  if (carry) record = parseCsvChunk(carry, true, record, visit, issues).nextRecord;
  return record - 1;
}

/** True for a blank line or a row of empty cells (",,,," as spreadsheets export): not data. */
export function isBlankRecord(fields: readonly unknown[]): boolean {
  for (const f of fields) if (f !== '' && f !== null && f !== undefined) return false;
  return true;
}
