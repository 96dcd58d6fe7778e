import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from '../../../src/cli/audit';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { raw, sql } from '../../../src/lib/sql/template';
import { runCli as run, withTempDir } from './cli';

const V1_DATASET = 'test/fixtures/datasets/reorg-v1/data';

describe('npm run audit over Parquet (the path beyond a province)', () => {
  it('writes the validated demo as Parquet, and the audit from those files is the same list, also split into one file per part', withTempDir('audit-parquet', async (dir) => {
    const pq = path.join(dir, 'pq');
    const fromCsv = path.join(dir, 'from-csv.csv');
    const first = await run(['data/demo', '--out', fromCsv, '--write-parquet', pq]);
    expect(first.code).toBe(EXIT.ok);
    expect(first.stderr).toMatch(/Parquet → .*units, unit_changes, people, ratings, reviews, disciplines/);

    const fromParquet = path.join(dir, 'from-parquet.csv');
    const second = await run([pq, '--parquet', '--out', fromParquet]);
    expect(second.code).toBe(EXIT.ok);
    const csv = readFileSync(fromCsv, 'utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(40);
    expect(readFileSync(fromParquet, 'utf8')).toBe(csv);

    // ratings as a folder of two files (as if one per district): read together, same list.
    const engine = await createNativeEngine();
    const folder = path.join(pq, 'ratings');
    mkdirSync(folder);
    for (const [name, cond] of [['a', 'year < 2022'], ['b', 'year >= 2022']])
      await engine.exec(sql`COPY (SELECT * FROM read_parquet(${path.join(pq, 'ratings.parquet')}) WHERE ${raw(cond)}) TO ${path.join(folder, `${name}.parquet`)} (FORMAT parquet)`.text);
    await engine.close();
    renameSync(path.join(pq, 'ratings.parquet'), path.join(dir, 'ratings.parquet.bak'));
    const split = path.join(dir, 'split.csv');
    expect((await run([pq, '--parquet', '--out', split])).code).toBe(EXIT.ok);
    expect(readFileSync(split, 'utf8')).toBe(csv);
  }), 60_000);

  it('reads Parquet files written before version 2 of the data contract: the columns they lack are empty, disciplines are the Party\'s', withTempDir('audit-parquet', async (dir) => {
    const pq = path.join(dir, 'pq');
    const fromCsv = path.join(dir, 'from-csv.csv');
    // A version-1 dataset: files written before version 2 held such data (stripping the placements of
    // version-2 data would change its trees, rightly).
    expect((await run([V1_DATASET, '--out', fromCsv, '--write-parquet', pq])).code).toBe(EXIT.ok);
    const v1 = path.join(dir, 'v1');
    mkdirSync(v1);
    const engine = await createNativeEngine();
    const added = { units: 'valid_from, valid_to', people: 'joined_on, left_on', ratings: 'not_rated, note', reviews: '', disciplines: 'system' };
    for (const [t, cols] of Object.entries(added))
      await engine.exec(sql`COPY (SELECT * ${raw(cols ? `EXCLUDE (${cols})` : '')} FROM read_parquet(${path.join(pq, `${t}.parquet`)})) TO ${path.join(v1, `${t}.parquet`)} (FORMAT parquet)`.text);
    const { attachParquet, parquetSources } = await import('../../../src/lib/data/parquet-dataset');
    await attachParquet(engine, parquetSources(v1), 'views');
    expect(await engine.query(`SELECT DISTINCT system FROM disciplines`)).toEqual([{ system: 'dang' }]);
    expect(await engine.query(`SELECT count(*) AS n FROM ratings WHERE not_rated IS NOT NULL`)).toEqual([{ n: 0 }]);
    expect(await engine.query(`SELECT count(DISTINCT year) AS n FROM unit_years`)).toEqual(await engine.query(`SELECT count(DISTINCT year) AS n FROM ratings`));
    await engine.close();
    const fromV1 = path.join(dir, 'from-v1.csv');
    expect((await run([v1, '--parquet', '--out', fromV1])).code).toBe(EXIT.ok);
    expect(readFileSync(fromV1, 'utf8')).toBe(readFileSync(fromCsv, 'utf8'));
  }), 60_000);

  it('refuses a folder whose files lack a table or a column the rules need, and writes nothing', withTempDir('audit-parquet', async (dir) => {
    const engine = await createNativeEngine();
    await engine.exec(sql`COPY (SELECT 'U1' AS unit_id, 'Chi bộ 1' AS name) TO ${path.join(dir, 'units.parquet')} (FORMAT parquet)`.text);
    await engine.close();
    const out = path.join(dir, 'flags.csv');
    const { code, stderr } = await run([dir, '--parquet', '--out', out]);
    expect(code).toBe(EXIT.dataErrors);
    expect(stderr).toContain('missing table: people.parquet');
    expect(stderr).toContain('missing table: ratings.parquet');
    expect(stderr).toContain('units.parquet: thiếu cột / missing column kind');
    expect(() => readFileSync(out)).toThrow();
  }));
});
