/**
 * The records of a UTF-8 CSV file as byte ranges, read piece by piece: what lets a 3 GB reviews.csv
 * be read once without being held, and one review be read back later by its offset.
 *
 * The split follows csv.ts exactly (a record is what parseCsvChunk would make of it): a quote opens
 * a quoted field only at the start of a field, `""` inside one is a quote, text after a closing
 * quote runs to the next comma or line break, and a record ends at LF, CR or CRLF outside quotes.
 * Commas, quotes and line breaks are ASCII, and no byte of a multi-byte UTF-8 character is ASCII,
 * so bytes can be split where characters would be.
 */
import { readChunks, type ByteSource } from './byte-source';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
/** A CR ended the record; an LF right after it belongs to the same line break. */
const AFTER_CR = 4;

export interface CsvRecordBytes {
  /** Bytes [start, end) of the file, the line break included. */
  start: number;
  end: number;
  bytes: Uint8Array;
}

/** Every record of the source, in order (a blank line is a record, as in csv.ts); `signal` stops it between pieces. */
export async function* csvRecordRanges(source: ByteSource, chunk?: number, signal?: AbortSignal): AsyncGenerator<CsvRecordBytes> {
  let state = FIELD_START;
  let start = 0;
  let carry: Uint8Array[] = [];
  const take = (bytes: Uint8Array, offset: number, end: number): CsvRecordBytes => {
    const own = bytes.subarray(Math.max(0, start - offset), end - offset);
    const record = { start, end, bytes: carry.length ? concat([...carry, own]) : own.slice() };
    carry = [];
    start = end;
    return record;
  };
  for await (const { bytes, offset } of readChunks(source, chunk)) {
    signal?.throwIfAborted();
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (state === AFTER_CR) {
        state = FIELD_START;
        if (b === LF) {
          yield take(bytes, offset, offset + i + 1);
          continue;
        }
        yield take(bytes, offset, offset + i);
      }
      switch (state) {
        case QUOTED:
          if (b === QUOTE) state = QUOTE_SEEN;
          break;
        case QUOTE_SEEN:
          if (b === QUOTE) state = QUOTED;
          else state = breakOrField(b, UNQUOTED);
          break;
        case FIELD_START:
          state = b === QUOTE ? QUOTED : breakOrField(b, UNQUOTED);
          break;
        default:
          state = breakOrField(b, UNQUOTED);
      }
      if (state === LINE_END) {
        state = FIELD_START;
        yield take(bytes, offset, offset + i + 1);
      }
    }
    if (start < offset + bytes.length) carry.push(bytes.subarray(Math.max(0, start - offset)).slice());
  }
  // The file's last record, without a line break (or ended by a CR).
  if (carry.length) {
    const bytes = concat(carry);
    yield { start, end: start + bytes.length, bytes };
  }
}

const LINE_END = 5;

function breakOrField(b: number, otherwise: number): number {
  if (b === COMMA) return FIELD_START;
  if (b === LF) return LINE_END;
  if (b === CR) return AFTER_CR;
  return otherwise;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
