/**
 * A suite of queries that every engine must answer identically (wasm in Node, native, browser):
 * types, NULLs, Unicode, window functions, recursive CTEs, aggregates and the CSV reader.
 */
export const PARITY_SETUP: readonly string[] = [
  `CREATE OR REPLACE TABLE p AS SELECT * FROM (VALUES
     (1, 'Nguyễn Văn An', DATE '2023-12-05', 3, 92.5, TRUE),
     (2, 'Trần Thị Bích', DATE '2024-01-10', 4, NULL, FALSE),
     (3, 'Lê Đức Đạt', NULL, 2, 49.99, NULL),
     (4, 'Phạm Thu Hà', DATE '2025-12-20', 1, 70.0, TRUE)
   ) t(id, name, decided_on, rank, score, flag)`
];

export const PARITY_QUERIES: readonly string[] = [
  `SELECT id, name, decided_on, rank, score, flag FROM p ORDER BY id`,
  `SELECT count(*) AS n, sum(rank) AS s, avg(score) AS a, min(decided_on) AS d FROM p`,
  `SELECT id, rank() OVER (ORDER BY rank DESC) AS r, lag(rank) OVER (ORDER BY id) AS prev FROM p ORDER BY id`,
  `SELECT lower(name) AS l, upper(name) AS u, length(name) AS len, strip_accents(name) AS s FROM p ORDER BY id`,
  `SELECT list(id ORDER BY id) AS ids, string_agg(name, '; ' ORDER BY id) AS names FROM p`,
  `SELECT regexp_split_to_array(lower('Hoàn thành, tốt  nhiệm vụ!'), '[^\\p{L}\\p{N}]+') AS words`,
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT sum(n) AS total FROM r`,
  `SELECT year(decided_on) AS y, date_diff('day', DATE '2023-12-05', decided_on) AS late FROM p ORDER BY id`,
  `SELECT CAST(4 AS DOUBLE) / 15 AS ratio, round(4 / 15, 4) AS r4, 0.2 * 15 AS allowed, floor(0.2 * 15) AS fl`,
  `SELECT md5('quota_excellent_members|2023|unit|G1') AS h`,
  `SELECT id FROM p WHERE score >= 70 OR flag IS NULL ORDER BY id`
];
