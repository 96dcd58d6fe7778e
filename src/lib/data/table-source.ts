/** A table as some file holds it (a CSV, a workbook sheet, a Parquet file), ready to be read. */
import type { TableName } from './schema';
import type { TableBuilder } from './table-builder';

export interface TableSource {
  table: TableName;
  /** The file's name as given: problems point to it. */
  file: string;
  sheet?: string;
  /** Feeds the builder: the header first, then each data row with its row number. */
  read(builder: TableBuilder): Promise<void>;
}
