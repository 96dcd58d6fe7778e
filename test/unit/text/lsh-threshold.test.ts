import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { loadTable } from '../../../src/lib/data/to-engine';
import { createDerivedTables } from '../../../src/lib/data/derived';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { rule as colleague } from '../../../src/lib/rules/review_copied_colleague';
import { DEFAULT_LSH_MISS_RATE, LSH_MAX_PERMUTATIONS, lshCatchProbability, lshForThreshold } from '../../../src/lib/text/lsh';
import { lshDataset, plantedPairs } from './lsh-dataset';

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + 0.05 * i) * 100) / 100);

describe('LSH bands and rows derived from the threshold', () => {
  it('never use more MinHash values than a signature has', () => {
    for (const t of THRESHOLDS)
      for (const miss of [0.001, 0.01, 0.05, 0.2])
        for (const perm of [16, 64, LSH_MAX_PERMUTATIONS]) {
          const p = lshForThreshold(t, miss, perm);
          expect(p.bands).toBeGreaterThanOrEqual(1);
          expect(p.rows).toBeGreaterThanOrEqual(1);
          expect(p.bands * p.rows).toBeLessThanOrEqual(perm);
        }
  });

  it('find a pair exactly at the threshold with probability ≥ 1 − the accepted miss rate, from 0.05 to 0.95', () => {
    for (const miss of [0.001, DEFAULT_LSH_MISS_RATE, 0.05])
      for (const t of THRESHOLDS) expect(lshCatchProbability(t, lshForThreshold(t, miss)), `t = ${t}, miss ${miss}`).toBeGreaterThanOrEqual(1 - miss);
  });

  it('are not wasteful: the catch curve rises close to the threshold, not far below it', () => {
    for (const t of THRESHOLDS.filter((x) => x >= 0.2)) {
      const p = lshForThreshold(t);
      // Half-way point of the S-curve: pairs well below the threshold are rarely candidates.
      expect((1 / p.bands) ** (1 / p.rows), `t = ${t}`).toBeGreaterThan(t / 2.5);
      expect(lshCatchProbability(t / 4, p), `t = ${t}`).toBeLessThan(0.5);
    }
  });

  it('move monotonically with the threshold: more rows per band and a later half-way point as it rises, more recall as the miss rate falls', () => {
    const chosen = THRESHOLDS.map((t) => lshForThreshold(t));
    for (let i = 1; i < chosen.length; i++) expect(chosen[i].rows, `t = ${THRESHOLDS[i]}`).toBeGreaterThanOrEqual(chosen[i - 1].rows);
    const halfWay = chosen.map((p) => (1 / p.bands) ** (1 / p.rows));
    for (let i = 1; i < halfWay.length; i++) expect(halfWay[i], `t = ${THRESHOLDS[i]}`).toBeGreaterThan(halfWay[i - 1]);
    for (const t of THRESHOLDS) {
      const recalls = [0.2, 0.05, 0.01, 0.001].map((miss) => lshCatchProbability(t, lshForThreshold(t, miss)));
      for (let i = 1; i < recalls.length; i++) expect(recalls[i]).toBeGreaterThanOrEqual(recalls[i - 1]);
    }
  });

  it('fall back to the surest bands when the miss rate cannot be met, and refuse nonsense', () => {
    // 16 values cannot find a pair at J = 0.05 with p ≥ 0.99: one value per band, as many bands as values.
    expect(lshForThreshold(0.05, 0.01, 16)).toEqual({ bands: 16, rows: 1 });
    expect(() => lshForThreshold(0, 0.01)).toThrow(RangeError);
    expect(() => lshForThreshold(0.4, 0)).toThrow(RangeError);
    expect(() => lshForThreshold(0.4, 0.01, 0)).toThrow(RangeError);
  });

  it('the fixed 42 × 3 of before lost recall below 0.4; the derived bands keep it', () => {
    expect(lshCatchProbability(0.3, { bands: 42, rows: 3 })).toBeCloseTo(0.68, 2);
    expect(lshCatchProbability(0.3, lshForThreshold(0.3))).toBeGreaterThanOrEqual(0.99);
  });

  it('are shown beside the threshold in Settings, Vietnamese and English', () => {
    const at = (threshold: number) => colleague.paramNotes!({ ...colleague.defaults, threshold }).threshold!;
    const p = lshForThreshold(0.3);
    expect(at(0.3).vi).toMatch(new RegExp(`^Xác suất phát hiện một cặp có độ giống bằng ngưỡng: 99,\\d %.*${p.bands} dải × ${p.rows} hàng`));
    expect(at(0.3).en).toMatch(/^Probability of finding a pair whose similarity equals the threshold: 99\.\d %/);
    // Below 1: rounded down, never "100,0 %".
    expect(at(0.9).vi).not.toContain('100,0');
    expect(() => colleague.paramNotes!({ ...colleague.defaults, lsh_miss_rate: 2 })).toThrow();
  });
});

describe('the colleague copy check at a lowered threshold (wasm engine)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createWasmNodeEngine();
    const data = lshDataset();
    for (const t of ['units', 'people', 'ratings', 'reviews'] as const) await loadTable(engine, t, data[t]);
    await createDerivedTables(engine);
  }, 120_000);
  afterAll(() => engine.close());

  const flagsAt = async (params: Record<string, number>) => {
    const r = await runAudit(engine, { rules: [colleague], params: { review_copied_colleague: params } });
    expect(r.outcomes[0].status).toBe('ran');
    return r.flags;
  };

  it('finds all 20 pairs planted just above 0.3 through LSH, the same flags as comparing every pair', async () => {
    const planted = plantedPairs().flat();
    // Every pair compared: each planted pair is a copy at 0.30–0.37, nothing else is.
    const exhaustive = await flagsAt({ threshold: 0.3, lsh_min_group: 1e9 });
    expect(exhaustive.map((f) => f.subject_id).sort()).toEqual([...planted].sort());
    for (const f of exhaustive) {
      expect(f.score).toBeGreaterThanOrEqual(0.3);
      expect(f.score).toBeLessThan(0.38);
    }
    // The group of 80 reviews is above lsh_min_group (50): candidates come from LSH banding. The
    // fixed 42 × 3 bands found 14 of these 20 pairs (P(all 20) ≈ 0.02 at their Jaccard 0.29–0.38).
    const viaLsh = await flagsAt({ threshold: 0.3 });
    expect(viaLsh).toEqual(exhaustive);
  });

  it('at the default threshold (0.4) flags none of them', async () => {
    expect(await flagsAt({})).toEqual([]);
  });
});
