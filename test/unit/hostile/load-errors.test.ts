/**
 * A row DuckDB will not take while loading is reported like any bad row: the source file and its
 * row (not DuckDB's "CSV Error on Line: 2 … ratings.canonical.csv"), and the command line exits 1.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, parseDataset } from '../../../src/lib/data';
import type { Engine } from '../../../src/lib/engine/types';
import { goodWith, textFile } from '../data/helpers';
import { ENGINES } from '../rules/fixture';

/**
 * The real engine, but the canonical CSV of `table` reaches it with one row damaged (a year that is
 * no number): DuckDB's own conversion error, as a broken engine or a loader bug would raise it.
 */
function damaging(engine: Engine, table: string, dataRow: number): Engine {
  return {
    ...engine,
    async registerFile(name, bytes) {
      if (name !== `${table}.canonical.csv` || bytes.length === 0) return engine.registerFile(name, bytes);
      const lines = new TextDecoder().decode(bytes).split('\n');
      lines[dataRow] = lines[dataRow].replace(/^"(\d+)"/, '"$1x"');
      return engine.registerFile(name, new TextEncoder().encode(lines.join('\n')));
    }
  };
}

describe.each(ENGINES)('a row DuckDB refuses while loading, on %s', (_name, make) => {
  it('is a DatasetError naming the source file and row', async () => {
    // Blank lines in the source: its row numbers are not the canonical rows' positions.
    const ratings = textFile('ratings.csv', 'year,subject_type,subject_id,unit_id,level\n\n2022,person,P001,C01,HTTNV\n\n2022,person,P002,C01,HTXSNV\n2022,person,P003,C02,HTNV\n');
    const parsed = await parseDataset(await goodWith(ratings));
    const engine = await make();
    try {
      const err = await loadDataset(damaging(engine, 'ratings', 2), parsed).then(
        () => null,
        (e: unknown) => e
      );
      expect(err).toBeInstanceOf(DatasetError);
      expect((err as DatasetError).problems).toEqual([
        expect.objectContaining({ severity: 'error', file: 'ratings.csv', row: 5, message: expect.stringMatching(/^DuckDB không nạp được dòng này \(DuckDB could not load this row\): .*CSV Error on Line: 3/) })
      ]);
    } finally {
      await engine.close();
    }
  }, 60_000);
});
