/**
 * Version 1 of the data contract stays reachable byte for byte: `format: 1` writes exactly what the
 * generator wrote before version 2 existed (hashes taken from that generator). Audits of version-1
 * data are pinned elsewhere (test/unit/rules/v1-district-keys.test.ts) and rely on these bytes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCsvFiles, type GenerateOptions } from '../../../src/lib/generate';

/** sha256 over the files in name order: name, NUL, text, NUL. */
function datasetHash(options: GenerateOptions): string {
  const files = generateCsvFiles(options);
  const h = createHash('sha256');
  for (const name of Object.keys(files).sort()) h.update(`${name}\0${files[name]}\0`);
  return h.digest('hex');
}

describe('generator: version 1 of the data contract', () => {
  it('demo, seed 1, with reviews: the same bytes as before version 2', () => {
    expect(datasetHash({ scale: 'demo', seed: 1, format: 1 })).toBe('8c623e433668ad6de38309aeb1b29a864fe302f7e5bfa0260d1ab8c90c67b5c6');
  });

  it('demo, seed 2, with reviews', () => {
    expect(datasetHash({ scale: 'demo', seed: 2, format: 1 })).toBe('76c1e5a508cafa4ce9be5defb937df1c233314e5a2d9e67f555718d29be82d63');
  });

  it('district, seed 1, without reviews (the data of the pinned version-1 audit)', () => {
    expect(datasetHash({ scale: 'district', seed: 1, reviews: false, format: 1 })).toBe('0b049d293df38b10d74cc7962e83382ddf6751d06f3d238e421c0f420ed853a0');
  });

  it('refuses a format it does not know', () => {
    expect(() => generateCsvFiles({ scale: 'demo', seed: 1, format: 9 as 1 })).toThrow(/format/);
  });
});
