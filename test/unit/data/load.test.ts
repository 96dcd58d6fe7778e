import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { DatasetError, loadDataset, parseDataset } from '../../../src/lib/data';
import { loadTable } from '../../../src/lib/data/to-engine';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { goodWith, goodWithout, textFile } from './helpers';
import { ENGINES, withEngine } from '../rules/fixture';

describe.each(ENGINES)('loadDataset on the %s engine', (_name, makeEngine) => {
  it('loads the good fixture with the schema types, defaults and derived columns', async () => {
    const engine = await makeEngine();
    await loadDataset(engine, await parseDataset(await goodWith()));
    expect(await engine.tables()).toEqual(['disciplines', 'people', 'ratings', 'reviews', 'unit_ancestors', 'unit_grassroots', 'unit_successors', 'unit_years', 'units']);

    const types = await engine.query<{ column_name: string; column_type: string }>(`SELECT column_name, data_type AS column_type FROM information_schema.columns WHERE table_name = 'ratings' ORDER BY ordinal_position`);
    expect(types.map((t) => `${t.column_name}:${t.column_type}`)).toEqual([
      'year:INTEGER', 'subject_type:VARCHAR', 'subject_id:VARCHAR', 'unit_id:VARCHAR', 'track:VARCHAR', 'level:VARCHAR', 'self_level:VARCHAR',
      'head_id:VARCHAR', 'position_group:VARCHAR', 'score:DOUBLE', 'decided_on:DATE', 'not_rated:VARCHAR', 'note:VARCHAR', 'rank:INTEGER', 'self_rank:INTEGER'
    ]);
    expect(await engine.query(`SELECT subject_id, track, level, rank, self_rank, score, decided_on FROM ratings WHERE year = 2023 OR score IS NOT NULL ORDER BY year, subject_type, subject_id`)).toEqual([
      { subject_id: 'P001', track: 'party_member', level: 'HTTNV', rank: 3, self_rank: null, score: null, decided_on: '2023-12-04' },
      { subject_id: 'P002', track: 'party_member', level: 'KHTNV', rank: 1, self_rank: 2, score: null, decided_on: '2023-12-04' },
      { subject_id: 'P004', track: 'party_member', level: 'HTXSNV', rank: 4, self_rank: null, score: null, decided_on: null },
      { subject_id: 'P006', track: 'leader', level: 'HTXSNV', rank: 4, self_rank: null, score: null, decided_on: '2023-12-18' },
      { subject_id: 'G01', track: null, level: 'HTTNV', rank: 3, self_rank: null, score: null, decided_on: '2023-12-15' },
      { subject_id: 'P005', track: 'party_member', level: 'HTTNV', rank: 3, self_rank: 3, score: 85.5, decided_on: '2025-12-03' }
    ]);
    expect(await engine.query(`SELECT subject_id, form, violation_from, violation_to, self_detected, decision_no, system FROM disciplines ORDER BY decided_on`)).toEqual([
      { subject_id: 'P002', form: 'khien_trach', violation_from: 2023, violation_to: 2023, self_detected: false, decision_no: '12-QĐ/UBKT', system: 'dang' },
      { subject_id: 'G01', form: 'canh_cao', violation_from: 2021, violation_to: 2022, self_detected: true, decision_no: '15-QĐ/UBKTHU', system: 'dang' },
      { subject_id: 'P004', form: 'canh_cao', violation_from: 2023, violation_to: 2023, self_detected: false, decision_no: null, system: 'dang' }
    ]);
    const [review] = await engine.query<{ text: string }>(`SELECT text FROM reviews WHERE person_id = 'P001' AND year = 2022`);
    // A quoted multi-line field: line breaks and doubled quotes come through as written.
    expect(review.text.split('\n')).toHaveLength(9);
    expect(review.text.split('\n')[6]).toBe('Đôi khi còn "nể nang", ngại va chạm; việc nắm tình hình dư luận ở các xóm chưa kịp thời.');
    expect(await engine.query(`SELECT unit_id, co_so_id FROM unit_grassroots WHERE unit_id IN ('C02', 'T01') ORDER BY 1`)).toEqual([
      { unit_id: 'C02', co_so_id: 'G01' },
      { unit_id: 'T01', co_so_id: null }
    ]);
    await engine.close();
  });
});

describe('loadDataset keeps or replaces data as a whole', () => {
  const h = withEngine();

  it('refuses a broken dataset before touching the engine: the previous data stays', async () => {
    await loadDataset(h.engine, await parseDataset(await goodWith()));
    const broken = await parseDataset(await goodWith(textFile('people.csv', 'person_id,full_name\nP001,Chỉ một người\n')));
    const refused = await loadDataset(h.engine, broken).then(
      () => null,
      (e: unknown) => e
    );
    expect(refused).toBeInstanceOf(DatasetError);
    expect((refused as DatasetError).problems).toBe(broken.problems);
    expect((refused as DatasetError).message).toMatch(/^Dữ liệu có \d+ lỗi/);
    expect(await h.engine.query('SELECT count(*) AS n FROM people')).toEqual([{ n: 6 }]);
    expect(await h.engine.query('SELECT count(*) AS n FROM ratings')).toEqual([{ n: 10 }]);
  });

  it('drops the tables of the previous dataset that the new one lacks', async () => {
    await loadDataset(h.engine, await parseDataset(await goodWith()));
    const smaller = await parseDataset(await goodWithout('reviews.csv', 'disciplines.csv'));
    expect(smaller.problems).toEqual([]);
    await loadDataset(h.engine, smaller);
    expect(await h.engine.tables()).toEqual(['people', 'ratings', 'unit_ancestors', 'unit_grassroots', 'unit_successors', 'unit_years', 'units']);
  });
});

describe('loadTable in batches', () => {
  it('gives the same table however small the batches (a province does not fit one string)', async () => {
    const engine = await createWasmNodeEngine();
    const rows = Array.from({ length: 50 }, (_, i) => ({ person_id: `P${i}`, year: 2020 + (i % 4), text: `Bản kiểm điểm số ${i},\n"trích dẫn"` }));
    await loadTable(engine, 'reviews', rows, 100);
    expect(await engine.query('SELECT person_id, year, text FROM reviews')).toEqual(rows);
    await loadTable(engine, 'reviews', []);
    expect(await engine.query('SELECT count(*) AS n FROM reviews')).toEqual([{ n: 0 }]);
    await engine.close();
  });
});
