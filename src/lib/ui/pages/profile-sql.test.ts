/** The unit and person pages' SQL on the good fixture, through duckdb-wasm (the browser's engine). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '$lib/data';
import { createWasmNodeEngine } from '$lib/engine/wasm-node';
import type { Engine } from '$lib/engine/types';
import * as sql from './profile-sql';

const DIR = path.resolve('test/fixtures/datasets/good.tables');
let engine: Engine;

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  const files = readdirSync(DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(DIR, name))) }));
  await loadDataset(engine, await parseDataset(files));
});
afterAll(async () => engine?.close());

describe('unit and person page queries', () => {
  it('a unit: its ratings with the head, its members by year', async () => {
    expect(await engine.query(sql.unitSql('C01'))).toEqual([{ unit_id: 'C01', name: 'Chi bộ thôn Văn Hội', kind: 'chi_bo', parent_id: 'G01', parent_name: 'Đảng bộ xã Văn Bình' }]);
    const ratings = await engine.query(sql.unitRatingsSql('C01'));
    expect(ratings.map((r) => [r.year, r.level, r.head_id])).toEqual([[2022, 'HTTNV', 'P001']]);
    const members = sql.pivotMembers(await engine.query<sql.MemberRow>(sql.unitMembersSql('C01')));
    expect(members.years).toEqual([2022, 2023]);
    expect(members.people.map((p) => [p.person_id, Object.fromEntries(p.levels)])).toEqual([
      ['P001', { 2022: 'HTTNV', 2023: 'HTTNV' }],
      ['P002', { 2022: 'HTXSNV', 2023: 'KHTNV' }]
    ]);
  });

  it('a person: ratings on every track with the unit name, reviews by year', async () => {
    const ratings = await engine.query(sql.personRatingsSql('P006'));
    expect(ratings.map((r) => [r.year, r.track, r.level, r.unit_name])).toEqual([[2023, 'leader', 'HTXSNV', 'Ban Thường vụ Huyện ủy']]);
    const reviews = await engine.query(sql.personReviewsSql('P001'));
    expect(reviews.map((r) => r.year)).toEqual([2022, 2023]);
    expect(String(reviews[0].text)).toMatch(/^BẢN KIỂM ĐIỂM CÁ NHÂN/);
    expect(await engine.query(sql.personSql('nobody'))).toEqual([]);
  });
});
