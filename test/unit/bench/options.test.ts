import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/options';
import { TARGET_MEASUREMENTS, wants } from '../../../src/bench/selection';

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
    expect(parseBenchArgs(['--dataset', 'x', '--scales', 'district']).datasets).toEqual({ district: 'x' });
    expect(parseBenchArgs(['--dataset', 'district=d,province=p']).datasets).toEqual({ district: 'd', province: 'p' });
    expect(() => parseBenchArgs(['--dataset', 'county=x'])).toThrow(/<scale>=<folder>/);
    expect(() => parseBenchArgs(['--only', 'rules/province'])).toThrow(/case\/scale\/engine/);
    expect(() => parseBenchArgs(['--only', 'rules/province/gpu'])).toThrow(/engine "gpu"/);
    expect(() => parseBenchArgs(['--national', '1'])).toThrow(/--national/);
  });

  it('takes the national slices as province counts, or none', () => {
    expect(parseBenchArgs([]).nationalSlices).toEqual([4, 8]);
    expect(parseBenchArgs(['--national', '2,3']).nationalSlices).toEqual([2, 3]);
    expect(parseBenchArgs(['--national', 'none']).nationalSlices).toEqual([]);
  });

  it('--targets measures exactly the six measurements the targets compare, the province from the folder given', () => {
    const o = parseBenchArgs(['--targets', '--dataset', '/tmp/p']);
    expect(o.only).toEqual(TARGET_MEASUREMENTS);
    // The demo's page load needs no dataset: the province is the one folder.
    expect(o.scales).toEqual(['province']);
    expect(o.datasets).toEqual({ province: '/tmp/p' });
    expect(o.engines).toEqual(['wasm', 'native', 'browser']);
    expect(o.cases).toEqual(['load', 'rules', 'copies']);
    expect(o.loadedCopies).toBe(false);
    expect(wants(o, 'copies', 'province', 'browser')).toBe(true);
    expect(wants(o, 'copies', 'province', 'native')).toBe(true);
    expect(wants(o, 'rules', 'province', 'wasm')).toBe(true);
    expect(wants(o, 'rules', 'province', 'browser')).toBe(true);
    expect(wants(o, 'load', 'demo', 'browser')).toBe(true);
    // Not the other combinations of those cases, engines and scales.
    expect(wants(o, 'copies', 'province', 'wasm')).toBe(false);
    expect(wants(o, 'rules', 'demo', 'browser')).toBe(false);
    expect(wants(o, 'load', 'province', 'native')).toBe(false);
    expect(wants(o, 'load', 'province', 'browser')).toBe(false);
  });

  it('--only lists measurements one by one, across scales', () => {
    const o = parseBenchArgs(['--only', 'copies/district/browser,copies/district/native', '--only', 'rules/province/wasm', '--dataset', 'district=d,province=p']);
    expect(o.scales).toEqual(['district', 'province']);
    expect(o.engines).toEqual(['wasm', 'native', 'browser']);
    expect(wants(o, 'copies', 'district', 'native')).toBe(true);
    expect(wants(o, 'copies', 'province', 'native')).toBe(false);
    expect(wants(o, 'rules', 'district', 'wasm')).toBe(false);
  });

  it('without --only, every case on every engine at the scales named, and the demo page load with the browser', () => {
    const o = parseBenchArgs(['--scales', 'province', '--cases', 'load,rules', '--engines', 'wasm,browser']);
    expect(o.loadedCopies).toBe(true);
    expect(wants(o, 'rules', 'province', 'wasm')).toBe(true);
    expect(wants(o, 'load', 'province', 'browser')).toBe(true);
    expect(wants(o, 'load', 'demo', 'browser')).toBe(true);
    expect(wants(o, 'rules', 'province', 'native')).toBe(false);
    expect(wants(o, 'rules', 'district', 'wasm')).toBe(false);
    expect(wants(o, 'copies', 'province', 'wasm')).toBe(false);
  });
});
