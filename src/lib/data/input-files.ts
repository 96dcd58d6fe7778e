/** Which table each file of a dataset folder is, by name; what is not recognised is named back. */
import { tableOfFileName } from './aliases';
import type { Problem } from './problems';
import type { TableName } from './schema';

export interface InputFile {
  /** Path inside the dataset, folders allowed: "2023/P001.docx". */
  name: string;
  bytes: Uint8Array;
}

export interface TableFile {
  file: InputFile;
  table: TableName;
  format: 'csv';
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function splitExtension(name: string): [stem: string, ext: string] {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1).toLowerCase()];
}

/** Files a computer leaves behind (.DS_Store, Office lock files, macOS zip folders): not the user's data. */
export function isSystemFile(path: string): boolean {
  const base = baseName(path);
  return base.startsWith('.') || base.startsWith('~$') || base === 'Thumbs.db' || path.split('/').includes('__MACOSX');
}

export function classifyFiles(files: readonly InputFile[], problems: Problem[]): TableFile[] {
  const out: TableFile[] = [];
  const byTable = new Map<TableName, string>();
  for (const file of files) {
    const name = file.name.replace(/\\/g, '/');
    if (isSystemFile(name)) continue;
    const [stem, ext] = splitExtension(baseName(name));
    const table = ext === 'csv' ? tableOfFileName(stem) : undefined;
    if (!table) {
      problems.push({
        severity: 'warning',
        file: file.name,
        message: 'tệp không thuộc bộ dữ liệu, bỏ qua (unrecognised file, ignored)',
        expected: 'units.csv, people.csv, ratings.csv, reviews.csv, disciplines.csv'
      });
      continue;
    }
    const other = byTable.get(table);
    if (other !== undefined) {
      problems.push({
        severity: 'error',
        file: file.name,
        message: `hai tệp cho bảng ${table}: "${other}" và "${file.name}" (two files for table ${table})`,
        found: `${other}; ${file.name}`
      });
      continue;
    }
    byTable.set(table, file.name);
    out.push({ file, table, format: 'csv' });
  }
  return out;
}
