/** A large CSV tells how far its reading is, every 16 MB of bytes, ending at 1; a small one once. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/data';
import { CHUNK_BYTES } from '../../../src/lib/data/encoding';
import { textFile } from './helpers';

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
});
