/**
 * A chart's data table (its text alternative) as data: ChartFrame renders it with ChartTable, so
 * every chart's table has the same markup and each chart only says what goes in it.
 */
import { LEVEL_CODES } from '../../domain/levels';
import { COUNT_COLUMN, levelShares } from '../../stats/level-counts';
import type { YearLevels } from '../../stats/levels-by-year';
import type { ChartFormats, ChartWords } from './text';

/** A data column: a number column by its label, or a text column. */
export type TableColumn = string | { label: string; text: true };

export type TableRow = {
  key: string | number;
  /** The row's header cell, and an id shown as code after it. */
  head: string;
  code?: string;
  cells: readonly string[];
  /** data-* attributes, by which tests and pages find a row. */
  data: Record<`data-${string}`, string | number>;
  /** The row the chart is about (the unit among its peers): bold. */
  highlight?: boolean;
};

export type TableData = {
  /** The heading of the row-header column. */
  head: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
};

/** A row per year, found by data-year. */
export function yearRow(year: number, cells: readonly string[]): TableRow {
  return { key: year, head: String(year), cells, data: { 'data-year': year } };
}

/** The four levels' counts and shares per year, each cell written by `cell`, and the total. */
export function levelTable(rows: readonly YearLevels[], w: ChartWords, fmt: ChartFormats, cell: (count: number, share: number) => string): TableData {
  return {
    head: w.year,
    columns: [...LEVEL_CODES, w.total],
    rows: rows.map((r) => {
      const shares = levelShares(r);
      return yearRow(r.year, [...LEVEL_CODES.map((c) => cell(r[COUNT_COLUMN[c]], shares[c])), fmt.number(r.total)]);
    })
  };
}
