/**
 * Progress of a load: a large CSV tells how far its reading is, every 16 MB of bytes, ending at 1
 * (a small one once); loading a table tells the fraction of its rows in the engine after each piece.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { CHUNK_BYTES } from '../../../src/lib/data/encoding';
import { loadTable } from '../../../src/lib/data/to-engine';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { goodWith, textFile } from './helpers';

describe('parse progress', () => {
  it('reports each table file’s fraction read, in order, up to 1', async () => {
    const text = 'Nội dung kiểm điểm, có dấu phẩy và "ngoặc kép". '.repeat(800);
    const rows: string[] = ['person_id,year,text'];
    let size = 0;
    for (let i = 0; size < 2.5 * CHUNK_BYTES; i++) {
      const row = `P${i},2023,"${text.replace(/"/g, '""')}"`;
      rows.push(row);
      size += new TextEncoder().encode(row).length + 1;
    }
    const reviews = textFile('reviews.csv', rows.join('\n'));
    const seen: [string, number][] = [];
    const parsed = await parseDataset([reviews, textFile('units.csv', 'unit_id,name,kind\nH01,Huyện ủy,cap_tren\n')], { onProgress: (file, f) => seen.push([file, f]) });

    const big = seen.filter(([f]) => f === 'reviews.csv').map(([, f]) => f);
    const chunks = Math.ceil(reviews.bytes.length / CHUNK_BYTES);
    expect(big).toEqual(Array.from({ length: chunks }, (_, i) => Math.min(1, ((i + 1) * CHUNK_BYTES) / reviews.bytes.length)));
    expect(seen.filter(([f]) => f === 'units.csv')).toEqual([['units.csv', 1]]);
    expect(parsed.problems.filter((p) => p.file === 'reviews.csv' && p.severity === 'error' && p.row !== undefined)).toEqual([]);
  });

  it('reports the fraction of each table’s rows loaded after each piece, and loads them all', async () => {
    const engine = await createWasmNodeEngine();
    try {
      const rows = Array.from({ length: 50 }, (_, i) => ({ person_id: `P${String(i).padStart(3, '0')}`, year: 2023, text: `Bản kiểm điểm số ${i}, có dấu phẩy` }));
      const seen: number[] = [];
      await loadTable(engine, 'reviews', rows, 200, (f) => seen.push(f));
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.every((f, i) => f > (seen[i - 1] ?? 0))).toBe(true);
      expect(seen.at(-1)).toBe(1);
      expect(await engine.query('SELECT count(*)::INT AS n, max(person_id) AS last FROM reviews')).toEqual([{ n: 50, last: 'P049' }]);

      const byTable = new Map<string, number[]>();
      await loadDataset(engine, await parseDataset(await goodWith()), (table, f) => byTable.set(table, [...(byTable.get(table) ?? []), f]));
      expect([...byTable.keys()].sort()).toEqual(['disciplines', 'people', 'ratings', 'reviews', 'units']);
      expect([...byTable.values()].every((fs) => fs.at(-1) === 1)).toBe(true);
    } finally {
      await engine.close();
    }
  });
});
