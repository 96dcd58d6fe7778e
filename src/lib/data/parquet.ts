/**
 * A .parquet table file, read in JavaScript (duckdb-wasm has no Parquet offline). Column names are
 * the header; rows are numbered as if the header were row 1, like a CSV of the same table.
 */
import { toArrayBuffer, type InputFile } from './input-files';
import type { Problem } from './problems';
import type { TableName } from './schema';
import type { TableSource } from './table-source';
import type { RawCell } from './values';

export function parquetSource(file: InputFile, table: TableName, problems: Problem[]): TableSource {
  return {
    table,
    file: file.name,
    read: async (builder) => {
      const [{ parquetMetadata, parquetSchema, parquetRead }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
      const buffer = toArrayBuffer(file.bytes);
      let names: string[];
      let rows: RawCell[][] = [];
      try {
        const metadata = parquetMetadata(buffer);
        names = parquetSchema(metadata).children.map((c) => c.element.name);
        await parquetRead({ file: buffer, metadata, compressors, rowFormat: 'array', onComplete: (r: unknown[][]) => (rows = r as RawCell[][]) });
      } catch (err) {
        problems.push({ severity: 'error', file: file.name, message: `không đọc được tệp Parquet (cannot read the Parquet file): ${err instanceof Error ? err.message : String(err)}` });
        return;
      }
      builder.header(names, 1);
      for (let i = 0; i < rows.length; i++) builder.row(rows[i], i + 2);
    }
  };
}
