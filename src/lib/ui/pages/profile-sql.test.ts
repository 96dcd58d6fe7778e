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
    expect(await engine.query(sql.unitSql('C01'))).toEqual([
      { unit_id: 'C01', name: 'Chi bộ thôn Văn Hội', kind: 'chi_bo', parent_id: 'G01', parent_name: 'Đảng bộ xã Văn Bình', first_year: 2022, last_year: 2025, in_force: true }
    ]);
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

describe('unit pages across the 2025 reorganisation (test/fixtures/e2e-reorg)', () => {
  let v2: Engine;
  beforeAll(async () => {
    v2 = await createWasmNodeEngine();
    const dir = path.resolve('test/fixtures/e2e-reorg');
    const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
    const parsed = await parseDataset(files);
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await loadDataset(v2, parsed);
  });
  afterAll(async () => v2?.close());

  it('a merged commune: gone, with its placement, its successor by merge and the unit that answers for it today', async () => {
    expect(await v2.query(sql.unitSql('XA'))).toEqual([
      { unit_id: 'XA', name: 'Đảng bộ xã Liên Nghĩa', kind: 'co_so', parent_id: 'H01', parent_name: 'Đảng bộ huyện Văn Giang', first_year: 2023, last_year: 2025, in_force: false }
    ]);
    expect(await v2.query(sql.unitPlacementsSql('XA'))).toEqual([
      { valid_from: null, valid_to: '2025-06-30', name: 'Đảng bộ xã Liên Nghĩa', kind: 'co_so', parent_id: 'H01', parent_name: 'Đảng bộ huyện Văn Giang' }
    ]);
    expect(await v2.query(sql.unitChangesSql('XA'))).toEqual([
      { direction: 'to', other_id: 'XN', other_name: 'Đảng bộ xã Nghĩa Trụ', effective_on: '2025-07-01', kind: 'merge', decision_no: '1245-QĐ/TU' }
    ]);
    expect(await v2.query(sql.unitSuccessorsSql('XA'))).toEqual([{ unit_id: 'XN', name: 'Đảng bộ xã Nghĩa Trụ' }]);
  });

  it('the merged commune and a moved cell: predecessors, two placements, still in force', async () => {
    expect((await v2.query(sql.unitChangesSql('XN'))).map((c) => [c.direction, c.other_id, c.kind])).toEqual([
      ['from', 'XA', 'merge'],
      ['from', 'XB', 'merge']
    ]);
    expect(await v2.query(sql.unitSuccessorsSql('XN'))).toEqual([]);
    expect((await v2.query(sql.unitPlacementsSql('CA'))).map((p) => [p.valid_from, p.valid_to, p.parent_id])).toEqual([
      [null, '2025-06-30', 'XA'],
      ['2025-07-01', null, 'XN']
    ]);
    expect(await v2.query(sql.unitSql('CA'))).toEqual([expect.objectContaining({ parent_id: 'XN', parent_name: 'Đảng bộ xã Nghĩa Trụ', in_force: true })]);
    // A member's ratings name the cell as it stood that year.
    expect((await v2.query(sql.personRatingsSql('P000'))).map((r) => [r.year, r.unit_id, r.unit_name])).toEqual([
      [2023, 'CA', 'Chi bộ thôn Đan Nhiễm'],
      [2024, 'CA', 'Chi bộ thôn Đan Nhiễm'],
      [2025, 'CA', 'Chi bộ thôn Đan Nhiễm']
    ]);
  });
});
