/**
 * Which table each file of a dataset holds, by name and format: CSV and Parquet files named after
 * a table, the sheets of .xlsx workbooks, and self-reviews as .docx/.txt files. Anything else is
 * named back as a warning.
 */
import { tableOfFileName } from './aliases';
import { isSystemFile, splitExtension, type InputFile } from './input-files';
import { parquetSource } from './parquet';
import type { Problem } from './problems';
import { csvSource } from './read-csv';
import { parseReviewFileName, REVIEW_FILE_EXTENSIONS, type ReviewFileName } from './review-files';
import type { TableName } from './schema';
import type { TableSource } from './table-source';
import { xlsxSources } from './xlsx';

export interface ReviewFile extends ReviewFileName {
  file: InputFile;
}

export interface DatasetSources {
  tables: TableSource[];
  reviewFiles: ReviewFile[];
}

const EXPECTED_FILES = 'units, people, ratings, reviews, disciplines (.csv, .xlsx, .parquet, .zip); <mã>_<năm>.docx|.txt';

export async function findSources(files: readonly InputFile[], problems: Problem[], streamed: readonly TableSource[] = []): Promise<DatasetSources> {
  const tables: TableSource[] = [];
  const reviewFiles: ReviewFile[] = [];
  const unrecognised = (file: string, why = 'tệp không thuộc bộ dữ liệu, bỏ qua (unrecognised file, ignored)') =>
    problems.push({ severity: 'warning', file, message: why, expected: EXPECTED_FILES });

  for (const file of files) {
    if (isSystemFile(file.name)) continue;
    const [stem, ext] = splitExtension(file.name);
    if (ext === 'xlsx') {
      tables.push(...(await xlsxSources(file, problems)));
      continue;
    }
    const table = tableOfFileName(stem);
    if (table && ext === 'csv') tables.push(csvSource(file, table, problems));
    else if (table && ext === 'parquet') tables.push(parquetSource(file, table, problems));
    else if (REVIEW_FILE_EXTENSIONS.includes(ext)) {
      const named = parseReviewFileName(file.name);
      if (named) reviewFiles.push({ file, ...named });
      else unrecognised(file.name, 'tên tệp không theo mẫu bản kiểm điểm <mã đảng viên>_<năm> hoặc <năm>/<mã đảng viên>, bỏ qua (not named as a self-review, ignored)');
    } else unrecognised(file.name);
  }
  return { tables: oneSourcePerTable([...tables, ...streamed], problems), reviewFiles };
}

function oneSourcePerTable(sources: TableSource[], problems: Problem[]): TableSource[] {
  const first = new Map<TableName, TableSource>();
  const label = (s: TableSource) => (s.sheet ? `${s.file} [${s.sheet}]` : s.file);
  for (const s of sources) {
    const other = first.get(s.table);
    if (!other) {
      first.set(s.table, s);
      continue;
    }
    problems.push({
      severity: 'error',
      file: s.file,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      message: `hai nguồn cho bảng ${s.table}: "${label(other)}" và "${label(s)}" (two files for table ${s.table})`,
      found: `${label(other)}; ${label(s)}`
    });
  }
  return [...first.values()];
}
