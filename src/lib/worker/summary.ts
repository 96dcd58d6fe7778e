/** The size of the dataset loaded in an engine: what the Overview shows first. */
import type { TableName } from '../data/schema';
import type { Engine } from '../engine/types';
import type { DatasetSummary, RatingsOfYear } from './protocol';
import { leaderSql, partyMemberSql } from '../sql/ratings';
import { ident, sql } from '../sql/template';

const BY_YEAR_SQL = sql`
  SELECT year,
         count(*) AS total,
         count(*) FILTER (WHERE ${partyMemberSql()}) AS members,
         count(*) FILTER (WHERE ${leaderSql()}) AS leaders,
         count(*) FILTER (WHERE subject_type = 'unit') AS units
  FROM ratings GROUP BY year ORDER BY year`.text;

/**
 * Null when no dataset is loaded (the required tables are missing). `loading`: the rows of tables
 * still being loaded (the load's `later`), counted as parsed, since every parsed row is loaded.
 */
export async function datasetSummary(engine: Engine, loading: Partial<Record<TableName, number>> = {}): Promise<DatasetSummary | null> {
  const present = new Set(await engine.tables());
  if (!['units', 'people', 'ratings'].every((t) => present.has(t))) return null;
  const count = async (table: TableName): Promise<number | null> =>
    loading[table] ?? (present.has(table) ? ((await engine.query<{ n: number }>(sql`SELECT count(*) AS n FROM ${ident(table)}`.text))[0].n) : null);
  const ratingsByYear = await engine.query<RatingsOfYear & Record<string, number>>(BY_YEAR_SQL);
  return {
    // A unit may have several rows, one per placement over the years: units are counted once.
    units: (await engine.query<{ n: number }>('SELECT count(DISTINCT unit_id) AS n FROM units'))[0].n,
    people: (await count('people')) ?? 0,
    ratings: ratingsByYear.reduce((s, y) => s + y.total, 0),
    ratingsByYear,
    reviews: await count('reviews'),
    disciplines: await count('disciplines'),
    unitChanges: await count('unit_changes')
  };
}
