/**
 * The flag keys (rule, year, subject_type, subject_id) of a version-1 district audit, pinned: the
 * generator's district data for seed 1 (without reviews: 316 MB with them) through `npm run audit`
 * must give exactly the keys of test/fixtures/rules/v1-district-keys.csv. A change of the checks that
 * moves a key must update that file in the same commit and say in its message which keys changed
 * and why (docs/rules.md "Version 1 data under version 2").
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditCommand, EXIT } from '../../../src/cli/audit';
import { generateCsvFiles } from '../../../src/lib/generate';

const KEYS_FILE = path.resolve('test/fixtures/rules/v1-district-keys.csv');
const KEY_HEADER = 'rule,year,subject_type,subject_id';

/** The keys of a flags.csv (BOM, CRLF; the first five fields never hold a comma). */
function flagKeys(csv: string): string[] {
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  const cols = header.split(',');
  const at = KEY_HEADER.split(',').map((c) => cols.indexOf(c));
  return rows.map((row) => {
    const fields = row.split(',');
    return at.map((i) => fields[i]).join(',');
  }).sort();
}

describe('version-1 district audit', () => {
  it('gives the pinned flag keys', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'soi-v1-keys-'));
    try {
      const data = path.join(dir, 'data');
      const files = generateCsvFiles({ scale: 'district', seed: 1, reviews: false, format: 1 });
      mkdirSync(data);
      for (const [file, text] of Object.entries(files)) if (file !== 'truth.csv') writeFileSync(path.join(data, file), text);
      const out = path.join(dir, 'flags.csv');
      const code = await auditCommand([data, '--out', out], { err: () => {} });
      expect(code).toBe(EXIT.ok);
      const keys = flagKeys(readFileSync(out, 'utf8'));
      const pinned = readFileSync(KEYS_FILE, 'utf8').trim().split('\n').slice(1);
      expect(keys.length).toBeGreaterThan(100);
      expect(keys).toEqual(pinned);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
