/**
 * Picked files loaded by handle in the worker's session (Node's Blob stands in for the browser's
 * File), over duckdb-wasm: byte progress while reading, a header the loader cannot match refused
 * with the header report, then the same handles loaded again with the user's mapping.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toArrayBuffer } from '../data/input-files';
import { readDatasetFolder } from '../data/read-folder';
import type { PickedFile, Progress } from './protocol';
import { readPicked } from './read-picked';
import { wasmSession } from './testing';

const GOOD = path.resolve('test/fixtures/datasets/good');
const LEVEL_HEADER = 'Kết quả phân loại cuối năm';

const w = wasmSession();
let picked: PickedFile[];

beforeAll(async () => {
  const files = await readDatasetFolder(GOOD);
  picked = files.map(({ name, bytes }) => {
    const part = name === 'ratings.csv' ? new TextDecoder().decode(bytes).replace(',level,', `,${LEVEL_HEADER},`) : toArrayBuffer(bytes);
    return { name, file: new Blob([part]) };
  });
});

describe('picked files', () => {
  it('reads every byte of every file, reporting bytes done of the total', async () => {
    const big = new Uint8Array(3_000_000);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const seen: [number, number][] = [];
    const files = await readPicked([{ name: 'a.bin', file: new Blob([big]) }, { name: 'b.txt', file: new Blob(['xin chào']) }], (done, total) => seen.push([done, total]));
    expect(files.map((f) => f.name)).toEqual(['a.bin', 'b.txt']);
    expect(Buffer.compare(files[0].bytes, big)).toBe(0);
    expect(new TextDecoder().decode(files[1].bytes)).toBe('xin chào');
    const total = big.length + new TextEncoder().encode('xin chào').length;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1][0])).toBe(true);
  });

  it('refuses an unmatched header with its report, then loads the same handles with the mapping', async () => {
    const stages: Progress[] = [];
    const refused = await w.session.load({ kind: 'picked', files: picked }, (p) => stages.push(p));
    expect(refused.accepted).toBe(false);
    expect(stages[0].stage).toBe('read');
    expect(stages.filter((p) => p.stage === 'read').at(-1)?.fraction).toBe(1);
    expect(refused.headers.find((h) => h.table === 'ratings')).toMatchObject({ file: 'ratings.csv', unmatched: [LEVEL_HEADER] });

    const loaded = await w.session.load({ kind: 'picked', files: picked, options: { tableHeaderMap: { ratings: { [LEVEL_HEADER]: 'level' } } } });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.accepted).toBe(true);
    expect(loaded.headers.find((h) => h.table === 'ratings')).toMatchObject({ unmatched: [], matched: expect.objectContaining({ level: LEVEL_HEADER }) });
    const ratingRows = new TextDecoder().decode((await readDatasetFolder(GOOD)).find((f) => f.name === 'ratings.csv')!.bytes).trim().split('\n').length - 1;
    expect(await w.session.query('SELECT count(*)::INT AS n, count(level)::INT AS levels FROM ratings')).toEqual([{ n: ratingRows, levels: ratingRows }]);
  });
});
