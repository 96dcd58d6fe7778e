// The palettes must read in greyscale and print: ordered marks ordered in lightness, text on cells legible.
import { describe, expect, it } from 'vitest';
import { LEVEL_CODES } from '../../../src/lib/domain/levels';
import { HEAT_FILL, LEVEL_FILL, SEVERITY_FILL, contrast, inkOn, luminance } from '../../../src/lib/ui/charts/palette';
import { SEVERITIES } from '../../../src/lib/stats';

/** Each step at least this much lighter than the one before (relative luminance, 0–1). */
const MIN_STEP = 0.1;

function expectLighterEachStep(colours: readonly string[]) {
  const l = colours.map(luminance);
  for (let i = 1; i < l.length; i++) expect(l[i] - l[i - 1]).toBeGreaterThanOrEqual(MIN_STEP);
}

describe('palettes', () => {
  it('run from dark to light: levels from HTXSNV to KHTNV, severities from high to low, heat from above the limit down', () => {
    expectLighterEachStep(LEVEL_CODES.map((c) => LEVEL_FILL[c]));
    expectLighterEachStep(SEVERITIES.map((s) => SEVERITY_FILL[s]));
    expectLighterEachStep([...HEAT_FILL].reverse());
  });

  it('print values on heatmap cells with a contrast of at least 4.5:1', () => {
    for (const fill of HEAT_FILL) expect(contrast(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
    expect(inkOn('#ffffff')).toBe('#1d232b');
    expect(inkOn('#000000')).toBe('#ffffff');
  });
});
