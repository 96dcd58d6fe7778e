/**
 * Province reviews for native DuckDB, read straight from the generator's reviews.csv with DuckDB's
 * own CSV reader. The JavaScript loader cannot take them: ≈ 2 GB of text parsed into rows and then
 * written back as one canonical CSV string (src/lib/data/to-engine.ts canonicalCsv) is more than a
 * V8 string may hold (≈ 512 M characters). The table is the same shape the loader makes: text in
 * NFC, year an INTEGER. Native only: this is the command line's path for data of that size.
 */
import type { Engine } from '../../lib/engine/types';
import { sql } from '../../lib/sql/template';

/**
 * Combining marks (and the few singletons) that NFC may compose or replace. nfc_normalize costs
 * ≈ 55 s over a province's 3 GB; only texts holding one of these can change — Vietnamese typed in
 * NFD (macOS, some Word files) spells its diacritics with U+0300–U+036F — so only those are
 * normalised (≈ 11 s in all). On the generator's province data the result equals nfc_normalize of
 * every text.
 */
const DECOMPOSED = '[\\x{0300}-\\x{036F}\\x{1AB0}-\\x{1AFF}\\x{1DC0}-\\x{1DFF}\\x{20D0}-\\x{20FF}\\x{FE20}-\\x{FE2F}\\x{1100}-\\x{11FF}\\x{2126}\\x{212A}\\x{212B}]';

export async function loadReviewsNative(engine: Engine, csvFile: string): Promise<number> {
  if (engine.kind !== 'native') throw new Error('reviews from a file path need the native engine');
  await engine.exec(sql`
    CREATE OR REPLACE TABLE reviews AS
    SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year,
           CASE WHEN regexp_matches(text, ${DECOMPOSED}) THEN nfc_normalize(text) ELSE text END AS text
    FROM read_csv(${csvFile}, header = true, quote = '"', escape = '"', all_varchar = true, max_line_size = 16777216)`.text);
  const [r] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM reviews');
  return r.n;
}
