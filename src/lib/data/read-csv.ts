/** A CSV table file → TableBuilder: decoding, RFC 4180 records, rows of the wrong width, bad bytes. */
import { isBlankRecord, parseCsv, type CsvIssue, type RecordVisitor } from './csv';
import { CHUNK_BYTES, decodeChunks, detectEncoding, ENCODING_LABELS, REPLACEMENT_CHAR, type TextEncodingName } from './encoding';
import type { InputFile } from './input-files';
import type { Problem } from './problems';
import type { TableName } from './schema';
import type { TableBuilder } from './table-builder';
import type { TableSource } from './table-source';

export function csvSource(file: InputFile, table: TableName, problems: Problem[]): TableSource {
  return { table, file: file.name, read: async (builder) => readCsvInto(file.bytes, builder, problems) };
}

export function readCsvInto(bytes: Uint8Array, builder: TableBuilder, problems: Problem[]): void {
  const encoding = detectEncoding(bytes);
  reportEncoding(builder.file, encoding, problems);
  const rows = csvRows(builder, problems, encoding);
  function* chunks(): Generator<string> {
    let read = 0;
    for (const chunk of decodeChunks(bytes, encoding)) {
      if (!rows.damaged && chunk.includes(REPLACEMENT_CHAR)) rows.damaged = true;
      yield chunk;
      // Here the chunk has been parsed; legacy chunks end at a line end, a little past CHUNK_BYTES.
      builder.onProgress?.(Math.min(1, (++read * CHUNK_BYTES) / bytes.length));
    }
  }
  rows.finish(parseCsv(chunks(), rows.visit, rows.issues));
}

/** The warning a file in an encoding other than UTF-8 gets (none for UTF-8 and UTF-16). */
export function reportEncoding(file: string, encoding: TextEncodingName, problems: Problem[]): void {
  if (!encoding.startsWith('utf-')) problems.push(legacyEncodingWarning(file, encoding));
  else if (encoding.startsWith('utf-32'))
    problems.push({
      severity: 'warning',
      file,
      message: `tệp mã hóa ${ENCODING_LABELS[encoding]}, đã đọc theo bảng mã đó; nên lưu dạng UTF-8 (file is ${ENCODING_LABELS[encoding]}; read as such, UTF-8 is preferred)`,
      found: ENCODING_LABELS[encoding]
    });
}

export interface CsvRows {
  /** Takes each record as csv.ts parses it: the header, then rows (or the problems of a row). */
  visit: RecordVisitor;
  issues: CsvIssue[];
  /** Set once an undecodable byte has been met: from then on cells are checked for it. */
  damaged: boolean;
  /** After the last record: the problems that count rows, and those of the parse. */
  finish(records: number): void;
}

/** What a CSV table's records become: the header and rows of `builder`, and the problems of a CSV file. */
export function csvRows(builder: TableBuilder, problems: Problem[], encoding: TextEncodingName): CsvRows {
  const file = builder.file;
  const issues: CsvIssue[] = [];
  // Rows of one wrong width share one cause (a header short of a column, a stray quote): the first
  // of each width is reported, the others counted.
  const wrongWidths = new Map<number, { first: number; count: number }>();
  let blankTailAllowed = true;
  const rows: CsvRows = {
    issues,
    damaged: false,
    visit(fields, record) {
      if (rows.damaged) reportBadBytes(fields, record);
      if (record === 1) {
        builder.header(fields, 1);
        // Blank cells past the header's end are an editor's leftovers, unless a header cell was deleted: then
        // every row is one cell too wide even where its last cell is empty, and that is the cause to report.
        blankTailAllowed = !builder.lacksRequired;
        return;
      }
      // A record cut short by a quote never closed is reported as that, not as a row of the wrong width.
      if (issues.at(-1)?.record === record && issues.at(-1)!.fatal) return;
      if (isBlankRecord(fields)) return;
      const width = builder.width;
      if (fields.length !== width && !(blankTailAllowed && fields.length > width && isBlankRecord(fields.slice(width)))) {
        const seen = wrongWidths.get(fields.length);
        if (seen) seen.count++;
        else {
          wrongWidths.set(fields.length, { first: record, count: 1 });
          problems.push({
            severity: 'error',
            file,
            row: record,
            message:
              `dòng có ${fields.length} ô nhưng tiêu đề có ${width} cột (row has ${fields.length} fields, the header has ${width})` +
              (fields.length > width ? '; tiêu đề thiếu cột? (is the header short of a column?)' : ''),
            expected: String(width),
            found: String(fields.length)
          });
        }
        return;
      }
      builder.row(fields, record);
    },
    finish(records) {
      for (const [width, { first, count }] of wrongWidths) {
        if (count === 1) continue;
        problems.push({
          severity: 'error',
          file,
          row: first,
          message: `và ${count - 1} dòng khác cũng có ${width} ô, không liệt kê; sửa nguyên nhân ở dòng ${first} trước (and ${count - 1} more rows of ${width} fields, not listed: fix the cause first)`,
          found: String(count - 1)
        });
      }
      if (records === 0) problems.push({ severity: 'error', file, message: 'tệp rỗng, không có dòng tiêu đề (empty file, no header row)' });
      for (const issue of issues) {
        problems.push({ severity: 'error', file, row: issue.record, column: issue.field !== undefined ? builder.headerAt(issue.field) : undefined, message: issue.message });
        // The rest of the file went into one field: the table is not whole, and what refers to it cannot be checked.
        if (issue.fatal) builder.incomplete = true;
      }
    }
  };

  function reportBadBytes(fields: string[], record: number): void {
    const i = fields.findIndex((f) => f.includes(REPLACEMENT_CHAR));
    if (i < 0) return;
    problems.push({
      severity: 'error',
      file,
      row: record,
      column: record === 1 ? undefined : builder.headerAt(i),
      message: `byte không hợp lệ trong ${ENCODING_LABELS[encoding]}; hãy lưu tệp dạng UTF-8 (invalid ${ENCODING_LABELS[encoding]} bytes; save the file as UTF-8)`,
      found: fields[i]
    });
  }
  return rows;
}

export function legacyEncodingWarning(file: string, encoding: TextEncodingName): Problem {
  return {
    severity: 'warning',
    file,
    message: `tệp không phải UTF-8, đã đọc theo bảng mã ${ENCODING_LABELS[encoding]}; hãy kiểm tra tiếng Việt hiển thị đúng (not UTF-8; read as ${ENCODING_LABELS[encoding]})`,
    found: ENCODING_LABELS[encoding]
  };
}
