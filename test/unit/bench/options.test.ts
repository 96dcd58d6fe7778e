import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/options';

describe('bench command line', () => {
  it('measures district and province by default and district only with --quick, with fewer runs', () => {
    const full = parseBenchArgs([]);
    const quick = parseBenchArgs(['--quick']);
    expect(full.scales).toEqual(['district', 'province']);
    expect(quick.scales).toEqual(['district']);
    expect(quick.fast.runs).toBeLessThan(full.fast.runs);
    expect(full.engines).toEqual(['wasm', 'native', 'browser']);
  });

  it('applies --runs and --warmup to every kind of case', () => {
    const o = parseBenchArgs(['--runs', '2', '--warmup', '0']);
    for (const r of [o.fast, o.load, o.copies, o.exhaustive, o.provinceCopies]) expect(r).toEqual({ warmup: 0, runs: 2 });
  });

  it('refuses unknown options, cases and engines, and a dataset folder without exactly one scale', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseBenchArgs(['--cases', 'load,speed'])).toThrow(/--cases/);
    expect(() => parseBenchArgs(['--engines', 'gpu'])).toThrow(/--engines/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--dataset', 'x'])).toThrow(/one scale/);
    expect(parseBenchArgs(['--dataset', 'x', '--scales', 'district']).dataset).toBe('x');
    expect(() => parseBenchArgs(['--national', '1'])).toThrow(/--national/);
  });

  it('takes the national slices as province counts, or none', () => {
    expect(parseBenchArgs([]).nationalSlices).toEqual([4, 8]);
    expect(parseBenchArgs(['--national', '2,3']).nationalSlices).toEqual([2, 3]);
    expect(parseBenchArgs(['--national', 'none']).nationalSlices).toEqual([]);
  });
});
