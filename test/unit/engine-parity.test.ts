import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../src/lib/engine/wasm-node';
import { createNativeEngine } from '../../src/lib/engine/native';
import type { Engine } from '../../src/lib/engine/types';
import { PARITY_QUERIES, PARITY_SETUP } from '../common/parity-queries';

describe('engine parity: duckdb-wasm (the browser engine, in Node) and native DuckDB', () => {
  let wasm: Engine;
  let native: Engine;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([createWasmNodeEngine(), createNativeEngine()]);
    for (const e of [wasm, native]) for (const sql of PARITY_SETUP) await e.exec(sql);
  });
  afterAll(async () => {
    await wasm.close();
    await native.close();
  });

  it('runs the same DuckDB version', async () => {
    const [a, b] = await Promise.all([wasm.query('SELECT version() AS v'), native.query('SELECT version() AS v')]);
    expect(a).toEqual(b);
  });

  it.each(PARITY_QUERIES.map((q) => [q]))('%s', async (sql) => {
    const a = await wasm.query(sql);
    const b = await native.query(sql);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('reads the same registered CSV bytes identically', async () => {
    const csv = new TextEncoder().encode('id,text\n1,"Ưu điểm, kết quả ""đạt được"""\n2,\n');
    for (const e of [wasm, native]) {
      const path = await e.registerFile('parity.csv', csv);
      await e.exec(`CREATE OR REPLACE TABLE c AS SELECT * FROM read_csv('${path}', header = true, columns = {'id': 'INTEGER', 'text': 'VARCHAR'})`);
    }
    const a = await wasm.query('SELECT * FROM c ORDER BY id');
    expect(a).toEqual([{ id: 1, text: 'Ưu điểm, kết quả "đạt được"' }, { id: 2, text: null }]);
    expect(await native.query('SELECT * FROM c ORDER BY id')).toEqual(a);
  });
});
