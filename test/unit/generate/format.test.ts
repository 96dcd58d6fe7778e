import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA } from '../../../src/lib/data/schema';
import { parseLevel } from '../../../src/lib/domain/levels';
import { hasErrors } from '../../../src/lib/data';
import { generateDataset, TABLE_FILES } from '../../../src/lib/generate';
import { COMMITTED_DEMO, DEMO, demoFiles, demoParsed, readCsv } from './demo';

describe('generator: determinism', () => {
  let first: Record<string, string>;
  beforeAll(() => {
    first = demoFiles();
  });

  it('gives the same bytes for the same scale and seed', () => {
    const again = demoFiles();
    expect(Object.keys(again).sort()).toEqual(Object.keys(first).sort());
    for (const name of Object.keys(first)) expect(again[name] === first[name], name).toBe(true);
  });

  it('gives different data for another seed', () => {
    const other = demoFiles({ ...DEMO, seed: 2 });
    for (const name of ['people.csv', 'ratings.csv', 'reviews.csv', 'truth.csv']) expect(other[name] === first[name], name).toBe(false);
  });
});

// The generator writes version 1 of the data contract: the columns version 2 added are not in its files.
const VERSION_2_COLUMNS = new Set(['valid_from', 'valid_to', 'joined_on', 'left_on', 'not_rated', 'note', 'system']);

describe('generator: the data contract (docs/data-format.md)', () => {
  let files: Record<string, string>;
  beforeAll(() => {
    files = demoFiles();
  });

  it('writes the tables with their canonical columns, plus truth.csv', () => {
    expect(Object.keys(files).sort()).toEqual(['disciplines.csv', 'people.csv', 'ratings.csv', 'reviews.csv', 'truth.csv', 'units.csv']);
    for (const table of ['units', 'people', 'ratings', 'reviews', 'disciplines'] as const) {
      const { header } = readCsv(files[`${table}.csv`]);
      expect(header, table).toEqual(SCHEMA[table].map((c) => c.name).filter((c) => !VERSION_2_COLUMNS.has(c)));
    }
    expect(readCsv(files['truth.csv']).header).toEqual(['rule', 'year', 'subject_type', 'subject_id', 'case']);
  });

  it('loads through the project loader with no error (truth.csv is only an unrecognised file)', async () => {
    const parsed = await demoParsed(files);
    expect(hasErrors(parsed.problems), JSON.stringify(parsed.problems.slice(0, 3))).toBe(false);
    expect(parsed.problems.map((p) => p.file)).toEqual(['truth.csv']);
    const ratings = parsed.tables.ratings!;
    expect(new Set(ratings.map((r) => r.year))).toEqual(new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    const persons = new Set(parsed.tables.people!.map((p) => p.person_id));
    expect(persons.size).toBeGreaterThanOrEqual(300);
    expect(persons.size).toBeLessThanOrEqual(500);
  });

  it('uses RFC 4180 quoting with CRLF records and no byte-order mark', () => {
    expect(files['ratings.csv'].charCodeAt(0)).not.toBe(0xfeff);
    expect(files['units.csv'].split('\r\n')[0]).toBe('unit_id,name,parent_id,kind');
    const reviews = readCsv(files['reviews.csv']).rows;
    expect(reviews[0].text).toContain('\n');
    expect(reviews.some((r) => r.text.includes('"'))).toBe(true);
    expect(readCsv(files['ratings.csv']).rows.every((r) => Object.keys(r).length === 11)).toBe(true);
  });

  it('spells levels as codes mostly, and in real-world spellings (full names, NFD, "Tốt") in some rows', () => {
    const levels = readCsv(files['ratings.csv']).rows.map((r) => r.level);
    const codes = levels.filter((l) => /^(HTXSNV|HTTNV|HTNV|KHTNV)$/.test(l)).length;
    expect(codes / levels.length).toBeGreaterThan(0.7);
    expect(codes / levels.length).toBeLessThan(0.97);
    expect(levels.some((l) => l === 'Hoàn thành xuất sắc nhiệm vụ')).toBe(true);
    expect(levels.some((l) => l !== l.normalize('NFC'))).toBe(true);
    expect(levels.some((l) => l === 'Tốt')).toBe(true);
    for (const l of new Set(levels)) expect(parseLevel(l).ok, l).toBe(true);
  });

  it('gives scores from 2025 only, inside the band of the level except on planted rows', () => {
    const rows = readCsv(files['ratings.csv']).rows;
    expect(rows.filter((r) => r.score !== '').every((r) => r.year === '2025')).toBe(true);
    expect(rows.filter((r) => r.year === '2025').every((r) => r.score !== '')).toBe(true);
    const data = generateDataset(DEMO);
    const planted = new Set([...data.tables.truth, ...data.negatives].filter((t) => t.rule === 'score_level_mismatch').map((t) => t.subject_id));
    const band: Record<string, [number, number]> = { HTXSNV: [90, 100], HTTNV: [70, 90], HTNV: [50, 70], KHTNV: [0, 50] };
    const off = rows.filter((r) => {
      if (r.year !== '2025' || planted.has(r.subject_id)) return false;
      const parsed = parseLevel(r.level);
      const [lo, hi] = band[parsed.ok ? parsed.value : 'HTTNV'];
      const score = Number(r.score);
      return score < lo || score >= hi;
    });
    expect(off).toEqual([]);
    expect(planted.size).toBeGreaterThanOrEqual(5);
  });
});

describe('generator: options and the in-memory API', () => {
  it('without reviews writes no reviews.csv, and the text checks (which then do not run) are no truth', () => {
    const files = demoFiles({ ...DEMO, reviews: false });
    expect(files['reviews.csv']).toBeUndefined();
    const rules = new Set(readCsv(files['truth.csv']).rows.map((r) => r.rule));
    for (const r of ['review_copied_prior_year', 'review_copied_colleague', 'repeated_weaknesses']) expect(rules.has(r)).toBe(false);
    expect(rules.has('quota_excellent_members')).toBe(true);
  });

  it('generateDataset gives the same rows as the CSV files', () => {
    const data = generateDataset(DEMO);
    const files = demoFiles();
    // Version 1 has no unit_changes table: the tables are those of the format asked for.
    expect(Object.keys(data.tables).sort()).toEqual(Object.keys(files).map((f) => f.replace('.csv', '')).sort());
    for (const table of Object.keys(data.tables) as (keyof typeof TABLE_FILES)[]) expect(data.tables[table].length, table).toBe(readCsv(files[TABLE_FILES[table]]).rows.length);
    expect(data.tables.units.every((u) => typeof u.unit_id === 'string')).toBe(true);
  });

  it('refuses an unknown scale or a seed that is not an integer', () => {
    expect(() => generateDataset({ scale: 'city' as 'demo', seed: 1 })).toThrow(/scale/);
    expect(() => generateDataset({ scale: 'demo', seed: 1.5 })).toThrow(/seed/);
  });
});

describe('the committed demo dataset (data/demo)', () => {
  it('is exactly what `npm run generate -- --scale demo --seed 1` writes (version 2)', () => {
    const files = demoFiles(COMMITTED_DEMO);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(path.join('data/demo', name), 'utf8') === text, `data/demo/${name} is out of date`).toBe(true);
    expect(readFileSync('data/demo/README.md', 'utf8')).toContain('npm run generate -- --scale demo --seed 1 --out data/demo');
  });
});
