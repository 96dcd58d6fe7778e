/**
 * Boilerplate handling: a shingle that many different persons write ("luôn trung thành với mục
 * tiêu, lý tưởng của Đảng…") says nothing about copying. Each shingle is weighted by how rare it is
 * across persons (an IDF over person frequency), and a shingle used by more than a share of all
 * persons is stock phrasing with weight 0 — as copydetect's boilerplate folder or Turnitin's
 * exclusion of common matches do.
 *
 * Frequency counts persons, not reviews: a person who re-uses his own text for eight years must not
 * make that text look "common" (the prior-year rule looks for exactly that).
 */
export interface StockPolicy {
  /** A shingle used by more than this share of all persons is stock phrasing (weight 0). */
  stockShare: number;
  /** …but never fewer persons than this (small datasets: a phrase of 3 persons is not "common"). */
  stockMinPersons: number;
}

/**
 * Stock phrasing = used by more than half of all persons. Calibrated on the generator's district data
 * (`npx tsx src/cli/eval-copies.ts --sweep`): a cut at 5–10% leaves too little
 * substance and honest pairs overtake planted copies; 30–50% separates them best, 50% slightly more.
 */
export const DEFAULT_STOCK_POLICY: StockPolicy = { stockShare: 0.5, stockMinPersons: 5 };

/** The highest person frequency that is still not stock phrasing. */
export function stockCut(persons: number, policy: StockPolicy): number {
  return Math.max(policy.stockShare * persons, policy.stockMinPersons);
}

/** Weight of each vocabulary shingle: ln(1 + persons / frequency), or 0 above the stock cut. */
export function shingleWeights(personFreq: Uint32Array, persons: number, policy: StockPolicy): Float32Array {
  const cut = stockCut(persons, policy);
  const w = new Float32Array(personFreq.length);
  for (let i = 0; i < personFreq.length; i++) {
    const f = personFreq[i];
    w[i] = f > cut ? 0 : Math.log(1 + persons / f);
  }
  return w;
}
