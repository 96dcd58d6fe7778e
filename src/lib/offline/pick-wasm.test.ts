import { describe, expect, it } from 'vitest';
import { pickWasm } from './pick-wasm';

const BUILD = [
  '/_app/immutable/workers/assets/duckdb-eh-9ubY-jlA.wasm',
  '/_app/immutable/workers/assets/duckdb-mvp-BP0pRkMH.wasm',
  '/_app/immutable/workers/soi.worker-CwQfPrDR.js',
  '/demo/ratings.csv',
  '/flags/'
];

describe('pickWasm', () => {
  it('keeps the EH engine where the browser has wasm exceptions, and every other file', () => {
    expect(pickWasm(BUILD, true)).toEqual([BUILD[0], ...BUILD.slice(2)]);
  });
  it('keeps the MVP engine elsewhere', () => {
    expect(pickWasm(BUILD, false)).toEqual(BUILD.slice(1));
  });
  it('leaves a file merely named like duckdb alone', () => {
    expect(pickWasm(['/demo/duckdb-mvp-notes.csv'], true)).toEqual(['/demo/duckdb-mvp-notes.csv']);
  });
});
