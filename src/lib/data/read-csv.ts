/** A CSV table file → TableBuilder: decoding, RFC 4180 records, and rows whose width is wrong. */
import { isBlankRecord, parseCsv, type CsvIssue } from './csv';
import { decodeChunks, EncodingError } from './encoding';
import type { Problem } from './problems';
import type { TableBuilder } from './table-builder';

export function readCsvInto(bytes: Uint8Array, builder: TableBuilder, problems: Problem[]): void {
  const file = builder.file;
  const issues: CsvIssue[] = [];
  let lastRecord = 0;
  try {
    parseCsv(
      decodeChunks(bytes),
      (fields, record) => {
        lastRecord = record;
        if (record === 1) return builder.header(fields, 1);
        if (isBlankRecord(fields)) return;
        const width = builder.width;
        if (fields.length !== width && !(fields.length > width && isBlankRecord(fields.slice(width)))) {
          problems.push({
            severity: 'error',
            file,
            row: record,
            message: `dòng có ${fields.length} ô nhưng tiêu đề có ${width} cột (row has ${fields.length} fields, the header has ${width})`,
            expected: String(width),
            found: String(fields.length)
          });
          return;
        }
        builder.row(fields, record);
      },
      issues
    );
  } catch (err) {
    if (!(err instanceof EncodingError)) throw err;
    problems.push({ severity: 'error', file, row: lastRecord + 1, message: `${err.message}; hãy lưu tệp dạng UTF-8 (save the file as UTF-8)` });
    return;
  }
  if (lastRecord === 0) problems.push({ severity: 'error', file, message: 'tệp rỗng, không có dòng tiêu đề (empty file, no header row)' });
  for (const issue of issues) problems.push({ severity: 'error', file, row: issue.record, message: issue.message });
}
