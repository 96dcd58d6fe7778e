import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replicateParquet, prefixedColumns } from '../../../src/bench/cases/national';
import { engineOverParquet, exportParquet } from '../../../src/lib/data/parquet-dataset';
import { hasErrors, loadDataset, parseDataset } from '../../../src/lib/data';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { sqlRuleIds } from '../../../src/bench/cases/rules';

const dir = mkdtempSync(path.join(tmpdir(), 'soi-national-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('national slices: k provinces side by side', () => {
  it('prefixes the id columns and the position groups, nothing else', () => {
    expect(prefixedColumns(['unit_id', 'name', 'position_group']).text).toBe(
      `printf('P%02d-', copy) || "unit_id" AS "unit_id", "name", printf('P%02d-', copy) || "position_group" AS "position_group"`
    );
  });

  it('k copies of the demo give k times its flags, each copy flagging what the original flags', async () => {
    const parsed = await parseDataset(await readDatasetFolder('data/demo'));
    expect(hasErrors(parsed.problems)).toBe(false);
    const engine = await createNativeEngine();
    await loadDataset(engine, parsed);
    const only = sqlRuleIds();
    const original = await runAudit(engine, { only });
    const exported = await exportParquet(engine, path.join(dir, 'x1'));
    await engine.close();

    const copies = await replicateParquet(exported, 3, path.join(dir, 'x3'));
    expect(Object.keys(copies.files).sort()).toEqual(Object.keys(exported.files).filter((t) => t !== 'reviews').sort());
    const over = await engineOverParquet(copies.files, 'views');
    try {
      const [{ n }] = await over.query<{ n: number }>('SELECT count(*) AS n FROM ratings');
      expect(n).toBe(3 * parsed.tables.ratings!.length);
      const [{ orphans }] = await over.query<{ orphans: number }>(
        `SELECT count(*) AS orphans FROM units c WHERE c.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units p WHERE p.unit_id = c.parent_id)`
      );
      expect(orphans).toBe(0);
      const tripled = await runAudit(over, { only });
      expect(original.flags.length).toBeGreaterThan(0);
      expect(tripled.flags.length).toBe(3 * original.flags.length);
      const key = (f: { rule: string; year: number; subject_id: string }) => `${f.rule}|${f.year}|${f.subject_id}`;
      const second = tripled.flags.filter((f) => f.subject_id.startsWith('P01-')).map((f) => key({ ...f, subject_id: f.subject_id.slice(4) }));
      expect(second.sort()).toEqual(original.flags.map(key).sort());
    } finally {
      await over.close();
    }
  }, 60_000);
});
