/**
 * Province reviews for native DuckDB, read straight from the generator's reviews.csv with DuckDB's
 * own CSV reader. The JavaScript loader cannot take them: ≈ 2 GB of text parsed into rows and then
 * written back as one canonical CSV string (src/lib/data/to-engine.ts canonicalCsv) is more than a
 * V8 string may hold (≈ 512 M characters). The table is the same shape the loader makes: text in
 * NFC, year an INTEGER. Native only: this is the command line's path for data of that size.
 */
import { sqlLiteral, type Engine } from '../../lib/engine/types';

export async function loadReviewsNative(engine: Engine, csvFile: string): Promise<number> {
  if (engine.kind !== 'native') throw new Error('reviews from a file path need the native engine');
  await engine.exec(`
    CREATE OR REPLACE TABLE reviews AS
    SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year, nfc_normalize(CAST(text AS VARCHAR)) AS text
    FROM read_csv(${sqlLiteral(csvFile)}, header = true, quote = '"', escape = '"', all_varchar = true, max_line_size = 16777216)`);
  const [r] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM reviews');
  return r.n;
}
